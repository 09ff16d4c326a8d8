using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Subscriptions.Admin;

namespace NewsSite.Web.Pages.Admin.Subscribers;

/// <summary>Imports a CSV list of addresses as subscribers, with the lawful basis and source stated. Admins only.</summary>
[Authorize(Policy = StaffPolicies.Admins)]
public class ImportModel(SubscriberImport import) : PageModel
{
    public const string UploadField = "Upload";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public ImportForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var problems = Form.Problems().ToDictionary(StringComparer.Ordinal);
        if (Upload is null || Upload.Length == 0)
        {
            problems[UploadField] = "Choose a CSV file to import.";
        }
        else if (Upload.Length > SubscriberImportFile.MaxBytes)
        {
            problems[UploadField] = $"The file is larger than {SubscriberImportFile.MaxBytes / (1024 * 1024)} MB; split it and import the parts one by one.";
        }
        if (problems.Count == 0)
        {
            await using var content = Upload!.OpenReadStream();
            var (file, refusal) = await SubscriberImportFile.ReadAsync(content, cancellationToken);
            (Report, refusal) = file is null ? (null, refusal) : await import.ImportAsync(file, Form, StaffActor.From(User), cancellationToken);
            if (refusal is not null)
            {
                problems[UploadField] = refusal;
            }
        }
        Problems = problems;
        return Page();
    }
}
