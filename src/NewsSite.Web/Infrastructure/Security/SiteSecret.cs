using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Infrastructure.Security;

/// <summary>
/// A random value the site makes for itself the first time it needs it and keeps in the database,
/// so that every instance uses the same one and none has to be configured (the salt of the
/// suppression list's hashes, for example).
/// </summary>
public class SiteSecret
{
    public required string Name { get; set; }
    public required byte[] Value { get; set; }
}

/// <summary>Reads site secrets, creating each on first use; two instances asking at once get the same value.</summary>
public sealed class SiteSecrets(IServiceScopeFactory scopes)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _known = new(StringComparer.Ordinal);

    public async Task<byte[]> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        if (_known.TryGetValue(name, out var known))
        {
            return known;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var candidate = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        // The first writer wins; everyone then reads what it wrote.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO site_secrets (name, value) VALUES ({name}, {candidate}) ON CONFLICT (name) DO NOTHING", cancellationToken);
        var value = await db.SiteSecrets.AsNoTracking().Where(s => s.Name == name).Select(s => s.Value).SingleAsync(cancellationToken);
        return _known.GetOrAdd(name, value);
    }
}
