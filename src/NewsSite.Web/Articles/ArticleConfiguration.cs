using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(ArticleLimits.TitleLength);
        builder.Property(a => a.Slug).HasMaxLength(ArticleLimits.SlugLength);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Summary).HasMaxLength(ArticleLimits.SummaryLength);
        builder.Property(a => a.HeroAltText).HasMaxLength(ArticleLimits.CaptionLength);
        builder.Property(a => a.HeroCaption).HasMaxLength(ArticleLimits.CaptionLength);
        builder.Property(a => a.HeroCredit).HasMaxLength(ArticleLimits.CreditLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);

        builder.HasOne(a => a.Section).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Author).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.HeroImage).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Tags).WithMany().UsingEntity(j => j.ToTable("article_tags"));

        // The public site lists published articles newest first; this index serves that query.
        builder.HasIndex(a => new { a.Status, a.PublishedAt });
    }
}
