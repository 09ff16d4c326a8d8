using System.Diagnostics.CodeAnalysis;
using SixLabors.ImageSharp;

namespace NewsSite.Web.Media.Uploads;

/// <summary>
/// An uploaded file that proved to be a whole image of an accepted format and size: its bytes were
/// recognised by their signature, its structure checked, its dimensions read from the header and
/// found reasonable, and only then decoded in full.
/// </summary>
internal sealed class UploadedImage : IDisposable
{
    private UploadedImage(Image image, MediaImageFormat format)
    {
        Image = image;
        Format = format;
    }

    public Image Image { get; }

    public MediaImageFormat Format { get; }

    public void Dispose() => Image.Dispose();

    /// <summary>Reads the upload, at most one byte past the size limit, so an oversized file is never held whole.</summary>
    public static async Task<byte[]?> ReadWithinLimitAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static bool TryDecode(
        byte[] file, MediaOptions limits, [NotNullWhen(true)] out UploadedImage? image, [NotNullWhen(false)] out MediaUploadRefusal? refusal)
    {
        image = null;
        if (file.Length == 0)
        {
            refusal = MediaUploadRefusal.Empty;
            return false;
        }
        if (MediaImageFormat.Recognise(file) is not { } format)
        {
            refusal = MediaUploadRefusal.NotAnImage;
            return false;
        }
        try
        {
            refusal = CheckBeforeDecoding(file, format, limits);
            if (refusal is not null)
            {
                return false;
            }
            image = new UploadedImage(format.Decoder.Decode(Configuration.Default, new MemoryStream(file, writable: false), CancellationToken.None), format);
            return true;
        }
        catch (NotSupportedException)
        {
            refusal = MediaUploadRefusal.Unsupported;
            return false;
        }
        // On crafted or damaged input the decoders throw more than their documented ImageFormatException
        // (NullReferenceException, IndexOutOfRangeException and ArgumentException were all seen); to the
        // editor each means the same thing. Running out of memory is not the file's fault.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            refusal = MediaUploadRefusal.Damaged;
            return false;
        }
    }

    private static MediaUploadRefusal? CheckBeforeDecoding(byte[] file, MediaImageFormat format, MediaOptions limits)
    {
        if (format.CountFrames(file) is not { } frames)
        {
            return MediaUploadRefusal.Damaged;
        }
        var header = format.HeaderReader.Identify(Configuration.Default, new MemoryStream(file, writable: false), CancellationToken.None);
        if (header is null || header.Width <= 0 || header.Height <= 0)
        {
            return MediaUploadRefusal.Damaged;
        }
        long pixels = (long)header.Width * header.Height;
        if (header.Width > limits.MaxSidePixels || header.Height > limits.MaxSidePixels || pixels > limits.MaxMegapixels * 1_000_000L)
        {
            return MediaUploadRefusal.TooManyPixels(limits);
        }
        return frames * pixels > limits.MaxAnimationMegapixels * 1_000_000L ? MediaUploadRefusal.TooManyFrames : null;
    }
}
