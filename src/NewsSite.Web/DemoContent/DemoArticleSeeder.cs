using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using NewsSite.Web.Articles;
using NewsSite.Web.Authors;
using NewsSite.Web.Data;
using NewsSite.Web.Media;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Web.DemoContent;

/// <summary>
/// Adds the demo articles that are missing, with their tags and hero images. Publication times
/// are relative to the moment of seeding, so a fresh demo site always reads as current.
/// </summary>
internal sealed class DemoArticleSeeder(NewsDbContext db, IFileProvider webRoot, DateTimeOffset now)
{
    private Dictionary<string, Tag> _tags = [];
    private Dictionary<string, MediaAsset> _media = [];
    private int _featured;

    /// <summary>The demo illustrations ship with copies at these widths beside each original.</summary>
    private static readonly int[] DemoVariantWidths = [480, 960];

    public async Task<int> SeedAsync(Dictionary<string, Section> sections, Dictionary<string, Author> authors, CancellationToken cancellationToken)
    {
        var existingSlugs = await db.Articles.Select(a => a.Slug).ToHashSetAsync(cancellationToken);
        _tags = await db.Tags.ToDictionaryAsync(t => t.Slug, cancellationToken);
        _media = await db.MediaAssets.ToDictionaryAsync(m => m.Path, cancellationToken);

        var added = 0;
        foreach (var document in DemoContentFiles.Documents("articles").Where(d => !existingSlugs.Contains(d.Text("slug"))))
        {
            db.Articles.Add(ToArticle(document, sections, authors));
            added++;
        }
        return added;
    }

    private Article ToArticle(FrontMatterDocument document, Dictionary<string, Section> sections, Dictionary<string, Author> authors)
    {
        var publishedAt = now.AddHours(-document.Number("publishedHoursAgo"));
        return new Article
        {
            Title = document.Text("title"),
            Slug = document.Text("slug"),
            Summary = document.Text("summary"),
            BodyMarkdown = document.Body,
            Section = sections[document.Text("section")],
            Author = authors[document.Text("author")],
            Tags = document.List("tags").Select(TagFor).ToList(),
            HeroImage = MediaFor(document),
            HeroAltText = document.Text("heroAlt"),
            HeroCaption = document.OptionalText("heroCaption"),
            HeroCredit = document.OptionalText("heroCredit"),
            IsFeatured = document.Flag("featured"),
            FeaturedRank = document.Flag("featured") ? ++_featured : 0,
            Status = ArticleStatus.Published,
            CreatedAt = publishedAt,
            UpdatedAt = publishedAt,
            PublishedAt = publishedAt,
        };
    }

    private Tag TagFor(string name)
    {
        var slug = name.ToLowerInvariant().Replace(' ', '-');
        if (!_tags.TryGetValue(slug, out var tag))
        {
            tag = _tags[slug] = new Tag { Name = name, Slug = slug };
        }
        return tag;
    }

    private MediaAsset MediaFor(FrontMatterDocument document)
    {
        var path = document.Text("hero");
        if (!_media.TryGetValue(path, out var asset))
        {
            var file = webRoot.GetFileInfo(path);
            using var stream = file.Exists ? file.CreateReadStream() : throw new FileNotFoundException($"{document.Name}: hero image '{path}' is not in wwwroot.");
            var size = JpegDimensions.Read(stream) ?? throw new FormatException($"{document.Name}: '{path}' is not a readable JPEG.");
            asset = _media[path] = new MediaAsset
            {
                Path = path,
                ContentType = "image/jpeg",
                Width = size.Width,
                Height = size.Height,
                AltText = document.Text("heroAlt"),
                Caption = document.OptionalText("heroCaption"),
                Credit = document.OptionalText("heroCredit"),
                CreatedAt = now,
                VariantWidths = DemoVariantWidths.Where(w => webRoot.GetFileInfo(ResponsiveImage.VariantPath(path, w)).Exists).ToArray(),
            };
        }
        return asset;
    }
}
