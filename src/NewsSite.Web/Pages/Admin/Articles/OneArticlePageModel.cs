using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles.Editing;
using NewsSite.Web.Articles.Workflow;

namespace NewsSite.Web.Pages.Admin.Articles;

/// <summary>
/// An admin page about one existing article (its revisions, its preview). It lets in the people the
/// editor page does: Editors for any article, an Author for the articles they created, whatever
/// their status. What a change may do is still for <see cref="ArticleWorkflow"/> to decide.
/// </summary>
public abstract class OneArticlePageModel(EditorArticleQuery articles) : PageModel
{
    public ArticleHeading Article { get; private set; } = null!;

    /// <summary>Loads the article into <see cref="Article"/>; the response to give instead when it is missing or not this person's to see.</summary>
    protected async Task<IActionResult?> OpenArticleAsync(int id, CancellationToken cancellationToken)
    {
        if (await articles.FindHeadingAsync(id, cancellationToken) is not ({ } heading, var createdById))
        {
            return NotFound();
        }
        var actor = StaffActor.From(User);
        if (!actor.IsEditor && createdById != actor.Id)
        {
            return Forbid();
        }
        Article = heading;
        return null;
    }
}
