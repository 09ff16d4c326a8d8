using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Editing;
using NewsSite.Web.Articles.Editing.Live;
using NewsSite.Web.Articles.Workflow;
using NewsSite.Web.Markdown;

namespace NewsSite.Web.Pages.Admin.Articles;

/// <summary>
/// What the article editor's script (wwwroot/js/article-editor.js) calls while someone writes: the
/// preview, the server autosave and the presence report. Each checks on the server who may do it;
/// refusals and problems come back as a status code with a sentence to show.
/// </summary>
[ScriptEndpoint]
public class LiveModel(MarkdownRenderer renderer, ArticleAutosaves autosaves, EditingPresence presence, EditorArticleQuery articles) : PageModel
{
    /// <summary>Nothing to see here: the handlers below answer the editor's script.</summary>
    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    /// <summary>The body as readers will get it: the same renderer fills <see cref="Article.BodyHtml"/> on save.</summary>
    public IActionResult OnPostPreview(string? markdown)
    {
        markdown ??= "";
        return markdown.Length > ArticleLimits.BodyMarkdownLength
            ? Message(StatusCodes.Status400BadRequest, EditorText.TooLong("text", ArticleLimits.BodyMarkdownLength))
            : Content(renderer.ToHtml(markdown), "text/html; charset=utf-8");
    }

    /// <summary>Keeps the form's words for the writer, with the same rights as saving them; the article is not changed.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int? id, string? title, string? summary, string? bodyMarkdown, CancellationToken cancellationToken)
    {
        var actor = StaffActor.From(User);
        var article = await FindAsync(id, cancellationToken);
        if (article is null)
        {
            return Gone();
        }
        if (WorkflowRules.Refusal(actor, article, WorkflowAction.Edit) is { } refusal)
        {
            return Message(StatusCodes.Status403Forbidden, refusal);
        }
        var text = new EditorText(title ?? "", summary ?? "", bodyMarkdown ?? "");
        if (text.Problem() is { } problem)
        {
            return Message(StatusCodes.Status400BadRequest, problem);
        }
        await autosaves.StoreAsync(article.Id, actor.Id, text, cancellationToken);
        return new NoContentResult();
    }

    /// <summary>Reports the caller as editing the article and answers with who else is.</summary>
    public async Task<IActionResult> OnPostHeartbeatAsync(int? id, CancellationToken cancellationToken)
    {
        var actor = StaffActor.From(User);
        var article = await FindAsync(id, cancellationToken);
        if (article is null)
        {
            return Gone();
        }
        if (!EditorAccess.MayOpen(actor, article))
        {
            return Message(StatusCodes.Status403Forbidden, "You can only work on articles you created.");
        }
        return new JsonResult(new { notice = await presence.RecordAsync(actor, article.Id, cancellationToken) });
    }

    private async Task<Article?> FindAsync(int? id, CancellationToken cancellationToken) =>
        id is { } existing ? await articles.FindAsync(existing, cancellationToken) : null;

    private static ContentResult Gone() => Message(StatusCodes.Status404NotFound, "This article does not exist; it may have been deleted.");

    private static ContentResult Message(int statusCode, string text) =>
        new() { StatusCode = statusCode, Content = text, ContentType = "text/plain; charset=utf-8" };
}
