using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Audit;
using NewsSite.Web.Subscriptions;
using NewsSite.Web.Subscriptions.Admin;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Tests.Subscriptions.Admin;

public class SubscriberImportTests(SubscriptionFixture site) : IClassFixture<SubscriptionFixture>
{
    private const string ImportPath = "/admin/subscribers/import";
    private const string Explanation = "Signed up on paper at the book fair, 12 October";
    private const string Source = "Book fair sign-up sheets";

    [Fact]
    public async Task Imported_addresses_become_active_subscribers_with_a_ledger_row_and_export_as_imported()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        string[] addresses = [$"ann.{tag}@example.org", $"-bob.{tag}@example.org", $"cat.{tag}@example.org"];
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);

        var report = await ImportAsync(admin, $"email,frequency\n{addresses[0]},weekly\n{CsvText.Cell(addresses[1])},\n{addresses[2].ToUpperInvariant()},Daily\n");

        Assert.Equal("3 imported", report.QuerySelector("#report-heading")!.TextContent);
        var export = await admin.GetAsync($"/admin/subscribers?handler=Export&q={tag}");
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var rows = CsvText.Records(await export.Content.ReadAsStringAsync()).Select(r => r.Cells).ToList();
        Assert.Equal(SubscriberCsvExport.Columns, rows[0]);
        Assert.Equal(
            [("'" + addresses[1], "Active", "Daily", "all", "import"), (addresses[0], "Active", "Weekly", "all", "import"), (addresses[2], "Active", "Daily", "all", "import")],
            rows.Skip(1).Select(r => (r[0], r[1], r[2], r[3], r[4])).OrderBy(r => r.Item1.TrimStart('\''), StringComparer.Ordinal));
        Assert.All(rows.Skip(1), r => Assert.NotEqual("", r[6]));
        var imported = await site.Factory.SubscriberAsync(addresses[1]);
        var row = Assert.Single(await site.Factory.LedgerAsync(imported.Id));
        Assert.Equal((ConsentAction.Imported, ConsentMethod.AdminImport, Source, null), (row.Action, row.Method, row.Source, row.Evidence));
        Assert.Equal($"Lawful basis: consent given elsewhere: {Explanation} Imported by Test Admin.", row.Details);
        Assert.Equal([AuditAction.SubscribersImported, AuditAction.SubscribersExported], await LatestAuditAsync(2));
    }

    [Fact]
    public async Task Suppressed_existing_repeated_and_invalid_rows_are_skipped_and_reported_by_line()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (erased, existing, fresh) = ($"erased.{tag}@example.org", $"existing.{tag}@example.org", $"fresh.{tag}@example.org");
        await SuppressAsync(erased);
        var existingId = await site.Factory.SeedSubscriberAsync(existing, SubscriberStatus.Unsubscribed);
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);

        var report = await ImportAsync(admin, $"email,frequency\n{fresh},daily\n{erased},daily\nnot-an-address,daily\n{existing},weekly\n{fresh},weekly\n{tag}@example.org,hourly\n");

        Assert.Equal("1 imported", report.QuerySelector("#report-heading")!.TextContent);
        var text = report.QuerySelector(".import-report")!.TextContent;
        Assert.Contains("On the suppression list (erased or bounced), not imported: 1 Lines 3", Collapse(text), StringComparison.Ordinal);
        Assert.Contains("Already subscribers, left as they were: 1 Lines 5", Collapse(text), StringComparison.Ordinal);
        Assert.Contains("Repeats of an address earlier in the file: 1 Lines 6", Collapse(text), StringComparison.Ordinal);
        Assert.DoesNotContain(erased, text, StringComparison.Ordinal);
        Assert.Equal(
            [("4", "Enter an email address like name@example.com."), ("7", "The frequency must be daily or weekly.")],
            report.QuerySelectorAll("table.import-invalid tbody tr").Select(r => (r.Children[0].TextContent, r.Children[1].TextContent)));
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.Subscribers.AnyAsync(s => s.Email == erased));
        Assert.Equal(SubscriberStatus.Unsubscribed, (await scope.Db.Subscribers.SingleAsync(s => s.Id == existingId)).Status);
        Assert.False(await scope.Db.ConsentRecords.AnyAsync(r => r.SubscriberId == existingId));
    }

    [Theory]
    [InlineData("Form.Basis", "Choose the lawful basis for emailing these people.")]
    [InlineData("Form.Explanation", "Explain the lawful basis in your own words")]
    [InlineData("Form.Source", "Say where the list came from")]
    public async Task Import_without_a_stated_lawful_basis_or_source_is_refused_and_changes_nothing(string missing, string message)
    {
        var email = Subscribing.NewAddress();
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var auditBefore = await AuditCountAsync();

        var page = await ImportAsync(admin, $"email\n{email}\n", without: missing);

        Assert.StartsWith(message, page.QuerySelector("[role=alert] li")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".import-report"));
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.Subscribers.AnyAsync(s => s.Email == email));
        Assert.Equal(auditBefore, await AuditCountAsync());
    }

    [Fact]
    public async Task Files_over_the_size_limit_or_without_an_email_column_are_refused_with_a_reason()
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var big = "email\n" + string.Concat(Enumerable.Range(0, 200_000).Select(i => $"reader{i:D8}@example.org\n"));

        var tooBig = await ImportAsync(admin, big);
        var noHeader = await ImportAsync(admin, $"{Subscribing.NewAddress()}\n");

        Assert.Equal("The file is larger than 5 MB; split it and import the parts one by one.", tooBig.QuerySelector("[role=alert] li")!.TextContent);
        Assert.StartsWith("The first line must name the columns", noHeader.QuerySelector("[role=alert] li")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Posts the import form as a browser would: multipart, with the page's antiforgery token.</summary>
    private static async Task<IDocument> ImportAsync(HttpClient admin, string csv, string? without = null)
    {
        var form = await Html.ParseAsync(await admin.GetAsync(ImportPath));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Form.Basis"] = nameof(LawfulBasis.ConsentGivenElsewhere),
            ["Form.Explanation"] = Explanation,
            ["Form.Source"] = Source,
        };
        if (without is not null)
        {
            fields.Remove(without);
        }
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "subscribers.csv");
        return await Html.ParseAsync(await admin.PostAsync(ImportPath, content));
    }

    private async Task SuppressAsync(string address)
    {
        await using var scope = site.Factory.OpenDatabase();
        await scope.Get<SuppressionList>().AddAsync(address, SuppressionReason.Erased);
        await scope.Db.SaveChangesAsync();
    }

    private async Task<List<AuditAction>> LatestAuditAsync(int count)
    {
        await using var scope = site.Factory.OpenDatabase();
        return (await scope.Db.AuditEntries.OrderByDescending(e => e.Id).Take(count).Select(e => e.Action).ToListAsync()).AsEnumerable().Reverse().ToList();
    }

    private async Task<int> AuditCountAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.AuditEntries.CountAsync(e => e.Action == AuditAction.SubscribersImported);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
