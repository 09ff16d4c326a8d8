using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.SiteSettings;

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> builder)
    {
        builder.ToTable("site_settings", t => t.HasCheckConstraint("ck_site_settings_single_row", $"id = {SiteSettings.SingletonId}"));
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SiteName).HasMaxLength(120);
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.Property(s => s.PostalAddress).HasMaxLength(SettingsValidation.MaxPostalAddressLength);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.OwnsMany(s => s.SocialLinks, b => b.ToJson());
        builder.OwnsOne(s => s.Ads, ads =>
        {
            ads.ToJson();
            ads.OwnsOne(a => a.InArticle);
            ads.OwnsOne(a => a.Sidebar);
        });
    }
}
