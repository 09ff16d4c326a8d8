namespace NewsSite.Web.Articles.Previews;

/// <summary>The headers of every preview response, signed in or through a secret link.</summary>
public static class PreviewResponse
{
    /// <summary>
    /// Unpublished text stays out of caches and search engines, and the secret address of the page
    /// is not sent on to the sites its links lead to.
    /// </summary>
    public static void KeepPrivate(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Robots-Tag"] = "noindex";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
