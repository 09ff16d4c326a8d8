using System.Globalization;
using System.Text;
using NewsSite.Benchmarks.Report;

namespace NewsSite.Benchmarks.Digest;

/// <summary>The digest benchmark's one table, the crash run's counts per kill, and the conditions they were measured in.</summary>
public sealed record DigestReport(DigestRow Reference, DigestRow First, DigestRow Release, DigestRow Send, CrashResult Crash, int RenderedBytes, int Articles, MachineDescription Machine, DateTimeOffset Date)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | messages | seconds | msg/s | ratio to smtp-source | peak MB | targets met? |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        text.AppendLine(Reference.ToMarkdown());
        text.AppendLine(First.ToMarkdown());
        text.AppendLine(Release.ToMarkdown());
        text.AppendLine(Send.ToMarkdown());
        text.AppendLine(CrashLine());
        text.AppendLine();
        text.AppendLine("Crash run, per SIGKILL: second copies it caused / copies in flight when it came (received by the sink, not yet recorded as sent):");
        text.AppendLine();
        text.AppendLine("| kill | duplicates | in flight | within? |");
        text.AppendLine("|---:|---:|---:|---|");
        foreach (var kill in Crash.Kills)
        {
            text.AppendLine(Invariant($"| {kill.Kill} | {kill.Duplicates} | {kill.InFlight} | {DigestRow.YesNo(kill.Duplicates <= kill.InFlight)} |"));
        }
        text.AppendLine();
        text.AppendLine(Invariant($"- Messages: one edition of {Articles} articles; one subscriber's copy renders to {RenderedBytes:N0} bytes; the crash run's copies as received average {Crash.MessageBytes:N0} bytes. smtp-source sends {20_000:N0}-byte bodies."));
        text.AppendLine(Invariant($"- Site: Release publish in Production, Newsletters__PoolSize={DigestSite.PoolSize}, PollInterval 0.2 s, TLS off, to smtp-sink on 127.0.0.1; the time runs from the release (one transaction queueing every delivery) until the site records the edition sent, no copy left to send. The measured edition goes out from the site that sent the first one: a site that has been up has compiled its sending code, which the first edition after a start does as it sends. The peak memory is the site's over both. The site lets each connection run {DigestSenderLimits} copies ahead of the outcomes it has stored. Crash run with ClaimDuration 5 s, killed at random 0.5–2.5 s after each start."));
        text.AppendLine(Invariant($"- Crash run final state: {Crash.Final.Sent:N0} recorded sent, {Crash.Final.Failed:N0} failed or skipped; {Crash.Received:N0} messages received for {Crash.Recipients:N0} recipients."));
        text.AppendLine(Invariant($"- PostgreSQL: a throwaway local cluster ({BenchmarkDatabase.Settings})."));
        text.AppendLine(Invariant($"- Machine: {Machine}. Measured {Date:yyyy-MM-dd HH:mm} UTC."));
        return text.ToString();
    }

    private string CrashLine()
    {
        var rate = new Throughput(Crash.Received, Crash.Elapsed);
        var targets = Invariant($"missing {Crash.Missing}; duplicates {Crash.Duplicates} ≤ in flight at the kills; recipients with two Message-IDs {Crash.RecipientsWithTwoMessageIds}; copies not matching their recipient {Crash.Strangers}: {DigestRow.YesNo(Crash.Met)}");
        return new DigestRow($"crash run, {Crash.Recipients:N0} recipients, {Crash.Kills.Count} × SIGKILL and restart", rate, null, Crash.PeakBytes, targets).ToMarkdown();
    }

    private static int DigestSenderLimits => NewsSite.Web.Newsletters.Delivery.DigestSender.UnrecordedCopiesPerConnection;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
