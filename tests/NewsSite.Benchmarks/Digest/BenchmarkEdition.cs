using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Data;
using NewsSite.Web.Email;
using NewsSite.Web.Infrastructure.Security;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;
using Npgsql;

namespace NewsSite.Benchmarks.Digest;

/// <summary>
/// A digest edition for the benchmark: a draft with the chosen articles, written by SQL so that
/// the benchmark needs no admin session (the site's EditionBuilder picks articles by date, not by
/// the size a copy should have), then released by the site's own release code, which queues a
/// delivery row per active subscriber of its frequency in one transaction.
/// </summary>
public static class BenchmarkEdition
{
    /// <summary>A draft of the given articles; <paramref name="period"/> names it within its frequency, which has one edition per period.</summary>
    public static async Task<long> CreateDraftAsync(string connectionString, string frequency, string period, IReadOnlyList<int> articleIds, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var insert = new NpgsqlCommand("""
            WITH edition AS (
                INSERT INTO digest_editions (frequency, period_key, status, subject, intro, since, until, created_at)
                VALUES (@frequency, @period, 'Draft', 'NewsSite: the benchmark''s stories', '', now() - interval '1 day', now(), now())
                RETURNING id),
            articles AS (
                INSERT INTO digest_edition_articles (edition_id, article_id, position)
                SELECT edition.id, a.article_id, a.position FROM edition, unnest(@articles) WITH ORDINALITY AS a(article_id, position))
            SELECT id FROM edition
            """, connection);
        insert.Parameters.AddWithValue("frequency", frequency);
        insert.Parameters.AddWithValue("period", period);
        insert.Parameters.AddWithValue("articles", articleIds.ToArray());
        return (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Releases the draft through the site's own <see cref="EditionRelease"/>, as an editor's click does.</summary>
    /// <returns>How many deliveries were queued.</returns>
    public static async Task<int> ReleaseAsync(string connectionString, long editionId, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddDbContext<NewsDbContext>(options => NewsDatabaseOptions.Configure(options, connectionString))
            .AddSingleton<SiteSecrets>()
            .AddScoped<SuppressionList>()
            .AddScoped<SuppressedRecipients>()
            .AddScoped<EditionRelease>();
        services.AddOptions<EmailOptions>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<EditionRelease>().ReleaseAsync(editionId, cancellationToken);
        return result.Recipients;
    }
}
