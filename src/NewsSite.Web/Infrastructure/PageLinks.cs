namespace NewsSite.Web.Infrastructure;

/// <summary>What the pagination bar under a listing or search results shows.</summary>
public sealed record PageLinks(string? PreviousPath, string? NextPath, int PageNumber, int TotalPages, string PreviousLabel, string NextLabel)
{
    /// <summary>Listings run newest first, so going back a page means newer articles.</summary>
    public static PageLinks Chronological(string? previousPath, string? nextPath, int pageNumber, int totalPages) =>
        new(previousPath, nextPath, pageNumber, totalPages, "← Newer", "Older →");

    public static PageLinks Ranked(string? previousPath, string? nextPath, int pageNumber, int totalPages) =>
        new(previousPath, nextPath, pageNumber, totalPages, "← Previous", "Next →");
}
