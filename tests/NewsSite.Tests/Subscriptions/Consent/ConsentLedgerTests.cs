using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.SitePages;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Subscriptions.Consent;

public class ConsentLedgerTests(SubscriptionFixture site) : IClassFixture<SubscriptionFixture>
{
    [Theory]
    [InlineData("UPDATE consent_records SET details = 'rewritten'")]
    [InlineData("DELETE FROM consent_records")]
    [InlineData("TRUNCATE consent_records CASCADE")]
    [InlineData("UPDATE consent_wordings SET text = 'rewritten'")]
    [InlineData("DELETE FROM consent_wordings")]
    [InlineData("UPDATE consent_evidence SET ip_address = '192.0.2.99'")]
    [InlineData("UPDATE site_page_versions SET body_markdown = 'rewritten'")]
    public async Task The_database_refuses_to_change_what_people_agreed_to(string sql)
    {
        var subscriber = await site.Factory.ConfirmedSubscriberAsync(Subscribing.NewAddress());
        var before = await site.Factory.LedgerAsync(subscriber.Id);

        await using var scope = site.Factory.OpenDatabase();
        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => scope.Db.Database.ExecuteSqlRawAsync(sql));

        Assert.Equal(Npgsql.PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        var after = await site.Factory.LedgerAsync(subscriber.Id);
        Assert.Equal(before.Select(r => (r.Id, r.Details, r.Evidence?.IpAddress)), after.Select(r => (r.Id, r.Details, r.Evidence?.IpAddress)));
    }

    [Fact]
    public async Task A_new_policy_version_applies_to_new_consent_and_leaves_earlier_records_as_they_were()
    {
        var earlier = await site.Factory.ConfirmedSubscriberAsync(Subscribing.NewAddress());
        var earlierLedger = await site.Factory.LedgerAsync(earlier.Id);
        int newVersionId;
        await using (var scope = site.Factory.OpenDatabase())
        {
            var privacy = await scope.Db.SitePages.Include(p => p.Versions).SingleAsync(p => p.Slug == ConsentNotice.PrivacyPolicySlug);
            var version = new SitePageVersion
            {
                SitePageId = privacy.Id,
                Version = privacy.Versions.Max(v => v.Version) + 1,
                Title = "Privacy Policy",
                BodyMarkdown = "We now also keep the time you open our emails.",
                EffectiveFrom = site.Clock.GetUtcNow().AddMinutes(-1),
                CreatedAt = site.Clock.GetUtcNow(),
            };
            scope.Db.SitePageVersions.Add(version);
            await scope.Db.SaveChangesAsync();
            newVersionId = version.Id;
        }
        site.Clock.Advance(TimeSpan.FromMinutes(30));

        var later = await site.Factory.ConfirmedSubscriberAsync(Subscribing.NewAddress());

        var laterGrant = (await site.Factory.LedgerAsync(later.Id)).First();
        Assert.Equal(newVersionId, laterGrant.PrivacyPolicyVersionId);
        Assert.NotEqual(earlierLedger[0].WordingSha256, laterGrant.WordingSha256);
        var earlierNow = await site.Factory.LedgerAsync(earlier.Id);
        Assert.Equal(earlierLedger.Select(r => (r.PrivacyPolicyVersionId, r.WordingSha256)), earlierNow.Select(r => (r.PrivacyPolicyVersionId, r.WordingSha256)));
        Assert.NotEqual(newVersionId, earlierNow[0].PrivacyPolicyVersionId);
        var oldVersion = await site.Factory.CreateClient().GetAsync($"/pages/privacy-policy/versions/{await VersionNumberAsync(earlierNow[0].PrivacyPolicyVersionId!.Value)}");
        Assert.Contains("An earlier version, kept as it was published.", await oldVersion.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<int> VersionNumberAsync(int versionId)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.SitePageVersions.Where(v => v.Id == versionId).Select(v => v.Version).SingleAsync();
    }
}

/// <summary>A site that allows few form posts per address, to test the limit itself.</summary>
public class SubscriptionRateLimitTests(SubscriptionRateLimitTests.StrictFixture site) : IClassFixture<SubscriptionRateLimitTests.StrictFixture>
{
    public sealed class StrictFixture : SubscriptionFixture
    {
        protected override void Configure(NewsSiteFactory factory)
        {
            base.Configure(factory);
            factory.Settings["Subscriptions:FormPostsPerMinute"] = "3";
        }
    }

    [Fact]
    public async Task A_burst_from_one_address_is_refused_after_the_limit_and_stores_nothing_more()
    {
        var reader = site.Factory.Reader();
        var statuses = new List<int>();
        var addresses = Enumerable.Range(0, 5).Select(_ => Subscribing.NewAddress()).ToList();

        foreach (var address in addresses)
        {
            statuses.Add((int)(await reader.SendFormAsync(SubscriberLinks.SubscribePath, await reader.FooterFormAsync(address))).StatusCode);
        }
        var stillShown = await reader.GetAsync(SubscriberLinks.SubscribePath);

        Assert.Equal([302, 302, 302, 429, 429], statuses);
        Assert.Equal(200, (int)stillShown.StatusCode);
        await using var scope = site.Factory.OpenDatabase();
        Assert.Equal(3, await scope.Db.Subscribers.CountAsync(s => addresses.Contains(s.Email!)));
    }
}
