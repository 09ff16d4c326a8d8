using NewsSite.Web.Slugs;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Articles;

/// <summary>
/// Everything the article page reads, in one SQL statement and one round trip: the article by its
/// slug (whatever its status, so the page can answer 404 or 410), its tags, and its neighbours.
/// This is the busiest query of the site and every uncached article view runs it, so it is
/// written in SQL: one statement costs PostgreSQL and the site far less than four, and
/// positional parameters spare Npgsql from parsing the text on every call. A slug no article has
/// may be one an article had before: <see cref="MovedToAsync"/> finds where it went.
/// </summary>
public sealed class ArticlePageQuery(NewsDbContext db)
{
    // $1 is the slug, $2 the current time. Related means the newest articles sharing a tag, then the
    // newest from the same section: twice as many of those are read as can be shown, so enough
    // remain once those sharing a tag are dropped (asking for "same section, no shared tag" instead
    // walks most of a section whose articles share tags). Every branch reads an index on
    // (…, status, published_at, id) in order and stops after its few rows; previous and next
    // compare (published_at, id) pairs so articles published in the same instant keep an order.
    private const string Sql = $$"""
        WITH article AS MATERIALIZED (
            SELECT id, section_id, published_at, status = 'Published' AND published_at <= $2 AS readable
            FROM articles WHERE slug = $1
        ),
        -- Neighbours only for an article readers may see; a filter here costs PostgreSQL less than one in each branch.
        readable AS (SELECT * FROM article WHERE readable),
        neighbours AS (
            SELECT 2 AS kind, r.id FROM readable x CROSS JOIN LATERAL (
                SELECT r.id FROM articles r
                WHERE r.status = 'Published' AND r.published_at <= $2 AND r.id <> x.id
                  AND EXISTS (SELECT 1 FROM article_tags rt JOIN article_tags xt ON xt.tags_id = rt.tags_id
                              WHERE rt.article_id = r.id AND xt.article_id = x.id)
                ORDER BY r.published_at DESC, r.id DESC LIMIT 4) r
            UNION ALL
            SELECT 3, r.id FROM readable x CROSS JOIN LATERAL (
                SELECT r.id FROM articles r
                WHERE r.section_id = x.section_id AND r.status = 'Published' AND r.published_at <= $2 AND r.id <> x.id
                ORDER BY r.published_at DESC, r.id DESC LIMIT 8) r
            UNION ALL
            SELECT 4, r.id FROM readable x CROSS JOIN LATERAL (
                SELECT r.id FROM articles r
                WHERE r.status = 'Published' AND (r.published_at, r.id) < (x.published_at, x.id)
                ORDER BY r.published_at DESC, r.id DESC LIMIT 1) r
            UNION ALL
            SELECT 5, r.id FROM readable x CROSS JOIN LATERAL (
                SELECT r.id FROM articles r
                WHERE r.status = 'Published' AND (r.published_at, r.id) > (x.published_at, x.id) AND r.published_at <= $2
                ORDER BY r.published_at, r.id LIMIT 1) r
        )
        SELECT 0 AS kind, {{ArticleCardSql.Columns}},
               a.status, a.section_id, a.seo_title, a.seo_description, a.body_html, a.word_count, au.slug, a.updated_at
        FROM article x
        JOIN articles a ON a.id = x.id
        {{ArticleCardSql.Joins}}
        UNION ALL
        SELECT 1, t.id, t.name, t.slug, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM article x
        JOIN article_tags at ON at.article_id = x.id
        JOIN tags t ON t.id = at.tags_id
        UNION ALL
        SELECT n.kind, {{ArticleCardSql.Columns}},
               NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM neighbours n
        JOIN articles a ON a.id = n.id
        {{ArticleCardSql.Joins}}
        """;

    private enum RowKind
    {
        Article = 0,
        Tag = 1,
        SharesTag = 2,
        SameSection = 3,
        Previous = 4,
        Next = 5,
    }

    /// <summary>The article and its neighbours, or null when no article has this slug.</summary>
    public Task<(ArticleView Article, ArticleNeighbours Neighbours)?> LoadAsync(string slug, DateTimeOffset now, CancellationToken cancellationToken) =>
        RawSqlQuery.ReadAsync(db, Sql, [slug, now], ReadAsync, cancellationToken);

    /// <summary>The address of the published article that once had <paramref name="oldSlug"/>; null when none did, or it is not readable now.</summary>
    public async Task<string?> MovedToAsync(string oldSlug, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var targetId = await SlugRedirects.FindTargetAsync(db, SlugKind.Article, oldSlug, cancellationToken);
        return targetId is null ? null : await db.Articles.AsNoTracking().Published(now)
            .Where(a => a.Id == targetId).Select(a => PublicUrls.Article(a.Section!.Slug, a.Slug)).FirstOrDefaultAsync(cancellationToken);
    }

    private static async Task<(ArticleView, ArticleNeighbours)?> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArticleView? article = null;
        var tags = new List<TagLink>();
        var neighbours = new List<(RowKind Kind, ArticleCard Card)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            switch ((RowKind)reader.GetInt32(0))
            {
                case RowKind.Article:
                    article = ReadArticle(reader);
                    break;
                case RowKind.Tag:
                    tags.Add(new TagLink(reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));
                    break;
                case var kind:
                    neighbours.Add((kind, ArticleCardSql.Read(reader, 1)));
                    break;
            }
        }
        if (article is null)
        {
            return null;
        }
        var related = neighbours.Where(n => n.Kind is RowKind.SharesTag or RowKind.SameSection)
            .OrderBy(n => n.Kind).ThenByDescending(n => n.Card.PublishedAt).ThenByDescending(n => n.Card.Id)
            .Select(n => n.Card).DistinctBy(c => c.Id).Take(ArticleNeighbours.RelatedCount).ToList();
        return (
            article with { Tags = [.. tags.OrderBy(t => t.Name, StringComparer.InvariantCultureIgnoreCase)] },
            new ArticleNeighbours(
                related,
                neighbours.FirstOrDefault(n => n.Kind is RowKind.Previous).Card,
                neighbours.FirstOrDefault(n => n.Kind is RowKind.Next).Card));
    }

    /// <summary>The article row carries a card's columns, then the article's own.</summary>
    private static ArticleView ReadArticle(DbDataReader reader)
    {
        const int own = 1 + ArticleCardSql.ColumnCount;
        return new ArticleView(
            Id: reader.GetInt32(1),
            Title: reader.GetString(2),
            Slug: reader.GetString(3),
            Status: Enum.Parse<ArticleStatus>(reader.GetString(own)),
            SectionId: reader.GetInt32(own + 1),
            SectionSlug: reader.GetString(4),
            SectionName: reader.GetString(5),
            Summary: reader.GetString(6),
            SeoTitle: reader.GetString(own + 2),
            SeoDescription: reader.GetString(own + 3),
            BodyHtml: reader.GetString(own + 4),
            WordCount: reader.GetInt32(own + 5),
            AuthorName: reader.GetString(7),
            AuthorSlug: reader.GetString(own + 6),
            PublishedAt: reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
            UpdatedAt: reader.GetFieldValue<DateTimeOffset>(own + 7),
            Hero: ArticleCardSql.ReadHero(reader, 9),
            Tags: []);
    }
}
