namespace NewsSite.Web.Infrastructure;

/// <summary>
/// Where a newest-first page's "Newer" and "Older" links lead. Older: the rows before the last
/// row shown. Newer: the page before the row just past the newer page, found by reading the
/// page size plus one rows upwards from the cursor, so the newer page lines up with the pages
/// a reader came through; when fewer are there, the newer page is the first page.
/// </summary>
public sealed record KeysetPageLinks(bool HasNewer, KeysetCursor? NewerBefore, KeysetCursor? OlderBefore)
{
    /// <param name="before">The cursor of this page (null on the first page).</param>
    /// <param name="shown">The keys of the rows read for this page, newest first: up to the page size plus one.</param>
    /// <param name="newer">The keys of the rows at or after <paramref name="before"/>, oldest first: up to the page size plus one.</param>
    /// <param name="pageSize">How many rows a page shows.</param>
    public static KeysetPageLinks Of(KeysetCursor? before, IReadOnlyList<KeysetCursor> shown, IReadOnlyList<KeysetCursor> newer, int pageSize) => new(
        before is not null,
        newer.Count > pageSize ? newer[pageSize] : null,
        shown.Count > pageSize ? shown[pageSize - 1] : null);
}
