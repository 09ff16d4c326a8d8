using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Accounts;
using NewsSite.Web.Media;

namespace NewsSite.Web.Articles.Revisions;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(ArticleLimits.TitleLength);
        builder.Property(r => r.Summary).HasMaxLength(ArticleLimits.SummaryLength);
        builder.Property(r => r.HeroAltText).HasMaxLength(ArticleLimits.CaptionLength);
        builder.Property(r => r.HeroCaption).HasMaxLength(ArticleLimits.CaptionLength);
        builder.Property(r => r.HeroCredit).HasMaxLength(ArticleLimits.CreditLength);
        builder.Property(r => r.SavedByName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        // The history goes with its article; a departed colleague's revisions stay, under their name.
        builder.HasOne(r => r.Article).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.SavedBy).WithMany().OnDelete(DeleteBehavior.SetNull);
        // Deleting an image from the library leaves the history, without it.
        builder.HasOne<MediaAsset>().WithMany().HasForeignKey(r => r.HeroImageId).OnDelete(DeleteBehavior.SetNull);
        // Numbers are unique per article, and the history is listed by them.
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
    }
}
