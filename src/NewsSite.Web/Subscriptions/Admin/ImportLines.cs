using System.Globalization;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>How the import report lists line numbers: the first few hundred, so a large file's report stays readable.</summary>
public static class ImportLines
{
    public const int Shown = 200;

    public static string Describe(IReadOnlyList<int> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var listed = string.Join(", ", lines.Take(Shown).Select(l => l.ToString(CultureInfo.InvariantCulture)));
        return lines.Count > Shown ? $"{listed} and {lines.Count - Shown} more" : listed;
    }
}
