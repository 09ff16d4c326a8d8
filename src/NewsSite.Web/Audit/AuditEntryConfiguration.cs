using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Accounts;

namespace NewsSite.Web.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("audit_entries");
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        // Admins read the log newest first.
        builder.HasIndex(e => e.At);
    }
}
