using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.TestSupport;

namespace NewsSite.BrowserTests;

/// <summary>The site in a browser, on a clock the test moves: scheduled articles go live when the test says the time has come.</summary>
public sealed class NewsroomBrowserFixture : BrowserFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void Configure(NewsSiteFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        // From the moment the seeded database was made, so its pages are already in force.
        Clock.SetUtcNow(DateTimeOffset.UtcNow);
        factory.ServiceOverrides.Add(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
