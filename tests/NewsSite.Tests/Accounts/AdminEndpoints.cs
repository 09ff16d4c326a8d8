using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Accounts;

/// <summary>One admin page as routed: its page path (<c>/Admin/Users</c>) and a route that reaches it.</summary>
public sealed record AdminPage(string Page, PageActionDescriptor Descriptor);

/// <summary>A GET, or a POST to one handler, of an admin page; <paramref name="ForScripts"/> when the page answers scripts (401/403, no redirects).</summary>
public sealed record AdminRequest(HttpMethod Method, string Path, bool ForScripts)
{
    public HttpRequestMessage Build(string? token)
    {
        var request = new HttpRequestMessage(Method, Path);
        if (Method == HttpMethod.Post)
        {
            var fields = new Dictionary<string, string>();
            if (token is not null)
            {
                fields["__RequestVerificationToken"] = token;
            }
            request.Content = new FormUrlEncodedContent(fields);
        }
        return request;
    }

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>The admin area's pages and handlers, read from the running site rather than listed by hand.</summary>
public static partial class AdminEndpoints
{
    public static IEnumerable<AdminPage> Pages(IServiceProvider services) =>
        services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Where(page => page.ViewEnginePath.StartsWith("/Admin/", StringComparison.Ordinal))
            .Select(page => new AdminPage(page.ViewEnginePath, page));

    /// <summary>The page's GET and one POST per handler; route values such as <c>{id}</c> are filled with 1.</summary>
    public static async Task<IReadOnlyList<AdminRequest>> RequestsAsync(IServiceProvider services, AdminPage page)
    {
        var compiled = await services.GetRequiredService<PageLoader>().LoadAsync(page.Descriptor, EndpointMetadataCollection.Empty);
        var path = "/" + RouteParameter().Replace(page.Descriptor.AttributeRouteInfo!.Template!, "1");
        var forScripts = compiled.EndpointMetadata.OfType<ScriptEndpointAttribute>().Any();
        var requests = new List<AdminRequest> { new(HttpMethod.Get, path, forScripts) };
        foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
        {
            requests.Add(new AdminRequest(HttpMethod.Post, handler.Name is null ? path : $"{path}?handler={handler.Name}", forScripts));
        }
        return requests;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
