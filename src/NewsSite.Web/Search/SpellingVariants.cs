using System.Collections.Frozen;

namespace NewsSite.Web.Search;

/// <summary>
/// British and American spellings of the same word, so that a reader who types "harbor" finds the
/// articles about the harbour, and the other way round. PostgreSQL's own answer (a synonym
/// dictionary) needs a file in the server's share folder, which managed PostgreSQL does not allow,
/// so the query is widened here instead: each word is searched for as itself or its other spelling.
/// Regular endings (-ize/-ise, -yze/-yse) are handled by rule; the rest are listed.
/// </summary>
public static class SpellingVariants
{
    // American first. Words whose other spelling means something else (check/cheque, tire/tyre,
    // curb/kerb, story/storey, draft/draught, program in computing) are left out on purpose.
    private static readonly (string American, string British)[] Pairs =
    [
        ("harbor", "harbour"), ("color", "colour"), ("neighbor", "neighbour"), ("neighborhood", "neighbourhood"), ("labor", "labour"),
        ("favor", "favour"), ("favorite", "favourite"), ("honor", "honour"), ("humor", "humour"), ("rumor", "rumour"),
        ("behavior", "behaviour"), ("flavor", "flavour"), ("armor", "armour"), ("arbor", "arbour"), ("clamor", "clamour"),
        ("endeavor", "endeavour"), ("fervor", "fervour"), ("glamor", "glamour"), ("odor", "odour"), ("parlor", "parlour"),
        ("rigor", "rigour"), ("savior", "saviour"), ("splendor", "splendour"), ("valor", "valour"), ("vapor", "vapour"),
        ("vigor", "vigour"), ("tumor", "tumour"), ("center", "centre"), ("theater", "theatre"), ("meter", "metre"),
        ("kilometer", "kilometre"), ("liter", "litre"), ("fiber", "fibre"), ("caliber", "calibre"), ("somber", "sombre"),
        ("defense", "defence"), ("offense", "offence"), ("license", "licence"), ("pretense", "pretence"),
        ("catalog", "catalogue"), ("dialog", "dialogue"), ("analog", "analogue"), ("aluminum", "aluminium"),
        ("jewelry", "jewellery"), ("gray", "grey"), ("plow", "plough"), ("mold", "mould"), ("molt", "moult"),
        ("smolder", "smoulder"), ("pajamas", "pyjamas"), ("aging", "ageing"), ("judgment", "judgement"),
        ("acknowledgment", "acknowledgement"), ("skeptical", "sceptical"), ("skeptic", "sceptic"), ("pediatric", "paediatric"),
        ("anemia", "anaemia"), ("estrogen", "oestrogen"), ("maneuver", "manoeuvre"), ("fulfill", "fulfil"),
        ("enroll", "enrol"), ("enrollment", "enrolment"), ("installment", "instalment"), ("woolen", "woollen"),
        ("traveled", "travelled"), ("traveling", "travelling"), ("traveler", "traveller"), ("canceled", "cancelled"),
        ("canceling", "cancelling"), ("labeled", "labelled"), ("modeling", "modelling"), ("fueled", "fuelled"),
        ("signaled", "signalled"), ("leveled", "levelled"), ("counselor", "counsellor"), ("marvelous", "marvellous"),
        ("programs", "programmes"), ("program", "programme"), ("tidbit", "titbit"), ("mustache", "moustache"),
    ];

    private static readonly FrozenDictionary<string, string> OtherSpelling =
        Pairs.SelectMany(p => new[] { KeyValuePair.Create(p.American, p.British), KeyValuePair.Create(p.British, p.American) })
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Endings a listed word may carry: "harbors" is "harbor" + "s".
    private static readonly string[] Endings = ["", "s", "es", "ed", "ing", "er", "ers", "ist", "ists"];

    /// <summary>The other spelling of <paramref name="word"/>, or null when it has none.</summary>
    public static string? Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var ending in Endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                && OtherSpelling.TryGetValue(word[..^ending.Length], out var other))
            {
                return other + ending;
            }
        }
        return ByRule(word);
    }

    /// <summary>-ize/-ise and -yze/-yse in every form: organize, organizes, organized, organizing, organization.</summary>
    private static string? ByRule(string word)
    {
        foreach (var (from, to) in new[] { ("iz", "is"), ("is", "iz"), ("yz", "ys"), ("ys", "yz") })
        {
            var at = word.LastIndexOf(from, StringComparison.OrdinalIgnoreCase);
            if (at >= 3 && at + 2 < word.Length && word[at + 2] is 'e' or 'i' or 'a' && IsSuffix(word[(at + 2)..]))
            {
                return word[..at] + to + word[(at + 2)..];
            }
        }
        return null;
    }

    private static bool IsSuffix(string rest) =>
        rest.ToLowerInvariant() is "e" or "es" or "ed" or "ing" or "er" or "ers" or "ation" or "ations";
}
