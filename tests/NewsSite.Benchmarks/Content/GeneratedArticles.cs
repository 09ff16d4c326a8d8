using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Markdown;

namespace NewsSite.Benchmarks.Content;

/// <summary>
/// Published articles made up for load: spread over the demo's sections, authors, illustrations
/// and tags and over the last year, and rendered by the site's own Markdown pipeline, as saving
/// them through the site would. The same number gives the same article on every run.
/// </summary>
public sealed class GeneratedArticles(Newsroom newsroom, DateTimeOffset now)
{
    private const int Seed = 20_261_129;
    private static readonly TimeSpan Spread = TimeSpan.FromDays(365);
    private static readonly MarkdownRenderer Renderer = new();

    public Article Create(int number)
    {
        var random = new Random(Seed + number);
        var text = ArticleText.Generate(number, random);
        var publishedAt = now - Spread * random.NextDouble();
        // Two in three articles have a hero image, like the demo's.
        var hero = newsroom.Images.Count > 0 && random.Next(3) > 0 ? Pick(newsroom.Images, random) : null;
        return new Article
        {
            Title = text.Title,
            Slug = text.Slug,
            Summary = text.Summary,
            BodyMarkdown = text.BodyMarkdown,
            BodyHtml = Renderer.ToHtml(text.BodyMarkdown),
            WordCount = WordCounter.Count(text.BodyMarkdown),
            SectionId = Pick(newsroom.SectionIds, random),
            AuthorId = Pick(newsroom.AuthorIds, random),
            HeroImageId = hero?.Id,
            HeroAltText = hero?.AltText ?? "",
            HeroCaption = hero?.Caption ?? "",
            HeroCredit = hero?.Credit ?? "",
            Tags = newsroom.Tags.Count > 0 ? [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(newsroom.Tags, random)).Distinct()] : [],
            Status = ArticleStatus.Published,
            CreatedAt = publishedAt,
            UpdatedAt = publishedAt,
            PublishedAt = publishedAt,
        };
    }

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
