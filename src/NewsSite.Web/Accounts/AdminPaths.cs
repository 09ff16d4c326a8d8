namespace NewsSite.Web.Accounts;

/// <summary>Addresses of the admin area's account pages.</summary>
public static class AdminPaths
{
    public const string Root = "/admin";
    public const string SignIn = "/admin/sign-in";
    public const string SignInCode = "/admin/sign-in/code";
    public const string SignOut = "/admin/sign-out";
    public const string AccessDenied = "/admin/access-denied";

    /// <summary>Only addresses inside the admin area, so a crafted link cannot send someone elsewhere after signing in.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && (returnUrl == Root || returnUrl.StartsWith(Root + "/", StringComparison.Ordinal)) ? returnUrl : Root;
}
