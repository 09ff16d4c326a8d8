using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Accounts;

public class FirstAdminTests(FirstAdminTests.ConfiguredAdminFixture site) : IClassFixture<FirstAdminTests.ConfiguredAdminFixture>
{
    private const string AdminEmail = "editor-in-chief@newsroom.test";
    private const string AdminPassword = "a long first admin password";

    public sealed class ConfiguredAdminFixture : NewsSiteFixture
    {
        protected override void Configure(NewsSiteFactory factory)
        {
            factory.Settings["Accounts:FirstAdmin:Email"] = AdminEmail;
            factory.Settings["Accounts:FirstAdmin:Password"] = AdminPassword;
            factory.Settings["Accounts:FirstAdmin:DisplayName"] = "Editor in Chief";
        }
    }

    [Fact]
    public async Task First_start_without_staff_creates_the_configured_admin_who_can_sign_in()
    {
        var browser = site.Factory.CreateBrowser();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        HttpResponseMessage signIn;
        do
        {
            // The account is made in the background once the database answers.
            signIn = await browser.SignInAsync(AdminEmail, AdminPassword);
        }
        while (signIn.StatusCode != HttpStatusCode.Redirect && DateTime.UtcNow < deadline && await Delay());

        var dashboard = await Html.ParseAsync(await browser.GetAsync("/admin"));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("Signed in as Editor in Chief (Admin)", dashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await using var scope = site.Factory.OpenDatabase();
        Assert.Equal(1, await scope.Db.Users.CountAsync());
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(200);
        return true;
    }
}

/// <summary>A site that already has staff when it starts, with a first Admin configured all the same.</summary>
public class FirstAdminOnStaffedSiteTests(FirstAdminOnStaffedSiteTests.StaffedFixture site) : IClassFixture<FirstAdminOnStaffedSiteTests.StaffedFixture>
{
    public sealed class StaffedFixture : NewsSiteFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            // Written before the site starts, so the account is there when it first looks.
            await using var connection = new Npgsql.NpgsqlConnection(Factory.ConnectionString);
            await connection.OpenAsync();
            await using var insert = new Npgsql.NpgsqlCommand("""
                INSERT INTO staff_users (id, display_name, created_at, user_name, normalized_user_name, email, normalized_email,
                                         email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
                VALUES ('existing', 'Existing Editor', now(), 'existing@newsroom.test', 'EXISTING@NEWSROOM.TEST',
                        'existing@newsroom.test', 'EXISTING@NEWSROOM.TEST', true, false, false, true, 0)
                """, connection);
            await insert.ExecuteNonQueryAsync();
        }

        protected override void Configure(NewsSiteFactory factory)
        {
            factory.Settings["Accounts:FirstAdmin:Email"] = "second-admin@newsroom.test";
            factory.Settings["Accounts:FirstAdmin:Password"] = "a long first admin password";
        }
    }

    [Fact]
    public async Task No_admin_is_created_when_staff_already_exist()
    {
        await using var scope = site.Factory.OpenDatabase();

        await scope.Get<FirstAdmin>().EnsureAsync();

        Assert.Equal(["existing@newsroom.test"], await scope.Db.Users.Select(u => u.Email).ToListAsync());
    }
}
