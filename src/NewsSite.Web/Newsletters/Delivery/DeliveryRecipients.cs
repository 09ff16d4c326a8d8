using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>
/// The subscribers of a claimed batch, read just before it is sent, so that one who
/// unsubscribed, paused, was erased or bounced since the release gets nothing more.
/// </summary>
public sealed class DeliveryRecipients
{
    private readonly Dictionary<long, Subscriber> _mailable;
    private readonly HashSet<long> _suppressed;

    private DeliveryRecipients(Dictionary<long, Subscriber> mailable, HashSet<long> suppressed)
    {
        _mailable = mailable;
        _suppressed = suppressed;
    }

    public static async Task<DeliveryRecipients> LoadAsync(
        NewsDbContext db, SuppressionList suppression, IReadOnlyCollection<DigestDelivery> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(d => d.SubscriberId).Distinct().ToList();
        var active = await db.Subscribers.AsNoTracking()
            .Where(s => ids.Contains(s.Id) && s.Status == SubscriberStatus.Active && s.Email != null)
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var listed = await suppression.ListedAmongAsync(active.Values.Select(s => s.Email!).ToList(), cancellationToken);
        var suppressed = active.Values.Where(s => listed.Contains(s.Email!)).Select(s => s.Id).ToHashSet();
        foreach (var id in suppressed)
        {
            active.Remove(id);
        }
        return new DeliveryRecipients(active, suppressed);
    }

    /// <summary>The subscriber to mail this copy to, or why it is not to be sent.</summary>
    public bool TryGet(DigestDelivery delivery, out Subscriber subscriber, out string reasonNotMailed)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        reasonNotMailed = _suppressed.Contains(delivery.SubscriberId)
            ? "The address is on the suppression list."
            : "The subscriber is no longer active (unsubscribed, paused or erased).";
        return _mailable.TryGetValue(delivery.SubscriberId, out subscriber!);
    }
}
