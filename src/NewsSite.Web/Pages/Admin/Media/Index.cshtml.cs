using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Accounts;
using NewsSite.Web.Media;
using NewsSite.Web.Media.Uploads;

namespace NewsSite.Web.Pages.Admin.Media;

/// <summary>The media library: upload an image with its alt text, caption and credit, and see the newest. Editors and Admins.</summary>
[Authorize(Policy = StaffPolicies.Editors)]
public class IndexModel(MediaUploads uploads, MediaLibraryQuery library) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? AltText { get; set; }

    [BindProperty]
    public string? Caption { get; set; }

    [BindProperty]
    public string? Credit { get; set; }

    public string? Problem { get; private set; }

    [TempData]
    public string? Confirmation { get; set; }

    public IReadOnlyList<MediaAsset> Assets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Problem = "Choose an image to upload.";
            await LoadAsync(cancellationToken);
            return Page();
        }
        await using var content = Upload.OpenReadStream();
        var result = await uploads.UploadAsync(new MediaUpload(content, Upload.FileName, AltText, Caption, Credit), cancellationToken);
        if (!result.Succeeded)
        {
            Problem = result.Refusal.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }
        Confirmation = result.AlreadyInLibrary ? "This picture was already in the library; its entry is shown first." : "Image uploaded.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Assets = await library.NewestAsync(cancellationToken);
}
