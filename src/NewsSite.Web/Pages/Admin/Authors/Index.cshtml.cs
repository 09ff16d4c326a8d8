using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Accounts;
using NewsSite.Web.Authors;

namespace NewsSite.Web.Pages.Admin.Authors;

/// <summary>Bylines: the list, with how many articles each carries, and delete. Editors and Admins, on every handler.</summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class IndexModel(AuthorEditor editor) : EditorChangePageModel
{
    public IReadOnlyList<AuthorRow> Authors { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.DeleteAsync(id, cancellationToken), "Author deleted.", cancellationToken);

    protected override async Task ReloadAsync(CancellationToken cancellationToken) => Authors = await editor.ListAsync(cancellationToken);
}
