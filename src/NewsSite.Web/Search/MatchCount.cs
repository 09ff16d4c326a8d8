using System.Data.Common;
using System.Text.Json;
using NewsSite.Web.Data;

namespace NewsSite.Web.Search;

/// <summary>
/// How many articles match: exact up to <see cref="ExactUpTo"/>, and above that PostgreSQL's own
/// estimate ("about 650,000 results"). Counting every match of a word found in most of a million
/// articles would read most of the archive for one number; the count stops one past the limit,
/// which a common word reaches within its first few thousand articles, and the planner's
/// estimate (from the statistics it keeps of the search vectors' most common words) costs a plan
/// and no rows.
/// </summary>
public sealed record MatchCount(long Value, bool IsEstimate)
{
    public const int ExactUpTo = 1_000;

    public static async Task<MatchCount> ReadAsync(NewsDbContext db, string matchingSql, object[] parameters, CancellationToken cancellationToken)
    {
        var exact = await RawSqlQuery.ReadAsync(db, $"SELECT count(*) FROM ({matchingSql} LIMIT {ExactUpTo + 1}) matches", parameters, ReadCountAsync, cancellationToken);
        if (exact <= ExactUpTo)
        {
            return new MatchCount(exact, IsEstimate: false);
        }
        // The estimate can be low (statistics not yet gathered); there are at least as many as were counted.
        var estimate = await RawSqlQuery.ReadAsync(db, "EXPLAIN (FORMAT JSON) " + matchingSql, parameters, ReadEstimateAsync, cancellationToken);
        return new MatchCount(RoundForReaders(Math.Max(estimate, exact)), IsEstimate: true);
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
