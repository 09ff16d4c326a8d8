using NewsSite.Web.Data;
using NewsSite.Web.SiteSettings;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>One day in the site's time zone: new subscribers (form grants and imports), confirmations and unsubscribes.</summary>
public sealed record DailyActivity(DateOnly Day, int New, int Confirmed, int Unsubscribed);

/// <summary>
/// Subscriptions per day, counted from the consent ledger rather than from subscribers' current
/// state, so a person who subscribed and later left still counts on both days.
/// </summary>
public sealed class SubscriberActivity(NewsDbContext db, SiteSettingsCache siteSettings, TimeProvider time)
{
    public static IReadOnlyList<int> Periods { get; } = [30, 90];

    // Grouped in the site's zone by PostgreSQL itself; the (action, recorded_at) index finds the rows.
    private const string Sql = """
        SELECT (recorded_at AT TIME ZONE $1)::date, action, count(*)
        FROM consent_records
        WHERE recorded_at >= $2 AND action = ANY($3)
        GROUP BY 1, 2
        """;

    /// <summary>The last <paramref name="days"/> days up to today, oldest first, days without any activity included.</summary>
    public async Task<IReadOnlyList<DailyActivity>> LastDaysAsync(int days, CancellationToken cancellationToken)
    {
        var zone = (await siteSettings.GetAsync(cancellationToken)).TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var first = today.AddDays(1 - days);
        // Midnight can be skipped by a clock change in a few zones; the day then starts an hour later.
        var start = SiteTimeZone.TryToInstant(first.ToDateTime(TimeOnly.MinValue), zone, out var midnight) ? midnight
            : new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(first.ToDateTime(new TimeOnly(1, 0)), zone));
        string[] actions = [nameof(ConsentAction.Granted), nameof(ConsentAction.Imported), nameof(ConsentAction.Confirmed), nameof(ConsentAction.Withdrawn)];
        var counts = await RawSqlQuery.ReadAsync(db, Sql, [zone.Id, start, actions], async (reader, token) =>
        {
            var read = new Dictionary<(DateOnly, string), int>();
            while (await reader.ReadAsync(token))
            {
                read[(reader.GetFieldValue<DateOnly>(0), reader.GetString(1))] = (int)reader.GetInt64(2);
            }
            return read;
        }, cancellationToken);
        int Count(DateOnly day, ConsentAction action) => counts.GetValueOrDefault((day, action.ToString()));
        return Enumerable.Range(0, days).Select(first.AddDays)
            .Select(day => new DailyActivity(day, Count(day, ConsentAction.Granted) + Count(day, ConsentAction.Imported), Count(day, ConsentAction.Confirmed), Count(day, ConsentAction.Withdrawn)))
            .ToList();
    }
}
