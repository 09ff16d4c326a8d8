using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Articles.Editing;
using NewsSite.Web.Articles.Revisions;

namespace NewsSite.Web.Pages.Admin.Articles;

/// <summary>What changed between two revisions of an article: its headline, summary and text, word by word.</summary>
public class RevisionChangesModel(EditorArticleQuery articles, ArticleRevisions revisions) : OneArticlePageModel(articles)
{
    public RevisionComparison? Comparison { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? from, int? to, CancellationToken cancellationToken)
    {
        if (await OpenArticleAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (from is not { } fromNumber || to is not { } toNumber)
        {
            Problem = "Choose two revisions to compare: one in the From column and one in the To column.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Comparison = await revisions.CompareAsync(id, fromNumber, toNumber, cancellationToken);
        if (Comparison is null)
        {
            Problem = string.Create(CultureInfo.InvariantCulture,
                $"This article has no revision {fromNumber} or no revision {toNumber}. Choose two from its list of revisions.");
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
