using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Articles.Previews;

internal sealed class ArticlePreviewLinkConfiguration : IEntityTypeConfiguration<ArticlePreviewLink>
{
    public void Configure(EntityTypeBuilder<ArticlePreviewLink> builder)
    {
        builder.ToTable("article_preview_links");
        // A link is found by the hash of its token alone.
        builder.HasIndex(l => l.TokenHash).IsUnique();
        // Deleting an article deletes its links, so they stop working with it.
        builder.HasOne(l => l.Article).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.CreatedBy).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}
