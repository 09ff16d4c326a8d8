using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Subscriptions;

internal sealed class SuppressedAddressConfiguration : IEntityTypeConfiguration<SuppressedAddress>
{
    public void Configure(EntityTypeBuilder<SuppressedAddress> builder)
    {
        builder.ToTable("suppressed_addresses");
        builder.HasKey(s => s.AddressHash);
        builder.Property(s => s.AddressHash).HasMaxLength(Sha256Hex.Length);
        builder.Property(s => s.Reason).HasConversion<string>().HasMaxLength(16);
    }
}
