using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Subscriptions.Consent;

internal sealed class ConsentEvidenceConfiguration : IEntityTypeConfiguration<ConsentEvidence>
{
    public void Configure(EntityTypeBuilder<ConsentEvidence> builder)
    {
        builder.ToTable("consent_evidence");
        builder.HasKey(e => e.ConsentRecordId);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.UserAgent).HasMaxLength(ConsentEvidence.UserAgentMaxLength);
    }
}
