using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters;

public sealed class NewsletterConfiguration :
    IEntityTypeConfiguration<DigestEdition>,
    IEntityTypeConfiguration<DigestEditionArticle>,
    IEntityTypeConfiguration<DigestDelivery>,
    IEntityTypeConfiguration<DigestSchedule>
{
    public void Configure(EntityTypeBuilder<DigestEdition> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("digest_editions");
        builder.Property(e => e.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.PeriodKey).HasMaxLength(40);
        builder.Property(e => e.Subject).HasMaxLength(DigestEdition.SubjectMaxLength);
        builder.Property(e => e.Intro).HasMaxLength(DigestEdition.IntroMaxLength);
        // Exactly one edition per frequency and period, whichever instance's scheduler gets there first.
        builder.HasIndex(e => new { e.Frequency, e.PeriodKey }).IsUnique();
        builder.HasIndex(e => e.CreatedAt);
        builder.HasMany(e => e.Articles).WithOne().HasForeignKey(a => a.EditionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DigestEditionArticle> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("digest_edition_articles");
        builder.HasKey(a => new { a.EditionId, a.ArticleId });
        builder.HasOne(a => a.Article).WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DigestDelivery> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("digest_deliveries");
        // Room on every page, so that claiming a copy (lease and attempt, neither indexed) rewrites
        // its row in place instead of adding an entry to each of the table's indexes.
        builder.HasStorageParameter("fillfactor", 60);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.MessageId).HasMaxLength(200);
        builder.Property(d => d.LastError).HasMaxLength(DigestDelivery.ErrorMaxLength);
        // No foreign keys to the edition and the subscriber: PostgreSQL checks one per row, with a trigger
        // that also locks the row it finds, and at 1,000,000 copies those checks took half of a release's
        // 20 s. Nothing they would catch can happen: copies are written only by the release, from the
        // subscribers table and the edition it holds locked, and neither table ever deletes a row
        // (erasure leaves a tombstone).
        builder.HasIndex(d => new { d.EditionId, d.SubscriberId }).IsUnique();
        // What senders claim, in the order they claim it: only copies still to send are in this index,
        // so it stays small while 100,000 are sent, and a claim reads its batch off the front.
        builder.HasIndex(d => new { d.NextAttemptAt, d.Id }).HasFilter("status IN ('Queued', 'Deferred')").HasDatabaseName("ix_digest_deliveries_to_send");
        builder.HasIndex(d => new { d.EditionId, d.Status });
    }

    public void Configure(EntityTypeBuilder<DigestSchedule> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("digest_schedules");
        builder.HasKey(s => s.Frequency);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.HasData(
            new DigestSchedule { Frequency = DigestFrequency.Daily, Enabled = false, TimeOfDay = new TimeOnly(7, 0), DayOfWeek = DayOfWeek.Monday },
            new DigestSchedule { Frequency = DigestFrequency.Weekly, Enabled = false, TimeOfDay = new TimeOnly(8, 0), DayOfWeek = DayOfWeek.Saturday });
    }
}
