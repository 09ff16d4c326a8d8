namespace NewsSite.Web.Accounts;

/// <summary>Addresses of the admin area's account pages.</summary>
public static class AdminPaths
{
    public const string Root = "/admin";
    public const string SignIn = "/admin/sign-in";
    public const string SignOut = "/admin/sign-out";
    public const string AccessDenied = "/admin/access-denied";
}
