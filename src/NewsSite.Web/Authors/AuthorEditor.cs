using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Markdown;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Authors;

/// <summary>An author as the authors page lists them.</summary>
public sealed record AuthorRow(int Id, string Name, string Slug, string AvatarUrl, int ArticleCount);

/// <summary>An image of the media library offered as an avatar.</summary>
public sealed record AvatarChoice(int Id, string Path, string Label);

/// <summary>What the author form sends.</summary>
public sealed class AuthorInput
{
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Bio { get; set; }

    /// <summary>An image picked from the media library; when set, it wins over <see cref="AvatarUrl"/>.</summary>
    public int? AvatarMediaId { get; set; }

    /// <summary>An address typed by hand (or the one the author already had); empty for no avatar.</summary>
    public string? AvatarUrl { get; set; }
}

/// <summary>
/// Editors' management of bylines: create, edit name, address, bio and avatar (the old
/// <c>/author/…</c> address then redirects, see <c>SlugHistoryInterceptor</c>), and delete an
/// author only when no article carries their byline.
/// </summary>
public sealed class AuthorEditor(NewsDbContext db, IArticleUsage usage) : SluggedEntityEditor<Author, AuthorInput>(db)
{
    public const int MaxNameLength = 120;
    public const int MaxBioLength = 2000;
    public const int MaxAvatarUrlLength = 500;

    /// <summary>Only the newest images are offered, so the form stays small however big the library grows; any other can be given by address.</summary>
    public const int AvatarChoiceCount = 100;

    protected override string What => "author";

    public async Task<IReadOnlyList<AuthorRow>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await Db.Authors.AsNoTracking().OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new AuthorRow(a.Id, a.Name, a.Slug, a.AvatarUrl, 0))
            .ToListAsync(cancellationToken);
        var counts = await usage.CountAsync(SlugKind.Author, rows.ConvertAll(r => r.Id), cancellationToken);
        return rows.ConvertAll(r => r with { ArticleCount = counts.GetValueOrDefault(r.Id) });
    }

    public Task<Author?> FindAsync(int id, CancellationToken cancellationToken) =>
        Db.Authors.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<IReadOnlyList<AvatarChoice>> AvatarChoicesAsync(CancellationToken cancellationToken) =>
        await Db.MediaAssets.AsNoTracking().OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(AvatarChoiceCount)
            .Select(m => new AvatarChoice(m.Id, m.Path, m.AltText.Length > 0 ? m.AltText : m.Path))
            .ToListAsync(cancellationToken);

    protected override Author CreateEmpty() => new() { Name = "", Slug = "" };

    protected override async Task<IReadOnlyList<string>> ApplyAsync(Author entity, AuthorInput input, CancellationToken cancellationToken)
    {
        var typed = NameAndSlug.From(input.Name, input.Slug, MaxNameLength);
        var problems = (await typed.ProblemsAsync(What, MaxNameLength,
            (slug, ct) => Db.Authors.AnyAsync(a => a.Slug == slug && a.Id != entity.Id, ct), cancellationToken)).ToList();
        var bio = (input.Bio ?? "").Trim();
        if (bio.Length > MaxBioLength)
        {
            problems.Add($"The bio must be at most {MaxBioLength} characters.");
        }
        var (avatar, avatarProblem) = await AvatarAsync(input, cancellationToken);
        if (avatarProblem is not null)
        {
            problems.Add(avatarProblem);
        }
        if (problems.Count == 0)
        {
            (entity.Name, entity.Slug, entity.Bio, entity.AvatarUrl) = (typed.Name, typed.Slug, bio, avatar);
        }
        return problems;
    }

    protected override async Task<string?> InUseAsync(Author entity, CancellationToken cancellationToken)
    {
        var articles = await usage.CountOneAsync(SlugKind.Author, entity.Id, cancellationToken);
        return articles == 0 ? null : $"{entity.Name} is the byline of {Articles(articles)}. Give them another author first.";
    }

    /// <summary>The picked image's address, or the typed one when it is a web or site address (never javascript: and the like).</summary>
    private async Task<(string Url, string? Problem)> AvatarAsync(AuthorInput input, CancellationToken cancellationToken)
    {
        if (input.AvatarMediaId is { } mediaId)
        {
            var path = await Db.MediaAssets.Where(m => m.Id == mediaId).Select(m => m.Path).SingleOrDefaultAsync(cancellationToken);
            return path is null ? ("", "That image is no longer in the media library. Choose another.") : (path, null);
        }
        var url = (input.AvatarUrl ?? "").Trim();
        if (url.Length > MaxAvatarUrlLength)
        {
            return ("", $"The avatar address must be at most {MaxAvatarUrlLength} characters.");
        }
        var kind = UrlPolicy.Classify(url);
        return url.Length == 0 || kind == UrlKind.Web || (kind == UrlKind.Relative && url.StartsWith('/'))
            ? (url, null)
            : ("", "The avatar address must start with https:// or with / for an image on this site.");
    }
}
