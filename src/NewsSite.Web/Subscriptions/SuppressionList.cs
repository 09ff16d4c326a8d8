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

    private static string Hash(byte[] salt, string normalisedAddress) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(normalisedAddress)));

    /// <summary>False while nothing is listed, as is usual: bulk checks can then skip reading addresses at all.</summary>
    public Task<bool> AnyListedAsync(CancellationToken cancellationToken = default) =>
        db.SuppressedAddresses.AnyAsync(cancellationToken);

    /// <summary>
    /// Which of these addresses are on the list. The salt is read once and every hash is looked up in
    /// one query (<c>= ANY</c> over the list's primary key), so a batch of thousands costs one round trip.
    /// </summary>
    public async Task<IReadOnlySet<string>> ListedAmongAsync(IReadOnlyCollection<string> normalisedAddresses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(normalisedAddresses);
        if (normalisedAddresses.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }
        var salt = await secrets.GetAsync(SaltName, cancellationToken);
        var addressesByHash = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var address in normalisedAddresses)
        {
            addressesByHash[Hash(salt, address)] = address;
        }
        var hashes = addressesByHash.Keys.ToArray();
        var listed = await db.SuppressedAddresses.AsNoTracking().Where(s => hashes.Contains(s.AddressHash)).Select(s => s.AddressHash).ToListAsync(cancellationToken);
        return listed.Select(hash => addressesByHash[hash]).ToHashSet(StringComparer.Ordinal);
    }

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
