namespace NewsSite.Web.Accounts;

/// <summary>
/// The three roles of the admin area. An Author writes and submits their own articles; an Editor
/// also edits, schedules and publishes any article and looks after sections, tags, pages and
/// media; an Admin also manages people and the site's settings.
/// </summary>
public static class StaffRoles
{
    public const string Author = "Author";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Author, Editor, Admin];
}

/// <summary>
/// Authorisation policies, one per level of trust. Each includes the levels above it, so a page
/// or handler names the least trusted role that may use it.
/// </summary>
public static class StaffPolicies
{
    /// <summary>Any member of staff: the admin area's default.</summary>
    public const string Staff = "Staff";

    /// <summary>Editors and Admins.</summary>
    public const string Editors = "Editors";

    /// <summary>Admins only.</summary>
    public const string Admins = "Admins";
}
