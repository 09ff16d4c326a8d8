using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Editing;
using NewsSite.Web.Articles.Workflow;

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

    public int PageNumber { get; private set; } = 1;

    [TempData]
    public string? Confirmation { get; set; }

    public ArticleListPage Articles { get; private set; } = new([], 1, 1, 0);

    public IReadOnlyList<(int Id, string Name)> Sections { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Authors { get; private set; } = [];

    /// <summary>The list; its page number is read from the query only, because Razor Pages keep the route value "page" for the page's own name.</summary>
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        PageNumber = pageNumber ?? 1;
        Articles = await query.LoadAsync(StaffActor.From(User), new ArticleListFilter(Status, Section, Author, Title ?? "", PageNumber), cancellationToken);
        Sections = await choices.SectionsAsync(cancellationToken);
        Authors = await choices.AuthorsAsync(cancellationToken);
    }

    /// <summary>The address of another page of the same list.</summary>
    public string PageUrl(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["status"] = Status?.ToString(), ["section"] = Section?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["author"] = Author?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["q"] = Title,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
