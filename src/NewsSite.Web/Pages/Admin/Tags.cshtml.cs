using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Accounts;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.Pages.Admin;

/// <summary>Tags: search, create, rename, merge and delete. Editors and Admins, on every handler.</summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class TagsModel(TagEditor editor, TagMerger merger) : EditorChangePageModel
{
    /// <summary>The search and page number travel with every form, so an editor stays where they were after a change.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>"p", because Razor Pages keep the route value "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public TagListPage Tags { get; private set; } = new([], 1, 1, 0);

    [BindProperty]
    public TagInput Input { get; set; } = new();

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await editor.CreateAsync(Input, cancellationToken), "Tag added.", cancellationToken, routeValues: Here);

    public async Task<IActionResult> OnPostUpdateAsync(int id, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.UpdateAsync(id, Input, cancellationToken), "Tag saved. Its old address now redirects to the new one.", cancellationToken, routeValues: Here);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.DeleteAsync(id, cancellationToken), "Tag deleted.", cancellationToken, routeValues: Here);

    /// <summary>The tag to keep, by its address: there can be too many tags for a list to choose from.</summary>
    [BindProperty]
    public string? MergeInto { get; set; }

    public async Task<IActionResult> OnPostMergeAsync(int id, CancellationToken cancellationToken) =>
        await AfterAsync(await merger.MergeAsync(id, MergeInto, cancellationToken), "Tags merged. The old address now redirects to the kept tag.", cancellationToken, routeValues: Here);

    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Search, ["p"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    protected override async Task ReloadAsync(CancellationToken cancellationToken) => Tags = await editor.ListAsync(Search, PageNumber, cancellationToken);

    /// <summary>The same search and page, to come back to after a change.</summary>
    private object Here => new { q = Search, p = PageNumber };
}
