using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure.Security;

namespace NewsSite.Web.Subscriptions;

/// <summary>Addresses never to be mailed again, kept as HMAC-SHA256 hashes under a salt of the site's own.</summary>
public sealed class SuppressionList(NewsDbContext db, SiteSecrets secrets, TimeProvider time)
{
    private const string SaltName = "suppression-salt";

    public async Task<string> HashAsync(string normalisedAddress, CancellationToken cancellationToken = default) =>
        Hash(await secrets.GetAsync(SaltName, cancellationToken), normalisedAddress);

    /// <summary>The hashing with the salt read once, for hashing a whole list of addresses.</summary>
    public async Task<Func<string, string>> HasherAsync(CancellationToken cancellationToken = default)
    {
        var salt = await secrets.GetAsync(SaltName, cancellationToken);
        return address => Hash(salt, address);
    }

    private static string Hash(byte[] salt, string normalisedAddress) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(normalisedAddress)));

    public async Task<SuppressionReason?> ReasonAsync(string normalisedAddress, CancellationToken cancellationToken = default)
    {
        var hash = await HashAsync(normalisedAddress, cancellationToken);
        return await db.SuppressedAddresses.AsNoTracking().Where(s => s.AddressHash == hash)
            .Select(s => (SuppressionReason?)s.Reason).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Adds the address (within the caller's unit of work); an address already listed keeps its first reason.</summary>
    public async Task AddAsync(string normalisedAddress, SuppressionReason reason, CancellationToken cancellationToken = default)
    {
        var hash = await HashAsync(normalisedAddress, cancellationToken);
        if (!await db.SuppressedAddresses.AnyAsync(s => s.AddressHash == hash, cancellationToken))
        {
            db.SuppressedAddresses.Add(new SuppressedAddress { AddressHash = hash, Reason = reason, CreatedAt = time.GetUtcNow() });
        }
    }

    /// <summary>
    /// Takes an erased address off the list when its owner subscribes again and confirms: a
    /// deliberate new opt-in, not a mistake. Hard bounces stay: that address cannot receive mail.
    /// </summary>
    public async Task LiftErasureAsync(string normalisedAddress, CancellationToken cancellationToken = default)
    {
        var hash = await HashAsync(normalisedAddress, cancellationToken);
        var entry = await db.SuppressedAddresses.SingleOrDefaultAsync(s => s.AddressHash == hash && s.Reason == SuppressionReason.Erased, cancellationToken);
        if (entry is not null)
        {
            db.SuppressedAddresses.Remove(entry);
        }
    }
}
