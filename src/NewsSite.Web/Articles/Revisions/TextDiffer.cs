using DiffPlex;
using DiffPlex.Chunkers;

namespace NewsSite.Web.Articles.Revisions;

/// <summary>
/// Compares two texts by line, then compares the words of each pair of lines that replaced one
/// another, so a one-word correction in a long paragraph shows as that word.
/// </summary>
public static class TextDiffer
{
    public static TextDiff Compare(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var diff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;
        var lines = new List<DiffLine>();
        var oldAt = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; oldAt < block.DeleteStartA; oldAt++)
            {
                lines.Add(Whole(DiffLineKind.Unchanged, DiffKind.Unchanged, oldLines[oldAt]));
            }
            // Deleted and inserted lines are paired in order; what is left over was removed or added outright.
            var paired = Math.Min(block.DeleteCountA, block.InsertCountB);
            for (var i = 0; i < paired; i++)
            {
                AddReplacement(lines, oldLines[oldAt + i], newLines[block.InsertStartB + i]);
            }
            for (var i = paired; i < block.DeleteCountA; i++)
            {
                lines.Add(Whole(DiffLineKind.Removed, DiffKind.Removed, oldLines[oldAt + i]));
            }
            for (var i = paired; i < block.InsertCountB; i++)
            {
                lines.Add(Whole(DiffLineKind.Added, DiffKind.Added, newLines[block.InsertStartB + i]));
            }
            oldAt += block.DeleteCountA;
        }
        for (; oldAt < oldLines.Count; oldAt++)
        {
            lines.Add(Whole(DiffLineKind.Unchanged, DiffKind.Unchanged, oldLines[oldAt]));
        }
        return new TextDiff(lines);
    }

    /// <summary>
    /// A line rewritten in part shows its changed words; one that shares no word with its
    /// replacement (spaces and punctuation aside) reads better as the old line removed and the new one added.
    /// </summary>
    private static void AddReplacement(List<DiffLine> lines, string oldLine, string newLine)
    {
        var words = CompareWords(oldLine, newLine);
        if (words.Any(s => s.Kind == DiffKind.Unchanged && s.Text.Any(char.IsLetterOrDigit)))
        {
            lines.Add(new DiffLine(DiffLineKind.Changed, words));
        }
        else
        {
            lines.Add(Whole(DiffLineKind.Removed, DiffKind.Removed, oldLine));
            lines.Add(Whole(DiffLineKind.Added, DiffKind.Added, newLine));
        }
    }

    private static DiffLine Whole(DiffLineKind lineKind, DiffKind kind, string text) => new(lineKind, [new DiffSegment(kind, text)]);

    private static List<DiffSegment> CompareWords(string oldLine, string newLine)
    {
        // The word chunker keeps spaces and punctuation as pieces of their own, so the pieces join back into the lines.
        var diff = Differ.Instance.CreateDiffs(oldLine, newLine, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var segments = new List<DiffSegment>();
        var oldAt = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Append(segments, DiffKind.Unchanged, diff.PiecesOld, oldAt, block.DeleteStartA - oldAt);
            Append(segments, DiffKind.Removed, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Append(segments, DiffKind.Added, diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldAt = block.DeleteStartA + block.DeleteCountA;
        }
        Append(segments, DiffKind.Unchanged, diff.PiecesOld, oldAt, diff.PiecesOld.Count - oldAt);
        return segments;
    }

    /// <summary>Adds the pieces as one segment, or to the last one when it is of the same kind.</summary>
    private static void Append(List<DiffSegment> segments, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
