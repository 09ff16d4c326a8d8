using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>How many active subscribers last consented under a Privacy Policy version (null: none recorded).</summary>
public sealed record ConsentVersionCount(int? PrivacyPolicyVersionId, long ActiveSubscribers);

/// <summary>The counts, and whether they are estimated from a sample.</summary>
public sealed record ConsentVersionCounts(IReadOnlyList<ConsentVersionCount> Counts, bool Estimated);

/// <summary>
/// Who agreed to which Privacy Policy version: active subscribers counted by the version of their
/// latest consent. Finding that version reads the ledger once per subscriber, so a list of a million
/// would take seconds; up to <see cref="ExactUpTo"/> active subscribers every one is counted, and
/// beyond that a sample of the table's pages is, scaled to PostgreSQL's estimate of its rows.
/// </summary>
public sealed class ConsentVersionCountsQuery(NewsDbContext db)
{
    public const int ExactUpTo = 10_000;

    // About this many rows are read for an estimate (30 ms at a million): a version held by a tenth of
    // the list is then estimated within about 1 percentage point.
    private const int SampleRows = 5_000;

    // The same pages each time, so the figures do not move between two loads of the page.
    private const int SampleSeed = 11;

    public async Task<ConsentVersionCounts> LoadAsync(CancellationToken cancellationToken)
    {
        var active = db.Subscribers.AsNoTracking().Where(s => s.Status == SubscriberStatus.Active);
        if (await active.Take(ExactUpTo + 1).CountAsync(cancellationToken) <= ExactUpTo)
        {
            var exact = await active.WithLatestConsent(db)
                .GroupBy(s => s.PrivacyPolicyVersionId)
                .Select(g => new ConsentVersionCount(g.Key, g.Count()))
                .ToListAsync(cancellationToken);
            return new ConsentVersionCounts(exact, Estimated: false);
        }
        return new ConsentVersionCounts(await EstimateAsync(cancellationToken), Estimated: true);
    }

    private async Task<IReadOnlyList<ConsentVersionCount>> EstimateAsync(CancellationToken cancellationToken)
    {
        var rows = Math.Max(ExactUpTo, await SubscriberCount.EstimatedRowsAsync(db, cancellationToken));
        var percent = (float)Math.Min(100.0, 100.0 * SampleRows / rows);
        var sample = await db.Subscribers.FromSql($"SELECT * FROM subscribers TABLESAMPLE SYSTEM ({percent}) REPEATABLE ({SampleSeed})").AsNoTracking()
            .WithLatestConsent(db)
            .GroupBy(s => s.PrivacyPolicyVersionId)
            .Select(g => new { Version = g.Key, Active = g.Count(s => s.Subscriber.Status == SubscriberStatus.Active), All = g.Count() })
            .ToListAsync(cancellationToken);
        var scale = rows / (double)Math.Max(1, sample.Sum(g => g.All));
        return [.. sample.Where(g => g.Active > 0).Select(g => new ConsentVersionCount(g.Version, SubscriberCount.Rounded(g.Active * scale)))];
    }
}
