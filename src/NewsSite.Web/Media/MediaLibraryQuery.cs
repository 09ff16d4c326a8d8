using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Media;

/// <summary>What the media library page lists: the newest images.</summary>
public sealed class MediaLibraryQuery(NewsDbContext db)
{
    public const int Shown = 60;

    public Task<List<MediaAsset>> NewestAsync(CancellationToken cancellationToken) =>
        db.MediaAssets.AsNoTracking().OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(Shown).ToListAsync(cancellationToken);
}
