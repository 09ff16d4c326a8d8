using System.Net;
using System.Text.RegularExpressions;
using NewsSite.Web.Accounts;

namespace NewsSite.Benchmarks.Site;

/// <summary>
/// The benchmark's own Admin, signed in through the sign-in form like a person, so wrk can load
/// admin pages with the session's cookies. The account is made by the site's first-Admin setting
/// on a database with no staff (<see cref="Settings"/>); the database is a local throwaway.
/// </summary>
public static partial class StaffSession
{
    private const string Email = "benchmark-admin@bench.example";
    private const string Password = "benchmark-admin-password-7f3c";

    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Accounts__FirstAdmin__Email"] = Email,
        ["Accounts__FirstAdmin__Password"] = Password,
    };

    /// <returns>A Cookie header carrying the signed-in session.</returns>
    public static async Task<string> SignInAsync(RunningSite site, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var signInPage = site.Address(AdminPaths.SignIn);
        var form = await http.GetStringAsync(signInPage, cancellationToken);
        var token = AntiforgeryToken().Match(form);
        if (!token.Success)
        {
            throw new BenchmarkException($"{AdminPaths.SignIn} has no antiforgery token.");
        }
        using var answer = await http.PostAsync(signInPage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = Email,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }), cancellationToken);
        if (answer.StatusCode != HttpStatusCode.Redirect)
        {
            throw new BenchmarkException($"Signing in as {Email} answered {(int)answer.StatusCode}: the database has staff made without the benchmark's first-Admin setting.");
        }
        return cookies.GetCookieHeader(signInPage);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
