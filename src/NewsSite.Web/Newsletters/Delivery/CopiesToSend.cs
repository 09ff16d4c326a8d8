using System.Threading.Channels;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>
/// Claims due copies a batch at a time and queues them, each with its batch's recipients read
/// just before, for the pool's connections. The next batch is claimed while the last is still
/// going out, so the connections never wait for the database between batches; the queue holds
/// half a batch, so no more than one and a half batches are claimed ahead of the connections.
/// </summary>
public sealed class CopiesToSend(IServiceScopeFactory scopes, TimeProvider time, NewsletterOptions options)
{
    private readonly Channel<ClaimedCopy> _queue = Channel.CreateBounded<ClaimedCopy>(new BoundedChannelOptions(Math.Max(1, options.BatchSize / 2)) { SingleWriter = true });

    public ChannelReader<ClaimedCopy> Queue => _queue.Reader;

    /// <summary>
    /// A batch small enough to be sent well within its lease even at the configured rate limit;
    /// copies claimed and not sent before the lease runs out would be claimed again by another sender.
    /// </summary>
    public int BatchSize => options.MaxMessagesPerSecond > 0
        ? Math.Clamp((int)(options.MaxMessagesPerSecond * options.ClaimDuration.TotalSeconds / 4), 1, options.BatchSize)
        : options.BatchSize;

    /// <summary>
    /// Claims batch after batch until none is due (or just one batch), then closes the queue. Each
    /// claim starts where the last ended; once one comes up short, the next starts from the front
    /// again, for copies skipped meanwhile (locked by another sender, or back from a lapsed lease).
    /// </summary>
    /// <returns>How many copies were claimed.</returns>
    public async Task<int> ClaimAsync(bool untilNoneDue, CancellationToken cancellationToken)
    {
        var claimed = 0;
        Exception? failure = null;
        try
        {
            var position = ClaimPosition.Start;
            while (true)
            {
                var batch = await ClaimBatchAsync(position, cancellationToken);
                claimed += batch.Count;
                var fromTheFront = position == ClaimPosition.Start;
                if (!untilNoneDue || (batch.Count == 0 && fromTheFront))
                {
                    break;
                }
                position = batch.Count == BatchSize ? ClaimPosition.After(batch) : ClaimPosition.Start;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: copies claimed and not queued come back when their lease runs out.
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            _queue.Writer.TryComplete(failure);
        }
        return claimed;
    }

    private async Task<List<DigestDelivery>> ClaimBatchAsync(ClaimPosition after, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var batch = await DeliveryClaims.ClaimAsync(db, time.GetUtcNow(), options.ClaimDuration, BatchSize, after, cancellationToken);
        if (batch.Count == 0)
        {
            return batch;
        }
        var recipients = await DeliveryRecipients.LoadAsync(db, scope.ServiceProvider.GetRequiredService<SuppressionList>(), batch, cancellationToken);
        foreach (var delivery in batch)
        {
            await _queue.Writer.WriteAsync(new ClaimedCopy(delivery, recipients), cancellationToken);
        }
        return batch;
    }
}

/// <summary>A claimed copy and the recipients of its batch, among whom the sender looks for its subscriber.</summary>
public sealed record ClaimedCopy(DigestDelivery Delivery, DeliveryRecipients Recipients);
