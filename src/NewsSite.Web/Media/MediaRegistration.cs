using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Options;
using NewsSite.Web.Media.Uploads;

namespace NewsSite.Web.Media;

public static class MediaRegistration
{
    /// <summary>
    /// Registers the upload service and its options (section <c>Media</c>). Uploaded images live in
    /// <see cref="MediaOptions.StoragePath"/>, relative to the content root unless absolute.
    /// </summary>
    public static WebApplicationBuilder AddMediaLibrary(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMediaLibrary();
        return builder;
    }

    /// <summary>The same registrations on a service collection, read from the configuration and environment in it.</summary>
    public static IServiceCollection AddMediaLibrary(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new MediaStorage(Path.Combine(
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath,
            provider.GetRequiredService<IOptions<MediaOptions>>().Value.StoragePath)));
        services.AddScoped<MediaUploads>();
        services.AddScoped<MediaLibraryQuery>();
        return services;
    }

    /// <summary>
    /// Serves the stored images at <c>/media/</c>. A file's name is a hash of its content, so browsers and
    /// proxies may keep it for a year without asking again. Only the four image types are served, as what
    /// they are, whatever else might end up in the folder.
    /// </summary>
    public static WebApplication UseMediaFiles(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var storage = app.Services.GetRequiredService<MediaStorage>();
        Directory.CreateDirectory(storage.Root);
        // Sensitive leaves out dot-prefixed, hidden and system files, such as the half-written ones in the incoming folder.
        var files = new PhysicalFileProvider(storage.Root, ExclusionFilters.Sensitive);
        app.Lifetime.ApplicationStopped.Register(files.Dispose);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = MediaStorage.UrlPrefix,
            FileProvider = files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(
                MediaImageFormat.All.ToDictionary(f => f.Extension, f => f.ContentType, StringComparer.OrdinalIgnoreCase)),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.CacheControl = "public, max-age=31536000, immutable";
                headers.XContentTypeOptions = "nosniff";
            },
        });
        return app;
    }
}
