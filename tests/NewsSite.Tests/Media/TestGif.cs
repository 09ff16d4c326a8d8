using System.Text;
using SkiaSharp;

namespace NewsSite.Tests.Media;

/// <summary>
/// Writes GIF files, which Skia can read but not write: a 256-colour palette (3 bits of red, 3 of green, 2 of
/// blue), LZW-compressed frames and the blocks around them, so tests can add the ones they need.
/// </summary>
internal static class TestGif
{
    public static readonly SKColor Orange = new(255, 146, 0);
    public static readonly SKColor Navy = new(0, 0, 170);

    /// <summary>A still GIF of the picture, its colours rounded to the palette.</summary>
    public static byte[] Still(SKBitmap picture)
    {
        var indices = new byte[picture.Width * picture.Height];
        for (var y = 0; y < picture.Height; y++)
        {
            for (var x = 0; x < picture.Width; x++)
            {
                indices[y * picture.Width + x] = Index(picture.GetPixel(x, y));
            }
        }
        return File(picture.Width, picture.Height, [], [Frame(picture.Width, picture.Height, indices)]);
    }

    /// <summary>An animation of full-size frames of one colour each, a tenth of a second each, looping for ever.</summary>
    public static byte[] Animation(int width, int height, IReadOnlyList<SKColor> frames, IReadOnlyList<byte[]> extraBlocks) =>
        File(width, height, [.. extraBlocks, Loop(0)], [.. frames.Select(c => (byte[])[.. Control(10), .. Frame(width, height, Solid(width * height, c))])]);

    public static byte[] File(int width, int height, IReadOnlyList<byte[]> blocksBeforeFrames, IReadOnlyList<byte[]> frames)
    {
        var output = new List<byte>();
        output.AddRange("GIF89a"u8.ToArray());
        output.AddRange([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0xF7, 0, 0]); // global table of 256 colours
        output.AddRange(Palette());
        foreach (var block in blocksBeforeFrames)
        {
            output.AddRange(block);
        }
        foreach (var frame in frames)
        {
            output.AddRange(frame);
        }
        output.Add(0x3B);
        return [.. output];
    }

    /// <summary>An image descriptor covering the whole canvas, then the LZW code size and the compressed indices in sub-blocks.</summary>
    public static byte[] Frame(int width, int height, byte[] indices) => Frame(0, 0, width, height, indices);

    /// <summary>An image descriptor for part of the canvas.</summary>
    public static byte[] Frame(int left, int top, int width, int height, byte[] indices) =>
        [0x2C, (byte)left, (byte)(left >> 8), (byte)top, (byte)(top >> 8), (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0, 8,
            .. SubBlocks(Lzw(indices))];

    /// <summary>
    /// A graphic control extension: the delay in hundredths of a second, and how the frame is disposed of after
    /// showing (1 kept, 2 cleared to the background, 3 restored to what was there before).
    /// </summary>
    public static byte[] Control(int delay, int disposal = 1) =>
        [0x21, 0xF9, 4, (byte)(disposal << 2), (byte)delay, (byte)(delay >> 8), 0, 0];

    public static byte[] Loop(int count) => [0x21, 0xFF, 11, .. "NETSCAPE2.0"u8, 3, 1, (byte)count, (byte)(count >> 8), 0];

    public static byte[] Comment(string text) => [0x21, 0xFE, .. SubBlocks(Encoding.ASCII.GetBytes(text))];

    /// <summary>An application extension, such as <c>XMP DataXMP</c> or <c>ICCRGBG1012</c>, with its data in sub-blocks.</summary>
    public static byte[] Application(string identifierAndCode, byte[] data) =>
        [0x21, 0xFF, 11, .. Encoding.ASCII.GetBytes(identifierAndCode), .. SubBlocks(data)];

    /// <summary>A plain-text extension: a text grid over the picture, with its text in sub-blocks.</summary>
    public static byte[] PlainText(string text) => [0x21, 0x01, 12, .. new byte[12], .. SubBlocks(Encoding.ASCII.GetBytes(text))];

    public static byte[] Solid(int count, SKColor colour) => Enumerable.Repeat(Index(colour), count).ToArray();

    public static byte[] SubBlocks(byte[] data)
    {
        var output = new List<byte>();
        for (var i = 0; i < data.Length; i += 255)
        {
            var length = Math.Min(255, data.Length - i);
            output.Add((byte)length);
            output.AddRange(data.AsSpan(i, length));
        }
        output.Add(0);
        return [.. output];
    }

    private static byte Index(SKColor c) => (byte)(((c.Red * 7 + 127) / 255 << 5) | ((c.Green * 7 + 127) / 255 << 2) | ((c.Blue * 3 + 127) / 255));

    private static byte[] Palette()
    {
        var palette = new byte[768];
        for (var i = 0; i < 256; i++)
        {
            palette[i * 3] = (byte)((i >> 5) * 255 / 7);
            palette[i * 3 + 1] = (byte)(((i >> 2) & 7) * 255 / 7);
            palette[i * 3 + 2] = (byte)((i & 3) * 255 / 3);
        }
        return palette;
    }

    /// <summary>Variable-width LZW as GIF uses it, with 8-bit literals, starting afresh when the code table is full.</summary>
    private static byte[] Lzw(byte[] indices)
    {
        const int LiteralBits = 8;
        const int Clear = 1 << LiteralBits;
        const int End = Clear + 1;
        var output = new List<byte>();
        int buffer = 0, bufferedBits = 0, codeBits = LiteralBits + 1, next = End + 1;
        void Write(int code)
        {
            buffer |= code << bufferedBits;
            for (bufferedBits += codeBits; bufferedBits >= 8; bufferedBits -= 8)
            {
                output.Add((byte)buffer);
                buffer >>= 8;
            }
        }
        var table = new Dictionary<int, int>();
        Write(Clear);
        int prefix = indices[0];
        foreach (var index in indices.AsSpan(1))
        {
            var key = (prefix << 8) | index;
            if (table.TryGetValue(key, out var code))
            {
                prefix = code;
                continue;
            }
            Write(prefix);
            if (next < 4096)
            {
                table[key] = next++;
                if (next > 1 << codeBits && codeBits < 12)
                {
                    codeBits++;
                }
            }
            else
            {
                Write(Clear);
                table.Clear();
                (codeBits, next) = (LiteralBits + 1, End + 1);
            }
            prefix = index;
        }
        Write(prefix);
        Write(End);
        if (bufferedBits > 0)
        {
            output.Add((byte)buffer);
        }
        return [.. output];
    }
}
