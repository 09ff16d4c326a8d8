using Microsoft.EntityFrameworkCore;
using NewsSite.Tests.Accounts;
using NewsSite.Tests.Articles.Editing;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Authors;

namespace NewsSite.Tests.Authors;

/// <summary>Whose name an article carries: the writer's own byline, made or linked when they are invited, and never someone else's by default.</summary>
public class BylineTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private const string NewPassword = "a-long-new-password-for-tests";

    [Fact]
    public async Task An_invited_writer_gets_a_profile_in_their_name_and_the_editor_chooses_it_for_them()
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var invitee = $"rosa-{Guid.NewGuid():N}@newsroom.test";
        var name = $"Rosa Lind {Guid.NewGuid():N}"[..20];

        await admin.PostFormAsync("/admin/users?handler=Invite", new() { ["InviteName"] = name, ["InviteEmail"] = invitee, ["InviteRole"] = StaffRoles.Author });
        var people = await Html.ParseAsync(await admin.GetAsync("/admin/users"));
        var rosa = await SignInAsInvitedAsync(invitee);
        var editor = await Html.ParseAsync(await rosa.GetAsync(EditorForm.NewArticle));

        Assert.Equal(name, editor.QuerySelector("#author option[selected]")!.TextContent);
        var row = people.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(invitee, StringComparison.Ordinal));
        Assert.Contains(name, row.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        await using var scope = site.Factory.OpenDatabase();
        var userId = await scope.Db.Users.Where(u => u.Email == invitee).Select(u => u.Id).SingleAsync();
        Assert.Equal(name, await scope.Db.Authors.Where(a => a.StaffUserId == userId).Select(a => a.Name).SingleAsync());
    }

    [Fact]
    public async Task An_invitation_may_give_the_newcomer_a_profile_that_nobody_has_yet()
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var profile = await AddAuthorAsync("Sam Harbour");
        var invitee = $"sam-{Guid.NewGuid():N}@newsroom.test";

        var form = await Html.ParseAsync(await admin.GetAsync("/admin/users"));
        await admin.PostFormAsync("/admin/users?handler=Invite", new()
        {
            ["InviteName"] = "Samuel Harbour", ["InviteEmail"] = invitee, ["InviteRole"] = StaffRoles.Author, ["InviteByline"] = profile.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Contains(form.QuerySelectorAll("#invite-byline option"), o => o.TextContent == "Sam Harbour");
        await using var scope = site.Factory.OpenDatabase();
        var userId = await scope.Db.Users.Where(u => u.Email == invitee).Select(u => u.Id).SingleAsync();
        Assert.Equal(userId, await scope.Db.Authors.Where(a => a.Id == profile).Select(a => a.StaffUserId).SingleAsync());
        Assert.False(await scope.Db.Authors.AnyAsync(a => a.Name == "Samuel Harbour"));
    }

    [Fact]
    public async Task Without_a_byline_of_their_own_nobody_is_given_someone_elses()
    {
        var (writer, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var title = $"Unsigned {Guid.NewGuid():N}";
        var fields = await EditorForm.ReadAsync(writer, EditorForm.NewArticle);
        fields["Input.Title"] = title;
        fields["Input.Summary"] = "A summary.";
        fields["Input.BodyMarkdown"] = "Some words.";

        var refused = await Html.ParseAsync(await EditorForm.PostAsync(writer, EditorForm.NewArticle, "Save", fields));

        Assert.Equal("0", fields["Input.AuthorId"]);
        Assert.Contains("Choose a byline.", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.Articles.AnyAsync(a => a.Title == title));
    }

    private async Task<int> AddAuthorAsync(string name)
    {
        await using var scope = site.Factory.OpenDatabase();
        var author = new Author { Name = name, Slug = $"{NewsSite.Web.Slugs.Slug.From(name)}-{Guid.NewGuid():N}" };
        scope.Db.Authors.Add(author);
        await scope.Db.SaveChangesAsync();
        return author.Id;
    }

    /// <summary>The invitation followed as the newcomer would: the emailed link, a password, and signing in.</summary>
    private async Task<HttpClient> SignInAsInvitedAsync(string email)
    {
        var link = await site.Factory.LinkSentToAsync(email);
        var newcomer = site.Factory.CreateBrowser();
        await newcomer.PostFormAsync(link, new() { ["Password"] = NewPassword, ["Confirmation"] = NewPassword });
        await newcomer.SignInAsync(email, NewPassword);
        return newcomer;
    }
}
