using System.Data.Common;

namespace NewsSite.Web.Articles;

/// <summary>
/// The columns and joins that make an <see cref="ArticleCard"/> in hand-written SQL, for an
/// article aliased <c>a</c>, and the reader that turns them back into a card.
/// </summary>
public static class ArticleCardSql
{
    public const int ColumnCount = 15;

    public const string Columns =
        "a.id, a.title, a.slug, s.slug, s.name, a.summary, au.name, a.published_at, " +
        "m.path, a.hero_alt_text, a.hero_caption, a.hero_credit, m.width, m.height, m.variant_widths";

    public const string Joins = """
        JOIN sections s ON s.id = a.section_id
        JOIN authors au ON au.id = a.author_id
        LEFT JOIN media_assets m ON m.id = a.hero_image_id
        """;

    /// <summary>Reads the card whose <see cref="Columns"/> start at ordinal <paramref name="first"/>.</summary>
    public static ArticleCard Read(DbDataReader reader, int first) => new(
        reader.GetInt32(first), reader.GetString(first + 1), reader.GetString(first + 2), reader.GetString(first + 3), reader.GetString(first + 4),
        reader.GetString(first + 5), reader.GetString(first + 6), reader.GetFieldValue<DateTimeOffset>(first + 7), ReadHero(reader, first + 8));

    /// <summary>Reads the hero image whose columns (path to variant widths) start at <paramref name="first"/>.</summary>
    public static HeroImage? ReadHero(DbDataReader reader, int first) => reader.IsDBNull(first) ? null : new HeroImage(
        reader.GetString(first), reader.GetString(first + 1), reader.GetString(first + 2), reader.GetString(first + 3),
        reader.GetInt32(first + 4), reader.GetInt32(first + 5), reader.GetFieldValue<int[]>(first + 6));
}
