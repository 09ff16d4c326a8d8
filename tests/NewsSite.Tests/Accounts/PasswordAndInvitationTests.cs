using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Audit;

namespace NewsSite.Tests.Accounts;

public class PasswordAndInvitationTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private const string NewPassword = "a brand new long password";

    [Fact]
    public async Task Forgotten_password_is_reset_through_the_emailed_link_which_then_stops_working()
    {
        var email = await site.Factory.AddStaffAsync(StaffRoles.Author);
        var browser = site.Factory.CreateBrowser();

        var asked = await Html.ParseAsync(await browser.PostFormAsync("/admin/forgot-password", new() { ["Email"] = email }));
        var link = await site.Factory.LinkSentToAsync(email);
        var reset = await Html.ParseAsync(await browser.PostFormAsync(link, new() { ["Password"] = NewPassword, ["Confirmation"] = NewPassword }));
        var reused = await Html.ParseAsync(await browser.PostFormAsync(link, new() { ["Password"] = "yet another long password", ["Confirmation"] = "yet another long password" }));

        Assert.StartsWith("If an account uses this address", asked.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/admin/reset-password?email=", link, StringComparison.Ordinal);
        Assert.StartsWith("Your password is set.", reset.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StaffPasswords.ExpiredLink, reused.QuerySelector("[role=alert] li")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await site.Factory.CreateBrowser().SignInAsync(email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Factory.CreateBrowser().SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task Unknown_address_gets_the_same_answer_and_no_email()
    {
        var browser = site.Factory.CreateBrowser();
        var address = $"stranger-{Guid.NewGuid():N}@elsewhere.test";

        var asked = await Html.ParseAsync(await browser.PostFormAsync("/admin/forgot-password", new() { ["Email"] = address }));

        Assert.StartsWith("If an account uses this address", asked.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.OutboxMessages.AnyAsync(m => m.ToAddress == address));
    }

    [Fact]
    public async Task Admin_invites_an_editor_who_chooses_a_password_and_signs_in_with_that_role()
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var invitee = $"new-editor-{Guid.NewGuid():N}@newsroom.test";

        var invited = await admin.PostFormAsync("/admin/users?handler=Invite", new() { ["InviteName"] = "Nia Okafor", ["InviteEmail"] = invitee, ["InviteRole"] = StaffRoles.Editor });
        var people = await Html.ParseAsync(await admin.GetAsync(invited.Headers.Location!.OriginalString));
        var link = await site.Factory.LinkSentToAsync(invitee);
        var newcomer = site.Factory.CreateBrowser();
        var accepted = await Html.ParseAsync(await newcomer.PostFormAsync(link, new() { ["Password"] = NewPassword, ["Confirmation"] = NewPassword }));
        await newcomer.SignInAsync(invitee, NewPassword);
        var dashboard = await Html.ParseAsync(await newcomer.GetAsync("/admin"));

        Assert.Equal($"Invitation sent to {invitee}.", people.QuerySelector("[role=status]")!.TextContent);
        Assert.StartsWith("/admin/accept-invitation?email=", link, StringComparison.Ordinal);
        Assert.StartsWith("Your password is set.", accepted.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Signed in as Nia Okafor (Editor)", dashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_to_an_address_that_has_an_account_is_refused_with_a_message()
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var existing = await site.Factory.AddStaffAsync(StaffRoles.Author);

        var page = await Html.ParseAsync(await admin.PostFormAsync("/admin/users?handler=Invite", new() { ["InviteName"] = "Twin", ["InviteEmail"] = existing, ["InviteRole"] = StaffRoles.Editor }));

        Assert.Equal("An account already uses this address.", page.QuerySelector("[role=alert] li")!.TextContent);
    }

    [Fact]
    public async Task Admin_changes_a_role_but_cannot_demote_the_only_admin()
    {
        await using var setup = site.Factory.OpenDatabase();
        foreach (var admin in await setup.Get<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>().GetUsersInRoleAsync(StaffRoles.Admin))
        {
            // Start from a site with exactly one Admin.
            await setup.Get<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>().RemoveFromRoleAsync(admin, StaffRoles.Admin);
        }
        var adminEmail = await site.Factory.AddStaffAsync(StaffRoles.Admin);
        var authorEmail = await site.Factory.AddStaffAsync(StaffRoles.Author);
        var browser = site.Factory.CreateBrowser();
        await browser.SignInAsync(adminEmail);

        var promoted = await browser.PostFormAsync("/admin/users?handler=Role", new() { ["userId"] = await IdOfAsync(authorEmail), ["role"] = StaffRoles.Editor });
        var demoteSelf = await Html.ParseAsync(await browser.PostFormAsync("/admin/users?handler=Role", new() { ["userId"] = await IdOfAsync(adminEmail), ["role"] = StaffRoles.Author }));

        Assert.Equal(HttpStatusCode.Redirect, promoted.StatusCode);
        Assert.Equal([StaffRoles.Editor], await RolesOfAsync(authorEmail));
        Assert.Equal("This is the only Admin. Make someone else an Admin first.", demoteSelf.QuerySelector("[role=alert] li")!.TextContent);
        Assert.Equal([StaffRoles.Admin], await RolesOfAsync(adminEmail));
        await using var scope = site.Factory.OpenDatabase();
        Assert.True(await scope.Db.AuditEntries.AnyAsync(e => e.Action == AuditAction.RoleChanged && e.Subject.EndsWith("Author → Editor")));
    }

    [Fact]
    public async Task Editor_posting_straight_to_the_admins_invite_handler_is_refused_and_nobody_is_invited()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var form = await Html.ParseAsync(await editor.GetAsync("/admin/forgot-password"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var invitee = $"sneaky-{Guid.NewGuid():N}@newsroom.test";

        var response = await editor.PostAsync("/admin/users?handler=Invite", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["InviteName"] = "Sneaky", ["InviteEmail"] = invitee, ["InviteRole"] = StaffRoles.Admin, ["__RequestVerificationToken"] = token,
        }));

        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.Users.AnyAsync(u => u.Email == invitee));
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<IList<string>> RolesOfAsync(string email)
    {
        await using var scope = site.Factory.OpenDatabase();
        var users = scope.Get<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }
}
