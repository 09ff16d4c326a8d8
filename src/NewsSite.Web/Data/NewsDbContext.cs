using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Articles;
using NewsSite.Web.Authors;
using NewsSite.Web.Email.Outbox;
using NewsSite.Web.Media;
using NewsSite.Web.SitePages;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.Data;

/// <summary>
/// The one store of record. Each feature configures its own entities. Data Protection keys live
/// here too, so every node of a scaled-out site can read the others' cookies and tokens.
/// </summary>
public class NewsDbContext(DbContextOptions<NewsDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<MediaAsset> MediaAssets => Set<MediaAsset>();
    public DbSet<SitePage> SitePages => Set<SitePage>();
    public DbSet<SitePageVersion> SitePageVersions => Set<SitePageVersion>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<SiteSettings.SiteSettings> SiteSettings => Set<SiteSettings.SiteSettings>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);
    }
}
