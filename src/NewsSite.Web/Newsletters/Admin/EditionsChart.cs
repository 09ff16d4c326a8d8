using NewsSite.Web.Infrastructure.Charts;

namespace NewsSite.Web.Newsletters.Admin;

/// <summary>
/// The geometry of the editions chart, drawn by the server as SVG: one bar per edition, oldest on
/// the left, its copies sent below and failed stacked on top, on a y axis from zero to a round maximum.
/// </summary>
public sealed class EditionsChart
{
    public const int Width = 720;
    public const int Height = 240;
    public const int Left = 52;
    public const int Right = 12;
    public const int Top = 12;
    public const int Bottom = 36;

    public EditionsChart(IEnumerable<EditionSummary> newestFirst)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        Editions = [.. newestFirst.Reverse()];
        _axis = new ChartYAxis(Editions.Select(e => e.Sent + e.Failed).DefaultIfEmpty(0).Max(), Top, Height - Top - Bottom);
    }

    private readonly ChartYAxis _axis;

    public IReadOnlyList<EditionSummary> Editions { get; }

    public int Maximum => _axis.Maximum;

    public IEnumerable<int> YTicks => _axis.Ticks;

    /// <summary>Editions with a date under their bar: about eight across the axis.</summary>
    public IEnumerable<int> Labelled => Enumerable.Range(0, Editions.Count).Where(i => i % Math.Max(1, (Editions.Count + 7) / 8) == 0);

    private double Slot => (Width - Left - Right) / (double)Math.Max(1, Editions.Count);

    public double BarWidth => Math.Max(1, Slot * 0.7);

    public double X(int index) => Left + (index * Slot) + ((Slot - BarWidth) / 2);

    public double Middle(int index) => X(index) + (BarWidth / 2);

    public double Y(int count) => _axis.Y(count);

    public double Length(int count) => _axis.Length(count);

    public static string Coordinate(double value) => ChartYAxis.Coordinate(value);
}
