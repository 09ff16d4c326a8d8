using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Editing;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Pages.Admin.Articles;

/// <summary>Every article an editor may work on, filtered by status, section, author and title.</summary>
public class IndexModel(ArticleListQuery query, EditorChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ArticleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Section { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Author { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Title { get; set; }

    /// <summary>Where the page starts; a cursor this site did not write shows the first page.</summary>
    [BindProperty(SupportsGet = true, Name = "before")]
    public string? Before { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public ArticleListPage Articles { get; private set; } = new([], new KeysetPageLinks(false, null, null));

    public IReadOnlyList<(int Id, string Name)> Sections { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Authors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var before = KeysetCursor.TryParse(Before, out var cursor) ? cursor : null;
        Articles = await query.LoadAsync(StaffActor.From(User), new ArticleListFilter(Status, Section, Author, Title ?? "", before), cancellationToken);
        Sections = await choices.SectionsAsync(cancellationToken);
        Authors = await choices.AuthorsAsync(cancellationToken);
    }

    /// <summary>The address of the same list continuing before <paramref name="before"/> (the first page without one).</summary>
    public string PageUrl(KeysetCursor? before) => "/admin/articles" + QueryString.Create(new Dictionary<string, string?>
    {
        ["status"] = Status?.ToString(), ["section"] = Section?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["author"] = Author?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["q"] = Title,
        ["before"] = before?.ToString(),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
