using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;

namespace NewsSite.Tests.Media;

/// <summary>Real images, made and encoded by ImageSharp for each test.</summary>
internal static class TestImages
{
    public static readonly IImageEncoder JpegEncoder = new JpegEncoder { Quality = 90 };
    public static readonly IImageEncoder PngEncoder = new PngEncoder();
    public static readonly IImageEncoder WebpEncoder = new WebpEncoder { FileFormat = WebpFileFormatType.Lossy };
    public static readonly IImageEncoder GifEncoder = new GifEncoder();

    /// <summary>A smooth gradient, so resized copies and lossy encoders have something real to work on.</summary>
    public static Image<Rgba32> Picture(int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgba32((byte)(255 * x / width), (byte)(255 * y / height), (byte)(128 + x % 64), 255);
                }
            }
        });
        return image;
    }

    /// <summary>The left half red and the right half blue: which way up a picture is can then be checked.</summary>
    public static Image<Rgba32> RedLeftBlueRight(int width, int height)
    {
        var image = new Image<Rgba32>(width, height, Color.Blue.ToPixel<Rgba32>());
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                rows.GetRowSpan(y)[..(width / 2)].Fill(Color.Red.ToPixel<Rgba32>());
            }
        });
        return image;
    }

    public static byte[] Encode(Image image, IImageEncoder encoder)
    {
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }

    public static byte[] Encoded(int width, int height, IImageEncoder encoder)
    {
        using var image = Picture(width, height);
        return Encode(image, encoder);
    }

    /// <summary>An animated GIF whose frames alternate between two colours, a tenth of a second each.</summary>
    public static byte[] AnimatedGif(int width, int height, int frames)
    {
        using var animation = new Image<Rgba32>(width, height, Color.Orange.ToPixel<Rgba32>());
        for (var i = 1; i < frames; i++)
        {
            using var frame = new Image<Rgba32>(width, height, (i % 2 == 0 ? Color.Orange : Color.Navy).ToPixel<Rgba32>());
            animation.Frames.AddFrame(frame.Frames.RootFrame);
        }
        foreach (var frame in animation.Frames)
        {
            frame.Metadata.GetGifMetadata().FrameDelay = 10;
        }
        return Encode(animation, GifEncoder);
    }

    /// <summary>Uncompressible noise: a PNG of it is about 4 bytes a pixel.</summary>
    public static byte[] NoisePng(int width, int height)
    {
        var noise = new byte[width * height * 4];
        new Random(7).NextBytes(noise);
        using var image = Image.LoadPixelData<Rgba32>(noise, width, height);
        return Encode(image, PngEncoder);
    }
}
