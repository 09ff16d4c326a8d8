using System.IO.Hashing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace NewsSite.Web.Infrastructure.Caching;

/// <summary>
/// Gives cacheable public pages an ETag taken from their content, and answers a matching
/// If-None-Match with 304. It runs inside the output cache, so the cached copy carries the
/// ETag and the cache answers 304 itself on later hits; pages the cache is not serving get
/// the same treatment here.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !IsOutputCached(context.GetEndpoint()))
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode == StatusCodes.Status200OK && !context.Response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(XxHash128.Hash(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))}\"");
            context.Response.Headers.ETag = etag.ToString();
            if (Matches(context.Request, etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                return;
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>Pages opt in with <see cref="OutputCacheAttribute"/>, minimal endpoints with <c>CacheOutput</c> (a policy in the metadata).</summary>
    private static bool IsOutputCached(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<OutputCacheAttribute>() is not null || endpoint?.Metadata.GetMetadata<IOutputCachePolicy>() is not null;

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } candidates
        && candidates.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
}
