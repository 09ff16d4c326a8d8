using System.Net;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Accounts;

/// <summary>Checks that a page for Editors turns away Authors and anonymous visitors, on reading and on every change.</summary>
internal static class EditorsOnly
{
    /// <summary>
    /// An Author who opens <paramref name="path"/> and posts <paramref name="fields"/> to
    /// <paramref name="postPath"/> (with a genuine antiforgery token from their dashboard, so only
    /// the role can stop it) is sent to the 403 page both times; a visitor who is not signed in is
    /// sent to sign in.
    /// </summary>
    public static async Task AssertRefusedAsync(NewsSiteFactory factory, string path, string postPath, Dictionary<string, string> fields)
    {
        var (author, _) = await factory.SignedInStaffAsync(StaffRoles.Author);
        var token = (await Html.ParseAsync(await author.GetAsync(AdminPaths.Root))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields["__RequestVerificationToken"] = token;

        var read = await author.GetAsync(path);
        var change = await author.PostAsync(postPath, new FormUrlEncodedContent(fields));
        var anonymous = await factory.CreateBrowser().GetAsync(path);

        Assert.StartsWith(AdminPaths.AccessDenied, read.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith(AdminPaths.AccessDenied, change.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync(read.Headers.Location)).StatusCode);
        Assert.StartsWith(AdminPaths.SignIn, anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>The messages a refused change shows.</summary>
    public static async Task<IReadOnlyList<string>> AlertsAsync(HttpResponseMessage response) =>
        (await Html.ParseAsync(response)).QuerySelectorAll("[role=alert] li").Select(li => li.TextContent).ToList();
}
