using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Editing;
using NewsSite.Web.Articles.Previews;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Pages.Admin.Articles;

/// <summary>
/// An article as its public page will show it, for the people who may open it in the editor, with
/// its secret preview links: made for a chosen time, listed, and revoked. A new link's address is
/// shown once, in the answer to the form that made it; only its hash is kept.
/// </summary>
public class PreviewModel(EditorArticleQuery articles, ArticlePreviewQuery previews, PreviewLinks links, TimeProvider time, PublicAddress address)
    : OneArticlePageModel(articles)
{
    public (ArticleView Article, ArticleNeighbours Neighbours) Shown { get; private set; }

    public IReadOnlyList<LivePreviewLink> Links { get; private set; } = [];

    /// <summary>The address of the link just made.</summary>
    public string? NewLink { get; private set; }

    public string? Confirmation { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await OpenArticleAsync(id, cancellationToken) ?? await ShowAsync(cancellationToken);

    /// <summary>Makes a link that works for the chosen lifetime (a key of <see cref="PreviewLifetimes.All"/>).</summary>
    public async Task<IActionResult> OnPostShareAsync(int id, string? lifetime, CancellationToken cancellationToken)
    {
        if (await OpenArticleAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (Article.Status == ArticleStatus.Withdrawn)
        {
            Problem = "This article is withdrawn, so preview links to it do not work. Move it back to draft first.";
        }
        else if (PreviewLifetimes.Find(lifetime) is not { } choice)
        {
            Problem = "Choose how long the link should work: 1 hour, 1 day, 2 days or 7 days.";
        }
        else
        {
            var token = await links.CreateAsync(id, StaffActor.From(User).Id, choice.Length, cancellationToken);
            NewLink = address.Absolute(PreviewLinks.PathFor(token));
            Confirmation = $"Link made; it works for {choice.Label}. Copy it now: it is not shown again.";
        }
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, long link, CancellationToken cancellationToken)
    {
        if (await OpenArticleAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (await links.RevokeAsync(id, link, cancellationToken))
        {
            Confirmation = "Link revoked: it no longer works.";
        }
        else
        {
            Problem = "That link had already stopped working.";
        }
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        PreviewResponse.KeepPrivate(Response);
        if (await previews.LoadAsync(Article.Id, time.GetUtcNow(), cancellationToken) is not { } shown)
        {
            return NotFound();
        }
        Shown = shown;
        Links = await links.ListLiveAsync(Article.Id, cancellationToken);
        return Page();
    }
}
