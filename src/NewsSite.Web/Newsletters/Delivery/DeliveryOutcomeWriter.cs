using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>
/// Writes outcomes back as the pool's connections report them, a few dozen rows per UPDATE, so a
/// crash loses at most the copies in flight and the last few outcomes (whose copies are then sent
/// again under the same Message-ID). One reader owns the batch's <see cref="NewsDbContext"/>,
/// which is not safe to share between the connections.
/// </summary>
public sealed class DeliveryOutcomeWriter
{
    private const int RowsPerUpdate = 50;

    private readonly Channel<DeliveryOutcome> _outcomes = Channel.CreateUnbounded<DeliveryOutcome>(new() { SingleReader = true });
    private readonly NewsDbContext _db;
    private readonly SuppressionList _suppression;
    private readonly Task _writing;

    public DeliveryOutcomeWriter(NewsDbContext db, SuppressionList suppression)
    {
        _db = db;
        _suppression = suppression;
        _writing = WriteAllAsync();
    }

    public void Record(DeliveryOutcome outcome) => _outcomes.Writer.TryWrite(outcome);

    /// <summary>Writes what is still waiting and returns once every recorded outcome is stored.</summary>
    public async Task CompleteAsync()
    {
        _outcomes.Writer.TryComplete();
        await _writing;
    }

    // Never cancelled: outcomes of messages already handed to the server are worth keeping even on shutdown.
    private async Task WriteAllAsync()
    {
        var pending = new List<DeliveryOutcome>(RowsPerUpdate);
        while (await _outcomes.Reader.WaitToReadAsync())
        {
            while (pending.Count < RowsPerUpdate && _outcomes.Reader.TryRead(out var outcome))
            {
                pending.Add(outcome);
            }
            await WriteAsync(pending);
            pending.Clear();
        }
    }

    private async Task WriteAsync(List<DeliveryOutcome> outcomes)
    {
        var ids = outcomes.Select(o => o.DeliveryId).ToArray();
        var statuses = outcomes.Select(o => o.Status.ToString()).ToArray();
        var times = outcomes.Select(o => o.At).ToArray();
        var errors = outcomes.Select(o => o.Error).ToArray();
        await _db.Database.ExecuteSqlAsync($"""
            UPDATE digest_deliveries AS d
            SET status = o.status, locked_until = NULL, last_error = o.error,
                sent_at = CASE WHEN o.status = 'Sent' THEN o.at ELSE d.sent_at END,
                next_attempt_at = CASE WHEN o.status = 'Deferred' THEN o.at ELSE d.next_attempt_at END
            FROM unnest({ids}::bigint[], {statuses}::text[], {times}::timestamptz[], {errors}::text[]) AS o(id, status, at, error)
            WHERE d.id = o.id
            """);
        await SuppressHardBouncesAsync(outcomes);
    }

    private async Task SuppressHardBouncesAsync(List<DeliveryOutcome> outcomes)
    {
        var bounced = outcomes.Where(o => o.HardBouncedAddress is not null).Select(o => o.HardBouncedAddress!).Distinct().ToList();
        if (bounced.Count == 0)
        {
            return;
        }
        foreach (var address in bounced)
        {
            await _suppression.AddAsync(address, SuppressionReason.HardBounce);
        }
        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();
    }
}
