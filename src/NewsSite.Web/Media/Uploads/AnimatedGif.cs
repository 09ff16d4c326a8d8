namespace NewsSite.Web.Media.Uploads;

/// <summary>
/// Writes an animated GIF anew from the blocks of the uploaded one, keeping only what the animation needs: the
/// screen descriptor and colour tables, the loop count, and for each frame its timing and transparency, its
/// position and its compressed pixels. Comments, plain-text blocks, XMP and ICC data, any other application's
/// data and whatever follows the trailer are left behind.
/// </summary>
/// <remarks>
/// Skia decodes GIF but cannot encode it, and turning an animation into a still picture would lose what the
/// editor uploaded, so animated GIFs are the one format not re-encoded. Nothing unchecked is served all the
/// same: <see cref="UploadedImage"/> has Skia decode every frame of the rebuilt file, the very bytes stored,
/// and refuses it if any frame fails.
/// </remarks>
internal static class AnimatedGif
{
    private const byte Trailer = 0x3B;
    private const byte ExtensionIntroducer = 0x21;
    private const byte ImageSeparator = 0x2C;
    private const byte GraphicControlLabel = 0xF9;
    private const byte ApplicationLabel = 0xFF;

    /// <summary>The rebuilt file; null when the upload's blocks are not well formed.</summary>
    public static byte[]? Rebuild(byte[] file)
    {
        const int HeaderAndScreenDescriptor = 13;
        if (file.Length < HeaderAndScreenDescriptor)
        {
            return null;
        }
        var screenEnd = HeaderAndScreenDescriptor + ImageFileStructure.ColorTableLength(file[10]);
        if (screenEnd > file.Length)
        {
            return null;
        }
        using var output = new MemoryStream(file.Length);
        output.Write("GIF89a"u8);
        output.Write(file, 6, screenEnd - 6);
        var loopWritten = false;
        byte[]? pendingControl = null;
        var position = screenEnd;
        while (position < file.Length)
        {
            switch (file[position])
            {
                case Trailer:
                    output.WriteByte(Trailer);
                    return output.ToArray();
                case ExtensionIntroducer when position + 2 < file.Length:
                {
                    var end = ImageFileStructure.SkipSubBlocks(file, position + 2);
                    if (end > file.Length)
                    {
                        return null;
                    }
                    switch (file[position + 1])
                    {
                        // Delay, disposal and transparent colour for the image that follows: one sub-block of 4 bytes.
                        // Viewers skip plain-text blocks and apply a control block before one to the next image, as
                        // this does by dropping the text.
                        case GraphicControlLabel:
                            if (file[position + 2] != 4 || end != position + 8)
                            {
                                return null;
                            }
                            pendingControl = file[position..end];
                            break;
                        case ApplicationLabel when !loopWritten && LoopCount(file, position) is { } loops:
                            output.Write([ExtensionIntroducer, ApplicationLabel, 11, .. "NETSCAPE2.0"u8, 3, 1, (byte)loops, (byte)(loops >> 8), 0]);
                            loopWritten = true;
                            break;
                    }
                    position = end;
                    break;
                }
                case ImageSeparator when position + 10 < file.Length:
                {
                    // Descriptor (10 bytes), local colour table, LZW code size, then the compressed pixels in sub-blocks.
                    var pixelsStart = position + 10 + ImageFileStructure.ColorTableLength(file[position + 9]);
                    var end = pixelsStart < file.Length ? ImageFileStructure.SkipSubBlocks(file, pixelsStart + 1) : int.MaxValue;
                    if (end > file.Length)
                    {
                        return null;
                    }
                    if (pendingControl is not null)
                    {
                        output.Write(pendingControl);
                        pendingControl = null;
                    }
                    output.Write(file, position, end - position);
                    position = end;
                    break;
                }
                default:
                    return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The loop count of a Netscape looping extension (also written as ANIMEXTS1.0): an 11-byte application
    /// name, then a 3-byte sub-block holding 1 and the count. Null for any other application's data.
    /// </summary>
    private static int? LoopCount(byte[] file, int position)
    {
        var block = file.AsSpan(position + 2);
        return block.Length >= 17 && block[0] == 11
            && (block[1..12].SequenceEqual("NETSCAPE2.0"u8) || block[1..12].SequenceEqual("ANIMEXTS1.0"u8))
            && block[12] == 3 && block[13] == 1
                ? block[14] | (block[15] << 8)
                : null;
    }
}
