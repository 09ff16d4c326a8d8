using System.Globalization;

namespace NewsSite.Web.DemoContent;

/// <summary>
/// A Markdown file that opens with a block of <c>key: value</c> lines between <c>---</c> fences.
/// Deliberately a strict subset of YAML: the demo files are ours, and a typo should fail loudly.
/// </summary>
internal sealed class FrontMatterDocument
{
    private readonly Dictionary<string, string> _fields;

    private FrontMatterDocument(string name, Dictionary<string, string> fields, string body)
    {
        Name = name;
        _fields = fields;
        Body = body;
    }

    public string Name { get; }

    public string Body { get; }

    public static FrontMatterDocument Parse(string name, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new FormatException($"{name}: the file must start with a '---' front-matter block.");
        }
        var closing = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (closing < 0)
        {
            throw new FormatException($"{name}: the front-matter block is not closed with '---'.");
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines[1..closing].Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"{name}: '{line}' is not a 'key: value' line.");
            }
            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return new FrontMatterDocument(name, fields, string.Join('\n', lines[(closing + 1)..]).Trim() + "\n");
    }

    public string Text(string key) =>
        _fields.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"{Name}: the front matter has no '{key}'.");

    public string OptionalText(string key) => _fields.GetValueOrDefault(key, "");

    public int Number(string key) => int.Parse(Text(key), CultureInfo.InvariantCulture);

    public bool Flag(string key) => bool.Parse(OptionalText(key) is { Length: > 0 } v ? v : "false");

    public IReadOnlyList<string> List(string key) =>
        OptionalText(key).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
