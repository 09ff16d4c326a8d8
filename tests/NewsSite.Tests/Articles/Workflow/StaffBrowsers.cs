using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Articles.Workflow;

/// <summary>Signed-in staff for page tests whose articles are arranged through the workflow itself.</summary>
internal static class StaffBrowsers
{
    /// <summary>A member of staff signed in through the form, and the same person as the workflow sees them.</summary>
    public static async Task<(HttpClient Browser, StaffActor Actor)> SignedInActorAsync(this NewsSiteFactory factory, string role)
    {
        var (browser, email) = await factory.SignedInStaffAsync(role);
        await using var scope = factory.OpenDatabase();
        var user = await scope.Get<UserManager<StaffUser>>().FindByEmailAsync(email);
        return (browser, StaffActor.From(await scope.Get<SignInManager<StaffUser>>().CreateUserPrincipalAsync(user!)));
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of the page already loaded.</summary>
    public static Task<HttpResponseMessage> PostFromAsync(this HttpClient browser, IHtmlDocument page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Asserts the page was refused the way the admin area refuses: a redirect to the page that answers 403.</summary>
    public static async Task AssertDeniedAsync(this HttpClient browser, HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(AdminPaths.AccessDenied, response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await browser.GetAsync(response.Headers.Location)).StatusCode);
    }
}
