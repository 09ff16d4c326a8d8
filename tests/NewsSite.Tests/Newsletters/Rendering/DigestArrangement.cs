using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NewsSite.TestSupport;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Rendering;

/// <summary>Editions and subscribers written straight to a test's database, and the digest the site makes of them.</summary>
public static class DigestArrangement
{
    /// <summary>The ids of the first two sections of the seeded newsroom.</summary>
    public static async Task<(int First, int Second, int Third)> SectionsAsync(this NewsSiteFactory factory)
    {
        await using var scope = factory.OpenDatabase();
        var ids = await scope.Db.Sections.OrderBy(s => s.Id).Select(s => s.Id).Take(3).ToListAsync();
        return (ids[0], ids[1], ids[2]);
    }

    /// <summary>An edition of the articles, each at the position given beside it.</summary>
    public static async Task<long> EditionAsync(
        this NewsSiteFactory factory, string subject, string intro, DigestEditionStatus status, params (int ArticleId, int Position)[] articles)
    {
        await using var scope = factory.OpenDatabase();
        var edition = new DigestEdition
        {
            Frequency = DigestFrequency.Daily, PeriodKey = $"now-{Guid.NewGuid():N}", Status = status, Subject = subject, Intro = intro,
            CreatedAt = DateTimeOffset.UtcNow, Articles = [.. articles.Select(a => new DigestEditionArticle { ArticleId = a.ArticleId, Position = a.Position })],
        };
        scope.Db.DigestEditions.Add(edition);
        await scope.Db.SaveChangesAsync();
        return edition.Id;
    }

    /// <summary>An edition of just <paramref name="article"/>, saved in the first section.</summary>
    public static async Task<long> OneArticleEditionAsync(
        this NewsSiteFactory factory, Web.Articles.Article article, string subject = "", string intro = "", DigestEditionStatus status = DigestEditionStatus.Sending)
    {
        await factory.AddAsync(article);
        return await factory.EditionAsync(subject, intro, status, (article.Id, 0));
    }

    public static async Task<Subscriber> SubscriberAsync(this NewsSiteFactory factory, params int[] sectionIds)
    {
        await using var scope = factory.OpenDatabase();
        var subscriber = new Subscriber
        {
            Email = $"reader-{Guid.NewGuid():N}@example.org", Status = SubscriberStatus.Active, SectionIds = [.. sectionIds],
            LinkKey = SubscriptionTokens.NewLinkKey(), Source = "footer", CreatedAt = DateTimeOffset.UtcNow, ConfirmedAt = DateTimeOffset.UtcNow,
        };
        scope.Db.Subscribers.Add(subscriber);
        await scope.Db.SaveChangesAsync();
        return subscriber;
    }

    /// <summary>The email the senders would send the subscriber for the edition, as the receiving mail server reads it.</summary>
    public static async Task<MimeMessage?> DigestForAsync(this NewsSiteFactory factory, long editionId, Subscriber subscriber) =>
        (await factory.DigestAsSentAsync(editionId, subscriber))?.AsReceived();

    /// <summary>The email the senders would send the subscriber for the edition, as they hand it to MailKit.</summary>
    public static async Task<MimeMessage?> DigestAsSentAsync(this NewsSiteFactory factory, long editionId, Subscriber subscriber)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var delivery = new DigestDelivery { EditionId = editionId, SubscriberId = subscriber.Id, MessageId = MessageIdOf(editionId, subscriber) };
        return await scope.ServiceProvider.GetRequiredService<IDigestMessages>().CreateAsync(delivery, subscriber, CancellationToken.None);
    }

    public static string MessageIdOf(long editionId, Subscriber subscriber) => $"digest-{editionId}-{subscriber.Id}@news.example";

    public static AngleSharp.Html.Dom.IHtmlDocument HtmlPart(this MimeMessage message) =>
        Html.Parse(message.HtmlBody ?? throw new InvalidOperationException("The digest has no HTML part."));

    public static string TextPart(this MimeMessage message) => message.TextBody ?? throw new InvalidOperationException("The digest has no plain-text part.");

    /// <summary>The message as a receiving mail server reads it: written out and parsed back.</summary>
    private static MimeMessage AsReceived(this MimeMessage message)
    {
        using var wire = new MemoryStream();
        message.WriteTo(wire);
        wire.Position = 0;
        return MimeMessage.Load(wire);
    }
}
