using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles.Editing;
using NewsSite.Web.Articles.Workflow;
using NewsSite.Web.Data;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Admin;

namespace NewsSite.Web.Pages.Admin.Subscribers;

/// <summary>
/// Subscribers, searched and filtered, who agreed to which Privacy Policy version, and the CSV
/// export. Admins only: these are personal data of every reader who subscribed.
/// </summary>
[Authorize(Policy = StaffPolicies.Admins)]
public class IndexModel(SubscriberList list, SubscriberCsvExport export, EditorChoices choices, NewsDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public SubscriberStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DigestFrequency? Frequency { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Section { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SubscriberListPage Subscribers { get; private set; } = new([], 1, 1, 0);

    public IReadOnlyList<ConsentVersionCount> VersionCounts { get; private set; } = [];

    public PolicyVersions Versions { get; private set; } = new(new Dictionary<int, Web.Subscriptions.Consent.PolicyVersion>());

    public IReadOnlyList<(int Id, string Name)> Sections { get; private set; } = [];

    private SubscriberFilter Filter => new(Search ?? "", Status, Frequency, Section, Version);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Subscribers = await list.LoadAsync(Filter, PageNumber, cancellationToken);
        VersionCounts = await list.CountsByPrivacyVersionAsync(cancellationToken);
        Versions = await PolicyVersions.LoadAsync(db, cancellationToken);
        Sections = await choices.SectionsAsync(cancellationToken);
    }

    /// <summary>The filtered subscribers as a CSV download, written while it is read.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"subscribers-{time.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv\"";
        Response.Headers.CacheControl = "no-store";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await export.WriteAsync(Filter, StaffActor.From(User), writer, cancellationToken);
        return new EmptyResult();
    }

    /// <summary>The address of this list with the same filter: another page of it, or its export.</summary>
    public string ListUrl(int? page = null, string? handler = null) => QueryString.Create(new Dictionary<string, string?>
    {
        ["handler"] = handler, ["q"] = Search, ["status"] = Status?.ToString(), ["frequency"] = Frequency?.ToString(),
        ["section"] = Section?.ToString(CultureInfo.InvariantCulture), ["version"] = Version?.ToString(CultureInfo.InvariantCulture),
        ["page"] = page?.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
