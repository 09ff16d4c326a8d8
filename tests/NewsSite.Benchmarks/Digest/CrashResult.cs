namespace NewsSite.Benchmarks.Digest;

/// <summary>What the crash run delivered, checked against what every recipient should have got.</summary>
public sealed record CrashResult(
    int Recipients, int Received, int Missing, int Duplicates, int RecipientsWithTwoMessageIds, int Strangers,
    IReadOnlyList<KillTally> Kills, DeliveryCounts Final, TimeSpan Elapsed, long PeakBytes, long MessageBytes)
{
    public bool Met => Missing == 0 && RecipientsWithTwoMessageIds == 0 && Strangers == 0 && Kills.All(k => k.Duplicates <= k.InFlight);

    public static CrashResult Tally(
        IReadOnlyDictionary<string, string> expected, IReadOnlyList<ReceivedMessage> received, IReadOnlyList<KillSnapshot> kills,
        DeliveryCounts final, TimeSpan elapsed, long peakBytes)
    {
        var byFile = received.ToDictionary(m => m.File, StringComparer.Ordinal);
        var firstFile = received.GroupBy(m => m.MessageId).ToDictionary(g => g.Key, g => g.Select(m => m.File).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var duplicated = received.GroupBy(m => m.MessageId).Where(g => g.Count() > 1).ToList();
        var tallies = new List<KillTally>();
        var before = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kill in kills)
        {
            var files = kill.ReceivedFiles.ToHashSet(StringComparer.Ordinal);
            var receivedIds = kill.ReceivedFiles.Where(byFile.ContainsKey).Select(f => byFile[f].MessageId).ToHashSet(StringComparer.Ordinal);
            // A copy is duplicated because of this kill when its first copy arrived since the previous kill.
            var caused = duplicated.Where(g => files.Contains(firstFile[g.Key]) && !before.Contains(firstFile[g.Key])).Sum(g => g.Count() - 1);
            tallies.Add(new KillTally(kill.Kill, caused, Math.Max(0, receivedIds.Count - kill.RecordedSent)));
            before.UnionWith(kill.ReceivedFiles);
        }
        return new CrashResult(
            expected.Count,
            received.Count,
            expected.Keys.Count(id => !firstFile.ContainsKey(id)),
            received.Count - firstFile.Count,
            received.GroupBy(m => m.To, StringComparer.OrdinalIgnoreCase).Count(g => g.Select(m => m.MessageId).Distinct().Count() > 1),
            received.Count(m => !expected.TryGetValue(m.MessageId, out var to) || !string.Equals(to, m.To, StringComparison.OrdinalIgnoreCase)),
            tallies, final, elapsed, peakBytes,
            received.Count == 0 ? 0 : (long)received.Average(m => m.Bytes));
    }
}

/// <summary>
/// One kill: the second copies it caused, and the copies in flight when it came (received by the
/// sink but not yet recorded as sent, so of unknown fate to the restarted sender).
/// </summary>
public sealed record KillTally(int Kill, int Duplicates, int InFlight);
