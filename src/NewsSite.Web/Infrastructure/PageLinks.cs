namespace NewsSite.Web.Infrastructure;

/// <summary>What the pagination bar under a listing or search results shows; <see cref="Position"/> only where pages are numbered.</summary>
public sealed record PageLinks(string? PreviousPath, string? NextPath, string? Position, string PreviousLabel, string NextLabel)
{
    /// <summary>Listings run newest first, so going back a page means newer articles; they page by cursor, without numbers.</summary>
    public static PageLinks Chronological(string? newerPath, string? olderPath) =>
        new(newerPath, olderPath, null, "← Newer", "Older →");

    public static PageLinks Ranked(string? previousPath, string? nextPath, int pageNumber, int totalPages) =>
        new(previousPath, nextPath, $"Page {pageNumber} of {totalPages}", "← Previous", "Next →");
}
