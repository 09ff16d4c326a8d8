using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Accounts;

namespace NewsSite.Web.Articles.Editing.Live;

internal sealed class ArticleEditingPresenceConfiguration : IEntityTypeConfiguration<ArticleEditingPresence>
{
    public void Configure(EntityTypeBuilder<ArticleEditingPresence> builder)
    {
        builder.HasKey(p => new { p.ArticleId, p.UserId });
        builder.Property(p => p.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        builder.HasOne(p => p.Article).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.User).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
