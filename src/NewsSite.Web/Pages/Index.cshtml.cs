using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsSite.Web.Pages;

public class IndexModel : PageModel
{
    public void OnGet()
    {

    }
}
