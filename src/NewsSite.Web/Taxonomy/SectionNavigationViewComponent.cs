using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Taxonomy;

/// <summary>The sections listed in the site header, in editors' order.</summary>
public sealed class SectionNavigationViewComponent(NewsDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var sections = await db.Sections.AsNoTracking()
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Name)
            .Select(s => s.Name)
            .ToListAsync(HttpContext.RequestAborted);
        return View(sections);
    }
}
