using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.SitePages;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions;

public sealed class SubscriptionConfiguration :
    IEntityTypeConfiguration<Subscriber>,
    IEntityTypeConfiguration<ConsentRecord>,
    IEntityTypeConfiguration<ConsentEvidence>,
    IEntityTypeConfiguration<ConsentWording>,
    IEntityTypeConfiguration<SuppressedAddress>
{
    private const int Sha256HexLength = 64;

    public void Configure(EntityTypeBuilder<Subscriber> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("subscribers");
        builder.Property(s => s.Email).HasMaxLength(Subscriber.EmailMaxLength);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.LinkKey).HasMaxLength(64);
        builder.Property(s => s.ConfirmationTokenHash).HasMaxLength(Sha256HexLength);
        builder.Property(s => s.PrivacyTokenHash).HasMaxLength(Sha256HexLength);
        builder.Property(s => s.Source).HasMaxLength(64);
        // One subscription per address; erased rows have none.
        builder.HasIndex(s => s.Email).IsUnique();
        builder.HasIndex(s => s.ConfirmationTokenHash).IsUnique();
        builder.HasIndex(s => s.PrivacyTokenHash).IsUnique();
        builder.HasIndex(s => new { s.Status, s.Frequency });
        // The admin list of one status, newest first, read a page at a time: a status few have
        // (pending, unsubscribed) is found without walking the whole list.
        builder.HasIndex(s => new { s.Status, s.Id }).IsCreatedConcurrently();
    }

    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("consent_records");
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Method).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.WordingSha256).HasMaxLength(Sha256HexLength);
        builder.Property(r => r.Source).HasMaxLength(200);
        builder.Property(r => r.Details).HasMaxLength(ConsentRecord.DetailsMaxLength);
        builder.HasOne(r => r.Subscriber).WithMany().HasForeignKey(r => r.SubscriberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SitePageVersion>().WithMany().HasForeignKey(r => r.PrivacyPolicyVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SitePageVersion>().WithMany().HasForeignKey(r => r.TermsVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsentWording>().WithMany().HasForeignKey(r => r.WordingSha256).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Evidence).WithOne().HasForeignKey<ConsentEvidence>(e => e.ConsentRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SubscriberId, r.Id });
        builder.HasIndex(r => new { r.Action, r.RecordedAt });
    }

    public void Configure(EntityTypeBuilder<ConsentEvidence> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("consent_evidence");
        builder.HasKey(e => e.ConsentRecordId);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.UserAgent).HasMaxLength(ConsentEvidence.UserAgentMaxLength);
    }

    public void Configure(EntityTypeBuilder<ConsentWording> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("consent_wordings");
        builder.HasKey(w => w.Sha256);
        builder.Property(w => w.Sha256).HasMaxLength(Sha256HexLength);
    }

    public void Configure(EntityTypeBuilder<SuppressedAddress> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("suppressed_addresses");
        builder.HasKey(s => s.AddressHash);
        builder.Property(s => s.AddressHash).HasMaxLength(Sha256HexLength);
        builder.Property(s => s.Reason).HasConversion<string>().HasMaxLength(16);
    }
}
