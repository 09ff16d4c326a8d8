using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Workflow;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Admin.Articles;

/// <summary>The article an admin page is about, as its heading shows it; <see cref="Version"/> goes back with a change.</summary>
public sealed record ArticleHeading(int Id, string Title, ArticleStatus Status, uint Version);

/// <summary>
/// An admin page about one existing article (its revisions, its preview). It lets in the people the
/// editor page does: Editors for any article, an Author for the articles they created, whatever
/// their status. What a change may do is still for <see cref="ArticleWorkflow"/> to decide.
/// </summary>
public abstract class OneArticlePageModel(NewsDbContext db) : PageModel
{
    public ArticleHeading Article { get; private set; } = null!;

    protected NewsDbContext Db => db;

    /// <summary>Loads the article into <see cref="Article"/>; the response to give instead when it is missing or not this person's to see.</summary>
    protected async Task<IActionResult?> OpenArticleAsync(int id, CancellationToken cancellationToken)
    {
        var found = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { Heading = new ArticleHeading(a.Id, a.Title, a.Status, a.Version), a.CreatedById })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        var actor = StaffActor.From(User);
        if (!actor.IsEditor && found.CreatedById != actor.Id)
        {
            return Forbid();
        }
        Article = found.Heading;
        return null;
    }
}
