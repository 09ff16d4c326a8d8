using System.Text;
using NewsSite.Web.Subscriptions.Addresses;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>A row of an import file that can be imported: its line, the normalised address and the digest it asks for.</summary>
public sealed record ImportCandidate(int Line, string Address, DigestFrequency Frequency);

/// <summary>A row that cannot be imported, and why (the reason never repeats the address).</summary>
public sealed record ImportProblem(int Line, string Reason);

/// <summary>An import file read into rows: those to import, those refused, and repeats of earlier rows.</summary>
public sealed record SubscriberImportFile(IReadOnlyList<ImportCandidate> Candidates, IReadOnlyList<ImportProblem> Invalid, IReadOnlyList<int> RepeatedLines)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 100_000;
    public const string EmailColumn = "email";
    public const string FrequencyColumn = "frequency";

    /// <summary>
    /// Reads a CSV file with a header row naming an <c>email</c> column and, optionally, a
    /// <c>frequency</c> column (daily or weekly; daily when empty), as the export writes them.
    /// Returns the reason the whole file is refused, or the rows.
    /// </summary>
    public static async Task<(SubscriberImportFile? File, string? Refusal)> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var records = CsvText.Records(await reader.ReadToEndAsync(cancellationToken)).ToList();
        if (records.Count == 0)
        {
            return (null, "The file is empty.");
        }
        var header = records[0].Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        var (emailAt, frequencyAt) = (header.IndexOf(EmailColumn), header.IndexOf(FrequencyColumn));
        if (emailAt < 0)
        {
            return (null, "The first line must name the columns, one of them \"email\" (and, if you like, \"frequency\").");
        }
        if (records.Count - 1 > MaxRows)
        {
            return (null, $"The file has {records.Count - 1:N0} rows; import at most {MaxRows:N0} at a time.");
        }
        var (candidates, invalid, repeated) = (new List<ImportCandidate>(), new List<ImportProblem>(), new List<int>());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in records.Skip(1))
        {
            var address = SubscriberAddress.Read(CsvText.Unguard(Cell(cells, emailAt)));
            var frequency = ReadFrequency(CsvText.Unguard(Cell(cells, frequencyAt)));
            if (address.Problem is not null || frequency is null)
            {
                invalid.Add(new ImportProblem(line, address.Problem ?? "The frequency must be daily or weekly."));
            }
            else if (!seen.Add(address.Address!))
            {
                repeated.Add(line);
            }
            else
            {
                candidates.Add(new ImportCandidate(line, address.Address!, frequency.Value));
            }
        }
        return (new SubscriberImportFile(candidates, invalid, repeated), null);
    }

    private static string Cell(IReadOnlyList<string> cells, int index) => index >= 0 && index < cells.Count ? cells[index] : "";

    private static DigestFrequency? ReadFrequency(string text) =>
        text.Trim().Length == 0 ? DigestFrequency.Daily
        : Enum.TryParse<DigestFrequency>(text.Trim(), ignoreCase: true, out var frequency) && Enum.IsDefined(frequency) ? frequency
        : null;
}
