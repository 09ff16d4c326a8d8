using System.Buffers.Binary;
using SkiaSharp;

namespace NewsSite.Tests.Media;

/// <summary>How a test image is encoded.</summary>
public enum TestFormat
{
    Jpeg,
    Png,
    LossyWebp,
    LosslessWebp,
    Gif,
}

/// <summary>Real images, drawn for each test and encoded by Skia (GIF, which Skia cannot write, by <see cref="TestGif"/>).</summary>
internal static class TestImages
{
    public static readonly SKColor Red = new(255, 0, 0);
    public static readonly SKColor Green = new(0, 255, 0);
    public static readonly SKColor Blue = new(0, 0, 255);
    public static readonly SKColor Yellow = new(255, 255, 0);

    /// <summary>A smooth gradient, so resized copies and lossy encoders have something real to work on.</summary>
    public static SKBitmap Picture(int width, int height)
    {
        var picture = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = picture.GetPixelSpan();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var pixel = pixels.Slice((y * width + x) * 4, 4);
                pixel[0] = (byte)(255 * x / width);
                pixel[1] = (byte)(255 * y / height);
                pixel[2] = (byte)(128 + x % 64);
                pixel[3] = 255;
            }
        }
        return picture;
    }

    /// <summary>Red top left, green top right, blue bottom left and yellow bottom right: which way up a picture is can then be checked.</summary>
    public static SKBitmap Quadrants(int width, int height)
    {
        var picture = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(picture);
        foreach (var (colour, left, top) in new[] { (Red, 0, 0), (Green, width / 2, 0), (Blue, 0, height / 2), (Yellow, width / 2, height / 2) })
        {
            using var paint = new SKPaint { Color = colour };
            canvas.DrawRect(left, top, width / 2, height / 2, paint);
        }
        return picture;
    }

    public static byte[] Encode(SKBitmap picture, TestFormat format)
    {
        if (format == TestFormat.Gif)
        {
            return TestGif.Still(picture);
        }
        using var pixels = picture.PeekPixels();
        using var encoded = format switch
        {
            TestFormat.Jpeg => pixels.Encode(new SKJpegEncoderOptions(90)),
            TestFormat.Png => pixels.Encode(SKPngEncoderOptions.Default),
            TestFormat.LossyWebp => pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, 90)),
            TestFormat.LosslessWebp => pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossless, 75)),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        } ?? throw new InvalidOperationException($"Skia could not encode {format}.");
        return encoded.ToArray();
    }

    public static byte[] Encoded(int width, int height, TestFormat format)
    {
        using var picture = Picture(width, height);
        return Encode(picture, format);
    }

    /// <summary>An animated GIF whose frames alternate between orange and navy, a tenth of a second each, looping for ever.</summary>
    public static byte[] AnimatedGif(int width, int height, int frames, IReadOnlyList<byte[]>? extraBlocks = null) =>
        TestGif.Animation(width, height, Enumerable.Range(0, frames).Select(i => i % 2 == 0 ? TestGif.Orange : TestGif.Navy).ToArray(), extraBlocks ?? []);

    /// <summary>
    /// An animated WebP of <paramref name="frames"/> frames, each a lossless picture made by Skia, in the container
    /// Skia decodes but cannot write: a VP8X header with the animation flag, ANIM, then one ANMF chunk a frame.
    /// </summary>
    public static byte[] AnimatedWebp(int width, int height, int frames)
    {
        byte[] canvas = [0x02, 0, 0, 0, .. Uint24(width - 1), .. Uint24(height - 1)];
        byte[] body = [.. RiffChunk("VP8X", canvas), .. RiffChunk("ANIM", new byte[6])];
        for (var i = 0; i < frames; i++)
        {
            using var frame = new SKBitmap(width, height);
            frame.Erase(i % 2 == 0 ? SKColors.Orange : SKColors.Navy);
            var still = Encode(frame, TestFormat.LosslessWebp);
            body = [.. body, .. RiffChunk("ANMF", [.. Uint24(0), .. Uint24(0), .. Uint24(width - 1), .. Uint24(height - 1), .. Uint24(100), 0, .. still[12..]])];
        }
        return Riff(body);
    }

    /// <summary>Uncompressible noise: a PNG of it is about 4 bytes a pixel.</summary>
    public static byte[] NoisePng(int width, int height)
    {
        using var noise = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        new Random(7).NextBytes(noise.GetPixelSpan());
        return Encode(noise, TestFormat.Png);
    }

    /// <summary>A WebP file around the given chunks.</summary>
    public static byte[] Riff(byte[] chunks)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, chunks.Length + 4);
        return [.. "RIFF"u8, .. length, .. "WEBP"u8, .. chunks];
    }

    public static byte[] RiffChunk(string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, data.Length);
        return [.. System.Text.Encoding.ASCII.GetBytes(type), .. length, .. data, .. data.Length % 2 == 1 ? new byte[1] : []];
    }

    private static byte[] Uint24(int value) => [(byte)value, (byte)(value >> 8), (byte)(value >> 16)];
}
