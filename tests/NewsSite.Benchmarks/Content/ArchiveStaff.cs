using System.Globalization;
using Npgsql;

namespace NewsSite.Benchmarks.Content;

/// <summary>
/// The bylines and tags of a twenty-year archive, added to the demo's few: a few hundred authors
/// and a few thousand tags, written in one statement each.
/// </summary>
public static class ArchiveStaff
{
    public const int Authors = 300;
    public const int Tags = 3_000;

    private static readonly string[] FirstNames =
    [
        "Aisha", "Ben", "Chloe", "Daniel", "Elena", "Farah", "George", "Hannah", "Isaac", "Jess", "Kofi", "Laura",
        "Mohammed", "Nadia", "Owen", "Priya", "Quentin", "Rosa", "Samuel", "Tara", "Umar", "Vera", "William", "Yusuf", "Zoe",
    ];

    private static readonly string[] LastNames =
    [
        "Abbott", "Bennett", "Chowdhury", "Davies", "Evans", "Fitzgerald", "Griffiths", "Hughes", "Iqbal", "Jenkins",
        "Kowalski", "Lloyd", "Morgan", "Nwosu", "O'Brien", "Patel",
    ];

    public static async Task AddAsync(NpgsqlConnection connection, Vocabulary vocabulary, CancellationToken cancellationToken)
    {
        var authors = Enumerable.Range(0, Authors)
            .Select(i => $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]} {Vocabulary.Name(i)}")
            .ToArray();
        await InsertAsync(connection, "INSERT INTO authors (name, slug, bio, avatar_url) SELECT n, s, 'Reporter.', '' FROM unnest(@names, @slugs) AS t(n, s)", authors, cancellationToken);
        // Tags are named after words of the archive, from fairly common to rare, as editors tag by topic.
        var tags = Enumerable.Range(0, Tags)
            .Select(i => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(vocabulary.ContentWords[20 + i * 7 % (vocabulary.ContentWords.Count - 20)]) + " " + Vocabulary.Name(i + Authors))
            .ToArray();
        await InsertAsync(connection, "INSERT INTO tags (name, slug) SELECT n, s FROM unnest(@names, @slugs) AS t(n, s)", tags, cancellationToken);
    }

    private static async Task InsertAsync(NpgsqlConnection connection, string sql, string[] names, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand(sql, connection);
        insert.Parameters.AddWithValue("names", names);
        insert.Parameters.AddWithValue("slugs", names.Select(n => "archive-" + n.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace(' ', '-')).ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
