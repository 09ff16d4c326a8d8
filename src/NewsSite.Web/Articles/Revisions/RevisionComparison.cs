namespace NewsSite.Web.Articles.Revisions;

/// <summary>One revision as a history list shows it.</summary>
public sealed record RevisionSummary(int Number, string Title, string SavedByName, DateTimeOffset SavedAt);

/// <summary>What changed between two revisions, field by field, as plain text segments a page encodes like any other text.</summary>
public sealed record RevisionComparison(RevisionSummary From, RevisionSummary To, TextDiff Title, TextDiff Summary, TextDiff Body);

/// <summary>A text compared line by line; a line that changed carries its word-level changes.</summary>
public sealed record TextDiff(IReadOnlyList<DiffLine> Lines)
{
    public bool HasChanges => Lines.Any(line => line.Kind != DiffLineKind.Unchanged);
}

/// <summary>
/// One line of the comparison. Its segments, read in order, spell the old line when the added
/// ones are skipped and the new line when the removed ones are.
/// </summary>
public sealed record DiffLine(DiffLineKind Kind, IReadOnlyList<DiffSegment> Segments);

public enum DiffLineKind
{
    Unchanged,
    Added,
    Removed,
    /// <summary>An old line replaced by a new one: its segments say which words changed.</summary>
    Changed,
}

public sealed record DiffSegment(DiffKind Kind, string Text);

public enum DiffKind
{
    Unchanged,
    Added,
    Removed,
}
