using NewsSite.Web.Articles;
using NewsSite.Web.Media;

namespace NewsSite.Benchmarks.Content;

/// <summary>A generated article as it is copied into the database, with the id it is given.</summary>
public sealed record GeneratedArticle(
    int Id, ArticleText Text, int SectionId, int AuthorId, MediaAsset? Hero, int[] TagIds, ArticleStatus Status, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);

/// <summary>
/// The archive made up for load: twenty years of articles, numbered oldest first, spread over the
/// sections, over the authors and tags with skewed popularity (a few prolific authors and common
/// tags, a long tail of rare ones), and illustrated like the demo's. After the published ones come
/// a few drafts, as a newsroom has. The same number gives the same article on every run.
/// </summary>
public sealed class GeneratedArticles
{
    private const int Seed = 20_261_129;

    /// <summary>One draft for this many published articles.</summary>
    public const int PublishedPerDraft = 200;

    private static readonly TimeSpan Archive = TimeSpan.FromDays(20 * 365);

    private readonly Newsroom _newsroom;
    private readonly Vocabulary _vocabulary;
    private readonly int _published;
    private readonly int _firstId;
    private readonly DateTimeOffset _now;
    private readonly ZipfSampler _authors;
    private readonly ZipfSampler _tags;

    public GeneratedArticles(Newsroom newsroom, Vocabulary vocabulary, int published, int firstId, DateTimeOffset now)
    {
        _newsroom = newsroom;
        _vocabulary = vocabulary;
        _published = published;
        _firstId = firstId;
        _now = now;
        _authors = new ZipfSampler(newsroom.AuthorIds.Count, exponent: 0.8);
        _tags = new ZipfSampler(Math.Max(1, newsroom.Tags.Count), exponent: 1.0);
    }

    /// <summary>Published articles, then their drafts.</summary>
    public int Count => _published + _published / PublishedPerDraft;

    /// <param name="number">From 0 to <see cref="Count"/> − 1.</param>
    public GeneratedArticle Create(int number)
    {
        var random = new Random(Seed + number);
        var text = ArticleText.Generate(_vocabulary, _firstId + number, random);
        var isDraft = number >= _published;
        // Oldest first, a few hours either side of an even spread, and the newest an hour old, so the demo's stories stay on top.
        var share = isDraft ? 1.0 : (number + 0.5) / _published;
        var when = _now - TimeSpan.FromHours(1) - Archive * (1 - share) - TimeSpan.FromHours(12 * random.NextDouble());
        var hero = _newsroom.Images.Count > 0 && random.Next(3) > 0 ? _newsroom.Images[random.Next(_newsroom.Images.Count)] : null;
        var tags = _newsroom.Tags.Count == 0 ? []
            : Enumerable.Range(0, 1 + random.Next(3)).Select(_ => _newsroom.Tags[_tags.Next(random) - 1].Id).Distinct().ToArray();
        return new GeneratedArticle(
            _firstId + number,
            text,
            _newsroom.SectionIds[random.Next(_newsroom.SectionIds.Count)],
            _newsroom.AuthorIds[_authors.Next(random) - 1],
            hero,
            tags,
            isDraft ? ArticleStatus.Draft : ArticleStatus.Published,
            when,
            isDraft ? null : when);
    }
}
