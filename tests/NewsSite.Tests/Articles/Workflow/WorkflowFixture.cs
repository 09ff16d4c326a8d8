using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.TestSupport;
using NewsSite.Web.Articles.Workflow;

namespace NewsSite.Tests.Articles.Workflow;

/// <summary>
/// A site with the editorial workflow and a fake clock, standing at a fixed instant in June 2030
/// so the tests can name dates around the clock changes. The scheduled-publishing worker is left
/// out: tests run its passes themselves unless <see cref="RunsWorker"/> says otherwise.
/// </summary>
public class WorkflowFixture : NewsSiteFixture
{
    public static readonly DateTimeOffset Start = new(2030, 6, 3, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public Newsroom Newsroom => new(Factory, Clock);

    /// <summary>Runs the site's own worker, every minute on the fake clock.</summary>
    protected virtual bool RunsWorker => false;

    protected override void Configure(NewsSiteFactory factory)
    {
        factory.ServiceOverrides.Add(services => services.AddSingleton<TimeProvider>(Clock));
        if (RunsWorker)
        {
            factory.Settings["ScheduledPublishing:PollInterval"] = "00:01:00";
        }
        else
        {
            factory.WithoutWorker<ScheduledPublishingWorker>();
        }
    }
}
