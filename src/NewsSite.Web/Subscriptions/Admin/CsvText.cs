using System.Text;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>
/// CSV as RFC 4180 writes it, made safe for spreadsheets: a cell that starts with = + - @ (or a
/// tab or carriage return) would be run as a formula when the file is opened in Excel or
/// LibreOffice, so it gets a leading apostrophe, which spreadsheets show as plain text.
/// </summary>
public static class CsvText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedQuotes = [',', '"', '\r', '\n'];

    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell));

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && FormulaStarts.Contains(text[0]))
        {
            text = "'" + text;
        }
        return text.IndexOfAny(NeedQuotes) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Takes back the apostrophe <see cref="Cell"/> adds, so an exported file imports as it was.</summary>
    public static string Unguard(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == '\'' && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;
    }

    /// <summary>
    /// The records of a CSV text with the line each starts on (1-based). Quoted cells may hold commas,
    /// doubled quotes and line breaks; blank lines are skipped.
    /// </summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Records(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (line, startLine, position) = (1, 1, 0);
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        while (position < text.Length)
        {
            var c = text[position++];
            if (quoted)
            {
                if (c == '"' && position < text.Length && text[position] == '"')
                {
                    cell.Append('"');
                    position++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && position < text.Length && text[position] == '\n')
                {
                    position++;
                }
                if (cells.Count > 0 || cell.Length > 0)
                {
                    cells.Add(cell.ToString());
                    yield return (startLine, cells);
                }
                (cells, line) = ([], line + 1);
                cell.Clear();
                startLine = line;
            }
            else
            {
                cell.Append(c);
            }
        }
        if (cells.Count > 0 || cell.Length > 0)
        {
            cells.Add(cell.ToString());
            yield return (startLine, cells);
        }
    }
}
