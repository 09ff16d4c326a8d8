using System.Text;
using NewsSite.Web.Newsletters.Rendering;
using NewsSite.Web.Subscriptions;
using Npgsql;

namespace NewsSite.Benchmarks.Digest;

/// <summary>
/// Picks the newest published articles, as many as make one subscriber's copy about the target
/// size, by rendering it with the site's own digest templates.
/// </summary>
public static class DigestArticles
{
    // Headers (From, To, Subject, Date, Message-ID, both List-Unsubscribe, MIME boundaries) come on top of the two parts.
    private const int HeaderBytes = 1_200;
    private const int MostArticles = 300;

    public static async Task<(IReadOnlyList<int> ArticleIds, int RenderedBytes)> ChooseAsync(
        string connectionString, string baseUrl, int targetBytes, CancellationToken cancellationToken)
    {
        var candidates = await NewestAsync(connectionString, baseUrl, cancellationToken);
        var reader = new Subscriber { Id = 1, Email = "reader1@daily.example", LinkKey = "benchmark", Status = SubscriberStatus.Active };
        for (var count = 1; count <= candidates.Count; count++)
        {
            var bytes = RenderedBytes(candidates.Take(count).Select(c => c.Article).ToList(), baseUrl, reader);
            if (bytes >= targetBytes || count == candidates.Count)
            {
                return ([.. candidates.Take(count).Select(c => c.Id)], bytes);
            }
        }
        throw new BenchmarkException("No published article to put in a digest; did the demo seeder run?");
    }

    private static int RenderedBytes(List<DigestArticle> articles, string baseUrl, Subscriber reader)
    {
        var content = new DigestContent("NewsSite", "1 Harbour Street", baseUrl, DigestFrequency.Daily, "NewsSite: the benchmark's stories", "", articles, IsDraft: false);
        var copy = new PreparedDigest(content).Render(reader)!;
        return HeaderBytes + Encoding.UTF8.GetByteCount(copy.Html) + Encoding.UTF8.GetByteCount(copy.Text);
    }

    private static async Task<List<(int Id, DigestArticle Article)>> NewestAsync(string connectionString, string baseUrl, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand("""
            SELECT a.id, a.title, a.summary, a.slug, a.section_id, s.slug, s.name
            FROM articles a JOIN sections s ON s.id = a.section_id
            WHERE a.status = 'Published' ORDER BY a.published_at DESC, a.id DESC LIMIT @most
            """, connection);
        select.Parameters.AddWithValue("most", MostArticles);
        var articles = new List<(int, DigestArticle)>();
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            var url = $"{baseUrl}/{rows.GetString(5)}/{rows.GetString(3)}";
            articles.Add((rows.GetInt32(0), new DigestArticle(rows.GetString(1), rows.GetString(2), url, rows.GetInt32(4), rows.GetString(6))));
        }
        return articles;
    }
}
