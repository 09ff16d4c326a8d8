namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>Why NewsSite may email people it did not sign up itself (GDPR Article 6).</summary>
public enum LawfulBasis
{
    ConsentGivenElsewhere,
    LegitimateInterest,
    Contract,
}

/// <summary>What the import form asks for besides the file: the lawful basis and where the list came from.</summary>
public sealed class ImportForm
{
    public const int MaxExplanationLength = 500;
    public const int MaxSourceLength = 200;

    public LawfulBasis? Basis { get; set; }

    /// <summary>The basis in the importer's words: when and how the people agreed, or what the contract is.</summary>
    public string? Explanation { get; set; }

    /// <summary>Where the list came from, as the ledger's source of every imported row.</summary>
    public string? Source { get; set; }

    public static string Describe(LawfulBasis basis) => basis switch
    {
        LawfulBasis.ConsentGivenElsewhere => "consent given elsewhere",
        LawfulBasis.LegitimateInterest => "legitimate interest",
        LawfulBasis.Contract => "contract",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };

    /// <summary>What is missing or too long, by field name; empty when the form may be used.</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Basis is not { } basis || !Enum.IsDefined(basis))
        {
            problems[nameof(Basis)] = "Choose the lawful basis for emailing these people.";
        }
        if (string.IsNullOrWhiteSpace(Explanation) || Explanation.Trim().Length > MaxExplanationLength)
        {
            problems[nameof(Explanation)] = $"Explain the lawful basis in your own words (at most {MaxExplanationLength} characters): when and how these people agreed, or what the contract is.";
        }
        if (string.IsNullOrWhiteSpace(Source) || Source.Trim().Length > MaxSourceLength)
        {
            problems[nameof(Source)] = $"Say where the list came from (at most {MaxSourceLength} characters).";
        }
        return problems;
    }
}
