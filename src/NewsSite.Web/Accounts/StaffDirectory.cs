using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Audit;
using NewsSite.Web.Data;
using NewsSite.Web.Email;

namespace NewsSite.Web.Accounts;

/// <summary>A member of staff as the people page lists them.</summary>
public sealed record StaffMember(string Id, string DisplayName, string Email, string Role, bool HasPassword, bool LockedOut);

/// <summary>Admins' management of staff: inviting people by email and changing their role.</summary>
public sealed class StaffDirectory(
    UserManager<StaffUser> users, NewsDbContext db, StaffEmails emails, StaffLinks links, AuditLog audit, TimeProvider time)
{
    public static readonly TimeSpan InvitationLifetime = new InvitationTokenProviderOptions().TokenLifespan;

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Email, u.PasswordHash, u.LockoutEnd,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StaffMember(r.Id, r.DisplayName, r.Email ?? "", r.Role ?? "", r.PasswordHash is not null, r.LockoutEnd > now)).ToList();
    }

    /// <summary>Creates the account without a password and emails a link to choose one. Returns the problems, if any.</summary>
    public async Task<IReadOnlyList<string>> InviteAsync(string email, string displayName, string role, StaffUser invitedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitedBy);
        email = email.Trim();
        displayName = displayName.Trim();
        var problems = new List<string>();
        if (email.Length is 0 or > 256 || !new EmailAddressAttribute().IsValid(email))
        {
            problems.Add("Enter the email address the invitation should go to.");
        }
        if (displayName.Length is 0 or > StaffUser.DisplayNameMaxLength)
        {
            problems.Add($"Enter a name of at most {StaffUser.DisplayNameMaxLength} characters.");
        }
        if (!StaffRoles.All.Contains(role))
        {
            problems.Add("Choose a role.");
        }
        if (problems.Count == 0 && await users.FindByEmailAsync(email) is not null)
        {
            problems.Add("An account already uses this address.");
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = time.GetUtcNow() };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }
        await users.AddToRoleAsync(user, role);
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = links.To(StaffLinks.AcceptInvitationPath, email, token);
        if (link is null)
        {
            await users.DeleteAsync(user);
            return ["Invitations cannot be sent until the site's public address (Site:PublicBaseUrl) is configured."];
        }
        await emails.QueueInvitationAsync(user, invitedBy.DisplayName, link, InvitationLifetime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.Invited, $"{EmailAddressMask.Mask(email)} as {role}", invitedBy, cancellationToken);
        return [];
    }

    /// <summary>Gives the person exactly one role. The last Admin cannot be made anything else, or nobody could manage the site.</summary>
    public async Task<IReadOnlyList<string>> ChangeRoleAsync(string userId, string role, StaffUser changedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changedBy);
        if (!StaffRoles.All.Contains(role))
        {
            return ["Choose a role."];
        }
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ["That person no longer has an account."];
        }
        var current = await users.GetRolesAsync(user);
        if (current.SequenceEqual([role]))
        {
            return [];
        }
        if (current.Contains(StaffRoles.Admin) && (await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count == 1)
        {
            return ["This is the only Admin. Make someone else an Admin first."];
        }
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        // Their browser's sign-in is checked again within a minute and picks up the new role.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditAction.RoleChanged, $"{EmailAddressMask.Mask(user.Email ?? "")}: {string.Join(", ", current)} → {role}", changedBy, cancellationToken);
        return [];
    }
}
