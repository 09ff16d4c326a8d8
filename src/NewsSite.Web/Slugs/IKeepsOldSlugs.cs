namespace NewsSite.Web.Slugs;

/// <summary>
/// An entity with a public address made from its slug: when its slug changes, the old one is kept
/// as a <see cref="SlugRedirect"/> (see <see cref="SlugHistoryInterceptor"/>). The entity needs
/// an <c>Id</c> and a <c>Slug</c> property.
/// </summary>
public interface IKeepsOldSlugs
{
    /// <summary>Which kind of page the slug addresses; not stored, so implemented as an expression.</summary>
    SlugKind SlugKind { get; }
}
