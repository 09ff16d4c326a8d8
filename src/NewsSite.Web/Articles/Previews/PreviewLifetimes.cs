namespace NewsSite.Web.Articles.Previews;

/// <summary>How long a new preview link may work: the choices the preview page offers.</summary>
public static class PreviewLifetimes
{
    public sealed record Choice(string Key, string Label, TimeSpan Length);

    public static readonly IReadOnlyList<Choice> All =
    [
        new("1h", "1 hour", TimeSpan.FromHours(1)),
        new("1d", "1 day", TimeSpan.FromDays(1)),
        new("2d", "2 days", TimeSpan.FromDays(2)),
        new("7d", "7 days", TimeSpan.FromDays(7)),
    ];

    /// <summary>Long enough for a reviewer to get round to it, short enough that a forwarded link soon stops working.</summary>
    public const string DefaultKey = "2d";

    public static Choice? Find(string? key) => All.FirstOrDefault(c => c.Key == key);
}
