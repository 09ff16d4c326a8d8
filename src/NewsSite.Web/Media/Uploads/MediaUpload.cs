namespace NewsSite.Web.Media.Uploads;

/// <summary>A file an editor uploads, with the words that go with it.</summary>
/// <param name="Content">The uploaded bytes, read once; the caller disposes the stream.</param>
/// <param name="FileName">
/// The name the file had on the editor's computer. Only its extension is noted, in the log, to show what
/// the editor took the file for; the stored name comes from the content.
/// </param>
/// <param name="AltText">Describes the picture for readers who cannot see it.</param>
/// <param name="Caption">Shown beneath the picture.</param>
/// <param name="Credit">The photographer or agency.</param>
public sealed record MediaUpload(Stream Content, string FileName, string? AltText = null, string? Caption = null, string? Credit = null);
