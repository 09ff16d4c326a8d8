using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Audit;
using NewsSite.Web.Data;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>
/// The subscribers a filter matches, as CSV written to the response in chunks of a thousand read
/// by id (each chunk is one indexed query, retried on its own after a transient failure, and no
/// query holds a snapshot open for the whole download), so a million subscribers never sit in
/// memory: at most a thousand at a time. Every export is recorded in the audit log first.
/// </summary>
public sealed class SubscriberCsvExport(NewsDbContext db, AuditLog audit, PolicyVersionsQuery policyVersions)
{
    private const int ChunkSize = 1000;

    public static IReadOnlyList<string> Columns { get; } =
    [
        "email", "status", "frequency", "sections", "source", "subscribed_at", "confirmed_at", "unsubscribed_at",
        "latest_privacy_policy_version", "latest_terms_version",
    ];

    public async Task WriteAsync(SubscriberFilter filter, StaffActor actor, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(writer);
        var count = await filter.Apply(db).CountAsync(cancellationToken);
        audit.Add(AuditAction.SubscribersExported, $"{count} subscribers; {filter.Describe()}", actor.Id, actor.DisplayName);
        await db.SaveChangesAsync(cancellationToken);

        var versions = await policyVersions.LoadAsync(cancellationToken);
        var sections = await db.Sections.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        await writer.WriteLineAsync(CsvText.Line(Columns));
        for (var after = 0L; ;)
        {
            var chunk = await filter.Apply(db).Where(s => s.Subscriber.Id > after).OrderBy(s => s.Subscriber.Id).Take(ChunkSize).ToListAsync(cancellationToken);
            foreach (var row in chunk)
            {
                await writer.WriteLineAsync(Line(row, versions, sections));
            }
            if (chunk.Count < ChunkSize)
            {
                return;
            }
            after = chunk[^1].Subscriber.Id;
        }
    }

    private static string Line(SubscriberWithConsent row, PolicyVersions versions, Dictionary<int, string> sections)
    {
        var s = row.Subscriber;
        return CsvText.Line(
        [
            s.Email, s.Status.ToString(), s.Frequency.ToString(),
            s.SectionIds.Count == 0 ? "all" : string.Join("; ", s.SectionIds.Select(id => sections.GetValueOrDefault(id, id.ToString(CultureInfo.InvariantCulture)))),
            s.Source, Timestamp(s.CreatedAt), Timestamp(s.ConfirmedAt), Timestamp(s.UnsubscribedAt),
            versions[row.PrivacyPolicyVersionId]?.Number.ToString(CultureInfo.InvariantCulture),
            versions[row.TermsVersionId]?.Number.ToString(CultureInfo.InvariantCulture),
        ]);
    }

    private static string Timestamp(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
}
