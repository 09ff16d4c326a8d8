using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions.Addresses;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions;

public enum SignupResult
{
    /// <summary>The same answer whatever happened, so the form never tells whether an address is subscribed.</summary>
    CheckInbox,
    Invalid,

    /// <summary>The policies changed after the form was shown: the person must see the new versions first.</summary>
    NoticeChanged,

    /// <summary>The site has no published Privacy Policy or Terms of Use to agree to yet.</summary>
    Unavailable,
}

public sealed record SignupOutcome(SignupResult Result, IReadOnlyDictionary<string, string> Problems)
{
    public static SignupOutcome Of(SignupResult result) => new(result, new Dictionary<string, string>());
}

/// <summary>
/// The subscribe forms' work: check the address and the consent, record the grant in the ledger,
/// and send a confirmation link (double opt-in). A known address gets an email saying so instead,
/// and the page answers the same either way.
/// </summary>
public sealed partial class Signup(
    NewsDbContext db, ConsentLedger ledger, SuppressionList suppression, SubscriptionEmails emails,
    IOptions<SubscriptionOptions> options, TimeProvider time, ILogger<Signup> logger)
{
    public async Task<SignupOutcome> SubscribeAsync(SubscribeForm form, RequestEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var now = time.GetUtcNow();
        var notice = await ConsentNotice.CurrentAsync(db, now, cancellationToken);
        if (notice is null)
        {
            return SignupOutcome.Of(SignupResult.Unavailable);
        }
        if (!string.IsNullOrEmpty(form.Website))
        {
            return SignupOutcome.Of(SignupResult.CheckInbox);
        }
        var address = SubscriberAddress.Read(form.Email);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (address.Problem is not null)
        {
            problems[nameof(SubscribeForm.Email)] = address.Problem;
        }
        if (!form.Consent)
        {
            problems[nameof(SubscribeForm.Consent)] = "Tick the box to agree to the Privacy Policy and Terms of Use: we cannot subscribe you without it.";
        }
        if (!Enum.IsDefined(form.Frequency))
        {
            problems[nameof(SubscribeForm.Frequency)] = "Choose a daily or a weekly digest.";
        }
        if (problems.Count > 0)
        {
            return new SignupOutcome(SignupResult.Invalid, problems);
        }
        if (!notice.WasShownAs(form.PrivacyVersion, form.TermsVersion))
        {
            return SignupOutcome.Of(SignupResult.NoticeChanged);
        }
        await ledger.RememberWordingAsync(notice, cancellationToken);
        try
        {
            await RecordGrantAsync(address.Address!, form, notice, evidence, now, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same address sent twice at once: the other request made the subscription.
            LogConcurrentSignup(logger);
        }
        return SignupOutcome.Of(SignupResult.CheckInbox);
    }

    private async Task RecordGrantAsync(string address, SubscribeForm form, ConsentNotice notice, RequestEvidence evidence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await suppression.ReasonAsync(address, cancellationToken) == SuppressionReason.HardBounce)
        {
            return;
        }
        var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.Email == address, cancellationToken);
        var mayEmail = subscriber?.FormEmailSentAt is not { } sent || now - sent >= options.Value.EmailInterval;
        if (subscriber is { Status: SubscriberStatus.Active or SubscriberStatus.Paused })
        {
            if (mayEmail)
            {
                subscriber.FormEmailSentAt = now;
                await emails.QueueAlreadySubscribedAsync(subscriber);
                await db.SaveChangesAsync(cancellationToken);
            }
            return;
        }
        if (subscriber is null)
        {
            subscriber = new Subscriber { Email = address, LinkKey = SubscriptionTokens.NewLinkKey(), CreatedAt = now };
            db.Subscribers.Add(subscriber);
        }
        subscriber.Status = SubscriberStatus.Pending;
        subscriber.Frequency = form.Frequency;
        subscriber.SectionIds = await KnownSectionsAsync(form.Sections, cancellationToken);
        subscriber.Source = SubscribeForm.KnownSources.Contains(form.Source ?? "") ? form.Source! : "form";
        var source = subscriber.Source;
        ledger.Record(subscriber, ConsentAction.Granted, ConsentMethod.Form, evidence, notice.Shown, source, Preferences.Describe(subscriber));
        if (mayEmail)
        {
            var (token, hash) = SubscriptionTokens.NewOneTime();
            (subscriber.ConfirmationTokenHash, subscriber.ConfirmationSentAt, subscriber.FormEmailSentAt) = (hash, now, now);
            await emails.QueueConfirmationAsync(subscriber, token, options.Value.ConfirmationLinkLifetime);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<List<int>> KnownSectionsAsync(List<int> chosen, CancellationToken cancellationToken)
    {
        var ids = chosen.Distinct().Take(SubscribeForm.MaxSections).ToList();
        return ids.Count == 0 ? [] : await db.Sections.Where(s => ids.Contains(s.Id)).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Two subscriptions for one address arrived at once; the first was kept.")]
    private static partial void LogConcurrentSignup(ILogger logger);
}
