namespace NewsSite.Web.Media;

/// <summary>Field lengths shared by the schema and the upload service, which trims editors' text to them.</summary>
public static class MediaAssetLimits
{
    public const int AltTextLength = 500;
    public const int CaptionLength = 500;
    public const int CreditLength = 200;
}
