using NewsSite.Web.Accounts;
using NewsSite.Web.Articles.Workflow;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Articles.Editing.Live;

/// <summary>What the editor page says, beyond the article itself, when someone opens an article.</summary>
/// <param name="PresenceNotice">Who else has the article open, or null.</param>
/// <param name="AutosavedAt">When (site time) the opener's unsaved text was autosaved, when it is worth offering; otherwise null.</param>
/// <param name="AutosaveLoaded">Whether the form holds that autosaved text instead of the article's.</param>
/// <param name="ArticleSavedAt">When the article was last saved.</param>
public sealed record EditorSession(string? PresenceNotice, DateTimeOffset? AutosavedAt, bool AutosaveLoaded, DateTimeOffset ArticleSavedAt)
{
    /// <summary>
    /// When the text in the form was saved, for the browser's own copy to be compared with
    /// (milliseconds since 1970, as scripts count); null when the form holds unsaved text.
    /// </summary>
    public long? FormSavedAt => AutosaveLoaded ? null : ArticleSavedAt.ToUnixTimeMilliseconds();
}

/// <summary>Opening an article in the editor and saving it, as far as presence and autosaves are concerned.</summary>
public sealed class EditorSessions(EditingPresence presence, ArticleAutosaves autosaves, SiteSettingsCache siteSettings)
{
    /// <summary>
    /// Records the opener as present and looks for their autosave; with <paramref name="loadAutosave"/>,
    /// puts it into <paramref name="form"/>, which otherwise keeps the article's text.
    /// </summary>
    public async Task<EditorSession> OpenAsync(
        StaffActor actor, Article article, ArticleInput form, bool loadAutosave, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(article);
        var notice = await presence.RecordAsync(actor, article.Id, cancellationToken);
        var autosave = await autosaves.WorthOfferingAsync(article, actor.Id, cancellationToken);
        if (autosave is null)
        {
            return new EditorSession(notice, null, false, article.UpdatedAt);
        }
        if (loadAutosave)
        {
            autosave.Text.ApplyTo(form);
        }
        var autosavedAt = (await siteSettings.GetAsync(cancellationToken)).Local(autosave.SavedAt);
        return new EditorSession(notice, autosavedAt, loadAutosave, article.UpdatedAt);
    }

    /// <summary>A real save supersedes the saver's autosave.</summary>
    public Task SavedAsync(int articleId, StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return autosaves.ClearAsync(articleId, actor.Id, cancellationToken);
    }
}
