using System.Net;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Articles.Editing.Live;

public class ExpiredSessionTests(EditorLiveFixture site) : IClassFixture<EditorLiveFixture>
{
    [Fact]
    public async Task Saving_after_the_session_ended_leads_through_sign_in_back_to_the_editor()
    {
        var (editor, email) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var id = await site.DraftByAsync(email, "Tide mill reopens");
        var form = await EditorForm.ReadAsync(editor, $"/admin/articles/edit/{id}");
        form["Input.BodyMarkdown"] = "Typed while the session ran out.";
        var sessionLost = site.Factory.CreateBrowser();

        var save = await sessionLost.PostAsync($"/admin/articles/edit/{id}?handler=Save", new FormUrlEncodedContent(form));
        var signInPath = save.Headers.Location!.OriginalString;
        var signIn = await sessionLost.PostFormAsync(signInPath, new() { ["Email"] = email, ["Password"] = StaffAccounts.Password });
        var landing = await Html.ParseAsync(await sessionLost.GetAsync(signIn.Headers.Location!.OriginalString));

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal($"/admin/sign-in?ReturnUrl=%2Fadmin%2Farticles%2Fedit%2F{id}", signInPath);
        Assert.Equal($"/admin/articles/edit/{id}", signIn.Headers.Location!.OriginalString);
        Assert.Equal("Tide mill reopens", landing.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal("The first words.", landing.QuerySelector("#body")!.TextContent);
    }
}
