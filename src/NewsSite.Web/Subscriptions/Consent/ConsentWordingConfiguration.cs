using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Subscriptions.Consent;

internal sealed class ConsentWordingConfiguration : IEntityTypeConfiguration<ConsentWording>
{
    public void Configure(EntityTypeBuilder<ConsentWording> builder)
    {
        builder.ToTable("consent_wordings");
        builder.HasKey(w => w.Sha256);
        builder.Property(w => w.Sha256).HasMaxLength(Sha256Hex.Length);
    }
}
