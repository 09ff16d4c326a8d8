using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles.Editing;
using NewsSite.Web.Articles.Revisions;
using NewsSite.Web.Articles.Workflow;

namespace NewsSite.Web.Pages.Admin.Articles;

/// <summary>
/// An article's history: every saved revision, a choice of two to compare, and restoring one. A
/// restore is a save through <see cref="ArticleWorkflow"/>, so it follows the saving rules and is
/// refused when the article changed after this page was loaded.
/// </summary>
public class RevisionsModel(EditorArticleQuery articles, ArticleRevisions revisions, ArticleWorkflow workflow) : OneArticlePageModel(articles)
{
    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await OpenArticleAsync(id, cancellationToken) ?? await ShowAsync(cancellationToken);

    /// <summary>Brings back revision <c>revision</c>, unless the article changed after <c>version</c>, the one this page showed.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(int id, int revision, uint version, CancellationToken cancellationToken)
    {
        if (await OpenArticleAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var restored = await workflow.RestoreRevisionAsync(StaffActor.From(User), id, version, revision, cancellationToken);
        if (!restored.Succeeded)
        {
            Problems = restored.Errors.SelectMany(e => e.Value).ToList();
            // The list and the version shown next are the article's current ones, so a second try is a deliberate one.
            return await OpenArticleAsync(id, cancellationToken) ?? await ShowAsync(cancellationToken);
        }
        Confirmation = string.Create(CultureInfo.InvariantCulture,
            $"Revision {revision} restored: its text is now the article's, saved as revision {restored.Value!.RevisionNumber}.");
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Revisions = await revisions.ListAsync(Article.Id, cancellationToken);
        return Page();
    }
}
