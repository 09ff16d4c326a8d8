using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Subscriptions;

internal sealed class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    public void Configure(EntityTypeBuilder<Subscriber> builder)
    {
        builder.ToTable("subscribers");
        builder.Property(s => s.Email).HasMaxLength(Subscriber.EmailMaxLength);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.LinkKey).HasMaxLength(64);
        builder.Property(s => s.ConfirmationTokenHash).HasMaxLength(Sha256Hex.Length);
        builder.Property(s => s.PrivacyTokenHash).HasMaxLength(Sha256Hex.Length);
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
}
