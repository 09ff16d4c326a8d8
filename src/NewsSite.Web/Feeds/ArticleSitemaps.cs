using System.Data.Common;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Microsoft.Net.Http.Headers;
using NewsSite.Web.Data;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Feeds;

/// <summary>
/// The sitemap's article files. File n lists the published articles whose ids fall in its range
/// (<see cref="SitemapOptions.UrlsPerFile"/>), so the index finds the files with one short probe
/// per file instead of counting the archive, and a file is a walk along the primary key, streamed
/// to the crawler row by row.
/// </summary>
internal static class ArticleSitemaps
{
    // $1 ids per file, $2 the current time. The highest published id gives the last possible
    // file; a range holding no published article (all drafts, say) is left out.
    private static readonly string FilesSql = $"""
        SELECT n::int FROM generate_series(1::bigint,
            (SELECT (max(a.id) + $1 - 1) / $1 FROM articles a WHERE {VisibleAt("$2")})) n
        WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id BETWEEN (n - 1) * $1 + 1 AND n * $1 AND {VisibleAt("$2")})
        ORDER BY n
        """;

    // $1 and $2 the file's first and last id, $3 the current time. An article's address changes with
    // its section's slug, so the sections take part in the version.
    private static readonly string VersionSql = $"""
        SELECT count(*)::int, max(greatest(a.updated_at, a.published_at)), coalesce(sum(a.id), 0)::bigint,
               (SELECT coalesce(string_agg(s.id || '=' || s.slug, ',' ORDER BY s.id), '') FROM sections s)
        FROM articles a WHERE a.id BETWEEN $1 AND $2 AND {VisibleAt("$3")}
        """;

    private static readonly string EntriesSql = $"""
        SELECT s.slug, a.slug, a.updated_at
        FROM articles a JOIN sections s ON s.id = a.section_id
        WHERE a.id BETWEEN $1 AND $2 AND {VisibleAt("$3")}
        ORDER BY a.id
        """;

    /// <summary>What readers can see: published, and not embargoed past <paramref name="now"/> (a parameter).</summary>
    private static string VisibleAt(string now) => $"a.status = 'Published' AND a.published_at <= {now}";

    /// <summary>How many entries the writer gathers before sending them on: about a hundred kilobytes.</summary>
    private const int EntriesPerSend = 500;

    public static string FilePath(int number) => PublicUrls.SitemapFile("articles-" + number.ToString(CultureInfo.InvariantCulture));

    /// <summary>The numbers of the files that list at least one article, in order.</summary>
    public static Task<List<int>> FileNumbersAsync(NewsDbContext db, SitemapOptions options, DateTimeOffset now, CancellationToken cancellationToken) =>
        RawSqlQuery.ReadAsync(db, FilesSql, [(long)options.UrlsPerFile, now], async (reader, token) =>
        {
            var numbers = new List<int>();
            while (await reader.ReadAsync(token))
            {
                numbers.Add(reader.GetInt32(0));
            }
            return numbers;
        }, cancellationToken);

    /// <summary>File <paramref name="number"/>, or 404 when it lists nothing; 304 when the crawler's copy is current.</summary>
    public static async Task<IResult> FileAsync(int number, FeedRequest request, SitemapOptions options)
    {
        if (number < 1)
        {
            return Results.NotFound();
        }
        object[] range = [options.FirstId(number), options.LastId(number), request.Time.GetUtcNow()];
        var version = await RawSqlQuery.ReadAsync(request.Db, VersionSql, range, ReadVersionAsync, request.Cancellation);
        if (version is null)
        {
            return Results.NotFound();
        }
        return XmlResponse.Stream(SitemapWriter.ContentType, version.Value.LastModified, version.Value.ETag, (xml, sendAsync) =>
            RawSqlQuery.StreamAsync(request.Db, EntriesSql, range, async (reader, token) =>
            {
                SitemapWriter.StartUrls(xml);
                for (var written = 1; await reader.ReadAsync(token); written++)
                {
                    var path = PublicUrls.Article(reader.GetString(0), reader.GetString(1));
                    SitemapWriter.WriteUrl(xml, request, new SitemapEntry(path, reader.GetFieldValue<DateTimeOffset>(2)));
                    if (written % EntriesPerSend == 0)
                    {
                        await sendAsync();
                    }
                }
                SitemapWriter.EndDocument(xml);
            }, request.Cancellation), request.Cancellation);
    }

    /// <summary>
    /// The file's validators: its newest change, and a tag that also changes when an article leaves
    /// or joins it (count and ids) or a section is renamed. Null when the file lists nothing.
    /// </summary>
    private static async Task<(DateTimeOffset LastModified, EntityTagHeaderValue ETag)?> ReadVersionAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var count = reader.GetInt32(0);
        if (count == 0)
        {
            return null;
        }
        var lastModified = reader.GetFieldValue<DateTimeOffset>(1);
        var version = string.Create(CultureInfo.InvariantCulture, $"{count}|{lastModified.UtcTicks}|{reader.GetInt64(2)}|{reader.GetString(3)}");
        var hash = Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(version)));
        return (lastModified, new EntityTagHeaderValue($"\"{hash}\""));
    }
}
