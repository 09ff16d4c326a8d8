using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Media;

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> builder)
    {
        builder.Property(m => m.Path).HasMaxLength(500);
        builder.HasIndex(m => m.Path).IsUnique();
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.Property(m => m.AltText).HasMaxLength(MediaAssetLimits.AltTextLength);
        builder.Property(m => m.Caption).HasMaxLength(MediaAssetLimits.CaptionLength);
        builder.Property(m => m.Credit).HasMaxLength(MediaAssetLimits.CreditLength);
    }
}
