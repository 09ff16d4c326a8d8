using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Editing;
using NewsSite.Web.Articles.Editing.Live;
using NewsSite.Web.Articles.Workflow;
using NewsSite.Web.Authors;
using NewsSite.Web.Frame;
using NewsSite.Web.Media;
using NewsSite.Web.Media.Uploads;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.Pages.Admin.Articles;

/// <summary>
/// Writing an article and moving it through the workflow. Every button first saves what is in the
/// form, then takes its step; <see cref="ArticleWorkflow"/> decides on the server who may do what,
/// whatever buttons this page shows. A hero image uploaded with the form goes into the media
/// library first and becomes the article's choice.
/// </summary>
public class EditModel(
    ArticleWorkflow workflow, EditorChoices choices, HeroImageChoices heroImages, TagResolver tags, MediaUploads uploads,
    EditorSessions sessions, EditorArticleQuery articles, Bylines bylines) : PageModel
{
    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    /// <summary>The row version the form was loaded at: saving over a newer change is refused.</summary>
    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public DateTime? PublishAt { get; set; }

    [BindProperty]
    public IFormFile? HeroUpload { get; set; }

    public int? ArticleId { get; private set; }

    public ArticleStatus Status { get; private set; } = ArticleStatus.Draft;

    /// <summary>When the article went or goes live: for a scheduled one, the time it is due.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public bool IsEditor { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public IReadOnlyList<(int Id, string Name)> Sections { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Authors { get; private set; } = [];

    public IReadOnlyList<MediaAsset> HeroImages { get; private set; } = [];

    public IReadOnlyList<string> TagSuggestions { get; private set; } = [];

    /// <summary>Who else is editing, and this writer's autosave; null when the form is not a saved article just opened.</summary>
    public EditorSession? Session { get; private set; }

    /// <summary>
    /// The "Publish at" field's value, in the site's time: what was posted, or else the time a
    /// scheduled article is due, so that rescheduling starts from it.
    /// </summary>
    public string? PublishAtField(SiteFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var shown = PublishAt ?? (Status == ArticleStatus.Scheduled && PublishedAt is { } due ? frame.Local(due).DateTime : null);
        return shown?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The form, empty for a new article; with <c>?autosave=true</c>, filled with the writer's autosaved text instead of the article's.</summary>
    public async Task<IActionResult> OnGetAsync(int? id, bool autosave, CancellationToken cancellationToken)
    {
        if (id is { } existing)
        {
            var article = await articles.FindWithTagsAsync(existing, cancellationToken);
            if (article is null)
            {
                return NotFound();
            }
            var actor = StaffActor.From(User);
            if (!EditorAccess.MayOpen(actor, article))
            {
                return Forbid();
            }
            (Input, Version, Status, PublishedAt, ArticleId) = (ArticleInput.From(article), article.Version, article.Status, article.PublishedAt, article.Id);
            Session = await sessions.OpenAsync(actor, article, Input, autosave, cancellationToken);
        }
        else
        {
            // The writer's own byline, or none chosen: never the first name on the list.
            Input.AuthorId = await bylines.OwnAsync(StaffActor.From(User).Id, cancellationToken) ?? 0;
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int? id, CancellationToken cancellationToken) =>
        StepAsync(id, "Saved.", null, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int? id, CancellationToken cancellationToken) =>
        StepAsync(id, "Saved and sent for review.", (actor, saved) => workflow.SubmitForReviewAsync(actor, saved.Id, saved.Version, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(int? id, CancellationToken cancellationToken) =>
        StepAsync(id, "Published.", (actor, saved) => workflow.PublishNowAsync(actor, saved.Id, saved.Version, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(int? id, CancellationToken cancellationToken) =>
        StepAsync(id, "Scheduled.", (actor, saved) => PublishAt is { } at
            ? workflow.ScheduleAsync(actor, saved.Id, saved.Version, at, cancellationToken)
            : Task.FromResult(WorkflowResult.Refused<SavedArticle>("Choose the date and time to publish at.")), cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(int? id, CancellationToken cancellationToken) =>
        StepAsync(id, "Withdrawn: its address now tells readers it was removed.", (actor, saved) => workflow.WithdrawAsync(actor, saved.Id, saved.Version, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDraftAsync(int? id, CancellationToken cancellationToken) =>
        StepAsync(id, "Back to draft.", (actor, saved) => workflow.ReturnToDraftAsync(actor, saved.Id, saved.Version, cancellationToken), cancellationToken);

    /// <summary>Deletes the article (Editors; a published one is withdrawn first). Nothing of the form is saved.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var deleted = await workflow.DeleteAsync(StaffActor.From(User), id, Version, cancellationToken);
        if (deleted.Succeeded)
        {
            Confirmation = "The article was deleted.";
            return RedirectToPage("Index");
        }
        var page = await OnGetAsync(id, autosave: false, cancellationToken);
        Problems = deleted.Errors.SelectMany(e => e.Value).ToList();
        return page;
    }

    /// <summary>Saves the form (creating the article the first time), then takes <paramref name="step"/>; any refusal keeps the text on the page.</summary>
    private async Task<IActionResult> StepAsync(
        int? id, string confirmation, Func<StaffActor, SavedArticle, Task<WorkflowResult<SavedArticle>>>? step, CancellationToken cancellationToken)
    {
        var actor = StaffActor.From(User);
        // A number field that arrived as something else is reported, rather than saved as 0.
        var unreadable = ModelState.Where(e => e.Key.StartsWith("Input.", StringComparison.Ordinal))
            .SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).ToList();
        if (unreadable.Count > 0)
        {
            return await RedisplayAsync(unreadable, id, null, cancellationToken);
        }
        if (HeroUpload is { Length: > 0 } && await UploadHeroAsync(actor, id, cancellationToken) is { } refusal)
        {
            return await RedisplayAsync([refusal], id, null, cancellationToken);
        }
        var saved = id is { } existing
            ? await workflow.SaveAsync(actor, existing, Version, Input, cancellationToken)
            : await workflow.CreateAsync(actor, Input, cancellationToken);
        if (saved.Succeeded)
        {
            await sessions.SavedAsync(saved.Value!.Id, actor, cancellationToken);
        }
        var outcome = saved.Succeeded && step is not null ? await step(actor, saved.Value!) : saved;
        if (outcome.Succeeded)
        {
            Confirmation = confirmation;
            return RedirectToPage(new { id = outcome.Value!.Id });
        }
        return await RedisplayAsync(outcome.Errors.SelectMany(e => e.Value).ToList(), id, saved.Value, cancellationToken);
    }

    /// <summary>The form again, as posted, with what stopped it.</summary>
    private async Task<IActionResult> RedisplayAsync(IReadOnlyList<string> problems, int? id, SavedArticle? saved, CancellationToken cancellationToken)
    {
        Problems = problems;
        ArticleId = saved?.Id ?? id;
        // After a successful save whose step was refused, the form goes on from the saved version.
        Version = saved?.Version ?? Version;
        Status = saved?.Status ?? Status;
        PublishedAt = saved?.PublishedAt ?? PublishedAt;
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// Stores the uploaded file in the media library, with the hero's words, and makes it the chosen
    /// hero image; or says why it was refused. Nobody uploads through an article they may not edit.
    /// </summary>
    private async Task<string?> UploadHeroAsync(StaffActor actor, int? id, CancellationToken cancellationToken)
    {
        if (id is { } existing && await articles.FindAsync(existing, cancellationToken) is { } article
            && WorkflowRules.Refusal(actor, article, WorkflowAction.Edit) is { } refusal)
        {
            return refusal;
        }
        await using var content = HeroUpload!.OpenReadStream();
        var result = await uploads.UploadAsync(
            new MediaUpload(content, HeroUpload.FileName, Input.HeroAltText, Input.HeroCaption, Input.HeroCredit), cancellationToken);
        if (!result.Succeeded)
        {
            return $"The hero image was not uploaded: {result.Refusal.Message} Nothing was saved; your text is kept.";
        }
        Input.HeroImageId = result.Asset.Id;
        return null;
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        IsEditor = StaffActor.From(User).IsEditor;
        Sections = await choices.SectionsAsync(cancellationToken);
        Authors = await choices.AuthorsAsync(cancellationToken);
        HeroImages = await heroImages.ListAsync(Input.HeroImageId, cancellationToken);
        TagSuggestions = await tags.AllNamesAsync(cancellationToken);
    }
}
