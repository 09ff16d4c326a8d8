using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Audit;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Subscriptions.Admin;

public class SubscribersPageTests(SubscriptionFixture site) : IClassFixture<SubscriptionFixture>
{
    [Fact]
    public async Task Search_is_a_case_insensitive_part_of_the_address_and_filters_narrow_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        await site.Factory.SeedSubscriberAsync($"ann.{tag}@example.org", SubscriberStatus.Active);
        await site.Factory.SeedSubscriberAsync($"bob.{tag}@example.org", SubscriberStatus.Unsubscribed);
        var weekly = await site.Factory.SeedSubscriberAsync($"cat.{tag}@example.org", SubscriberStatus.Active);
        await site.Factory.SeedSubscriberAsync($"someone-else@{Guid.NewGuid():N}.example.org", SubscriberStatus.Active);
        await UpdateAsync(weekly, s => s.Frequency = DigestFrequency.Weekly);
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);

        Assert.Equal([$"cat.{tag}@example.org", $"bob.{tag}@example.org", $"ann.{tag}@example.org"], await AddressesAsync(admin, $"q={tag.ToUpperInvariant()}"));
        Assert.Equal([$"cat.{tag}@example.org", $"ann.{tag}@example.org"], await AddressesAsync(admin, $"q={tag}&status=Active"));
        Assert.Equal([$"cat.{tag}@example.org"], await AddressesAsync(admin, $"q={tag}&status=Active&frequency=Weekly"));
        Assert.Empty(await AddressesAsync(admin, $"q={tag}&status=Pending"));
    }

    [Fact]
    public async Task Section_filter_finds_subscribers_of_that_section_and_of_all_sections()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (sport, arts) = await TwoSectionsAsync();
        await site.Factory.SeedSubscriberAsync($"all.{tag}@example.org", SubscriberStatus.Active);
        var sportOnly = await site.Factory.SeedSubscriberAsync($"sport.{tag}@example.org", SubscriberStatus.Active);
        var artsOnly = await site.Factory.SeedSubscriberAsync($"arts.{tag}@example.org", SubscriberStatus.Active);
        await UpdateAsync(sportOnly, s => s.SectionIds = [sport]);
        await UpdateAsync(artsOnly, s => s.SectionIds = [arts]);
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);

        Assert.Equal([$"sport.{tag}@example.org", $"all.{tag}@example.org"], await AddressesAsync(admin, $"q={tag}&section={sport}"));
        Assert.Equal(3, (await AddressesAsync(admin, $"q={tag}")).Count);
    }

    [Fact]
    public async Task After_a_policy_change_the_page_counts_who_agreed_to_which_version_and_filters_by_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var now = site.Clock.GetUtcNow();
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var old = await site.Factory.CurrentPrivacyPolicyAsync();
        var before = await VersionCountsAsync(admin);
        await site.Factory.SeedSubscriberAsync($"old.{tag}@example.org", SubscriberStatus.Active,
            new(ConsentAction.Granted, now.AddDays(-9), old.Id), new(ConsentAction.Confirmed, now.AddDays(-9), old.Id), new(ConsentAction.PreferencesChanged, now.AddDays(-1)));
        var changed = await site.Factory.PublishPrivacyPolicyVersionAsync();
        await site.Factory.SeedSubscriberAsync($"agreed-again.{tag}@example.org", SubscriberStatus.Active,
            new(ConsentAction.Granted, now.AddDays(-9), old.Id), new(ConsentAction.Confirmed, now.AddDays(-9), old.Id), new(ConsentAction.Resubscribed, now, changed.Id));
        await site.Factory.SeedSubscriberAsync($"new.{tag}@example.org", SubscriberStatus.Active,
            new(ConsentAction.Granted, now, changed.Id), new(ConsentAction.Confirmed, now, changed.Id));
        await site.Factory.SeedSubscriberAsync($"left.{tag}@example.org", SubscriberStatus.Unsubscribed,
            new(ConsentAction.Granted, now, changed.Id), new(ConsentAction.Withdrawn, now));

        var after = await VersionCountsAsync(admin);

        Assert.Equal(before.GetValueOrDefault($"Version {old.Version}") + 1, after[$"Version {old.Version}"]);
        Assert.Equal(before.GetValueOrDefault($"Version {changed.Version}") + 2, after[$"Version {changed.Version}"]);
        Assert.Equal([$"new.{tag}@example.org", $"agreed-again.{tag}@example.org"], await AddressesAsync(admin, $"q={tag}&status=Active&version={changed.Id}"));
        Assert.Equal([$"old.{tag}@example.org"], await AddressesAsync(admin, $"q={tag}&version={old.Id}"));
    }

    [Fact]
    public async Task Subscriber_page_shows_every_ledger_row_with_policy_links_wording_and_user_agent()
    {
        var email = Subscribing.NewAddress();
        var subscriber = await site.Factory.ConfirmedSubscriberAsync(email);
        var ledger = await site.Factory.LedgerAsync(subscriber.Id);
        var policyLink = $"/pages/privacy-policy/versions/{await PrivacyVersionNumberAsync(ledger[0].PrivacyPolicyVersionId)}";
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);

        var page = await Html.ParseAsync(await admin.GetAsync($"/admin/subscribers/{subscriber.Id}"));

        Assert.Equal(email, page.QuerySelector("h1")!.TextContent);
        var rows = page.QuerySelectorAll("table.consent-history tbody tr");
        Assert.Equal([nameof(ConsentAction.Granted), nameof(ConsentAction.Confirmed)], rows.Select(r => r.Children[1].TextContent));
        Assert.All(rows, row => Assert.Equal(Subscribing.UserAgent, row.QuerySelector(".consent-user-agent")!.TextContent));
        Assert.All(rows, row => Assert.Contains(policyLink, row.QuerySelectorAll("a").Select(a => a.GetAttribute("href"))));
        Assert.StartsWith(ConsentNotice.Lead, rows[0].QuerySelector(".consent-wording")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ledger[0].WordingSha256!, rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_subscriber_is_not_found()
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/subscribers/{long.MaxValue}")).StatusCode);
    }

    [Theory]
    [InlineData(StaffRoles.Author)]
    [InlineData(StaffRoles.Editor)]
    public async Task Authors_and_editors_may_not_see_or_export_subscribers(string role)
    {
        var subscriber = await site.Factory.SeedSubscriberAsync(Subscribing.NewAddress(), SubscriberStatus.Active);
        var (browser, _) = await site.Factory.SignedInStaffAsync(role);
        var exportsBefore = await ExportsAuditedAsync();

        foreach (var path in (string[])["/admin/subscribers", "/admin/subscribers?handler=Export", $"/admin/subscribers/{subscriber}", "/admin/subscribers/import", "/admin/subscribers/activity"])
        {
            var response = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(AdminPaths.AccessDenied, response.Headers.Location!.AbsolutePath);
        }
        Assert.Equal(exportsBefore, await ExportsAuditedAsync());
        var dashboard = await Html.ParseAsync(await browser.GetAsync(AdminPaths.Root));
        Assert.DoesNotContain(dashboard.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/admin/subscribers");
    }

    private async Task<int> PrivacyVersionNumberAsync(int? versionId)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.SitePageVersions.Where(v => v.Id == versionId).Select(v => v.Version).SingleAsync();
    }

    private async Task<int> ExportsAuditedAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.AuditEntries.CountAsync(e => e.Action == AuditAction.SubscribersExported);
    }

    private static async Task<List<string>> AddressesAsync(HttpClient admin, string query)
    {
        var page = await Html.ParseAsync(await admin.GetAsync($"/admin/subscribers?{query}"));
        return page.QuerySelectorAll("table.subscriber-list tbody tr td:first-child").Select(c => c.TextContent).ToList();
    }

    private static async Task<Dictionary<string, int>> VersionCountsAsync(HttpClient admin)
    {
        var page = await Html.ParseAsync(await admin.GetAsync("/admin/subscribers"));
        return page.QuerySelectorAll("table.subscriber-versions tbody tr")
            .ToDictionary(r => r.Children[0].TextContent, r => int.Parse(r.Children[2].TextContent, System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task UpdateAsync(long subscriberId, Action<Subscriber> change)
    {
        await using var scope = site.Factory.OpenDatabase();
        change(await scope.Db.Subscribers.SingleAsync(s => s.Id == subscriberId));
        await scope.Db.SaveChangesAsync();
    }

    private async Task<(int, int)> TwoSectionsAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        var ids = await scope.Db.Sections.OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToListAsync();
        return (ids[0], ids[1]);
    }
}
