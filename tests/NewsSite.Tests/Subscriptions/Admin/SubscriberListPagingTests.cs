using AngleSharp.Dom;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Admin;

namespace NewsSite.Tests.Subscriptions.Admin;

/// <summary>The subscribers list and export as a list of a million needs them: pages that follow on, bounded counts, streamed exports.</summary>
public class SubscriberListPagingTests(SubscriptionFixture site) : IClassFixture<SubscriptionFixture>
{
    [Fact]
    public async Task The_next_page_follows_on_from_the_last_row_shown_even_when_someone_subscribes_meanwhile()
    {
        var tag = NewTag();
        await site.Factory.SeedSubscribersAsync(tag, SubscriberList.PageSize + 5);
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var first = await Html.ParseAsync(await admin.GetAsync($"/admin/subscribers?q={tag}"));
        await site.Factory.SeedSubscriberAsync($"newest.{tag}@example.org", SubscriberStatus.Active);

        var second = await FollowAsync(admin, first, "next");
        var back = await FollowAsync(admin, second, "prev");

        Assert.Equal(Enumerable.Range(51, 5).Reverse().Select(n => $"reader{n - 50}.{tag}@example.org"), Addresses(second));
        Assert.Equal(Addresses(first), Addresses(back));
        Assert.Null(second.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task More_than_a_thousand_matches_are_not_counted_one_by_one()
    {
        var (many, few) = (NewTag(), NewTag());
        await site.Factory.SeedSubscribersAsync(many, 1_001);
        await site.Factory.SeedSubscribersAsync(few, 3);
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);

        Assert.Equal("More than 1,000 subscribers", await CountAsync(admin, $"q={many}"));
        Assert.Equal("3 subscribers", await CountAsync(admin, $"q={few}"));
    }

    [Fact]
    public async Task A_search_of_fewer_than_three_characters_asks_for_more_and_wildcards_are_taken_literally()
    {
        var tag = NewTag();
        await site.Factory.SeedSubscriberAsync($"a_b.{tag}@example.org", SubscriberStatus.Active);
        await site.Factory.SeedSubscriberAsync($"axb.{tag}@example.org", SubscriberStatus.Active);
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);

        var page = await Html.ParseAsync(await admin.GetAsync("/admin/subscribers?q=ab"));

        Assert.Contains("at least 3 characters", page.QuerySelector(".search-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"a_b.{tag}@example.org"], Addresses(await Html.ParseAsync(await admin.GetAsync($"/admin/subscribers?q=a_b.{tag}"))));
        Assert.Empty(Addresses(await Html.ParseAsync(await admin.GetAsync($"/admin/subscribers?q=a%25b.{tag}"))));
    }

    [Fact]
    public async Task An_export_larger_than_its_chunks_writes_every_match_once_and_nothing_else()
    {
        var tag = NewTag();
        const int Active = 2_500;
        await site.Factory.SeedSubscribersAsync(tag, Active);
        await site.Factory.SeedSubscribersAsync("left" + tag, 20, SubscriberStatus.Unsubscribed);
        await site.Factory.SeedSubscribersAsync(NewTag(), 30);
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);

        var export = await admin.GetAsync($"/admin/subscribers?handler=Export&q={tag}&status=Active", HttpCompletionOption.ResponseHeadersRead);
        var rows = CsvText.Records(await export.Content.ReadAsStringAsync()).Select(r => r.Cells).ToList();

        Assert.Equal(SubscriberCsvExport.Columns, rows[0]);
        Assert.Equal(Enumerable.Range(1, Active).Select(n => $"reader{n}.{tag}@example.org"), rows.Skip(1).Select(r => r[0]));
        Assert.All(rows.Skip(1), r => Assert.Equal(("Active", "Daily", "all", "footer"), (r[1], r[2], r[3], r[4])));
    }

    private static string NewTag() => Guid.NewGuid().ToString("N")[..10];

    private static async Task<IDocument> FollowAsync(HttpClient admin, IDocument page, string rel)
    {
        var href = page.QuerySelector($"a[rel={rel}]")!.GetAttribute("href")!;
        return await Html.ParseAsync(await admin.GetAsync(href.StartsWith('?') ? "/admin/subscribers" + href : href));
    }

    private static async Task<string> CountAsync(HttpClient admin, string query) =>
        (await Html.ParseAsync(await admin.GetAsync($"/admin/subscribers?{query}"))).QuerySelector(".subscriber-count")!.TextContent.Trim();

    private static List<string> Addresses(IDocument page) =>
        page.QuerySelectorAll("table.subscriber-list tbody tr td:first-child").Select(c => c.TextContent).ToList();
}
