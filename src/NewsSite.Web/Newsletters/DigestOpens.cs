using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Newsletters;

/// <summary>
/// Aggregate open counts, only while an Admin has them on (<see cref="SiteSettings.SiteSettings.CountDigestOpens"/>).
/// Every copy of an edition shows the same image address, so loading it says that the edition was
/// opened, never by whom; nothing about the request (address, mail program) is kept.
/// </summary>
public sealed class DigestOpens(NewsDbContext db, SiteSettingsCache siteSettings)
{
    /// <summary>A transparent 1×1 GIF, the smallest image mail programs show.</summary>
    public static ReadOnlyMemory<byte> Image { get; } = new byte[]
    {
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x21, 0xF9, 0x04,
        0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    };

    /// <summary>The image's address, the same in every copy of the edition (the page <c>/digest-opened/{editionId}.gif</c> answers it).</summary>
    public static string ImagePath(long editionId) => $"/digest-opened/{editionId}.gif";

    /// <summary>
    /// Counts one open when counting is on and the edition has gone out. A draft's preview or test
    /// copy, and any made-up edition id, count nothing; the caller answers with the image either way,
    /// so the address reveals nothing.
    /// </summary>
    public async Task CountAsync(long editionId, CancellationToken cancellationToken)
    {
        if (!(await siteSettings.GetAsync(cancellationToken)).Settings.CountDigestOpens)
        {
            return;
        }
        // One statement, so concurrent opens never lose a count. A paused edition has reached some readers already.
        await db.Database.ExecuteSqlAsync(
            $"UPDATE digest_editions SET open_count = open_count + 1 WHERE id = {editionId} AND status IN ('Sending', 'Paused', 'Sent')",
            cancellationToken);
    }
}
