using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Subscriptions.Admin;

public enum CountKind
{
    Exact,

    /// <summary>There are more than the value: counting on would read every match.</summary>
    MoreThan,

    /// <summary>PostgreSQL's own estimate of the table's rows.</summary>
    About,
}

/// <summary>
/// How many subscribers a list holds, counted only as far as <see cref="ExactUpTo"/>: an exact count
/// of a million rows reads all of them on every page. Beyond that, the whole list is PostgreSQL's
/// estimate of the table's size (kept by ANALYZE and autovacuum) and a filtered one "more than".
/// </summary>
public sealed record SubscriberCount(long Value, CountKind Kind)
{
    public const int ExactUpTo = 1_000;

    public static async Task<SubscriberCount> OfAsync(NewsDbContext db, IQueryable<SubscriberWithConsent> matching, bool wholeTable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counted = await matching.Take(ExactUpTo + 1).CountAsync(cancellationToken);
        if (counted <= ExactUpTo)
        {
            return new SubscriberCount(counted, CountKind.Exact);
        }
        return wholeTable
            ? new SubscriberCount(Math.Max(ExactUpTo + 1, Rounded(await EstimatedRowsAsync(db, cancellationToken))), CountKind.About)
            : new SubscriberCount(ExactUpTo, CountKind.MoreThan);
    }

    /// <summary>The subscribers table's rows as PostgreSQL's statistics have them (-1 before it was first analysed).</summary>
    public static Task<long> EstimatedRowsAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQuery<long>($"SELECT reltuples::bigint AS \"Value\" FROM pg_class WHERE oid = 'subscribers'::regclass").SingleAsync(cancellationToken);
    }

    /// <summary>An estimate to three significant figures: more would claim a precision it does not have.</summary>
    public static long Rounded(double estimate)
    {
        if (estimate < 1_000)
        {
            return (long)Math.Round(estimate);
        }
        var unit = Math.Pow(10, Math.Floor(Math.Log10(estimate)) - 2);
        return (long)(Math.Round(estimate / unit) * unit);
    }

    public override string ToString()
    {
        var number = Value.ToString("N0", CultureInfo.InvariantCulture);
        return Kind switch
        {
            CountKind.MoreThan => $"More than {number} subscribers",
            CountKind.About => $"About {number} subscribers",
            _ => $"{number} {(Value == 1 ? "subscriber" : "subscribers")}",
        };
    }
}
