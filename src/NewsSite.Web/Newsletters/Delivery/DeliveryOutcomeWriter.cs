using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>
/// Writes outcomes back as the pool's connections report them, as many as are waiting in one
/// UPDATE (up to 50). The connections may run only <c>window</c> copies ahead of what is stored:
/// a crash can lose at most that many outcomes, and only those copies are sent twice (under the
/// same Message-ID) when their batch is claimed again. One reader owns the writer's
/// <see cref="NewsDbContext"/>, which is not safe to share between the connections.
/// </summary>
public sealed class DeliveryOutcomeWriter : IDisposable
{
    private const int RowsPerUpdate = 50;

    private readonly Channel<DeliveryOutcome> _outcomes = Channel.CreateUnbounded<DeliveryOutcome>(new() { SingleReader = true });
    private readonly SemaphoreSlim _room;
    private readonly IServiceScopeFactory _scopes;
    private readonly CancellationTokenSource _stopSendingOnFailure;
    private readonly Task _writing;

    /// <summary>Starts writing; <paramref name="stopSendingOnFailure"/> is cancelled when an outcome cannot be stored, so that nothing more is sent unrecorded.</summary>
    public DeliveryOutcomeWriter(IServiceScopeFactory scopes, int window, CancellationTokenSource stopSendingOnFailure)
    {
        _scopes = scopes;
        _room = new SemaphoreSlim(window, window);
        _stopSendingOnFailure = stopSendingOnFailure;
        _writing = WriteAllAsync();
    }

    /// <summary>Waits until fewer than <c>window</c> outcomes are unstored; each send must take its turn here first.</summary>
    public Task WaitForRoomAsync(CancellationToken cancellationToken) => _room.WaitAsync(cancellationToken);

    public void Record(DeliveryOutcome outcome) => _outcomes.Writer.TryWrite(outcome);

    /// <summary>Writes what is still waiting and returns once every recorded outcome is stored.</summary>
    public async Task CompleteAsync()
    {
        _outcomes.Writer.TryComplete();
        await _writing;
    }

    public void Dispose() => _room.Dispose();

    // Never cancelled: outcomes of messages already handed to the server are worth keeping even on shutdown.
    private async Task WriteAllAsync()
    {
        await Task.Yield();
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var suppression = scope.ServiceProvider.GetRequiredService<SuppressionList>();
        var pending = new List<DeliveryOutcome>(RowsPerUpdate);
        try
        {
            while (await _outcomes.Reader.WaitToReadAsync())
            {
                while (pending.Count < RowsPerUpdate && _outcomes.Reader.TryRead(out var outcome))
                {
                    pending.Add(outcome);
                }
                await WriteAsync(db, suppression, pending);
                _room.Release(pending.Count);
                pending.Clear();
            }
        }
        catch
        {
            await _stopSendingOnFailure.CancelAsync();
            throw;
        }
    }

    private static async Task WriteAsync(NewsDbContext db, SuppressionList suppression, List<DeliveryOutcome> outcomes)
    {
        var ids = outcomes.Select(o => o.DeliveryId).ToArray();
        var statuses = outcomes.Select(o => o.Status.ToString()).ToArray();
        var times = outcomes.Select(o => o.At).ToArray();
        var errors = outcomes.Select(o => o.Error).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            UPDATE digest_deliveries AS d
            SET status = o.status, locked_until = NULL, last_error = o.error,
                sent_at = CASE WHEN o.status = 'Sent' THEN o.at ELSE d.sent_at END,
                next_attempt_at = CASE WHEN o.status = 'Deferred' THEN o.at ELSE d.next_attempt_at END
            FROM unnest({ids}::bigint[], {statuses}::text[], {times}::timestamptz[], {errors}::text[]) AS o(id, status, at, error)
            WHERE d.id = o.id
            """);
        await SuppressHardBouncesAsync(db, suppression, outcomes);
    }

    private static async Task SuppressHardBouncesAsync(NewsDbContext db, SuppressionList suppression, List<DeliveryOutcome> outcomes)
    {
        var bounced = outcomes.Where(o => o.HardBouncedAddress is not null).Select(o => o.HardBouncedAddress!).Distinct().ToList();
        if (bounced.Count == 0)
        {
            return;
        }
        foreach (var address in bounced)
        {
            await suppression.AddAsync(address, SuppressionReason.HardBounce);
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
