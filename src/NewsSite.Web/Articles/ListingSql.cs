using System.Data.Common;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Articles;

/// <summary>
/// The statements behind section, tag and author pages, written by hand so that each is one index
/// walk from the cursor: sections and authors through their (owner, status, published_at, id)
/// indexes; tags through <c>article_tags</c>, whose rows carry their article's publishing time for
/// this (kept equal by triggers, see the Baseline migration), so a tag on 200,000 articles costs
/// what a rare one does.
/// Parameters: $1 the owner's id, $2 the current time, $3 and $4 the cursor's time and id.
/// </summary>
internal sealed record ListingSql(string From, string Owner, string Time, string Id)
{
    public static ListingSql For(SlugKind kind) => kind switch
    {
        SlugKind.Section => new("articles a", "a.section_id = $1", "a.published_at", "a.id"),
        SlugKind.Author => new("articles a", "a.author_id = $1", "a.published_at", "a.id"),
        SlugKind.Tag => new("article_tags t JOIN articles a ON a.id = t.article_id", "t.tags_id = $1", "t.published_at", "t.article_id"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Articles are not listings."),
    };

    private string Visible => $"{Owner} AND a.status = 'Published' AND {Time} <= $2";

    /// <summary>A page's cards and one more (which says whether there is an older page), newest first; after the cursor when asked.</summary>
    public string Page(bool fromCursor) => $"""
        SELECT {ArticleCardSql.Columns}
        FROM {From}
        {ArticleCardSql.Joins}
        WHERE {Visible}{(fromCursor ? $" AND ({Time}, {Id}) < ($3, $4)" : "")}
        ORDER BY {Time} DESC, {Id} DESC
        LIMIT {Listing.PageSize + 1}
        """;

    /// <summary>The keys at or after the cursor, oldest first, for the "Newer" link (see <see cref="KeysetPageLinks"/>).</summary>
    public string Newer => $"""
        SELECT {Time}, {Id}
        FROM {From}
        WHERE {Visible} AND ({Time}, {Id}) >= ($3, $4)
        ORDER BY {Time}, {Id}
        LIMIT {Listing.PageSize + 1}
        """;

    /// <summary>The ids of the newest <paramref name="count"/> articles, for a feed.</summary>
    public string NewestIds(int count) => $"SELECT {Id} FROM {From} WHERE {Visible} ORDER BY {Time} DESC, {Id} DESC LIMIT {count}";

    public static async Task<List<int>> ReadIdsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }
        return ids;
    }

    public static async Task<List<ArticleCard>> ReadCardsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var cards = new List<ArticleCard>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cards.Add(ArticleCardSql.Read(reader, 0));
        }
        return cards;
    }

    public static async Task<List<KeysetCursor>> ReadCursorsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var cursors = new List<KeysetCursor>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cursors.Add(new KeysetCursor(reader.GetFieldValue<DateTimeOffset>(0), reader.GetInt32(1)));
        }
        return cursors;
    }
}
