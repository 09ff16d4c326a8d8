using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.Articles.Workflow;

/// <summary>
/// Checks an article form before it is saved: lengths within the columns, a section, byline and hero
/// image that exist, a free slug, tags within their limits, alt text for a hero image.
/// </summary>
public sealed class ArticleInputValidator(NewsDbContext db)
{
    /// <summary>The home page leads with the lowest rank; a bound keeps the number meaningful to type.</summary>
    public const int MaxFeaturedRank = 999;

    /// <summary>Messages keyed by the <see cref="ArticleInput"/> property they are about; empty when the input may be saved.</summary>
    public async Task<Dictionary<string, IReadOnlyList<string>>> ValidateAsync(ArticleInput input, int? articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, IReadOnlyList<string>>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];

        if (input.CleanTitle.Length == 0)
        {
            Add(nameof(input.Title), "Enter a title.");
        }
        CheckLength(input.CleanTitle, ArticleLimits.TitleLength, nameof(input.Title), "The title", Add);
        CheckLength(input.CleanSummary, ArticleLimits.SummaryLength, nameof(input.Summary), "The summary", Add);
        CheckLength(input.CleanBody, ArticleLimits.BodyMarkdownLength, nameof(input.BodyMarkdown), "The text", Add);
        CheckLength(input.CleanSeoTitle, ArticleLimits.TitleLength, nameof(input.SeoTitle), "The search engine title", Add);
        CheckLength(input.CleanSeoDescription, ArticleLimits.SummaryLength, nameof(input.SeoDescription), "The search engine description", Add);
        foreach (var problem in TagList.Problems(input.TagNames))
        {
            Add(nameof(input.Tags), problem);
        }
        if (input.FeaturedRank is < 0 or > MaxFeaturedRank)
        {
            Add(nameof(input.FeaturedRank), $"The position on the home page must be a whole number from 0 to {MaxFeaturedRank}.");
        }
        await CheckHeroAsync(input, Add, cancellationToken);

        var slug = input.EffectiveSlug;
        if (slug.Length == 0)
        {
            Add(nameof(input.Slug), "Enter a slug: the title has no letters or digits to make a web address from.");
        }
        else if (await SlugOwnerAsync(slug, articleId, cancellationToken) is { } owner)
        {
            Add(nameof(input.Slug), SlugTakenMessage(slug, owner));
        }
        if (!await db.Sections.AnyAsync(s => s.Id == input.SectionId, cancellationToken))
        {
            Add(nameof(input.SectionId), "Choose a section.");
        }
        if (!await db.Authors.AnyAsync(a => a.Id == input.AuthorId, cancellationToken))
        {
            Add(nameof(input.AuthorId), "Choose a byline.");
        }
        return errors;
    }

    private async Task CheckHeroAsync(ArticleInput input, Action<string, string> add, CancellationToken cancellationToken)
    {
        if (input.HeroImageId is not { } heroImageId)
        {
            return;
        }
        if (!await db.MediaAssets.AnyAsync(m => m.Id == heroImageId, cancellationToken))
        {
            add(nameof(input.HeroImageId), "The chosen hero image is no longer in the media library. Choose another, or no hero image.");
        }
        if (input.CleanHeroAltText.Length == 0)
        {
            add(nameof(input.HeroAltText), "Describe the hero image in its alt text, for readers who cannot see it.");
        }
        CheckLength(input.CleanHeroAltText, ArticleLimits.CaptionLength, nameof(input.HeroAltText), "The hero image's alt text", add);
        CheckLength(input.CleanHeroCaption, ArticleLimits.CaptionLength, nameof(input.HeroCaption), "The hero image's caption", add);
        CheckLength(input.CleanHeroCredit, ArticleLimits.CreditLength, nameof(input.HeroCredit), "The hero image's credit", add);
    }

    /// <summary>The title of the other article that already has this slug, if any.</summary>
    public Task<string?> SlugOwnerAsync(string slug, int? articleId, CancellationToken cancellationToken) =>
        db.Articles.Where(a => a.Slug == slug && a.Id != articleId).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken);

    public static string SlugTakenMessage(string slug, string? otherTitle) =>
        otherTitle is null
            ? $"The slug “{slug}” is already used by another article. Choose another."
            : $"The slug “{slug}” is already used by the article “{otherTitle}”. Choose another.";

    private static void CheckLength(string text, int limit, string field, string name, Action<string, string> add)
    {
        if (text.Length > limit)
        {
            add(field, string.Create(CultureInfo.InvariantCulture, $"{name} can be at most {limit:N0} characters long; it has {text.Length:N0}."));
        }
    }
}
