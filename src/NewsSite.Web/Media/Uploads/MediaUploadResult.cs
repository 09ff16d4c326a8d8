using System.Diagnostics.CodeAnalysis;

namespace NewsSite.Web.Media.Uploads;

/// <summary>What became of an upload: the stored <see cref="MediaAsset"/>, or why it was refused.</summary>
public sealed class MediaUploadResult
{
    private MediaUploadResult(MediaAsset? asset, bool alreadyInLibrary, MediaUploadRefusal? refusal)
    {
        Asset = asset;
        AlreadyInLibrary = alreadyInLibrary;
        Refusal = refusal;
    }

    public MediaAsset? Asset { get; }

    /// <summary>
    /// The same picture had already been uploaded this month: <see cref="Asset"/> is that earlier entry,
    /// with its own alt text, caption and credit, and nothing new was stored.
    /// </summary>
    public bool AlreadyInLibrary { get; }

    public MediaUploadRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Asset))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Asset is not null;

    internal static MediaUploadResult Stored(MediaAsset asset, bool alreadyInLibrary) => new(asset, alreadyInLibrary, null);

    internal static MediaUploadResult Refused(MediaUploadRefusal refusal) => new(null, false, refusal);
}
