using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using SkiaSharp;

namespace NewsSite.Tests.Media;

/// <summary>
/// The metadata an image file carries besides its pixels, found by walking the file's own structure: EXIF,
/// XMP, an ICC colour profile, and free text (JPEG and GIF comments, PNG text chunks, GIF plain text).
/// </summary>
internal sealed record ImageMetadata(bool Exif, bool Xmp, bool Icc, bool Text)
{
    public const string Artist = "Secret Photographer";
    public const string CreatorTool = "SecretTool";
    public const string Comment = "Secret comment";

    public static readonly string XmpPacket =
        $"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description><CreatorTool>{CreatorTool}</CreatorTool></rdf:Description></rdf:RDF></x:xmpmeta>""";

    private const string XmpJpegNamespace = "http://ns.adobe.com/xap/1.0/\0";
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageMetadata Find(byte[] file, SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => InJpeg(file),
        SKEncodedImageFormat.Png => InPng(file),
        SKEncodedImageFormat.Webp => InWebp(file),
        SKEncodedImageFormat.Gif => InGif(file),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>
    /// The image with EXIF (the artist, GPS position and <paramref name="orientation"/>), XMP, an ICC profile and a
    /// comment added, each the way its format carries them. GIF has no EXIF; the others get all four.
    /// </summary>
    public static byte[] AddTo(byte[] image, SKEncodedImageFormat format, ushort? orientation = null) => format switch
    {
        SKEncodedImageFormat.Jpeg => IntoJpeg(image, ExifData(orientation), XmpPacket, DisplayP3Profile(), Comment),
        SKEncodedImageFormat.Png => IntoPng(image, ExifData(orientation), XmpPacket, DisplayP3Profile(), Comment),
        SKEncodedImageFormat.Webp => IntoWebp(image, ExifData(orientation), XmpPacket, DisplayP3Profile()),
        SKEncodedImageFormat.Gif => IntoGif(image, XmpPacket, DisplayP3Profile(), Comment),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>
    /// A little-endian TIFF structure as EXIF stores it: the first directory with the orientation, if any, the
    /// artist and a pointer to the GPS directory, which holds a latitude of 51° 30′ 2″ N.
    /// </summary>
    public static byte[] ExifData(ushort? orientation = null)
    {
        var entries = new List<(ushort Tag, ushort Type, uint Count, byte[] Value)>();
        if (orientation is { } turn)
        {
            entries.Add((0x0112, 3, 1, BitConverter.GetBytes(turn)));
        }
        entries.Add((0x013B, 2, (uint)Artist.Length + 1, [.. Encoding.ASCII.GetBytes(Artist), 0]));
        entries.Add((0x8825, 4, 1, [])); // GPS directory, placed after the first directory's data

        var directoryEnd = 8 + 2 + entries.Count * 12 + 4;
        var data = new List<byte>();
        var tiff = new List<byte>();
        tiff.AddRange("II*\0"u8.ToArray());
        tiff.AddRange(BitConverter.GetBytes(8u));
        tiff.AddRange(BitConverter.GetBytes((ushort)entries.Count));
        var gpsPointer = 0;
        foreach (var (tag, type, count, value) in entries)
        {
            tiff.AddRange(BitConverter.GetBytes(tag));
            tiff.AddRange(BitConverter.GetBytes(type));
            tiff.AddRange(BitConverter.GetBytes(count));
            if (tag == 0x8825)
            {
                gpsPointer = tiff.Count;
                tiff.AddRange(new byte[4]);
            }
            else if (value.Length <= 4)
            {
                tiff.AddRange([.. value, .. new byte[4 - value.Length]]);
            }
            else
            {
                tiff.AddRange(BitConverter.GetBytes((uint)(directoryEnd + data.Count)));
                data.AddRange(value);
                data.AddRange(data.Count % 2 == 1 ? [0] : []);
            }
        }
        tiff.AddRange(BitConverter.GetBytes(0u));
        tiff.AddRange(data);

        var gps = tiff.Count;
        byte[] result = [.. tiff,
            .. BitConverter.GetBytes((ushort)2),
            .. BitConverter.GetBytes((ushort)1), .. BitConverter.GetBytes((ushort)2), .. BitConverter.GetBytes(2u), .. "N\0\0\0"u8, // latitude north
            .. BitConverter.GetBytes((ushort)2), .. BitConverter.GetBytes((ushort)5), .. BitConverter.GetBytes(3u), .. BitConverter.GetBytes((uint)(gps + 2 + 2 * 12 + 4)),
            .. BitConverter.GetBytes(0u),
            .. new uint[] { 51, 1, 30, 1, 2, 1 }.SelectMany(BitConverter.GetBytes)];
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(gpsPointer), (uint)gps);
        return result;
    }

    /// <summary>A real ICC profile, for a wide-gamut colour space, as Skia writes it into a JPEG.</summary>
    public static byte[] DisplayP3Profile()
    {
        var jpeg = WideGamutJpeg(SKColors.Gray);
        var segment = JpegSegments(jpeg).First(s => s.Marker == 0xE2 && s.Data.AsSpan().StartsWith("ICC_PROFILE\0"u8));
        return segment.Data[14..]; // after the name, the chunk number and the chunk count
    }

    /// <summary>A JPEG of one colour, given in sRGB, stored in Display P3 with its profile.</summary>
    public static byte[] WideGamutJpeg(SKColor colour, int width = 64, int height = 64)
    {
        var displayP3 = SKColorSpace.CreateRgb(SKColorSpaceTransferFn.Srgb, SKColorSpaceXyz.DisplayP3);
        using var picture = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque, displayP3));
        picture.Erase(colour);
        using var pixels = picture.PeekPixels();
        using var encoded = pixels.Encode(new SKJpegEncoderOptions(100)) ?? throw new InvalidOperationException("Skia could not encode a JPEG.");
        return encoded.ToArray();
    }

    /// <summary>A JPEG with an EXIF segment right after its start marker, as cameras write it.</summary>
    public static byte[] JpegWithExif(byte[] jpeg, ushort? orientation) =>
        [.. jpeg[..2], .. JpegSegment(0xE1, [.. "Exif\0\0"u8, .. ExifData(orientation)]), .. jpeg[2..]];

    private static byte[] IntoJpeg(byte[] jpeg, byte[] exif, string xmp, byte[] icc, string comment) =>
    [
        .. jpeg[..2],
        .. JpegSegment(0xE1, [.. "Exif\0\0"u8, .. exif]),
        .. JpegSegment(0xE1, [.. Encoding.ASCII.GetBytes(XmpJpegNamespace), .. Encoding.UTF8.GetBytes(xmp)]),
        .. JpegSegment(0xE2, [.. "ICC_PROFILE\0"u8, 1, 1, .. icc]),
        .. JpegSegment(0xFE, Encoding.ASCII.GetBytes(comment)),
        .. jpeg[2..],
    ];

    private static byte[] JpegSegment(byte marker, byte[] data) => [0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2), .. data];

    private static ImageMetadata InJpeg(byte[] file)
    {
        var segments = JpegSegments(file).ToList();
        return new(
            segments.Any(s => s.Marker == 0xE1 && s.Data.AsSpan().StartsWith("Exif\0"u8)),
            segments.Any(s => s.Marker == 0xE1 && s.Data.AsSpan().StartsWith(Encoding.ASCII.GetBytes(XmpJpegNamespace))),
            segments.Any(s => s.Marker == 0xE2 && s.Data.AsSpan().StartsWith("ICC_PROFILE\0"u8)),
            segments.Any(s => s.Marker == 0xFE));
    }

    /// <summary>The segments before the first scan, each marker with its data.</summary>
    private static IEnumerable<(byte Marker, byte[] Data)> JpegSegments(byte[] file)
    {
        for (var position = 2; position + 4 <= file.Length && file[position] == 0xFF && file[position + 1] != 0xDA;)
        {
            var length = (file[position + 2] << 8) | file[position + 3];
            yield return (file[position + 1], file[(position + 4)..(position + 2 + length)]);
            position += 2 + length;
        }
    }

    private static byte[] IntoPng(byte[] png, byte[] exif, string xmp, byte[] icc, string comment)
    {
        const int SignatureAndHeader = 8 + 25;
        return
        [
            .. png[..SignatureAndHeader],
            .. PngChunk("iCCP", [.. "ICC\0"u8, 0, .. Deflated(icc)]),
            .. PngChunk("eXIf", exif),
            .. PngChunk("iTXt", [.. "XML:com.adobe.xmp\0"u8, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(xmp)]),
            .. PngChunk("tEXt", [.. "Comment\0"u8, .. Encoding.ASCII.GetBytes(comment)]),
            .. png[SignatureAndHeader..],
        ];
    }

    public static byte[] PngChunk(string type, byte[] data)
    {
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typeAndData));
        return [.. length, .. typeAndData, .. crc];
    }

    public static byte[] Deflated(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    private static ImageMetadata InPng(byte[] file)
    {
        var chunks = new List<(string Type, byte[] Data)>();
        for (var position = PngSignature.Length; position + 12 <= file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(position));
            chunks.Add((Encoding.ASCII.GetString(file, position + 4, 4), file[(position + 8)..(position + 8 + length)]));
            position += 12 + length;
        }
        bool IsXmp((string Type, byte[] Data) c) => c.Type == "iTXt" && c.Data.AsSpan().StartsWith("XML:com.adobe.xmp\0"u8);
        return new(
            chunks.Any(c => c.Type == "eXIf" || (c.Type is "zTXt" or "tEXt" && c.Data.AsSpan().StartsWith("Raw profile type exif"u8))),
            chunks.Any(IsXmp),
            chunks.Any(c => c.Type == "iCCP"),
            chunks.Any(c => c.Type is "tEXt" or "zTXt" or "iTXt" && !IsXmp(c)));
    }

    /// <summary>
    /// Turns a simple WebP (one VP8 or VP8L chunk) into the extended form that can carry metadata: a VP8X header
    /// whose flags announce an ICC profile, EXIF and XMP, then the ICCP chunk, the image, and EXIF and XMP chunks.
    /// </summary>
    private static byte[] IntoWebp(byte[] webp, byte[] exif, string xmp, byte[] icc)
    {
        var image = webp[12..];
        var type = Encoding.ASCII.GetString(image, 0, 4);
        using var codec = SKCodec.Create(new SKMemoryStream(webp));
        var (width, height) = (codec.Info.Width - 1, codec.Info.Height - 1);
        if (type is not ("VP8 " or "VP8L"))
        {
            throw new ArgumentException("Only a simple WebP can be given metadata here.", nameof(webp));
        }
        const byte IccFlag = 0x20, ExifFlag = 0x08, XmpFlag = 0x04;
        byte[] header = [IccFlag | ExifFlag | XmpFlag, 0, 0, 0, (byte)width, (byte)(width >> 8), (byte)(width >> 16), (byte)height, (byte)(height >> 8), (byte)(height >> 16)];
        return TestImages.Riff([
            .. TestImages.RiffChunk("VP8X", header),
            .. TestImages.RiffChunk("ICCP", icc),
            .. image,
            .. TestImages.RiffChunk("EXIF", exif),
            .. TestImages.RiffChunk("XMP ", Encoding.UTF8.GetBytes(xmp)),
        ]);
    }

    private static ImageMetadata InWebp(byte[] file)
    {
        var types = new List<string>();
        for (var position = 12; position + 8 <= file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(position + 4));
            types.Add(Encoding.ASCII.GetString(file, position, 4));
            position += 8 + length + (length & 1);
        }
        return new(types.Contains("EXIF"), types.Contains("XMP "), types.Contains("ICCP"), false);
    }

    /// <summary>XMP, an ICC profile and a comment in the blocks GIF writers use for them, before the first frame; plain text over it.</summary>
    private static byte[] IntoGif(byte[] gif, string xmp, byte[] icc, string comment)
    {
        var screenEnd = 13 + 768;
        return
        [
            .. gif[..screenEnd],
            .. TestGif.Application("XMP DataXMP", Encoding.UTF8.GetBytes(xmp)),
            .. TestGif.Application("ICCRGBG1012", icc),
            .. TestGif.Comment(comment),
            .. TestGif.PlainText(comment),
            .. gif[screenEnd..],
        ];
    }

    private static ImageMetadata InGif(byte[] file)
    {
        bool xmp = false, icc = false, text = false;
        for (var position = 13 + (((file[10] & 0x80) == 0) ? 0 : 3 * (1 << ((file[10] & 7) + 1))); position < file.Length && file[position] != 0x3B;)
        {
            if (file[position] == 0x21)
            {
                var label = file[position + 1];
                xmp |= label == 0xFF && file.AsSpan(position + 3).StartsWith("XMP DataXMP"u8);
                icc |= label == 0xFF && file.AsSpan(position + 3).StartsWith("ICCRGBG1012"u8);
                text |= label is 0xFE or 0x01;
                position = SkipSubBlocks(file, position + 2);
            }
            else
            {
                var tableLength = (file[position + 9] & 0x80) == 0 ? 0 : 3 * (1 << ((file[position + 9] & 7) + 1));
                position = SkipSubBlocks(file, position + 10 + tableLength + 1);
            }
        }
        return new(false, xmp, icc, text);
    }

    private static int SkipSubBlocks(byte[] file, int position)
    {
        while (file[position] != 0)
        {
            position += 1 + file[position];
        }
        return position + 1;
    }
}
