using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.TestSupport;
using NewsSite.Web.Articles.Workflow;

namespace NewsSite.Tests.Workflow;

/// <summary>
/// A site with the editorial workflow and a fake clock, standing at a fixed instant in June 2030
/// so the tests can name dates around the clock changes. The scheduled-publishing worker's own
/// timer is set to ten days: tests run its passes themselves unless they say otherwise.
/// </summary>
public class WorkflowFixture : NewsSiteFixture
{
    public static readonly DateTimeOffset Start = new(2030, 6, 3, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public Newsroom Newsroom => new(Factory, Clock);

    protected virtual TimeSpan PollInterval => TimeSpan.FromDays(10);

    protected override void Configure(NewsSiteFactory factory)
    {
        factory.Settings["ScheduledPublishing:PollInterval"] = PollInterval.ToString("c");
        factory.ServiceOverrides.Add(services => services.AddSingleton<TimeProvider>(Clock));
        // Until the site's start-up registers the workflow itself; a second registration changes nothing.
        factory.ServiceOverrides.Add(services => services.AddArticleWorkflow());
    }
}
