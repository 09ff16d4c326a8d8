using System.Buffers.Binary;

namespace NewsSite.Web.Media.Uploads;

/// <summary>
/// Checks that an image file is whole. ImageSharp's decoders fill in what is missing from a JPEG, GIF or
/// WebP cut short, so an interrupted upload would otherwise be stored as a picture with a grey band;
/// these checks read only the file's structure, never its pixels. Each returns the number of frames,
/// or null when the file ends early.
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

    /// <summary>ImageSharp's PNG decoder already refuses a file without all of its chunks.</summary>
    public static int? PngFrames(byte[] file) => OneFrame;

    /// <summary>A WebP file starts by stating its own length (after the first 8 bytes).</summary>
    public static int? WebpFrames(byte[] file)
    {
        var declaredLength = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4, 4)) + 8L;
        return file.Length >= declaredLength ? OneFrame : null;
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

    private static int ColorTableLength(byte packedFields) =>
        (packedFields & 0x80) == 0 ? 0 : 3 * (1 << ((packedFields & 0x07) + 1));

    /// <returns>The position after the terminating empty sub-block, or past the end of the file when there is none.</returns>
    private static int SkipSubBlocks(byte[] file, int position)
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
