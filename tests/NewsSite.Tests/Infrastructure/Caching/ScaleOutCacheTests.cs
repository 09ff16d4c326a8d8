using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Tests.Infrastructure.Caching;

/// <summary>Two instances of the site on one database, as when it is scaled out behind a load balancer.</summary>
public sealed class TwoNodesFixture : NewsSiteFixture
{
    public NewsSiteFactory OtherNode { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        OtherNode = new NewsSiteFactory(Factory.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        await OtherNode.DisposeAsync();
        await base.DisposeAsync();
    }
}

public class ScaleOutCacheTests(TwoNodesFixture nodes) : IClassFixture<TwoNodesFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Article_published_on_one_node_shows_on_the_other_nodes_cached_home_page()
    {
        var reader = nodes.OtherNode.CreateClient();
        var before = await reader.GetStringAsync("/");

        await nodes.Factory.AddAsync(TestArticles.Published("Lifeboat crew rescue stranded kayakers"));

        Assert.DoesNotContain("Lifeboat crew rescue stranded kayakers", before, StringComparison.Ordinal);
        Assert.True(await ShowsWithinPatienceAsync(reader, "/", "Lifeboat crew rescue stranded kayakers"));
    }

    [Fact]
    public async Task Site_name_changed_on_one_node_frames_the_other_nodes_pages()
    {
        var reader = nodes.OtherNode.CreateClient();
        await reader.GetStringAsync("/business");

        await RenameSiteAsync(nodes.Factory, "The Harbour Gazette");

        Assert.True(await ShowsWithinPatienceAsync(reader, "/business", "The Harbour Gazette"));
    }

    [Fact]
    public async Task Node_whose_listening_connection_was_cut_reconnects_and_hears_later_changes()
    {
        var reader = nodes.OtherNode.CreateClient();
        await reader.GetStringAsync("/");
        await using (var scope = nodes.Factory.OpenDatabase())
        {
            var cut = await scope.Db.Database
                .SqlQuery<bool>($"SELECT pg_terminate_backend(pid) AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND query = {"LISTEN " + PublicContentChanges.Channel}")
                .ToListAsync();
            Assert.NotEmpty(cut);
        }
        // The listener needs a moment to notice and reconnect; a change saved meanwhile is caught by the forgetting that follows a reconnection.
        await nodes.Factory.AddAsync(TestArticles.Published("Harbour wall repairs finish early"));

        Assert.True(await ShowsWithinPatienceAsync(reader, "/", "Harbour wall repairs finish early"));
    }

    private static async Task RenameSiteAsync(NewsSiteFactory node, string name)
    {
        await using var scope = node.OpenDatabase();
        var settings = await scope.Db.SiteSettings.SingleAsync();
        settings.SiteName = name;
        await scope.Db.SaveChangesAsync();
    }

    private static async Task<bool> ShowsWithinPatienceAsync(HttpClient reader, string path, string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if ((await reader.GetStringAsync(path)).Contains(text, StringComparison.Ordinal))
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }
}
