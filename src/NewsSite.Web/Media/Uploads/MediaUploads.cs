using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NewsSite.Web.Data;

namespace NewsSite.Web.Media.Uploads;

/// <summary>
/// Takes an editor's upload and, when it is a genuine JPEG, PNG, WebP or GIF image of a sensible size,
/// stores it re-encoded, with smaller copies, under a name made from its content, and records it as a
/// <see cref="MediaAsset"/>. A still GIF is stored as PNG; an animated GIF is stored rebuilt from its
/// checked blocks, without smaller copies (see <see cref="UploadedImage"/>). Anything else is refused
/// with a sentence the editor can act on.
/// </summary>
public sealed partial class MediaUploads(
    NewsDbContext db, MediaStorage storage, IOptions<MediaOptions> options, TimeProvider time, ILogger<MediaUploads> logger)
{
    private readonly MediaOptions _limits = options.Value;

    public async Task<MediaUploadResult> UploadAsync(MediaUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var file = await UploadedImage.ReadWithinLimitAsync(upload.Content, _limits.MaxFileSizeBytes, cancellationToken);
        if (file is null)
        {
            return Refuse(upload, MediaUploadRefusal.TooLarge(_limits));
        }
        if (!UploadedImage.TryDecode(file, _limits, out var image, out var refusal))
        {
            return Refuse(upload, refusal);
        }
        using (image)
        {
            return await StoreAsync(image, upload, cancellationToken);
        }
    }

    private async Task<MediaUploadResult> StoreAsync(UploadedImage image, MediaUpload upload, CancellationToken cancellationToken)
    {
        var renditions = ImageRenditions.Create(image);
        var original = renditions[0];
        var relativePath = RelativePath(original.Content, image.StoredFormat);
        var path = MediaStorage.UrlPath(relativePath);
        if (await FindAsync(path, cancellationToken) is { } existing)
        {
            return MediaUploadResult.Stored(existing, alreadyInLibrary: true);
        }

        var asset = new MediaAsset
        {
            Path = path,
            ContentType = image.StoredFormat.ContentType,
            Width = original.Width,
            Height = original.Height,
            AltText = MediaText.Clean(upload.AltText, MediaAssetLimits.AltTextLength),
            Caption = MediaText.Clean(upload.Caption, MediaAssetLimits.CaptionLength),
            Credit = MediaText.Clean(upload.Credit, MediaAssetLimits.CreditLength),
            CreatedAt = time.GetUtcNow(),
            VariantWidths = [.. renditions.Skip(1).Select(r => r.Width)],
        };
        var files = new PendingMediaFiles(storage);
        try
        {
            await files.WriteAsync(relativePath, original.Content, cancellationToken);
            foreach (var variant in renditions.Skip(1))
            {
                await files.WriteAsync(ResponsiveImage.VariantPath(relativePath, variant.Width), variant.Content, cancellationToken);
            }
            db.MediaAssets.Add(asset);
            // Once the files are in place the row is saved even if the editor gives up waiting, so that
            // files and row never disagree.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same picture was saved by another upload between the look-up and this save. Its row uses
            // these very files, so they stay.
            db.Entry(asset).State = EntityState.Detached;
            if (await FindAsync(path, CancellationToken.None) is not { } stored)
            {
                throw;
            }
            return MediaUploadResult.Stored(stored, alreadyInLibrary: true);
        }
        catch
        {
            db.Entry(asset).State = EntityState.Detached;
            files.RemoveAll();
            LogNotSaved(logger, path);
            throw;
        }
        LogStored(logger, path, asset.ContentType, asset.Width, asset.Height, asset.VariantWidths.Length);
        return MediaUploadResult.Stored(asset, alreadyInLibrary: false);
    }

    private Task<MediaAsset?> FindAsync(string path, CancellationToken cancellationToken) =>
        db.MediaAssets.AsNoTracking().FirstOrDefaultAsync(m => m.Path == path, cancellationToken);

    /// <summary>
    /// <c>2026/11/3fa4c1d2e5b6a7f8.jpg</c>: the month keeps folders small, and 16 hex digits of the stored
    /// bytes' SHA-256 name the file, so a name never changes meaning and can be cached for good.
    /// </summary>
    private string RelativePath(byte[] content, MediaImageFormat format)
    {
        var month = time.GetUtcNow();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
        return $"{month:yyyy}/{month:MM}/{hash}{format.Extension}";
    }

    private MediaUploadResult Refuse(MediaUpload upload, MediaUploadRefusal refusal)
    {
        LogRefused(logger, DeclaredExtension(upload.FileName), refusal.Reason);
        return MediaUploadResult.Refused(refusal);
    }

    /// <summary>
    /// Only the extension of the uploaded name reaches the log (a name can be personal, or crafted to
    /// mislead whoever reads the log), and only when it is a plain one.
    /// </summary>
    private static string DeclaredExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return extension.Length is > 1 and <= 10 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : "(none)";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a media upload named *{DeclaredExtension}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string declaredExtension, MediaUploadRefusalReason reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored media {Path} ({ContentType}, {Width}x{Height}, {VariantCount} smaller copies)")]
    private static partial void LogStored(ILogger logger, string path, string contentType, int width, int height, int variantCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record media {Path}; the files written for it were removed")]
    private static partial void LogNotSaved(ILogger logger, string path);
}
