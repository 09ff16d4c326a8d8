namespace NewsSite.Web.Subscriptions;

/// <summary>A SHA-256 digest written as hex, the form in which subscriptions keep token hashes, wording hashes and address HMACs.</summary>
internal static class Sha256Hex
{
    /// <summary>32 bytes, two hex digits each: the width of every such column.</summary>
    public const int Length = 64;
}
