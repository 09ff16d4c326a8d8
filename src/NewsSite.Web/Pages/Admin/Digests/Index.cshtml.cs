using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Accounts;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Newsletters.Admin;
using NewsSite.Web.Newsletters.Editions;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Pages.Admin.Digests;

/// <summary>The digest desk: editions so far, a chart of them, when each digest goes out, and "send one now".</summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class IndexModel(DigestEditionsQuery editions, DigestSchedules schedules, OnDemandEditions onDemand) : EditorChangePageModel
{
    public IReadOnlyList<EditionSummary> Editions { get; private set; } = [];

    public IReadOnlyList<DigestSchedule> Schedules { get; private set; } = [];

    [BindProperty]
    public DigestSchedule Schedule { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostScheduleAsync(CancellationToken cancellationToken)
    {
        // A time or day that did not parse never reaches the schedule: the form says what was wrong.
        var problems = ModelState.IsValid
            ? (await schedules.SaveAsync(Schedule, cancellationToken)).Error is { } error ? [error] : []
            : ModelState.Values.SelectMany(v => v.Errors).Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "Check the time and day." : e.ErrorMessage).ToList();
        return await AfterAsync(problems, $"The {Schedule.Frequency.ToString().ToLowerInvariant()} schedule was saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostSendNowAsync(DigestFrequency frequency, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(frequency))
        {
            return await AfterAsync(["There is no such digest."], "", cancellationToken);
        }
        var (edition, release) = await onDemand.SendNowAsync(frequency, cancellationToken);
        Confirmation = release.Outcome == ReleaseOutcome.Released
            ? $"The edition is going out to {release.Recipients} recipients."
            : EditionModel.SkippedReason;
        return RedirectToPage("Edition", new { id = edition.Id });
    }

    protected override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Editions = await editions.LatestAsync(cancellationToken);
        Schedules = await schedules.ListAsync(cancellationToken);
    }
}
