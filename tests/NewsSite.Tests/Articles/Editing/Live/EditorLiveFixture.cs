using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;

namespace NewsSite.Tests.Articles.Editing.Live;

/// <summary>A site whose clock the tests move, so autosaves can be newer than saves and presence can time out.</summary>
public sealed class EditorLiveFixture : NewsSiteFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    protected override void Configure(NewsSiteFactory factory) =>
        factory.ServiceOverrides.Add(services => services.AddSingleton<TimeProvider>(Clock));

    /// <summary>A draft created by the member of staff with <paramref name="ownerEmail"/>, saved now; returns its id.</summary>
    public async Task<int> DraftByAsync(string ownerEmail, string title, string body = "The first words.")
    {
        string ownerId;
        await using (var scope = Factory.OpenDatabase())
        {
            ownerId = await scope.Db.Users.Where(u => u.Email == ownerEmail).Select(u => u.Id).SingleAsync();
        }
        var article = TestArticles.Published(title, body, "A summary.", Clock.GetUtcNow());
        (article.Status, article.PublishedAt, article.CreatedById) = (ArticleStatus.Draft, null, ownerId);
        await Factory.AddAsync(article);
        return article.Id;
    }
}
