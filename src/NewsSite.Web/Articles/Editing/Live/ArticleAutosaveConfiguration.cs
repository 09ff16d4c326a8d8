using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Articles.Editing.Live;

internal sealed class ArticleAutosaveConfiguration : IEntityTypeConfiguration<ArticleAutosave>
{
    public void Configure(EntityTypeBuilder<ArticleAutosave> builder)
    {
        // One row per article and writer: each autosave replaces that writer's previous one.
        builder.HasKey(a => new { a.ArticleId, a.UserId });
        builder.ComplexProperty(a => a.Text, text =>
        {
            text.Property(t => t.Title).HasColumnName("title").HasMaxLength(ArticleLimits.TitleLength);
            text.Property(t => t.Summary).HasColumnName("summary").HasMaxLength(ArticleLimits.SummaryLength);
            text.Property(t => t.BodyMarkdown).HasColumnName("body_markdown");
        });
        // Unsaved words go with their article, and with the account of whoever wrote them.
        builder.HasOne(a => a.Article).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.User).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
