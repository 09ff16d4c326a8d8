namespace NewsSite.Web.Infrastructure.Caching;

/// <summary>Names shared by the output-cache policy and whatever evicts it.</summary>
public static class PublicCache
{
    /// <summary>Every cached public page carries this tag; any change to published content evicts it.</summary>
    public const string Tag = "public";

    public const string PolicyName = "PublicPage";
}
