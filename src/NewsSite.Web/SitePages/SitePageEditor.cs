using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles;
using NewsSite.Web.Data;
using NewsSite.Web.SiteSettings;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.SitePages;

/// <summary>What the page form sends: the wording of a new version (and, for a new page, its address).</summary>
public sealed class SitePageInput
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? BodyMarkdown { get; set; }

    /// <summary>A wall-clock time in the site's time zone; empty means now.</summary>
    public DateTime? EffectiveFrom { get; set; }
}

/// <summary>
/// Editors' changes to standing pages. Editing never touches a written version: it adds the next
/// one, in force from now or from a later date, so the site can always show what a reader agreed
/// to. Saving a version evicts the public pages' cache (<c>PublicCacheEvictionInterceptor</c>), and
/// an old address redirects after a rename (<c>SlugHistoryInterceptor</c>). The policy pages
/// (<see cref="PolicyPages"/>) keep their address and are never deleted.
/// </summary>
public sealed class SitePageEditor(NewsDbContext db, SiteSettingsCache siteSettings, TimeProvider time)
{
    public const int MaxSlugLength = 80;
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 500;

    /// <summary>Returns the problems (none when the page was added) and the new page's id.</summary>
    public async Task<(IReadOnlyList<string> Problems, int Id)> CreateAsync(SitePageInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var address = NameAndSlug.From(input.Title, input.Slug, MaxSlugLength);
        var problems = new List<string>();
        var version = await NewVersionAsync(input, problems, cancellationToken);
        if (await SlugProblemAsync(address, 0, cancellationToken) is { } slugProblem)
        {
            problems.Add(slugProblem);
        }
        if (problems.Count > 0 || version is null)
        {
            return (problems, 0);
        }
        var page = new SitePage { Slug = address.Slug, Versions = [version] };
        db.SitePages.Add(page);
        await db.SaveChangesAsync(cancellationToken);
        return ([], page.Id);
    }

    /// <summary>Moves the page's link in the footer; a page that is gone changes nothing.</summary>
    public async Task<IReadOnlyList<string>> OrderAsync(int id, int sortOrder, CancellationToken cancellationToken)
    {
        var page = await db.SitePages.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return ["That page no longer exists."];
        }
        page.SortOrder = sortOrder;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Adds the next version; the versions already written stay exactly as they were.</summary>
    public async Task<IReadOnlyList<string>> PublishAsync(int id, SitePageInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.SitePages.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return ["That page no longer exists."];
        }
        var problems = new List<string>();
        var version = await NewVersionAsync(input, problems, cancellationToken);
        if (version is null)
        {
            return problems;
        }
        version.SitePageId = id;
        version.Version = (await db.SitePageVersions.Where(v => v.SitePageId == id).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;
        db.SitePageVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (page, version) index: another editor published the same number first.
            return ["Someone else published a version of this page at the same moment. Reload the page and publish again."];
        }
        return [];
    }

    public async Task<IReadOnlyList<string>> RenameAsync(int id, string? slug, CancellationToken cancellationToken)
    {
        var page = await db.SitePages.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return ["That page no longer exists."];
        }
        if (PolicyPages.Contains(page.Slug))
        {
            return [$"“{page.Slug}” keeps its address: the footer, the subscribe form and subscribers' consent records refer to it."];
        }
        var title = await db.SitePageVersions.Where(v => v.SitePageId == id).OrderByDescending(v => v.Version).Select(v => v.Title).FirstAsync(cancellationToken);
        var address = NameAndSlug.From(title, slug, MaxSlugLength);
        if (await SlugProblemAsync(address, id, cancellationToken) is { } problem)
        {
            return [problem];
        }
        page.Slug = address.Slug;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<IReadOnlyList<string>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var page = await db.SitePages.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return [];
        }
        if (PolicyPages.Contains(page.Slug))
        {
            return [$"“{page.Slug}” cannot be deleted: subscribers' consent records refer to its versions."];
        }
        db.SitePageVersions.RemoveRange(page.Versions);
        db.SitePages.Remove(page);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private Task<string?> SlugProblemAsync(NameAndSlug address, int pageId, CancellationToken cancellationToken) =>
        address.SlugProblemAsync("page",
            (slug, ct) => db.SitePages.AnyAsync(p => p.Slug == slug && p.Id != pageId, ct), cancellationToken);

    /// <summary>The version the input describes, or null with the reasons added to <paramref name="problems"/>.</summary>
    private async Task<SitePageVersion?> NewVersionAsync(SitePageInput input, List<string> problems, CancellationToken cancellationToken)
    {
        var title = (input.Title ?? "").Trim();
        var summary = (input.Summary ?? "").Trim();
        var body = input.BodyMarkdown ?? "";
        var now = time.GetUtcNow();
        if (title.Length is 0 or > MaxTitleLength)
        {
            problems.Add($"A page needs a title of 1 to {MaxTitleLength} characters.");
        }
        if (summary.Length > MaxSummaryLength)
        {
            problems.Add($"The summary must be at most {MaxSummaryLength} characters.");
        }
        if (body.Trim().Length == 0 || body.Length > ArticleLimits.BodyMarkdownLength)
        {
            problems.Add($"A page needs a text of 1 to {ArticleLimits.BodyMarkdownLength:N0} characters.");
        }
        var effectiveFrom = input.EffectiveFrom is { } local ? await EffectiveFromAsync(local, now, problems, cancellationToken) : now;
        return problems.Count > 0 ? null : new SitePageVersion
        {
            Title = title, Summary = summary, BodyMarkdown = body, EffectiveFrom = effectiveFrom, CreatedAt = now, Version = 1,
        };
    }

    /// <summary>A version may start later but never earlier: readers before now saw the old wording, and records say so.</summary>
    private async Task<DateTimeOffset> EffectiveFromAsync(DateTime local, DateTimeOffset now, List<string> problems, CancellationToken cancellationToken)
    {
        var zone = (await siteSettings.GetAsync(cancellationToken)).TimeZone;
        var shown = local.ToString("HH:mm 'on' d MMMM yyyy", CultureInfo.InvariantCulture);
        if (!SiteTimeZone.TryToInstant(local, zone, out var instant))
        {
            problems.Add($"{shown} does not exist in the site's time zone ({zone.Id}): the clocks go forward then. Choose another time.");
        }
        else if (instant <= now)
        {
            problems.Add($"{shown} has already passed. Choose a later time, or leave the date empty to publish now.");
        }
        return instant;
    }
}
