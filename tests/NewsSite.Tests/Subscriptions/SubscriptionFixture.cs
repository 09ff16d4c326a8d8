using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.TestSupport;

namespace NewsSite.Tests.Subscriptions;

/// <summary>A site whose clock the tests move, so that links can be made to expire.</summary>
public class SubscriptionFixture : NewsSiteFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void Configure(NewsSiteFactory factory)
    {
        // The policies were published when the seeded database was made, after this clock was.
        Clock.SetUtcNow(DateTimeOffset.UtcNow);
        factory.ServiceOverrides.Add(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
