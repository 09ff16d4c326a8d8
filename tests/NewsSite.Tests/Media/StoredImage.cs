using SkiaSharp;

namespace NewsSite.Tests.Media;

/// <summary>An image file read back: its format, size, frames and what metadata it carries.</summary>
internal sealed record StoredImage(SKEncodedImageFormat Format, int Width, int Height, int Frames, ImageMetadata Metadata)
{
    public static StoredImage Read(string path) => Of(File.ReadAllBytes(path));

    public static StoredImage Of(byte[] file)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(file), out var result)
            ?? throw new InvalidDataException($"Skia could not read the image: {result}.");
        // Skia counts the frames of animations only.
        return new(codec.EncodedFormat, codec.Info.Width, codec.Info.Height, Math.Max(1, codec.FrameCount), ImageMetadata.Find(file, codec.EncodedFormat));
    }

    /// <summary>The pixels as stored, without converting them from any colour profile.</summary>
    public static SKBitmap Pixels(byte[] file)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(file)) ?? throw new InvalidDataException("Skia could not read the image.");
        var pixels = new SKBitmap(new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var result = codec.GetPixels(pixels.Info, pixels.GetPixels());
        return result == SKCodecResult.Success ? pixels : throw new InvalidDataException($"Skia could not decode the image: {result}.");
    }
}
