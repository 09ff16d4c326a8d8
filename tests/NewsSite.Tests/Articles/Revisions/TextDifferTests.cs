using NewsSite.Web.Articles.Revisions;
using static NewsSite.Tests.Articles.Workflow.Segments;

namespace NewsSite.Tests.Articles.Revisions;

public class TextDifferTests
{
    [Fact]
    public void Changed_word_inside_a_line_is_shown_as_that_word()
    {
        var diff = TextDiffer.Compare("The ferry runs at night.\nTickets cost £5.", "The ferry runs at dawn.\nTickets cost £5.\nBook online.");

        Assert.Equal(
            [
                new DiffLine(DiffLineKind.Changed, [Unchanged("The ferry runs at "), Removed("night"), Added("dawn"), Unchanged(".")]),
                new DiffLine(DiffLineKind.Unchanged, [Unchanged("Tickets cost £5.")]),
                new DiffLine(DiffLineKind.Added, [Added("Book online.")]),
            ],
            diff.Lines,
            DiffLineComparer.Instance);
        Assert.True(diff.HasChanges);
    }

    [Fact]
    public void Removed_lines_are_removed_whole()
    {
        var diff = TextDiffer.Compare("Keep.\nDrop this.\nKeep too.", "Keep.\nKeep too.");

        Assert.Equal(
            [
                new DiffLine(DiffLineKind.Unchanged, [Unchanged("Keep.")]),
                new DiffLine(DiffLineKind.Removed, [Removed("Drop this.")]),
                new DiffLine(DiffLineKind.Unchanged, [Unchanged("Keep too.")]),
            ],
            diff.Lines,
            DiffLineComparer.Instance);
    }

    [Fact]
    public void Line_rewritten_without_a_word_in_common_is_removed_and_added_whole()
    {
        var diff = TextDiffer.Compare("Old words here.", "Quite different prose!");

        Assert.Equal(
            [
                new DiffLine(DiffLineKind.Removed, [Removed("Old words here.")]),
                new DiffLine(DiffLineKind.Added, [Added("Quite different prose!")]),
            ],
            diff.Lines,
            DiffLineComparer.Instance);
    }

    [Fact]
    public void Identical_texts_have_no_changes()
    {
        Assert.False(TextDiffer.Compare("Same.\nText.", "Same.\nText.").HasChanges);
    }

    [Theory]
    [InlineData("", "Brand new.\nTwo lines.")]
    [InlineData("Gone.\nAll of it.", "")]
    [InlineData("a b c\nd e f\ng h i", "a x c\nd e f e\nnew\ng h")]
    [InlineData("<script>alert(1)</script> & more", "<b>bold</b> & more, \"quoted\"")]
    [InlineData("One, two; three (four) five?", "One; two, three (for) five!")]
    public void Segments_spell_the_old_text_without_additions_and_the_new_text_without_removals(string oldText, string newText)
    {
        var diff = TextDiffer.Compare(oldText, newText);

        Assert.Equal(Lines(oldText), Spell(diff, DiffKind.Added));
        Assert.Equal(Lines(newText), Spell(diff, DiffKind.Removed));
    }

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.Split('\n');

    /// <summary>The lines the diff spells when segments of <paramref name="skipped"/> kind are left out.</summary>
    private static string[] Spell(TextDiff diff, DiffKind skipped) =>
        diff.Lines
            .Where(line => line.Kind != (skipped == DiffKind.Added ? DiffLineKind.Added : DiffLineKind.Removed))
            .Select(line => string.Concat(line.Segments.Where(s => s.Kind != skipped).Select(s => s.Text)))
            .ToArray();

    /// <summary>Lines are records holding lists, which compare by reference; this compares their segments.</summary>
    private sealed class DiffLineComparer : IEqualityComparer<DiffLine>
    {
        public static readonly DiffLineComparer Instance = new();

        public bool Equals(DiffLine? x, DiffLine? y) => x!.Kind == y!.Kind && x.Segments.SequenceEqual(y.Segments);

        public int GetHashCode(DiffLine obj) => obj.Kind.GetHashCode();
    }
}
