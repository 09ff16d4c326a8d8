using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;

namespace NewsSite.Tests.Media;

/// <summary>A file the media library wrote, read back: its format, size, frames and what metadata survived.</summary>
internal sealed record StoredImage(string FormatName, int Width, int Height, int Frames, bool HasExif, bool HasXmp, bool HasIcc)
{
    public static StoredImage Read(string path)
    {
        using var image = Image.Load(File.ReadAllBytes(path), out IImageFormat format);
        return new StoredImage(format.Name, image.Width, image.Height, image.Frames.Count,
            image.Metadata.ExifProfile is not null, image.Metadata.XmpProfile is not null, image.Metadata.IccProfile is not null);
    }
}
