using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Accounts;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Newsletters.Admin;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Newsletters.Rendering;

namespace NewsSite.Web.Pages.Admin.Digests;

/// <summary>
/// One edition. A draft is edited, previewed, tested and released here; a released one shows its
/// delivery (live, see digest-progress.js), may be paused, resumed or have its failures retried,
/// and reports what it achieved.
/// </summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class EditionModel(
    DigestEditionsQuery editions, EditionEditor editor, EditionRelease release, EditionControls controls, DigestPreviews previews,
    UserManager<StaffUser> users, TimeProvider time) : EditorChangePageModel
{
    public const string SkippedReason = "Nothing was sent: the edition has no article, or no active subscriber wants a section it covers.";

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>The preview's colour scheme: <c>light</c> or <c>dark</c>, as a mail program in dark mode shows it.</summary>
    [BindProperty(SupportsGet = true)]
    public string Scheme { get; set; } = "light";

    public DigestEdition Edition { get; private set; } = null!;

    public DigestCopy? Preview { get; private set; }

    public EditionProgress? Progress { get; private set; }

    public EditionReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>
    /// The HTML part alone, for the sandboxed preview frame. It runs nothing and loads no script, so
    /// it gets a policy of its own: the inline styles every email needs, framing by this site only.
    /// </summary>
    public async Task<IActionResult> OnGetPreviewAsync(CancellationToken cancellationToken)
    {
        if (await previews.RenderAsync(Id, await StaffAddressAsync(), cancellationToken) is not { } copy)
        {
            return NotFound();
        }
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Content(copy.Html, "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnGetProgressAsync(CancellationToken cancellationToken) =>
        await editions.ProgressAsync(Id, time.GetUtcNow(), cancellationToken) is { } progress ? new JsonResult(progress) : NotFound();

    public async Task<IActionResult> OnPostTextAsync(string? subject, string? intro, CancellationToken cancellationToken)
    {
        // The subject is checked first, so a bad one leaves the intro as it was too.
        var change = await editor.SetSubjectAsync(Id, subject, cancellationToken);
        if (change.Succeeded)
        {
            change = await editor.SetIntroAsync(Id, intro, cancellationToken);
        }
        return await AfterAsync(change, "The subject and intro were saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostMoveAsync(int articleId, int by, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.MoveArticleAsync(Id, articleId, by, cancellationToken), "The articles were reordered.", cancellationToken);

    public async Task<IActionResult> OnPostRemoveAsync(int articleId, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.RemoveArticleAsync(Id, articleId, cancellationToken), "The article was left out of the edition.", cancellationToken);

    public async Task<IActionResult> OnPostSendTestAsync(CancellationToken cancellationToken)
    {
        var address = await StaffAddressAsync();
        var error = await previews.SendTestAsync(Id, address, cancellationToken);
        return await AfterAsync(new DigestChange(error), $"A test was sent to {address}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken cancellationToken)
    {
        var result = await release.ReleaseAsync(Id, cancellationToken);
        return await AfterAsync(result.Outcome switch
        {
            ReleaseOutcome.Released or ReleaseOutcome.Skipped => DigestChange.Done,
            ReleaseOutcome.AlreadyReleased => new DigestChange("This edition had already been released."),
            _ => new DigestChange("That edition does not exist."),
        }, result.Outcome == ReleaseOutcome.Released ? $"The edition is going out to {result.Recipients} recipients." : SkippedReason, cancellationToken);
    }

    public async Task<IActionResult> OnPostPauseAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await controls.PauseAsync(Id, cancellationToken), "Sending is paused.", cancellationToken);

    public async Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await controls.ResumeAsync(Id, cancellationToken), "Sending has resumed.", cancellationToken);

    public async Task<IActionResult> OnPostRetryFailedAsync(CancellationToken cancellationToken)
    {
        var (change, requeued) = await controls.RetryFailedAsync(Id, cancellationToken);
        return await AfterAsync(change, $"{requeued} failed copies will be sent again.", cancellationToken);
    }

    protected override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"Digest edition {Id} is gone.");
        }
    }

    private Task<IActionResult> AfterAsync(DigestChange change, string confirmation, CancellationToken cancellationToken) =>
        AfterAsync(change.Error is { } error ? [error] : [], confirmation, cancellationToken, routeValues: new { Id });

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(Id, cancellationToken) is not { } edition)
        {
            return false;
        }
        Edition = edition;
        if (edition.Status == DigestEditionStatus.Draft)
        {
            Preview = await previews.RenderAsync(Id, await StaffAddressAsync(), cancellationToken);
        }
        else if (edition.Status != DigestEditionStatus.Skipped)
        {
            var now = time.GetUtcNow();
            Progress = await editions.ProgressAsync(Id, now, cancellationToken);
            Report = await editions.ReportAsync(edition, now, cancellationToken);
        }
        return true;
    }

    private async Task<string> StaffAddressAsync() =>
        (await users.GetUserAsync(User))?.Email ?? throw new InvalidOperationException("A signed-in member of staff has no address.");
}
