using System.Globalization;
using NewsSite.Web.Infrastructure.Charts;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>
/// The geometry of the activity chart, drawn by the server as SVG: one line per series over the
/// days, a y axis from zero to a round maximum, and a date under every seventh day.
/// </summary>
public sealed class ActivityChart
{
    public const int Width = 720;
    public const int Height = 260;
    public const int Left = 44;
    public const int Right = 12;
    public const int Top = 12;
    public const int Bottom = 36;

    public ActivityChart(IReadOnlyList<DailyActivity> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        Days = days;
        _axis = new ChartYAxis(days.Select(d => Math.Max(d.New, Math.Max(d.Confirmed, d.Unsubscribed))).DefaultIfEmpty(0).Max(), Top, Height - Top - Bottom);
    }

    private readonly ChartYAxis _axis;

    public IReadOnlyList<DailyActivity> Days { get; }

    public int Maximum => _axis.Maximum;

    public IEnumerable<int> YTicks => _axis.Ticks;

    public IEnumerable<int> LabelledDays => Enumerable.Range(0, Days.Count).Where(i => (Days.Count - 1 - i) % 7 == 0);

    public double X(int dayIndex) => Left + (Days.Count <= 1 ? 0 : dayIndex * (Width - Left - Right) / (double)(Days.Count - 1));

    public double Y(int count) => _axis.Y(count);

    /// <summary>The points attribute of a polyline through one series.</summary>
    public string Points(Func<DailyActivity, int> series) =>
        string.Join(' ', Days.Select((day, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(series(day)):0.#}")));

    public static string Coordinate(double value) => ChartYAxis.Coordinate(value);
}
