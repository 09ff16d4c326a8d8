using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Editions;

/// <summary>Articles, subscribers and editions for digest tests; each call runs in a scope of its own, as each request would.</summary>
public sealed class Digests(NewsSiteFactory factory)
{
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> operation) where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(operation);
        await using var scope = factory.Services.CreateAsyncScope();
        return await operation(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>An article published at <paramref name="publishedAt"/> (or in another status), in the given section or the first.</summary>
    public async Task<int> ArticleAsync(DateTimeOffset publishedAt, int sectionId = 0, ArticleStatus status = ArticleStatus.Published)
    {
        var article = TestArticles.Published($"Story of {publishedAt:O}", publishedAt: publishedAt);
        article.Status = status;
        article.SectionId = sectionId;
        await factory.AddAsync(article);
        return article.Id;
    }

    public async Task<IReadOnlyList<int>> SectionIdsAsync()
    {
        await using var scope = factory.OpenDatabase();
        return await scope.Db.Sections.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
    }

    public async Task<long> SubscriberAsync(DigestFrequency frequency, SubscriberStatus status = SubscriberStatus.Active, params int[] sectionIds)
    {
        await using var scope = factory.OpenDatabase();
        var subscriber = new Subscriber
        {
            Email = $"reader-{Guid.NewGuid():N}@example.test", Status = status, Frequency = frequency, SectionIds = [.. sectionIds],
            LinkKey = SubscriptionTokens.NewLinkKey(), Source = "footer", CreatedAt = DateTimeOffset.UtcNow,
        };
        scope.Db.Subscribers.Add(subscriber);
        await scope.Db.SaveChangesAsync();
        return subscriber.Id;
    }

    /// <summary>An active daily subscriber whose address bounced hard: on the suppression list.</summary>
    public async Task<long> HardBouncedSubscriberAsync()
    {
        var id = await SubscriberAsync(DigestFrequency.Daily);
        await HardBounceAsync(id);
        return id;
    }

    /// <summary>Puts the subscriber's address on the suppression list, as a hard bounce does.</summary>
    public async Task HardBounceAsync(long id)
    {
        await using var scope = factory.OpenDatabase();
        var email = await scope.Db.Subscribers.Where(s => s.Id == id).Select(s => s.Email!).SingleAsync();
        await scope.Get<SuppressionList>().AddAsync(email, SuppressionReason.HardBounce);
        await scope.Db.SaveChangesAsync();
    }

    /// <summary>The daily edition ending at <paramref name="until"/>, keyed by its UTC date, made as the scheduler makes it.</summary>
    public Task<DigestEdition> DailyEditionAsync(DateTimeOffset until) =>
        RunAsync<EditionBuilder, DigestEdition>(b => b.EnsureAsync(
            new DigestPeriod(DigestFrequency.Daily, DigestPeriod.KeyFor(DigestFrequency.Daily, DateOnly.FromDateTime(until.UtcDateTime)), until)));

    /// <summary>The edition as stored, its articles in their order.</summary>
    public async Task<DigestEdition> EditionAsync(long id)
    {
        await using var scope = factory.OpenDatabase();
        var edition = await scope.Db.DigestEditions.AsNoTracking().Include(e => e.Articles).SingleAsync(e => e.Id == id);
        edition.Articles = [.. edition.Articles.OrderBy(a => a.Position)];
        return edition;
    }

    public async Task<List<DigestDelivery>> DeliveriesAsync(long editionId)
    {
        await using var scope = factory.OpenDatabase();
        return await scope.Db.DigestDeliveries.AsNoTracking().Where(d => d.EditionId == editionId).ToListAsync();
    }
}
