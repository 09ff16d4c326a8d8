using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles.Editing;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Admin;

namespace NewsSite.Web.Pages.Admin.Subscribers;

/// <summary>
/// Subscribers, searched and filtered, who agreed to which Privacy Policy version, and the CSV
/// export. Admins only: these are personal data of every reader who subscribed.
/// </summary>
[Authorize(Policy = StaffPolicies.Admins)]
public class IndexModel(
    SubscriberList list, ConsentVersionCountsQuery versionCounts, SubscriberCsvExport export, EditorChoices choices, PolicyVersionsQuery policyVersions,
    TimeProvider time) : PageModel
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

    /// <summary>Show the subscribers just older than this id (the next page).</summary>
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    /// <summary>Show the subscribers just newer than this id (the previous page).</summary>
    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    public SubscriberListPage Subscribers { get; private set; } = new([], new(0, CountKind.Exact), false, false);

    public ConsentVersionCounts VersionCounts { get; private set; } = new([], Estimated: false);

    public PolicyVersions Versions { get; private set; } = new(new Dictionary<int, Web.Subscriptions.Consent.PolicyVersion>());

    public IReadOnlyList<(int Id, string Name)> Sections { get; private set; } = [];

    public SubscriberFilter Filter => new(Search ?? "", Status, Frequency, Section, Version);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Subscribers = await list.LoadAsync(Filter, new ListPosition(Before, After), cancellationToken);
        VersionCounts = await versionCounts.LoadAsync(cancellationToken);
        Versions = await policyVersions.LoadAsync(cancellationToken);
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

    /// <summary>The address of this list with the same filter: the page before or after a subscriber, or its export.</summary>
    public string ListUrl(long? before = null, long? after = null, string? handler = null) => "/admin/subscribers" + QueryString.Create(new Dictionary<string, string?>
    {
        ["handler"] = handler, ["q"] = Search, ["status"] = Status?.ToString(), ["frequency"] = Frequency?.ToString(),
        ["section"] = Section?.ToString(CultureInfo.InvariantCulture), ["version"] = Version?.ToString(CultureInfo.InvariantCulture),
        ["before"] = before?.ToString(CultureInfo.InvariantCulture), ["after"] = after?.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
