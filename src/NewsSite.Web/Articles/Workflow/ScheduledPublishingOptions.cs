using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Articles.Workflow;

/// <summary>Configuration section <c>ScheduledPublishing</c>.</summary>
public sealed class ScheduledPublishingOptions
{
    public const string SectionName = "ScheduledPublishing";

    /// <summary>How often due articles are looked for: a scheduled article goes out at most this late.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Articles published per transaction; a longer backlog takes several, one after another.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;
}
