using NewsSite.Web.Articles.Revisions;

namespace NewsSite.Tests.Articles.Workflow;

/// <summary>Short names for the diff segments tests expect.</summary>
internal static class Segments
{
    public static DiffSegment Unchanged(string text) => new(DiffKind.Unchanged, text);

    public static DiffSegment Added(string text) => new(DiffKind.Added, text);

    public static DiffSegment Removed(string text) => new(DiffKind.Removed, text);
}
