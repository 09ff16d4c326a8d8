using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Authors;

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(120);
        builder.Property(a => a.Slug).HasMaxLength(120);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Bio).HasMaxLength(2000);
        builder.Property(a => a.AvatarUrl).HasMaxLength(500);
        // One byline per account. The key to staff_users is declared in NewsDbContext, where both features meet.
        builder.HasIndex(a => a.StaffUserId).IsUnique();
    }
}
