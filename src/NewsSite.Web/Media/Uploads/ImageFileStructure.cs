using System.Buffers.Binary;
using System.Text;

namespace NewsSite.Web.Media.Uploads;

/// <summary>
/// Checks that an image file is whole before any of it is decoded. Skia's decoders fill in what is missing
/// from a file cut short and say so only in their result, which <see cref="UploadedImage"/> also checks; these
/// checks read only the file's structure, never its pixels, and count the frames an animation will need
/// decoding before a single one is. Each returns the number of frames, or null when the file ends early.
/// </summary>
internal static class ImageFileStructure
{
    private const int OneFrame = 1;

    /// <summary>
    /// Walks a JPEG's segments from the start-of-image marker to the end-of-image marker, skipping each
    /// scan's compressed data. Whatever follows the end marker (phones append videos and depth maps there)
    /// is ignored, as re-encoding drops it.
    /// </summary>
    public static int? JpegFrames(byte[] file)
    {
        var position = 2;
        while (position + 1 < file.Length)
        {
            if (file[position] != 0xFF)
            {
                return null;
            }
            var marker = file[position + 1];
            if (marker == 0xD9)
            {
                return OneFrame;
            }
            if (marker == 0xFF || IsStandaloneMarker(marker))
            {
                position += marker == 0xFF ? 1 : 2; // fill byte, or a marker without a length
                continue;
            }
            if (position + 3 >= file.Length)
            {
                return null;
            }
            position += 2 + ((file[position + 2] << 8) | file[position + 3]);
            if (marker == 0xDA)
            {
                position = EndOfScanData(file, position);
            }
        }
        return null;
    }

    private static bool IsStandaloneMarker(byte marker) => marker is 0x01 or (>= 0xD0 and <= 0xD7);

    /// <summary>Scan data runs until a 0xFF that is neither a stuffed 0xFF 0x00 nor a restart marker.</summary>
    private static int EndOfScanData(byte[] file, int position)
    {
        while (position < file.Length)
        {
            var next = file.AsSpan(position).IndexOf((byte)0xFF);
            if (next < 0 || position + next + 1 >= file.Length)
            {
                return file.Length;
            }
            position += next;
            var following = file[position + 1];
            if (following != 0x00 && !IsStandaloneMarker(following))
            {
                return position;
            }
            position += 2;
        }
        return position;
    }

    /// <summary>
    /// A PNG cut short lacks image data, which Skia's decoder reports as incomplete input. An animated PNG's
    /// extra frames are not decoded: only its default image is, and stored as a still picture.
    /// </summary>
    public static int? PngFrames(byte[] file) => OneFrame;

    /// <summary>
    /// A WebP file states its own length (after the first 8 bytes), then holds chunks: a four-letter type, a
    /// little-endian length and the data, padded to an even length. An animation has one ANMF chunk a frame.
    /// </summary>
    public static int? WebpFrames(byte[] file)
    {
        var frames = 0;
        var images = 0;
        foreach (var chunk in WebpChunks(file))
        {
            switch (chunk)
            {
                case null:
                    return null;
                case "ANMF":
                    frames++;
                    break;
                case "VP8 " or "VP8L":
                    images++;
                    break;
            }
        }
        return frames > 0 ? frames : images > 0 ? OneFrame : null;
    }

    /// <summary>
    /// Whether a still WebP was compressed losslessly (a VP8L image chunk) rather than lossily (VP8, with or
    /// without a separate alpha chunk), so that it can be stored the same way.
    /// </summary>
    public static bool IsLosslessWebp(byte[] file) =>
        WebpChunks(file).FirstOrDefault(c => c is null or "VP8 " or "VP8L") == "VP8L";

    /// <summary>The type of each chunk up to the stated end of the file; null, and no more, for one running past it.</summary>
    private static IEnumerable<string?> WebpChunks(byte[] file)
    {
        const int RiffHeader = 12;
        const int ChunkHeader = 8;
        var end = file.Length >= RiffHeader ? BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4, 4)) + 8L : long.MaxValue;
        if (end > file.Length)
        {
            yield return null;
            yield break;
        }
        long position = RiffHeader;
        while (position + ChunkHeader <= end)
        {
            var length = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)position + 4, 4));
            if (position + ChunkHeader + length > end)
            {
                yield return null;
                yield break;
            }
            yield return Encoding.ASCII.GetString(file, (int)position, 4);
            position += ChunkHeader + length + (length & 1);
        }
    }

    /// <summary>
    /// Walks a GIF's blocks without decompressing them: image descriptors (one per frame) and extensions,
    /// each followed by length-prefixed sub-blocks, up to the trailer byte that ends every complete GIF.
    /// </summary>
    public static int? GifFrames(byte[] file)
    {
        const int HeaderAndScreenDescriptor = 13;
        if (file.Length < HeaderAndScreenDescriptor)
        {
            return null;
        }
        var position = HeaderAndScreenDescriptor + ColorTableLength(file[10]);
        var frames = 0;
        while (position < file.Length)
        {
            switch (file[position])
            {
                case 0x3B: // trailer
                    return frames > 0 ? frames : null;
                case 0x21: // extension: label, then sub-blocks
                    position = SkipSubBlocks(file, position + 2);
                    break;
                case 0x2C: // image descriptor: 9 bytes, optional colour table, LZW code size, then sub-blocks
                    if (position + 10 >= file.Length)
                    {
                        return null;
                    }
                    frames++;
                    position = SkipSubBlocks(file, position + 10 + ColorTableLength(file[position + 9]) + 1);
                    break;
                default:
                    return null;
            }
        }
        return null;
    }

    internal static int ColorTableLength(byte packedFields) =>
        (packedFields & 0x80) == 0 ? 0 : 3 * (1 << ((packedFields & 0x07) + 1));

    /// <returns>The position after the terminating empty sub-block, or past the end of the file when there is none.</returns>
    internal static int SkipSubBlocks(byte[] file, int position)
    {
        while (position < file.Length)
        {
            var length = file[position];
            position += 1 + length;
            if (length == 0)
            {
                return position;
            }
        }
        return int.MaxValue;
    }
}
