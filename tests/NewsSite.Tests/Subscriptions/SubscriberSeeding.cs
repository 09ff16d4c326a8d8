using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.SitePages;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Subscriptions;

/// <summary>One arranged ledger row: what happened, when, and under which Privacy Policy version (site page version id).</summary>
public sealed record SeededConsent(ConsentAction Action, DateTimeOffset At, int? PrivacyPolicyVersionId = null);

/// <summary>Subscribers, ledger rows and policy versions written straight to the database, for tests of what the admin pages read.</summary>
public static class SubscriberSeeding
{
    public static async Task<long> SeedSubscriberAsync(
        this NewsSiteFactory factory, string email, SubscriberStatus status, params SeededConsent[] ledger)
    {
        await using var scope = factory.OpenDatabase();
        var subscriber = new Subscriber
        {
            Email = email, Status = status, LinkKey = SubscriptionTokens.NewLinkKey(), Source = "footer",
            CreatedAt = ledger.Length > 0 ? ledger[0].At : DateTimeOffset.UtcNow,
        };
        scope.Db.Subscribers.Add(subscriber);
        foreach (var row in ledger)
        {
            scope.Db.ConsentRecords.Add(new ConsentRecord
            {
                Subscriber = subscriber, Action = row.Action, Method = ConsentMethod.Form, RecordedAt = row.At,
                PrivacyPolicyVersionId = row.PrivacyPolicyVersionId, Source = "footer",
            });
        }
        await scope.Db.SaveChangesAsync();
        return subscriber.Id;
    }

    /// <summary>
    /// <paramref name="count"/> subscribers written by one statement, addresses
    /// <c>reader{n}.{tag}@example.org</c>, added in the order of <c>n</c> (so the highest is the newest).
    /// </summary>
    public static async Task SeedSubscribersAsync(this NewsSiteFactory factory, string tag, int count, SubscriberStatus status = SubscriberStatus.Active)
    {
        await using var scope = factory.OpenDatabase();
        await scope.Db.Database.ExecuteSqlAsync($"""
            INSERT INTO subscribers (email, status, frequency, section_ids, link_key, source, created_at)
            SELECT 'reader' || n || '.' || {tag} || '@example.org', {status.ToString()}, 'Daily', ARRAY[]::integer[], md5({tag} || n), 'footer', now()
            FROM generate_series(1, {count}) AS n ORDER BY n
            """);
    }

    /// <summary>The Privacy Policy version in force now, as the forms show it.</summary>
    public static async Task<SitePageVersion> CurrentPrivacyPolicyAsync(this NewsSiteFactory factory)
    {
        await using var scope = factory.OpenDatabase();
        return await scope.Db.SitePageVersions.AsNoTracking()
            .Where(v => v.SitePage!.Slug == ConsentNotice.PrivacyPolicySlug)
            .OrderByDescending(v => v.Version).FirstAsync();
    }

    /// <summary>
    /// Adds the next Privacy Policy version, as a material change of the policy would. It takes effect
    /// in a year, so the forms other tests of the class fill in still show the version in force.
    /// </summary>
    public static async Task<SitePageVersion> PublishPrivacyPolicyVersionAsync(this NewsSiteFactory factory)
    {
        var current = await factory.CurrentPrivacyPolicyAsync();
        await using var scope = factory.OpenDatabase();
        var next = new SitePageVersion
        {
            SitePageId = current.SitePageId, Version = current.Version + 1, Title = current.Title, BodyMarkdown = current.BodyMarkdown + "\n\nChanged.",
            BodyHtml = current.BodyHtml + "<p>Changed.</p>", EffectiveFrom = DateTimeOffset.UtcNow.AddYears(1), CreatedAt = DateTimeOffset.UtcNow,
        };
        scope.Db.SitePageVersions.Add(next);
        await scope.Db.SaveChangesAsync();
        return next;
    }
}
