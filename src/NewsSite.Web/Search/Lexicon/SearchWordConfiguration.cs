using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Search.Lexicon;

internal sealed class SearchWordConfiguration : IEntityTypeConfiguration<SearchWord>, IEntityTypeConfiguration<SearchLexiconQueueEntry>
{
    public void Configure(EntityTypeBuilder<SearchWord> builder)
    {
        builder.HasKey(w => w.Word);
        builder.Property(w => w.Word).HasMaxLength(SearchWord.MaxLength);
        // Trigram similarity finds the known words closest to a misspelt one.
        builder.HasIndex(w => w.Word).HasDatabaseName("ix_search_words_word_trigrams").HasMethod("gin").HasOperators("gin_trgm_ops");
    }

    public void Configure(EntityTypeBuilder<SearchLexiconQueueEntry> builder)
    {
        builder.ToTable("search_lexicon_queue");
        builder.HasKey(e => e.ArticleId);
        builder.HasOne<Articles.Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
