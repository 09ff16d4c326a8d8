using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(ArticleLimits.TitleLength);
        builder.Property(a => a.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Summary).HasMaxLength(ArticleLimits.SummaryLength);
        builder.Property(a => a.HeroAltText).HasMaxLength(ArticleLimits.CaptionLength);
        builder.Property(a => a.HeroCaption).HasMaxLength(ArticleLimits.CaptionLength);
        builder.Property(a => a.HeroCredit).HasMaxLength(ArticleLimits.CreditLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.SeoTitle).HasMaxLength(ArticleLimits.TitleLength);
        builder.Property(a => a.SeoDescription).HasMaxLength(ArticleLimits.SummaryLength);
        builder.Property(a => a.UpdatedByName).HasMaxLength(Accounts.StaffUser.DisplayNameMaxLength);
        // Npgsql maps a uint row version to the xmin system column: no column is added, and every
        // UPDATE or DELETE of a loaded article checks that nobody changed the row since.
        builder.Property(a => a.Version).IsRowVersion();

        // Full-text search: a stored, generated vector weighting title over summary over body,
        // kept current by PostgreSQL itself and served by a GIN index.
        builder.Property<NpgsqlTypes.NpgsqlTsVector>("SearchVector")
            .HasComputedColumnSql(
                "setweight(to_tsvector('english', coalesce(title, '')), 'A') || " +
                "setweight(to_tsvector('english', coalesce(summary, '')), 'B') || " +
                "setweight(to_tsvector('english', coalesce(body_markdown, '')), 'C')",
                stored: true);
        builder.HasIndex("SearchVector").HasMethod("GIN");

        builder.HasOne(a => a.Section).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Author).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.HeroImage).WithMany().OnDelete(DeleteBehavior.SetNull);
        // An article outlives the account of whoever created it.
        builder.HasOne(a => a.CreatedBy).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Tags).WithMany().UsingEntity(j => j.ToTable("article_tags"));

        // The public site lists published articles newest first, overall and per section and author.
        // The id settles ties in the same order the pages use, so PostgreSQL reads the rows in
        // order and stops after the few it needs, without sorting.
        builder.HasIndex(a => new { a.Status, a.PublishedAt, a.Id });
        builder.HasIndex(a => new { a.SectionId, a.Status, a.PublishedAt, a.Id });
        builder.HasIndex(a => new { a.AuthorId, a.Status, a.PublishedAt, a.Id });
        // The admin list runs newest change first, whole or narrowed to a status, section or author
        // (an Author sees their own); each walk starts at the page's cursor and stops after one page.
        // A title search reads the trigram index (any part of a word, any case). A migration that
        // builds any of these again builds it concurrently (README: "Migrations on a large archive").
        builder.HasIndex(a => new { a.UpdatedAt, a.Id }).IsCreatedConcurrently();
        builder.HasIndex(a => new { a.Status, a.UpdatedAt, a.Id }).IsCreatedConcurrently();
        builder.HasIndex(a => new { a.SectionId, a.UpdatedAt, a.Id }).IsCreatedConcurrently();
        builder.HasIndex(a => new { a.AuthorId, a.UpdatedAt, a.Id }).IsCreatedConcurrently();
        builder.HasIndex(a => new { a.CreatedById, a.UpdatedAt, a.Id }).IsCreatedConcurrently();
        builder.HasIndex(a => a.Title).HasMethod("gin").HasOperators("gin_trgm_ops")
            .HasDatabaseName("ix_articles_title_trigrams").IsCreatedConcurrently();
        // The home page's editors' choice: a handful of rows, found without reading the whole table.
        builder.HasIndex(a => new { a.FeaturedRank, a.PublishedAt }).HasFilter("is_featured");
    }
}
