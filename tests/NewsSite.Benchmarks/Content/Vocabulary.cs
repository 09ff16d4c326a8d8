namespace NewsSite.Benchmarks.Content;

/// <summary>
/// The words generated articles are written in, most frequent first: the news words of
/// <c>news-words.txt</c>, then the British English dictionary (Debian's <c>wbritish</c>) in a fixed
/// shuffled order as the long tail, and a large set of made-up surnames for the proper names that
/// fill real news. Content words are drawn by rank from a Zipf distribution, so a few words are in
/// most articles, a few hundred in a few per cent, and most in a handful.
/// </summary>
public sealed class Vocabulary
{
    public const string DictionaryPath = "/usr/share/dict/british-english";
    private const int Seed = 20_261_204;
    private const int TailWords = 60_000;

    private static readonly string[] FunctionWords =
    [
        "the", "the", "the", "the", "the", "a", "a", "a", "of", "of", "of", "and", "and", "and", "to", "to", "to",
        "in", "in", "in", "on", "for", "for", "with", "from", "by", "at", "after", "before", "is", "was", "were",
        "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "that", "which",
        "who", "when", "where", "while", "it", "its", "their", "they", "this", "these", "more", "than", "but", "not",
    ];

    private static readonly string[] Syllables =
    [
        "al", "bran", "car", "dun", "el", "fen", "gar", "hol", "ing", "jar", "kel", "lan", "mor", "nor", "os", "pen",
        "quin", "ros", "sel", "tor", "ul", "van", "wick", "yar", "zel", "bry", "cas", "dar", "eth", "fal", "gwen", "hart",
        "ivo", "jen", "kir", "lor", "mab", "nev", "oke", "pry",
    ];

    private readonly ZipfSampler _contentRanks;

    private Vocabulary(string[] contentWords)
    {
        ContentWords = contentWords;
        _contentRanks = new ZipfSampler(contentWords.Length, exponent: 1.0);
    }

    /// <summary>Content words by rank, rank 1 first.</summary>
    public IReadOnlyList<string> ContentWords { get; }

    /// <summary>Made-up surnames, each in a few dozen articles of a million: the rare words of an archive.</summary>
    public static int NameCount => Syllables.Length * Syllables.Length * Syllables.Length;

    public static Vocabulary Load()
    {
        if (!File.Exists(DictionaryPath))
        {
            throw new BenchmarkException($"{DictionaryPath} is missing: apt-get install wbritish");
        }
        var head = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Content", "news-words.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#')).ToArray();
        var known = head.ToHashSet(StringComparer.Ordinal);
        var tail = File.ReadLines(DictionaryPath)
            .Where(word => word.Length >= 4 && word.All(char.IsAsciiLetterLower) && !known.Contains(word))
            .ToArray();
        new Random(Seed).Shuffle(tail);
        return new Vocabulary([.. head, .. tail.Take(TailWords)]);
    }

    public string ContentWord(Random random) => ContentWords[_contentRanks.Next(random) - 1];

    public static string FunctionWord(Random random) => FunctionWords[random.Next(FunctionWords.Length)];

    public static string Name(Random random) => Name(random.Next(NameCount));

    /// <summary>The surname numbered <paramref name="number"/>: three syllables, the same on every run.</summary>
    public static string Name(int number)
    {
        var n = Syllables.Length;
        var name = Syllables[number % n] + Syllables[number / n % n] + Syllables[number / (n * n) % n];
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
