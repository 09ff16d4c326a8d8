using System.Reflection;

namespace NewsSite.Web.DemoContent;

/// <summary>
/// The demo site's texts, embedded in the assembly (see the csproj) so that a published build
/// or container can seed them too. Files are read in name order, which is the order they were written.
/// </summary>
internal static class DemoContentFiles
{
    private const string Prefix = "NewsSite.Web.DemoContent.";
    private static readonly Assembly Assembly = typeof(DemoContentFiles).Assembly;

    public static IEnumerable<string[]> PipeSeparatedRows(string fileName) =>
        Read(fileName).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.TrimStart().StartsWith('#'))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries));

    public static IEnumerable<FrontMatterDocument> Documents(string folder) =>
        Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix + folder + "/", StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => FrontMatterDocument.Parse(name[Prefix.Length..], Read(name[Prefix.Length..])));

    private static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new FileNotFoundException($"Demo content file '{name}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
