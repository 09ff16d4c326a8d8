using NewsSite.Web.Accounts;
using NewsSite.Web.Articles.Workflow;

namespace NewsSite.Web.Articles.Editing;

/// <summary>Who may open an article in the editor (what they may change there is <see cref="WorkflowRules"/>' business).</summary>
public static class EditorAccess
{
    /// <summary>Editors any article; Authors the articles they created, whatever their status.</summary>
    public static bool MayOpen(StaffActor actor, Article article)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(article);
        return actor.IsEditor || article.CreatedById == actor.Id;
    }
}
