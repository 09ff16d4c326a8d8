namespace NewsSite.Web.Infrastructure.Caching;

/// <summary>
/// Marks an entity readers see on public pages: adding, changing or deleting one evicts the
/// public caches (<see cref="PublicCacheEvictionInterceptor"/>). Owned types count as their owner.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicContentAttribute : Attribute;
