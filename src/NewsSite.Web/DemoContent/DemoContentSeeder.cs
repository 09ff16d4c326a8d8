using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Authors;
using NewsSite.Web.Data;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.SitePages;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.DemoContent;

/// <summary>
/// Fills an empty site with the demo newsroom: sections, authors, articles with figures, and
/// the Privacy Policy, Terms of Use and About pages. Everything is matched by slug, so seeding
/// again adds only what is missing and changes nothing that is there.
/// </summary>
public sealed class DemoContentSeeder(
    NewsDbContext db, TimeProvider time, IWebHostEnvironment environment, IOptions<SiteOptions> site, ILogger<DemoContentSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sections = await SeedSectionsAsync(cancellationToken);
        var authors = await SeedAuthorsAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var articles = new DemoArticleSeeder(db, environment.WebRootFileProvider, now);
        var added = await articles.SeedAsync(sections, authors, cancellationToken);
        added += await SeedSitePagesAsync(now, cancellationToken);
        if (!await db.SiteSettings.AnyAsync(cancellationToken))
        {
            db.SiteSettings.Add(DemoSiteSettings.Create(site.Value, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        if (added > 0)
        {
            logger.LogInformation("Seeded {Count} demo articles and pages", added);
        }
    }

    private async Task<Dictionary<string, Section>> SeedSectionsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Sections.ToDictionaryAsync(s => s.Slug, cancellationToken);
        var order = 0;
        foreach (var row in DemoContentFiles.PipeSeparatedRows("sections.txt"))
        {
            order++;
            if (!existing.ContainsKey(row[0]))
            {
                existing[row[0]] = db.Sections.Add(new Section { Slug = row[0], Name = row[1], Description = row[2], SortOrder = order }).Entity;
            }
        }
        return existing;
    }

    private async Task<Dictionary<string, Author>> SeedAuthorsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Authors.ToDictionaryAsync(a => a.Slug, cancellationToken);
        foreach (var row in DemoContentFiles.PipeSeparatedRows("authors.txt"))
        {
            if (!existing.ContainsKey(row[0]))
            {
                existing[row[0]] = db.Authors.Add(new Author { Slug = row[0], Name = row[1], Bio = row[2], AvatarUrl = row[3] }).Entity;
            }
        }
        return existing;
    }

    private async Task<int> SeedSitePagesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.SitePages.Select(p => p.Slug).ToHashSetAsync(cancellationToken);
        var added = 0;
        foreach (var document in DemoContentFiles.Documents("pages").Where(d => !existing.Contains(d.Text("slug"))))
        {
            var version = new SitePageVersion
            {
                Version = 1,
                Title = document.Text("title"),
                Summary = document.OptionalText("summary"),
                BodyMarkdown = document.Body,
                EffectiveFrom = now,
                CreatedAt = now,
            };
            db.SitePages.Add(new SitePage { Slug = document.Text("slug"), Versions = [version] });
            added++;
        }
        return added;
    }
}
