using System.Globalization;

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
        Maximum = RoundUp(days.Select(d => Math.Max(d.New, Math.Max(d.Confirmed, d.Unsubscribed))).DefaultIfEmpty(0).Max());
    }

    public IReadOnlyList<DailyActivity> Days { get; }

    /// <summary>The top of the y axis: at least 4, a multiple of 4 so that the quarter lines fall on whole numbers.</summary>
    public int Maximum { get; }

    public IEnumerable<int> YTicks => Enumerable.Range(0, 5).Select(i => Maximum * i / 4);

    public IEnumerable<int> LabelledDays => Enumerable.Range(0, Days.Count).Where(i => (Days.Count - 1 - i) % 7 == 0);

    public double X(int dayIndex) => Left + (Days.Count <= 1 ? 0 : dayIndex * (Width - Left - Right) / (double)(Days.Count - 1));

    public double Y(int count) => Top + (Height - Top - Bottom) * (1 - (count / (double)Maximum));

    /// <summary>The points attribute of a polyline through one series.</summary>
    public string Points(Func<DailyActivity, int> series) =>
        string.Join(' ', Days.Select((day, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(series(day)):0.#}")));

    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static int RoundUp(int largest) => Math.Max(4, (largest + 3) / 4 * 4);
}
