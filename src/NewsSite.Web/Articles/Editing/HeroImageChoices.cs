using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Media;

namespace NewsSite.Web.Articles.Editing;

/// <summary>The library images the article editor offers as its hero image.</summary>
public sealed class HeroImageChoices(NewsDbContext db)
{
    public const int Shown = 24;

    /// <summary>The newest images; the article's own comes first when it is older than those, so it stays chosen.</summary>
    public async Task<IReadOnlyList<MediaAsset>> ListAsync(int? chosenId, CancellationToken cancellationToken)
    {
        var images = await db.MediaAssets.AsNoTracking()
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(Shown).ToListAsync(cancellationToken);
        if (chosenId is { } id && images.All(m => m.Id != id)
            && await db.MediaAssets.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is { } chosen)
        {
            images.Insert(0, chosen);
        }
        return images;
    }
}
