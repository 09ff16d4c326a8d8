using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;
using Npgsql;

namespace NewsSite.Benchmarks.Digest;

/// <summary>
/// Confirmed subscribers written by PostgreSQL itself (<c>INSERT … SELECT generate_series</c>), each
/// with the ledger rows the real double opt-in leaves: a grant from the form and a confirmation from
/// the link, both naming the policy versions and wording in force, with the request's IP address
/// and user agent as evidence. A million take a few minutes instead of hours of one-by-one inserts.
/// </summary>
public static class BenchmarkSubscribers
{
    // Small enough that each statement's RETURNING sets stay modest, large enough that there are few round trips.
    private const int BatchSize = 100_000;

    private const string Source = "footer";
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    // Signups spread over the years before the run, one every 90 seconds, newest last, as a list grows.
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ConfirmedAfter = TimeSpan.FromMinutes(4);

    /// <summary>
    /// Adds <paramref name="count"/> active subscribers of <paramref name="frequency"/> who chose every
    /// section; <paramref name="group"/> keeps their addresses apart from other groups'.
    /// </summary>
    public static async Task AddAsync(string connectionString, int count, DigestFrequency frequency, string group, CancellationToken cancellationToken)
    {
        var notice = await RememberNoticeAsync(connectionString, cancellationToken);
        var details = Preferences.Describe(new Subscriber { Frequency = frequency });
        var now = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        for (var first = 1; first <= count; first += BatchSize)
        {
            await using var insert = new NpgsqlCommand(InsertBatch, connection) { CommandTimeout = 0 };
            insert.Parameters.AddWithValue("group", group);
            insert.Parameters.AddWithValue("frequency", frequency.ToString());
            insert.Parameters.AddWithValue("first", first);
            insert.Parameters.AddWithValue("last", Math.Min(count, first + BatchSize - 1));
            insert.Parameters.AddWithValue("count", count);
            insert.Parameters.AddWithValue("now", now);
            insert.Parameters.AddWithValue("spacing", Spacing);
            insert.Parameters.AddWithValue("confirmed_after", ConfirmedAfter);
            insert.Parameters.AddWithValue("source", Source);
            insert.Parameters.AddWithValue("details", details);
            insert.Parameters.AddWithValue("privacy", notice.PrivacyPolicy.Id);
            insert.Parameters.AddWithValue("terms", notice.Terms.Id);
            insert.Parameters.AddWithValue("wording", notice.WordingSha256);
            insert.Parameters.AddWithValue("user_agent", UserAgent);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var analyze = new NpgsqlCommand("ANALYZE subscribers, consent_records, consent_evidence", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync(cancellationToken);
        Console.WriteLine($"  {count:N0} {group} subscribers and {2 * count:N0} ledger rows in {clock.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>The consent notice in force, its wording stored as the subscribe form stores it before recording a grant.</summary>
    private static async Task<ConsentNotice> RememberNoticeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<NewsDbContext>();
        NewsDatabaseOptions.Configure(options, connectionString);
        await using var db = new NewsDbContext(options.Options);
        var notice = await ConsentNotice.CurrentAsync(db, DateTimeOffset.UtcNow, cancellationToken)
            ?? throw new BenchmarkException("The database has no Privacy Policy or Terms of Use to agree to; did the demo seeder run?");
        await new ConsentLedger(db, TimeProvider.System).RememberWordingAsync(notice, cancellationToken);
        return notice;
    }

    // Ledger ids follow the order of the SELECT, so each grant comes before its confirmation, as it does for a real signup.
    private const string InsertBatch = """
        WITH joined AS (
            INSERT INTO subscribers (email, status, frequency, section_ids, link_key, source, created_at, confirmation_sent_at, form_email_sent_at, confirmed_at)
            SELECT 'reader' || g || '@' || @group || '.example', 'Active', @frequency, '{}', md5(@group || g), @source,
                   signup.at, signup.at, signup.at, signup.at + @confirmed_after
            FROM generate_series(@first, @last) AS g, LATERAL (SELECT @now - (@count - g) * @spacing AS at) AS signup
            RETURNING id, created_at, confirmed_at),
        ledger AS (
            INSERT INTO consent_records (subscriber_id, action, method, recorded_at, privacy_policy_version_id, terms_version_id, wording_sha256, source, details)
            SELECT j.id, step.action, step.method, CASE step.n WHEN 1 THEN j.created_at ELSE j.confirmed_at END,
                   @privacy, @terms, @wording, @source, @details
            FROM joined AS j CROSS JOIN (VALUES (1, 'Granted', 'Form'), (2, 'Confirmed', 'ConfirmationLink')) AS step(n, action, method)
            ORDER BY j.id, step.n
            RETURNING id)
        INSERT INTO consent_evidence (consent_record_id, ip_address, user_agent)
        SELECT id, '203.0.113.' || (id % 250 + 1), @user_agent FROM ledger
        """;
}
