using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Audit;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions.Consent;
using Npgsql;

namespace NewsSite.Web.Subscriptions.Admin;

/// <summary>What an import did: rows imported, and the lines skipped with the reason for each.</summary>
public sealed record ImportReport(
    int Imported, IReadOnlyList<int> SuppressedLines, IReadOnlyList<int> ExistingLines, IReadOnlyList<int> RepeatedLines, IReadOnlyList<ImportProblem> Invalid);

/// <summary>
/// Imports a list of addresses as active subscribers, each with an <see cref="ConsentAction.Imported"/>
/// ledger row naming the stated lawful basis, the list's source and who imported it. Addresses on the
/// suppression list and addresses already subscribed are skipped. The import is one transaction:
/// everything in the report happened, or nothing did.
/// </summary>
public sealed partial class SubscriberImport(
    NewsDbContext db, ConsentLedger ledger, SuppressionList suppression, AuditLog audit, TimeProvider time, ILogger<SubscriberImport> logger)
{
    private const int BatchSize = 1000;

    public const string ConcurrentSignupRefusal =
        "Someone on the list subscribed through the site while the import ran, so nothing was imported. Import the file again: they will be skipped.";

    /// <summary>Imports the file's rows; returns the report, or why nothing was imported.</summary>
    public async Task<(ImportReport? Report, string? Refusal)> ImportAsync(SubscriberImportFile file, ImportForm form, StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        var details = $"Lawful basis: {ImportForm.Describe(form.Basis!.Value)}: {form.Explanation!.Trim()} Imported by {actor.DisplayName}.";
        try
        {
            var report = await db.Database.CreateExecutionStrategy().ExecuteAsync(cancellationToken, token => ImportInOneTransactionAsync(file, form.Source!.Trim(), details, actor, token));
            LogImported(logger, report.Imported, report.SuppressedLines.Count, report.ExistingLines.Count, report.Invalid.Count);
            return (report, null);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return (null, ConcurrentSignupRefusal);
        }
    }

    private async Task<ImportReport> ImportInOneTransactionAsync(
        SubscriberImportFile file, string source, string details, StaffActor actor, CancellationToken token)
    {
        // A retried attempt starts again from nothing.
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(token);
        var (imported, suppressed, existing) = (0, new List<int>(), new List<int>());
        foreach (var batch in file.Candidates.Chunk(BatchSize))
        {
            var addresses = batch.Select(c => c.Address).ToList();
            var known = (await db.Subscribers.Where(s => addresses.Contains(s.Email!)).Select(s => s.Email!).ToListAsync(token)).ToHashSet(StringComparer.Ordinal);
            var barred = await suppression.ListedAmongAsync(addresses, token);
            foreach (var candidate in batch)
            {
                if (barred.Contains(candidate.Address))
                {
                    suppressed.Add(candidate.Line);
                }
                else if (known.Contains(candidate.Address))
                {
                    existing.Add(candidate.Line);
                }
                else
                {
                    Add(candidate, source, details);
                    imported++;
                }
            }
            await db.SaveChangesAsync(token);
            db.ChangeTracker.Clear();
        }
        audit.Add(AuditAction.SubscribersImported, $"{imported} imported, {suppressed.Count + existing.Count + file.RepeatedLines.Count + file.Invalid.Count} skipped; source: {source}", actor.Id, actor.DisplayName);
        await db.SaveChangesAsync(token);
        await transaction.CommitAsync(token);
        return new ImportReport(imported, suppressed, existing, file.RepeatedLines, file.Invalid);
    }

    private void Add(ImportCandidate candidate, string source, string details)
    {
        var now = time.GetUtcNow();
        var subscriber = new Subscriber
        {
            Email = candidate.Address,
            Status = SubscriberStatus.Active,
            Frequency = candidate.Frequency,
            LinkKey = SubscriptionTokens.NewLinkKey(),
            Source = "import",
            CreatedAt = now,
            ConfirmedAt = now,
        };
        db.Subscribers.Add(subscriber);
        ledger.Record(subscriber, ConsentAction.Imported, ConsentMethod.AdminImport, RequestEvidence.None, source: source, details: details);
    }

    // Counts only: the addresses themselves never reach the logs.
    [LoggerMessage(Level = LogLevel.Information, Message = "Subscriber import: {Imported} imported, {Suppressed} suppressed, {Existing} already subscribed, {Invalid} invalid.")]
    private static partial void LogImported(ILogger logger, int imported, int suppressed, int existing, int invalid);
}
