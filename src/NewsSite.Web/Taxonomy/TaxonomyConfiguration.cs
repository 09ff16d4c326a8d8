using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Taxonomy;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(80);
        builder.Property(s => s.Slug).HasMaxLength(80);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Description).HasMaxLength(500);
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(80);
        builder.Property(t => t.Slug).HasMaxLength(80);
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}
