using System.Data.Common;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles;

/// <summary>
/// The home page: the stories editors chose (featured, in their order; the latest when none
/// are chosen), the latest after those, and a strip per section. One SQL statement reads them
/// all: every uncached home page runs it, and one statement of short index walks costs far less
/// than one query per section.
/// </summary>
public sealed class HomePageQuery(NewsDbContext db)
{
    public const int TopStories = 3;
    public const int LatestCount = 12;
    public const int StripCount = 4;

    // $1 is the current time. The latest are read without excluding the top stories, enough of
    // them that LatestCount remain once those are dropped. Sections come in the order editors gave.
    private static readonly string Sql = $$"""
        WITH picks AS (
            SELECT 0 AS kind, 0 AS strip, (row_number() OVER (ORDER BY featured_rank, published_at DESC))::int AS position, id
            FROM (SELECT id, featured_rank, published_at FROM articles
                  WHERE is_featured AND status = 'Published' AND published_at <= $1
                  ORDER BY featured_rank, published_at DESC LIMIT {{TopStories}}) featured
            UNION ALL
            SELECT 1, 0, (row_number() OVER (ORDER BY published_at DESC, id DESC))::int, id
            FROM (SELECT id, published_at FROM articles
                  WHERE status = 'Published' AND published_at <= $1
                  ORDER BY published_at DESC, id DESC LIMIT {{LatestCount + TopStories}}) latest
            UNION ALL
            SELECT 2, s.strip, n.position, n.id
            FROM (SELECT id, (row_number() OVER (ORDER BY sort_order, name))::int AS strip FROM sections) s
            CROSS JOIN LATERAL (
                SELECT id, (row_number() OVER (ORDER BY published_at DESC, id DESC))::int AS position
                FROM (SELECT id, published_at FROM articles
                      WHERE section_id = s.id AND status = 'Published' AND published_at <= $1
                      ORDER BY published_at DESC, id DESC LIMIT {{StripCount}}) newest) n
        )
        SELECT p.kind, p.strip, {{ArticleCardSql.Columns}}
        FROM picks p
        JOIN articles a ON a.id = p.id
        {{ArticleCardSql.Joins}}
        ORDER BY p.kind, p.strip, p.position
        """;

    public Task<HomePage> LoadAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        RawSqlQuery.ReadAsync(db, Sql, [now], ReadAsync, cancellationToken);

    private static async Task<HomePage> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var top = new List<ArticleCard>();
        var latest = new List<ArticleCard>();
        var strips = new List<List<ArticleCard>>();
        var stripNumber = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var card = ArticleCardSql.Read(reader, 2);
            switch (reader.GetInt32(0))
            {
                case 0:
                    top.Add(card);
                    break;
                case 1:
                    latest.Add(card);
                    break;
                default:
                    // Rows come ordered by strip; a section without articles has none.
                    if (reader.GetInt32(1) != stripNumber)
                    {
                        stripNumber = reader.GetInt32(1);
                        strips.Add([]);
                    }
                    strips[^1].Add(card);
                    break;
            }
        }
        if (top.Count == 0)
        {
            top = latest.Take(TopStories).ToList();
        }
        var shown = top.Select(c => c.Id).ToHashSet();
        return new HomePage(
            top,
            latest.Where(c => !shown.Contains(c.Id)).Take(LatestCount).ToList(),
            strips.Select(cards => new SectionStrip(cards[0].SectionName, cards[0].SectionSlug, cards)).ToList());
    }
}

public sealed record HomePage(IReadOnlyList<ArticleCard> TopStories, IReadOnlyList<ArticleCard> Latest, IReadOnlyList<SectionStrip> Strips);

public sealed record SectionStrip(string Name, string Slug, IReadOnlyList<ArticleCard> Cards);
