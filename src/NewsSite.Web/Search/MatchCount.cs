using System.Data.Common;
using System.Text.Json;
using NewsSite.Web.Data;

namespace NewsSite.Web.Search;

/// <summary>
/// How many articles match: exact up to <see cref="ExactUpTo"/>, and above that PostgreSQL's own
/// estimate ("about 650,000 results"). Counting every match of a word found in most of a million
/// articles would read most of the archive for one number, and even counting to a thousand reads
/// a thousand search vectors; the planner's estimate, from the statistics it keeps of the search
/// vectors' most common words, costs a plan and no rows. Only when the estimate is small enough
/// for the index to find every match cheaply is the count made, and then it is exact up to the limit.
/// </summary>
public sealed record MatchCount(long Value, bool IsEstimate)
{
    public const int ExactUpTo = 1_000;

    /// <summary>Estimates are rough (a phrase's especially): below this one, counting is still cheap and settles it.</summary>
    private const int CountBelowEstimate = 5_000;

    /// <param name="db">The database.</param>
    /// <param name="matchingSql">Selects a row per match.</param>
    /// <param name="parameters">The statement's parameters.</param>
    /// <param name="countFirst">Count without asking for an estimate: the lexicon already says the matches are few.</param>
    /// <param name="cancellationToken">Ends the count when the reader goes away.</param>
    public static async Task<MatchCount> ReadAsync(NewsDbContext db, string matchingSql, object[] parameters, bool countFirst, CancellationToken cancellationToken)
    {
        var estimate = countFirst ? 0 : await RawSqlQuery.ReadAsync(db, "EXPLAIN (FORMAT JSON) " + matchingSql, parameters, ReadEstimateAsync, cancellationToken);
        if (estimate > CountBelowEstimate)
        {
            return new MatchCount(RoundForReaders(estimate), IsEstimate: true);
        }
        var exact = await RawSqlQuery.ReadAsync(db, $"SELECT count(*) FROM ({matchingSql} LIMIT {ExactUpTo + 1}) matches", parameters, ReadCountAsync, cancellationToken);
        return exact <= ExactUpTo ? new MatchCount(exact, IsEstimate: false) : new MatchCount(RoundForReaders(Math.Max(estimate, exact)), IsEstimate: true);
    }

    /// <summary>Two significant figures: an estimate should not look more precise than it is.</summary>
    public static long RoundForReaders(long estimate)
    {
        var unit = (long)Math.Pow(10, Math.Max(0, (int)Math.Floor(Math.Log10(estimate)) - 1));
        return (long)Math.Round(estimate / (double)unit) * unit;
    }

    private static async Task<long> ReadEstimateAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        using var plan = JsonDocument.Parse(reader.GetString(0));
        return (long)plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
    }

    private static async Task<long> ReadCountAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        return reader.GetInt64(0);
    }
}
