namespace NewsSite.Web.Media;

/// <summary>Reads a JPEG's width and height from its start-of-frame marker, without decoding the image.</summary>
public static class JpegDimensions
{
    public static (int Width, int Height)? Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.ASCII, leaveOpen: true);
        if (reader.ReadByte() != 0xFF || reader.ReadByte() != 0xD8)
        {
            return null;
        }
        while (stream.Position < stream.Length)
        {
            if (reader.ReadByte() != 0xFF)
            {
                return null;
            }
            var marker = reader.ReadByte();
            var length = ReadBigEndian(reader);
            // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                reader.ReadByte(); // sample precision
                var height = ReadBigEndian(reader);
                var width = ReadBigEndian(reader);
                return (width, height);
            }
            stream.Seek(length - 2, SeekOrigin.Current);
        }
        return null;
    }

    private static int ReadBigEndian(BinaryReader reader) => (reader.ReadByte() << 8) | reader.ReadByte();
}
