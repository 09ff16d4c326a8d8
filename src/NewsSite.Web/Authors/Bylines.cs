using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Authors;

/// <summary>
/// Which author profile is whose. A member of staff writes under the profile linked to their
/// account, which the editor chooses for them; nobody else's is ever chosen for them.
/// </summary>
public sealed class Bylines(NewsDbContext db)
{
    /// <summary>The invitation's byline choice that makes a new profile in the newcomer's name.</summary>
    public const string NewProfile = "new";

    /// <summary>The invitation's byline choice for someone who does not write under a byline.</summary>
    public const string NoProfile = "none";

    /// <summary>The profile linked to this account, if any.</summary>
    public Task<int?> OwnAsync(string staffUserId, CancellationToken cancellationToken) =>
        db.Authors.AsNoTracking().Where(a => a.StaffUserId == staffUserId).Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Profiles no account claims, which an invitation may give to the newcomer.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> UnclaimedAsync(CancellationToken cancellationToken) =>
        (await db.Authors.AsNoTracking().Where(a => a.StaffUserId == null).OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
        .ConvertAll(a => (a.Id, a.Name));

    /// <summary>Each account's byline, by account id, for the people page.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesByStaffAsync(CancellationToken cancellationToken) =>
        await db.Authors.AsNoTracking().Where(a => a.StaffUserId != null)
            .ToDictionaryAsync(a => a.StaffUserId!, a => a.Name, cancellationToken);

    /// <summary>What is wrong with an invitation's byline choice, checked before anyone is invited; null when nothing is.</summary>
    public async Task<string?> ProblemWithAsync(string choice, string newcomerName, CancellationToken cancellationToken)
    {
        if (choice == NoProfile)
        {
            return null;
        }
        if (choice == NewProfile)
        {
            var slug = Slug.From(newcomerName);
            if (slug.Length == 0)
            {
                return "This name makes no web address: add the profile under Authors with one, then choose it under Byline.";
            }
            return await db.Authors.AnyAsync(a => a.Slug == slug, cancellationToken)
                ? $"An author profile for “{newcomerName.Trim()}” exists already: choose it under Byline."
                : null;
        }
        return ProfileId(choice) is { } id && await db.Authors.AnyAsync(a => a.Id == id && a.StaffUserId == null, cancellationToken)
            ? null
            : "Choose a byline: a new profile, one that nobody has yet, or none.";
    }

    /// <summary>Gives the account its byline as chosen (checked first by <see cref="ProblemWithAsync"/>), making a new profile if asked.</summary>
    public async Task LinkAsync(string staffUserId, string choice, string newcomerName, CancellationToken cancellationToken)
    {
        if (choice == NewProfile)
        {
            var name = newcomerName.Trim();
            db.Authors.Add(new Author { Name = name, Slug = Slug.From(name), StaffUserId = staffUserId });
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (ProfileId(choice) is { } id)
        {
            // Readers see nothing of the link, so no public page needs to be evicted.
            await db.Authors.Where(a => a.Id == id && a.StaffUserId == null)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.StaffUserId, staffUserId), cancellationToken);
        }
    }

    private static int? ProfileId(string choice) =>
        int.TryParse(choice, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
