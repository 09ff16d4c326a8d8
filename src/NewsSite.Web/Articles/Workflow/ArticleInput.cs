using NewsSite.Web.Media;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.Articles.Workflow;

/// <summary>
/// What an editor types into the article form. Text fields may arrive null from model binding
/// and are read as empty; all but the body are trimmed.
/// </summary>
public sealed class ArticleInput
{
    public string? Title { get; set; }

    /// <summary>Left empty, it is made from the title; either way it is reduced to what <see cref="Slugs.Slug"/> allows.</summary>
    public string? Slug { get; set; }

    public string? Summary { get; set; }
    public string? BodyMarkdown { get; set; }
    public int SectionId { get; set; }

    /// <summary>The public byline, which need not be the member of staff who writes.</summary>
    public int AuthorId { get; set; }

    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }

    /// <summary>Tag names separated by commas; see <see cref="TagList"/>.</summary>
    public string? Tags { get; set; }

    /// <summary>The media library image shown above the article, or null for none.</summary>
    public int? HeroImageId { get; set; }

    public string? HeroAltText { get; set; }
    public string? HeroCaption { get; set; }
    public string? HeroCredit { get; set; }

    /// <summary>Set by Editors only: the workflow keeps the article's own values when an Author saves.</summary>
    public bool IsFeatured { get; set; }

    public int FeaturedRank { get; set; }

    internal string CleanTitle => Clean(Title);
    internal string CleanSummary => Clean(Summary);
    internal string CleanBody => BodyMarkdown ?? "";
    internal string CleanSeoTitle => Clean(SeoTitle);
    internal string CleanSeoDescription => Clean(SeoDescription);
    internal string CleanHeroAltText => Clean(HeroAltText);
    internal string CleanHeroCaption => Clean(HeroCaption);
    internal string CleanHeroCredit => Clean(HeroCredit);
    internal IReadOnlyList<TagName> TagNames => TagList.Parse(Tags);
    internal string EffectiveSlug => Slugs.Slug.From(Clean(Slug) is { Length: > 0 } slug ? slug : CleanTitle);

    /// <summary>The form filled in with the article as it is, for editing it or restoring part of it.</summary>
    public static ArticleInput From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleInput
        {
            Title = article.Title,
            Slug = article.Slug,
            Summary = article.Summary,
            BodyMarkdown = article.BodyMarkdown,
            SectionId = article.SectionId,
            AuthorId = article.AuthorId,
            SeoTitle = article.SeoTitle,
            SeoDescription = article.SeoDescription,
            Tags = TagList.Format(article.Tags.Select(t => t.Name)),
            HeroImageId = article.HeroImageId,
            HeroAltText = article.HeroAltText,
            HeroCaption = article.HeroCaption,
            HeroCredit = article.HeroCredit,
            IsFeatured = article.IsFeatured,
            FeaturedRank = article.FeaturedRank,
        };
    }

    /// <summary>
    /// Fills the hero's alt text, caption and credit that were left empty with the library image's own,
    /// when the image is newly chosen; an image kept keeps whatever the editor made of its words.
    /// </summary>
    internal void FillHeroTextFrom(MediaAsset chosen, int? previousHeroImageId)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        if (chosen.Id == previousHeroImageId)
        {
            return;
        }
        HeroAltText = CleanHeroAltText is { Length: > 0 } alt ? alt : chosen.AltText;
        HeroCaption = CleanHeroCaption is { Length: > 0 } caption ? caption : chosen.Caption;
        HeroCredit = CleanHeroCredit is { Length: > 0 } credit ? credit : chosen.Credit;
    }

    /// <summary>Everything but the tags, which must first be found or created. The featured fields only when <paramref name="mayFeature"/>.</summary>
    internal void ApplyTo(Article article, bool mayFeature)
    {
        article.Title = CleanTitle;
        article.Slug = EffectiveSlug;
        article.Summary = CleanSummary;
        article.BodyMarkdown = CleanBody;
        article.SectionId = SectionId;
        article.AuthorId = AuthorId;
        article.SeoTitle = CleanSeoTitle;
        article.SeoDescription = CleanSeoDescription;
        // With no image, its words would describe nothing.
        article.HeroImageId = HeroImageId;
        article.HeroAltText = HeroImageId is null ? "" : CleanHeroAltText;
        article.HeroCaption = HeroImageId is null ? "" : CleanHeroCaption;
        article.HeroCredit = HeroImageId is null ? "" : CleanHeroCredit;
        if (mayFeature)
        {
            article.IsFeatured = IsFeatured;
            article.FeaturedRank = FeaturedRank;
        }
    }

    private static string Clean(string? text) => text?.Trim() ?? "";
}
