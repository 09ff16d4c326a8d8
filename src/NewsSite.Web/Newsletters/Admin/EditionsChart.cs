using System.Globalization;

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
        Maximum = RoundUp(Editions.Select(e => e.Sent + e.Failed).DefaultIfEmpty(0).Max());
    }

    public IReadOnlyList<EditionSummary> Editions { get; }

    /// <summary>The top of the y axis: at least 4, a multiple of 4 so that the quarter lines fall on whole numbers.</summary>
    public int Maximum { get; }

    public IEnumerable<int> YTicks => Enumerable.Range(0, 5).Select(i => Maximum * i / 4);

    /// <summary>Editions with a date under their bar: about eight across the axis.</summary>
    public IEnumerable<int> Labelled => Enumerable.Range(0, Editions.Count).Where(i => i % Math.Max(1, (Editions.Count + 7) / 8) == 0);

    private double Slot => (Width - Left - Right) / (double)Math.Max(1, Editions.Count);

    public double BarWidth => Math.Max(1, Slot * 0.7);

    public double X(int index) => Left + (index * Slot) + ((Slot - BarWidth) / 2);

    public double Middle(int index) => X(index) + (BarWidth / 2);

    public double Y(int count) => Top + ((Height - Top - Bottom) * (1 - (count / (double)Maximum)));

    /// <summary>How tall a bar of <paramref name="count"/> copies is.</summary>
    public double Length(int count) => (Height - Top - Bottom) * count / (double)Maximum;

    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static int RoundUp(int largest) => Math.Max(4, (largest + 3) / 4 * 4);
}
