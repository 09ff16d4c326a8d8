using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsSite.TestSupport;
using NewsSite.Web.Media;
using NewsSite.Web.Media.Uploads;

namespace NewsSite.Tests.Media;

/// <summary>The site with the media library added, storing into a folder of its own, on a fixed date.</summary>
public class MediaLibraryFixture : NewsSiteFixture
{
    public static readonly DateTimeOffset Today = new(2026, 11, 29, 9, 30, 0, TimeSpan.Zero);

    public string StoragePath { get; } = Path.Combine(Path.GetTempPath(), "newssite-tests-media", Guid.NewGuid().ToString("N"));

    public CapturingLogger<MediaUploads> Log { get; } = new();

    protected override void Configure(NewsSiteFactory factory)
    {
        factory.Settings["Media:StoragePath"] = StoragePath;
        factory.ServiceOverrides.Add(services =>
        {
            services.AddMediaLibrary();
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(Today));
            services.AddSingleton<ILogger<MediaUploads>>(Log);
        });
    }

    public async Task<MediaUploadResult> UploadAsync(byte[] file, string fileName, string? altText = null, string? caption = null, string? credit = null)
    {
        await using var scope = Factory.OpenDatabase();
        using var content = new MemoryStream(file);
        return await scope.Get<MediaUploads>().UploadAsync(new MediaUpload(content, fileName, altText, caption, credit));
    }

    public async Task<MediaAsset?> FindRowAsync(string path)
    {
        await using var scope = Factory.OpenDatabase();
        return await scope.Db.MediaAssets.AsNoTracking().SingleOrDefaultAsync(m => m.Path == path);
    }

    /// <summary>Rows for uploaded media; the seeded demo images live elsewhere.</summary>
    public async Task<int> CountUploadedRowsAsync()
    {
        await using var scope = Factory.OpenDatabase();
        return await scope.Db.MediaAssets.CountAsync(m => m.Path.StartsWith(MediaStorage.UrlPrefix + "/"));
    }

    /// <summary>The file on disk behind a <c>/media/…</c> URL path.</summary>
    public string FileFor(string urlPath) => Path.Combine(StoragePath, urlPath[(MediaStorage.UrlPrefix.Length + 1)..]);

    public string[] StoredFiles() =>
        Directory.Exists(StoragePath) ? Directory.GetFiles(StoragePath, "*", SearchOption.AllDirectories) : [];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(StoragePath))
        {
            Directory.Delete(StoragePath, recursive: true);
        }
    }
}
