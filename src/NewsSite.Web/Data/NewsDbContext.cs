using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Accounts;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Revisions;
using NewsSite.Web.Audit;
using NewsSite.Web.Authors;
using NewsSite.Web.Email.Outbox;
using NewsSite.Web.Media;
using NewsSite.Web.SitePages;
using NewsSite.Web.Slugs;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.Data;

/// <summary>
/// The one store of record. Each feature configures its own entities. Staff accounts (ASP.NET
/// Core Identity) and Data Protection keys live here too, so every node of a scaled-out site can
/// read the others' cookies and tokens.
/// </summary>
public class NewsDbContext(DbContextOptions<NewsDbContext> options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<Articles.Previews.ArticlePreviewLink> ArticlePreviewLinks => Set<Articles.Previews.ArticlePreviewLink>();
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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Infrastructure.Security.SiteSecret> SiteSecrets => Set<Infrastructure.Security.SiteSecret>();
    public DbSet<Subscriptions.Subscriber> Subscribers => Set<Subscriptions.Subscriber>();
    public DbSet<Subscriptions.Consent.ConsentRecord> ConsentRecords => Set<Subscriptions.Consent.ConsentRecord>();
    public DbSet<Subscriptions.Consent.ConsentEvidence> ConsentEvidence => Set<Subscriptions.Consent.ConsentEvidence>();
    public DbSet<Subscriptions.Consent.ConsentWording> ConsentWordings => Set<Subscriptions.Consent.ConsentWording>();
    public DbSet<Newsletters.DigestEdition> DigestEditions => Set<Newsletters.DigestEdition>();
    public DbSet<Newsletters.DigestEditionArticle> DigestEditionArticles => Set<Newsletters.DigestEditionArticle>();
    public DbSet<Newsletters.DigestDelivery> DigestDeliveries => Set<Newsletters.DigestDelivery>();
    public DbSet<Newsletters.DigestSchedule> DigestSchedules => Set<Newsletters.DigestSchedule>();
    public DbSet<Subscriptions.SuppressedAddress> SuppressedAddresses => Set<Subscriptions.SuppressedAddress>();
    public DbSet<Articles.Editing.Live.ArticleAutosave> ArticleAutosaves => Set<Articles.Editing.Live.ArticleAutosave>();
    public DbSet<Articles.Editing.Live.ArticleEditingPresence> ArticleEditingPresence => Set<Articles.Editing.Live.ArticleEditingPresence>();
    public DbSet<Search.Lexicon.SearchWord> SearchWords => Set<Search.Lexicon.SearchWord>();
    public DbSet<Search.Lexicon.SearchLexiconQueueEntry> SearchLexiconQueue => Set<Search.Lexicon.SearchLexiconQueueEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        // Trigram similarity (search's spelling suggestions, the admin title filter); on every managed PostgreSQL.
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);
        // A byline belongs to a member of staff (Authors) without the Authors folder knowing about
        // accounts (Accounts): the link is made here. An account removed leaves its byline unclaimed.
        builder.Entity<Author>().HasOne<StaffUser>().WithMany().HasForeignKey(a => a.StaffUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
