namespace NewsSite.Benchmarks.Content;

/// <summary>
/// Vocabulary for generated articles: the words of local news, so bodies have the length, word
/// shapes and search terms (harbour, council, ferry…) of the real thing.
/// </summary>
public static class WordList
{
    public static readonly string[] Words =
    [
        "harbour", "council", "ferry", "quay", "market", "library", "school", "hospital", "budget", "plan",
        "residents", "families", "workers", "traders", "pupils", "volunteers", "officials", "engineers", "crews", "visitors",
        "city", "town", "coast", "bay", "river", "estuary", "ridge", "trail", "station", "terminal",
        "road", "bridge", "street", "square", "park", "pier", "lighthouse", "museum", "theatre", "gallery",
        "season", "summer", "winter", "spring", "autumn", "morning", "evening", "night", "weekend", "year",
        "report", "survey", "study", "review", "proposal", "decision", "vote", "meeting", "hearing", "inquiry",
        "funding", "grant", "cost", "price", "rent", "wage", "tax", "fund", "contract", "investment",
        "housing", "transport", "energy", "water", "flood", "storm", "tide", "wind", "weather", "climate",
        "club", "team", "match", "race", "regatta", "festival", "concert", "exhibition", "programme", "tour",
        "Port", "Alder", "Westmere", "Kestrel", "Carrow", "Quay", "Road", "Point", "Row", "Harbour",
        "the", "the", "the", "a", "a", "of", "of", "and", "and", "to",
        "in", "in", "on", "for", "with", "from", "by", "at", "after", "before",
        "new", "old", "local", "public", "small", "large", "first", "last", "next", "early",
        "late", "busy", "quiet", "higher", "lower", "longer", "shorter", "safer", "cheaper", "better",
        "says", "said", "plans", "wants", "expects", "agreed", "approved", "rejected", "opened", "closed",
        "will", "would", "could", "should", "may", "must", "has", "have", "had", "is",
        "are", "was", "were", "be", "been", "more", "less", "most", "many", "several",
        "built", "repaired", "extended", "delayed", "launched", "funded", "tested", "measured", "recorded", "reported",
        "three", "four", "five", "six", "ten", "twenty", "hundred", "thousand", "dozen", "half",
        "because", "although", "while", "since", "until", "where", "when", "which", "who", "that",
        "chair", "mayor", "director", "manager", "spokesperson", "captain", "coach", "teacher", "doctor", "researcher",
        "service", "route", "timetable", "schedule", "capacity", "demand", "supply", "record", "figure", "share",
    ];
}
