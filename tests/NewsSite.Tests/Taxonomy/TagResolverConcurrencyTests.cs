using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Taxonomy;
using Npgsql;

namespace NewsSite.Tests.Taxonomy;

public class TagResolverConcurrencyTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    /// <summary>
    /// Another save inserts the same new tag and has not committed yet: the resolver's insert waits
    /// on the unique slug index, then, once the other commits, uses that row instead of failing.
    /// </summary>
    [Fact]
    public async Task Two_saves_creating_the_same_new_tag_at_once_share_one_row()
    {
        await using var other = new NpgsqlConnection(site.Factory.ConnectionString);
        await other.OpenAsync();
        await using var otherSave = await other.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand("INSERT INTO tags (name, slug) VALUES ('Storm surge', 'storm-surge')", other, otherSave))
        {
            await insert.ExecuteNonQueryAsync();
        }

        await using var scope = site.Factory.OpenDatabase();
        var resolving = scope.Get<TagResolver>().ResolveAsync([new TagName("storm surge", "storm-surge")], CancellationToken.None);
        await WaitUntilABackendWaitsOnALockAsync();
        await otherSave.CommitAsync();
        var resolved = await resolving;

        await using var check = site.Factory.OpenDatabase();
        var stored = await check.Db.Tags.AsNoTracking().SingleAsync(t => t.Slug == "storm-surge");
        Assert.Equal(stored.Id, Assert.Single(resolved).Id);
        Assert.Equal("Storm surge", stored.Name);
    }

    private async Task WaitUntilABackendWaitsOnALockAsync()
    {
        await using var watcher = new NpgsqlConnection(site.Factory.ConnectionString);
        await watcher.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watcher);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((long)(await query.ExecuteScalarAsync())! == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The resolver never waited for the other save's row.");
            await Task.Delay(20);
        }
    }
}
