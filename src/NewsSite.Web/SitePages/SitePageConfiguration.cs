using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.SitePages;

internal sealed class SitePageConfiguration : IEntityTypeConfiguration<SitePage>
{
    public void Configure(EntityTypeBuilder<SitePage> builder)
    {
        builder.Property(p => p.Slug).HasMaxLength(80);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasMany(p => p.Versions).WithOne(v => v.SitePage).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SitePageVersionConfiguration : IEntityTypeConfiguration<SitePageVersion>
{
    public void Configure(EntityTypeBuilder<SitePageVersion> builder)
    {
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Summary).HasMaxLength(500);
        builder.HasIndex(v => new { v.SitePageId, v.Version }).IsUnique();
    }
}
