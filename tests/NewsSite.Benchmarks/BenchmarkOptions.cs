using System.Globalization;

namespace NewsSite.Benchmarks;

/// <summary>The command line: everything has a default, so the README's one command needs no arguments.</summary>
public sealed record BenchmarkOptions
{
    public const string Usage =
        "Usage: dotnet run -c Release --project tests/NewsSite.Benchmarks [-- [--site-dir DIR] [--duration SECONDS] [--warm-up SECONDS] [--articles N] [--data-dir DIR]]\n" +
        "       dotnet run -c Release --project tests/NewsSite.Benchmarks -- prepare --data-dir DIR [--articles N]   (only make the database)\n" +
        "       dotnet run -c Release --project tests/NewsSite.Benchmarks -- digest [--site-dir DIR] [--subscribers N]   (email digests through smtp-sink)\n" +
        "  --site-dir DIR       measure a site already published to DIR instead of publishing src/NewsSite.Web\n" +
        "  --duration SECONDS   length of each measured wrk run (default 15)\n" +
        "  --warm-up SECONDS    length of the unmeasured wrk run before each measured one (default 20)\n" +
        "  --articles N         published articles in the database (default 10000)\n" +
        "  --data-dir DIR       keep the PostgreSQL cluster in DIR and use it again next time: a large archive is generated once\n" +
        "  --subscribers N      digest: confirmed subscribers of the measured edition (default 100000, up to 1000000)";

    public string? SiteDirectory { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Long enough for .NET's tiered JIT to finish under load: a freshly started site still spends
    /// a large share of a core recompiling hot methods 10–15 s into its first load, which would
    /// halve the first figures measured after each start.
    /// </summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(20);

    // Threads and connections are fixed by the product issue, so every run is comparable with the README's table.

    public int Threads { get; } = 2;

    public int Connections { get; } = 64;

    public int PublishedArticles { get; init; } = 10_000;

    /// <summary>Digest mode: the measured edition's recipients, generated in bulk with their consent ledger rows.</summary>
    public int Subscribers { get; init; } = 100_000;

    public const int MostSubscribers = 1_000_000;

    /// <summary>Where a kept PostgreSQL cluster lives; null for a throwaway one in the run's workspace.</summary>
    public string? DataDirectory { get; init; }

    public static bool TryParse(string[] args, out BenchmarkOptions options, out string error)
    {
        options = new BenchmarkOptions();
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--site-dir" when value is not null:
                    options = options with { SiteDirectory = Path.GetFullPath(value) };
                    break;
                case "--duration" when PositiveNumber(value) is { } seconds:
                    options = options with { Duration = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--warm-up" when PositiveNumber(value) is { } seconds:
                    options = options with { WarmUp = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--data-dir" when value is not null:
                    options = options with { DataDirectory = Path.GetFullPath(value) };
                    break;
                case "--articles" when PositiveNumber(value) is { } count:
                    options = options with { PublishedArticles = count };
                    break;
                case "--subscribers" when PositiveNumber(value) is { } count and <= MostSubscribers:
                    options = options with { Subscribers = count };
                    break;
                default:
                    error = $"Unknown or incomplete argument '{args[i]}'.";
                    return false;
            }
            i++;
        }
        return true;
    }

    private static int? PositiveNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
