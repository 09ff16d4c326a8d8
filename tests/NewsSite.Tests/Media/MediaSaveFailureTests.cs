using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsSite.TestSupport;
using NewsSite.Web.Data;
using NewsSite.Web.Media;
using NewsSite.Web.Media.Uploads;

namespace NewsSite.Tests.Media;

/// <summary>What an upload leaves behind when its row cannot be saved as planned.</summary>
public sealed class MediaSaveFailureTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>, IDisposable
{
    private readonly MediaStorage _storage = new(Path.Combine(Path.GetTempPath(), "newssite-tests-media", Guid.NewGuid().ToString("N")));

    [Fact]
    public async Task When_the_row_cannot_be_saved_the_files_written_for_it_are_removed()
    {
        string? path = null;
        await using var db = Database(new BeforeSave(pending =>
        {
            path = pending.Path;
            throw new DbUpdateException("The database went away.");
        }));

        await Assert.ThrowsAsync<DbUpdateException>(() => Upload(db, TestImages.Encoded(1000, 600, TestFormat.Jpeg)));

        Assert.NotNull(path);
        Assert.Empty(Directory.GetFiles(_storage.Root, "*", SearchOption.AllDirectories));
        await using var check = Database();
        Assert.False(await check.MediaAssets.AnyAsync(m => m.Path == path));
    }

    [Fact]
    public async Task When_the_same_picture_is_saved_by_another_upload_first_its_files_and_row_stay()
    {
        // Another editor's upload of the same picture commits between this upload's look-up and its save.
        await using var db = Database(new BeforeSave(async pending =>
        {
            await using var other = Database();
            other.MediaAssets.Add(new MediaAsset { Path = pending.Path, ContentType = pending.ContentType, Width = pending.Width, Height = pending.Height, AltText = "Theirs" });
            await other.SaveChangesAsync();
        }));

        var result = await Upload(db, TestImages.Encoded(1000, 600, TestFormat.Png));

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.True(result.AlreadyInLibrary);
        Assert.Equal("Theirs", result.Asset.AltText);
        Assert.True(File.Exists(_storage.FilePath(result.Asset.Path["/media/".Length..])));
        Assert.True(File.Exists(_storage.FilePath(ResponsiveImage.VariantPath(result.Asset.Path["/media/".Length..], 960))));
    }

    public void Dispose()
    {
        if (Directory.Exists(_storage.Root))
        {
            Directory.Delete(_storage.Root, recursive: true);
        }
    }

    private Task<MediaUploadResult> Upload(NewsDbContext db, byte[] picture)
    {
        var uploads = new MediaUploads(db, _storage, Options.Create(new MediaOptions()), TimeProvider.System, NullLogger<MediaUploads>.Instance);
        return uploads.UploadAsync(new MediaUpload(new MemoryStream(picture), "picture"));
    }

    private NewsDbContext Database(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<NewsDbContext>();
        NewsDatabaseOptions.Configure(options, site.Factory.ConnectionString);
        return new NewsDbContext(options.AddInterceptors(interceptors).Options);
    }

    /// <summary>Runs a step just before the media asset being added is saved.</summary>
    private sealed class BeforeSave(Func<MediaAsset, Task> step) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await step(eventData.Context!.ChangeTracker.Entries<MediaAsset>().Single(e => e.State == EntityState.Added).Entity);
            return result;
        }
    }
}
