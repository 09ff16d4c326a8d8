using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles.Workflow;

/// <summary>Checks an article form before it is saved: lengths within the columns, a section and byline that exist, a free slug.</summary>
public sealed class ArticleInputValidator(NewsDbContext db)
{
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
