namespace NewsSite.Web.Newsletters.Editions;

/// <summary>The outcome of an editor's change to an edition or schedule: done, or why not (nothing was changed).</summary>
public sealed record DigestChange(string? Error)
{
    public static DigestChange Done { get; } = new((string?)null);

    public bool Succeeded => Error is null;
}
