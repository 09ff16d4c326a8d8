using System.Globalization;

namespace NewsSite.Web.Infrastructure.Charts;

/// <summary>
/// The y axis of the admin area's charts, which the server draws as SVG: from zero to a round
/// maximum (at least 4, a multiple of 4, so that the quarter lines fall on whole numbers).
/// </summary>
public sealed class ChartYAxis(int largest, int top, int plotHeight)
{
    public int Maximum { get; } = Math.Max(4, (largest + 3) / 4 * 4);

    public IEnumerable<int> Ticks => Enumerable.Range(0, 5).Select(i => Maximum * i / 4);

    /// <summary>The SVG y coordinate of <paramref name="count"/>.</summary>
    public double Y(int count) => top + (plotHeight * (1 - (count / (double)Maximum)));

    /// <summary>How tall a bar of <paramref name="count"/> is.</summary>
    public double Length(int count) => plotHeight * count / (double)Maximum;

    /// <summary>A coordinate as SVG wants it: invariant culture, one decimal at most.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
