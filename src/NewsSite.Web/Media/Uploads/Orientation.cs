using SkiaSharp;

namespace NewsSite.Web.Media.Uploads;

/// <summary>
/// Cameras store pictures as the sensor saw them and say in EXIF which way up to show them. The stored files
/// carry no EXIF, so the pixels themselves are turned before they are encoded.
/// </summary>
internal static class Orientation
{
    /// <summary>The picture as it is meant to be seen; <paramref name="decoded"/> itself when already upright, else a new bitmap (and it is disposed).</summary>
    public static SKBitmap Upright(SKBitmap decoded, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return decoded;
        }
        float w = decoded.Width, h = decoded.Height;
        // Where each stored pixel (x, y) goes: x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY.
        var turn = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),     // mirrored left to right
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1), // upside down
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),   // mirrored top to bottom
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),       // mirrored across the diagonal
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),     // a quarter turn clockwise
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1), // mirrored across the other diagonal
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),   // a quarter turn anticlockwise
            _ => SKMatrix.Identity,
        };
        if (turn.IsIdentity)
        {
            return decoded;
        }
        var sideways = origin >= SKEncodedOrigin.LeftTop;
        var upright = UploadedImage.Allocate(decoded.Info.WithSize(sideways ? decoded.Height : decoded.Width, sideways ? decoded.Width : decoded.Height));
        using (var canvas = new SKCanvas(upright))
        using (var copy = new SKPaint { BlendMode = SKBlendMode.Src })
        {
            canvas.SetMatrix(in turn);
            canvas.DrawBitmap(decoded, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), copy);
        }
        decoded.Dispose();
        return upright;
    }
}
