using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>One row of the admin subscribers list; <see cref="Email"/> is null once erased.</summary>
public sealed record SubscriberListRow(
    long Id, string? Email, SubscriberStatus Status, DigestFrequency Frequency, IReadOnlyList<int> SectionIds,
    DateTimeOffset CreatedAt, int? PrivacyPolicyVersionId);

public sealed record SubscriberListPage(IReadOnlyList<SubscriberListRow> Rows, int Page, int PageCount, int TotalCount);

/// <summary>How many active subscribers last consented under a Privacy Policy version (null: none recorded).</summary>
public sealed record ConsentVersionCount(int? PrivacyPolicyVersionId, int ActiveSubscribers);

/// <summary>The admin subscribers list, newest first, and who agreed to which Privacy Policy version.</summary>
public sealed class SubscriberList(NewsDbContext db)
{
    public const int PageSize = 50;

    public async Task<SubscriberListPage> LoadAsync(SubscriberFilter filter, int requestedPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matching = filter.Apply(db);
        var total = await matching.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(requestedPage, 1, pageCount);
        var rows = await matching
            .OrderByDescending(s => s.Subscriber.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(s => new SubscriberListRow(
                s.Subscriber.Id, s.Subscriber.Email, s.Subscriber.Status, s.Subscriber.Frequency, s.Subscriber.SectionIds,
                s.Subscriber.CreatedAt, s.PrivacyPolicyVersionId))
            .ToListAsync(cancellationToken);
        return new SubscriberListPage(rows, page, pageCount, total);
    }

    /// <summary>Active subscribers counted by the Privacy Policy version of their latest consent: who agreed to which version.</summary>
    public async Task<IReadOnlyList<ConsentVersionCount>> CountsByPrivacyVersionAsync(CancellationToken cancellationToken) =>
        await new SubscriberFilter(Status: SubscriberStatus.Active).Apply(db)
            .GroupBy(s => s.PrivacyPolicyVersionId)
            .Select(g => new ConsentVersionCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
}
