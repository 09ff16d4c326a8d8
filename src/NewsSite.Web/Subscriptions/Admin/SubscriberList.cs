using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>One row of the admin subscribers list; <see cref="Email"/> is null once erased.</summary>
public sealed record SubscriberListRow(
    long Id, string? Email, SubscriberStatus Status, DigestFrequency Frequency, IReadOnlyList<int> SectionIds,
    DateTimeOffset CreatedAt, int? PrivacyPolicyVersionId);

/// <summary>Where a page of the list starts: just older than <see cref="Before"/>, just newer than <see cref="After"/>, or at the newest.</summary>
public sealed record ListPosition(long? Before = null, long? After = null);

/// <summary>A page of the list; <see cref="HasNewer"/> and <see cref="HasOlder"/> say whether links lead on from its first and last rows.</summary>
public sealed record SubscriberListPage(IReadOnlyList<SubscriberListRow> Rows, SubscriberCount Count, bool HasNewer, bool HasOlder);

/// <summary>
/// The admin subscribers list, newest first, in pages that follow on from a row rather than skip
/// a number of rows: any page of a million is as quick as the first, and someone subscribing while
/// an editor pages through shifts nothing.
/// </summary>
public sealed class SubscriberList(NewsDbContext db)
{
    public const int PageSize = 50;

    public async Task<SubscriberListPage> LoadAsync(SubscriberFilter filter, ListPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(position);
        var matching = filter.Apply(db);
        var rows = position.After is { } after
            ? await RowsAsync(matching.Where(s => s.Subscriber.Id > after).OrderBy(s => s.Subscriber.Id), cancellationToken)
            : await RowsAsync(
                (position.Before is { } before ? matching.Where(s => s.Subscriber.Id < before) : matching).OrderByDescending(s => s.Subscriber.Id),
                cancellationToken);
        var more = rows.Count > PageSize;
        var shown = rows.Take(PageSize).ToList();
        if (position.After is not null)
        {
            shown.Reverse();
        }
        var count = await SubscriberCount.OfAsync(db, matching, filter.IsEmpty, cancellationToken);
        return position.After is not null
            ? new SubscriberListPage(shown, count, HasNewer: more, HasOlder: true)
            : new SubscriberListPage(shown, count, HasNewer: position.Before is not null, HasOlder: more);
    }

    // One row more than a page shows, to know whether another page follows.
    private static Task<List<SubscriberListRow>> RowsAsync(IQueryable<SubscriberWithConsent> ordered, CancellationToken cancellationToken) =>
        ordered.Take(PageSize + 1)
            .Select(s => new SubscriberListRow(
                s.Subscriber.Id, s.Subscriber.Email, s.Subscriber.Status, s.Subscriber.Frequency, s.Subscriber.SectionIds,
                s.Subscriber.CreatedAt, s.PrivacyPolicyVersionId))
            .ToListAsync(cancellationToken);
}
