using System.Security.Claims;

namespace NewsSite.Web.Accounts;

/// <summary>The member of staff on whose behalf the workflow acts, with the roles that decide what they may do.</summary>
public sealed record StaffActor(string Id, string DisplayName, IReadOnlySet<string> Roles)
{
    public bool IsEditor => Roles.Contains(StaffRoles.Editor) || Roles.Contains(StaffRoles.Admin);

    public bool IsStaff => StaffRoles.All.Any(Roles.Contains);

    /// <summary>
    /// The signed-in member of staff, from their sign-in cookie. Roles are as of sign-in, refreshed
    /// whenever Identity revalidates the cookie's security stamp.
    /// </summary>
    public static StaffActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("Only a signed-in member of staff can act in the editorial workflow.");
        var name = user.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";
        return new StaffActor(id, name, StaffRoles.All.Where(user.IsInRole).ToHashSet());
    }
}
