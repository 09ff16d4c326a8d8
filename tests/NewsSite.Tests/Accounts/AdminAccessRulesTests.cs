using System.Net;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Accounts;

/// <summary>
/// The admin area's access rules, checked against every page and every handler the site actually
/// has (found from its endpoints, so a new page cannot slip past): who may reach it (people are
/// sent to sign in or told they may not; scripts get 401 or 403), and that no authenticated form
/// accepts a post without its antiforgery token.
/// </summary>
public class AdminAccessRulesTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    /// <summary>
    /// The least trusted visitor each admin page admits. A page missing here fails
    /// <see cref="Every_admin_page_has_a_stated_rule"/>: decide who may use it, then add it.
    /// Per-article rules inside a page (an Author's own articles only) are tested with the workflow.
    /// </summary>
    private static readonly Dictionary<string, Access> Rules = new(StringComparer.Ordinal)
    {
        ["/Admin/SignIn"] = Access.Anyone,
        ["/Admin/SignInCode"] = Access.Anyone,
        ["/Admin/ForgotPassword"] = Access.Anyone,
        ["/Admin/SetPassword"] = Access.Anyone,
        ["/Admin/AccessDenied"] = Access.Anyone,
        ["/Admin/Index"] = Access.Staff,
        ["/Admin/SignOut"] = Access.Staff,
        ["/Admin/Account/TwoFactor"] = Access.Staff,
        ["/Admin/Articles/Index"] = Access.Staff,
        ["/Admin/Articles/Edit"] = Access.Staff,
        ["/Admin/Articles/Live"] = Access.Staff,
        ["/Admin/Articles/Revisions"] = Access.Staff,
        ["/Admin/Articles/RevisionChanges"] = Access.Staff,
        ["/Admin/Articles/Preview"] = Access.Staff,
        ["/Admin/Media/Index"] = Access.Editors,
        ["/Admin/Sections"] = Access.Editors,
        ["/Admin/Tags"] = Access.Editors,
        ["/Admin/Authors/Index"] = Access.Editors,
        ["/Admin/Authors/Edit"] = Access.Editors,
        ["/Admin/SitePages/Index"] = Access.Editors,
        ["/Admin/SitePages/Edit"] = Access.Editors,
        ["/Admin/Digests/Index"] = Access.Editors,
        ["/Admin/Digests/Edition"] = Access.Editors,
        ["/Admin/Users"] = Access.Admins,
        ["/Admin/Settings"] = Access.Admins,
        ["/Admin/Audit"] = Access.Admins,
        ["/Admin/Subscribers/Index"] = Access.Admins,
        ["/Admin/Subscribers/Details"] = Access.Admins,
        ["/Admin/Subscribers/Import"] = Access.Admins,
        ["/Admin/Subscribers/Activity"] = Access.Admins,
    };

    public enum Access
    {
        Anyone,
        Staff,
        Editors,
        Admins,
    }

    [Fact]
    public void Every_admin_page_has_a_stated_rule()
    {
        var pages = AdminEndpoints.Pages(site.Factory.Services).Select(p => p.Page).Distinct().ToList();

        Assert.NotEmpty(pages);
        Assert.Empty(pages.Except(Rules.Keys));
    }

    [Fact]
    public async Task Visitors_who_are_not_signed_in_are_sent_to_sign_in_from_every_staff_page_and_handler()
    {
        var visitor = site.Factory.CreateBrowser();
        var refused = new List<string>();

        foreach (var request in await RequestsToAsync(Access.Staff))
        {
            var response = await visitor.SendAsync(request.Build(token: null));
            if (!(request.ForScripts ? response.StatusCode == HttpStatusCode.Unauthorized : RedirectsTo(response, AdminPaths.SignIn)))
            {
                refused.Add($"{request} answered {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.Empty(refused);
    }

    [Theory]
    [InlineData(StaffRoles.Author, Access.Editors)]
    [InlineData(StaffRoles.Editor, Access.Admins)]
    public async Task Staff_get_not_allowed_from_every_page_and_handler_above_their_role(string role, Access above)
    {
        var (browser, _) = await site.Factory.SignedInStaffAsync(role);
        var token = await AntiforgeryTokenAsync(browser);
        var wrong = new List<string>();

        foreach (var request in await RequestsToAsync(above))
        {
            // With a valid token, so that only the role can be what stops the request.
            var response = await browser.SendAsync(request.Build(token));
            if (!(request.ForScripts ? response.StatusCode == HttpStatusCode.Forbidden : RedirectsTo(response, AdminPaths.AccessDenied)))
            {
                wrong.Add($"{request} answered {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Every_form_handler_refuses_a_post_without_its_antiforgery_token()
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var accepted = new List<string>();

        foreach (var request in (await RequestsToAsync(Access.Anyone)).Where(r => r.Method == HttpMethod.Post))
        {
            var response = await admin.SendAsync(request.Build(token: null));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                accepted.Add($"{request} answered {(int)response.StatusCode}");
            }
        }

        Assert.Empty(accepted);
    }

    /// <summary>Every GET and every POST handler of the pages that need at least <paramref name="least"/>.</summary>
    private async Task<List<AdminRequest>> RequestsToAsync(Access least)
    {
        var requests = new List<AdminRequest>();
        foreach (var page in AdminEndpoints.Pages(site.Factory.Services).Where(p => Rules.GetValueOrDefault(p.Page) >= least))
        {
            requests.AddRange(await AdminEndpoints.RequestsAsync(site.Factory.Services, page));
        }
        Assert.NotEmpty(requests);
        return requests;
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient browser)
    {
        var dashboard = await Html.ParseAsync(await browser.GetAsync(AdminPaths.Root));
        return dashboard.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private static bool RedirectsTo(HttpResponseMessage response, string path) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
        && (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).StartsWith(path, StringComparison.Ordinal);
}
