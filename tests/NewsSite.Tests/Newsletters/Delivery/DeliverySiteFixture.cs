using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using NewsSite.TestSupport;
using NewsSite.Web.Email;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Newsletters.Delivery;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Delivery;

/// <summary>
/// The site with its digest sender pointed at an SMTP server in the test process, on a fake clock.
/// The background worker is left out unless <see cref="RunsWorker"/> says otherwise: each test
/// runs its own senders, so it knows who sent what.
/// </summary>
public class DeliverySiteFixture : NewsSiteFixture
{
    public const int PoolSize = 3;
    public const int MaxAttempts = 3;

    public InProcessSmtpServer Smtp { get; } = new();

    // Whole seconds, because PostgreSQL keeps microseconds and the assertions compare exact times.
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    protected virtual bool RunsWorker => false;

    protected override void Configure(NewsSiteFactory factory)
    {
        factory.UseSmtpServerOnPort(Smtp.Port);
        factory.Settings["Newsletters:PoolSize"] = PoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Newsletters:BatchSize"] = "100";
        factory.Settings["Newsletters:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Newsletters:FirstRetryDelay"] = "00:01:00";
        factory.ServiceOverrides.Add(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddScoped<IDigestMessages, PlainDigestMessages>();
        });
        if (!RunsWorker)
        {
            factory.WithoutWorker<DigestSenderWorker>();
        }
    }

    /// <summary>A sender as another instance of the site would run it: its own connections, the same database.</summary>
    public DigestSender NewSender(Action<NewsletterOptions>? adjust = null)
    {
        var services = Factory.Services;
        var options = services.GetRequiredService<IOptions<NewsletterOptions>>().Value;
        var own = new NewsletterOptions
        {
            PoolSize = options.PoolSize, BatchSize = options.BatchSize, MaxAttempts = options.MaxAttempts, ClaimDuration = options.ClaimDuration,
            FirstRetryDelay = options.FirstRetryDelay, MaxRetryDelay = options.MaxRetryDelay, MaxMessagesPerSecond = options.MaxMessagesPerSecond,
        };
        adjust?.Invoke(own);
        var settings = Options.Create(own);
        return new DigestSender(
            services.GetRequiredService<IServiceScopeFactory>(), new DigestSmtpPool(services.GetRequiredService<IOptions<EmailOptions>>(), settings),
            new DeliveryOutcomes(settings, Clock), Clock, settings, services.GetRequiredService<ILogger<DigestSender>>());
    }

    /// <summary>Active subscribers at these addresses and an edition released to them, one queued copy each.</summary>
    public async Task<Release> ReleaseAsync(IReadOnlyList<string> addresses, DigestEditionStatus status = DigestEditionStatus.Sending)
    {
        var now = Clock.GetUtcNow();
        var subscribers = addresses.Select(a => new Subscriber
        {
            Email = a, Status = SubscriberStatus.Active, LinkKey = SubscriptionTokens.NewLinkKey(), Source = "footer", CreatedAt = now, ConfirmedAt = now,
        }).ToList();
        await using (var scope = Factory.OpenDatabase())
        {
            scope.Db.Subscribers.AddRange(subscribers);
            await scope.Db.SaveChangesAsync();
        }
        return new Release(await ReleaseToAsync(subscribers, status), subscribers);
    }

    /// <summary>An edition released to subscribers who already exist; returns its id.</summary>
    public async Task<long> ReleaseToAsync(params Subscriber[] subscribers) => await ReleaseToAsync(subscribers, DigestEditionStatus.Sending);

    private async Task<long> ReleaseToAsync(IReadOnlyList<Subscriber> subscribers, DigestEditionStatus status)
    {
        await using var scope = Factory.OpenDatabase();
        var now = Clock.GetUtcNow();
        var edition = new DigestEdition
        {
            Frequency = DigestFrequency.Weekly, PeriodKey = $"now-{Guid.NewGuid():N}", Status = DigestEditionStatus.Draft, Subject = "The week", CreatedAt = now,
        };
        scope.Db.DigestEditions.Add(edition);
        await scope.Db.SaveChangesAsync();
        scope.Db.DigestDeliveries.AddRange(subscribers.Select(s => new DigestDelivery
        {
            EditionId = edition.Id, SubscriberId = s.Id, MessageId = $"{Guid.NewGuid():N}@portalder.example", NextAttemptAt = now,
        }));
        await scope.Db.SaveChangesAsync();
        // Released only once its copies are queued, as the site does: a sender passing in between
        // would find an edition with no copies to send and close it.
        edition.Status = status;
        edition.ReleasedAt = now;
        await scope.Db.SaveChangesAsync();
        return edition.Id;
    }

    /// <summary>The copies of an edition as stored, in the order they were released.</summary>
    public async Task<List<DigestDelivery>> DeliveriesAsync(long editionId)
    {
        await using var scope = Factory.OpenDatabase();
        return await scope.Db.DigestDeliveries.AsNoTracking().Where(d => d.EditionId == editionId).OrderBy(d => d.Id).ToListAsync();
    }

    public async Task<DigestEdition> EditionAsync(long editionId)
    {
        await using var scope = Factory.OpenDatabase();
        return await scope.Db.DigestEditions.AsNoTracking().SingleAsync(e => e.Id == editionId);
    }

    /// <summary>The messages the server received for these addresses (other tests' mail left out).</summary>
    public List<MimeMessage> ReceivedBy(IEnumerable<string> addresses)
    {
        var wanted = addresses.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Smtp.Messages.Where(m => m.To.Mailboxes.Any(to => wanted.Contains(to.Address))).ToList();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed record Release(long EditionId, List<Subscriber> Subscribers)
{
    public IEnumerable<string> Addresses => Subscribers.Select(s => s.Email!);
}
