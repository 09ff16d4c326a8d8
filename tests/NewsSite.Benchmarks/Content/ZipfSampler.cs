namespace NewsSite.Benchmarks.Content;

/// <summary>Draws ranks 1…n with probability proportional to 1/rank^exponent, by binary search over the cumulative weights.</summary>
public sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 1; rank <= count; rank++)
        {
            sum += 1.0 / Math.Pow(rank, exponent);
            _cumulative[rank - 1] = sum;
        }
    }

    /// <summary>How likely rank <paramref name="rank"/> is on one draw.</summary>
    public double Probability(int rank) => (_cumulative[rank - 1] - (rank > 1 ? _cumulative[rank - 2] : 0)) / _cumulative[^1];

    public int Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return (index >= 0 ? index : ~index) + 1;
    }
}
