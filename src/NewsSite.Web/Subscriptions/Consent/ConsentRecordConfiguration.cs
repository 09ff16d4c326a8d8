using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.SitePages;

namespace NewsSite.Web.Subscriptions.Consent;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("consent_records");
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Method).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.WordingSha256).HasMaxLength(Sha256Hex.Length);
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
}
