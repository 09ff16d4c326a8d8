using Microsoft.AspNetCore.Identity;

namespace NewsSite.Web.Accounts;

/// <summary>Someone who works in the admin area: an Author, an Editor or an Admin (see <see cref="StaffRoles"/>).</summary>
public class StaffUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    /// <summary>How colleagues see this person in the admin area ("Mara Quinn"), not necessarily their public byline.</summary>
    public required string DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
