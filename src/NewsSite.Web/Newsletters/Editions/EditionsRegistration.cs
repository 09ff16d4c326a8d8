namespace NewsSite.Web.Newsletters.Editions;

public static class EditionsRegistration
{
    /// <summary>Editions: building, editing and releasing them, their schedules and the scheduler.</summary>
    public static IServiceCollection AddDigestEditions(this IServiceCollection services)
    {
        services.AddScoped<EditionBuilder>();
        services.AddScoped<EditionEditor>();
        services.AddScoped<SuppressedRecipients>();
        services.AddScoped<EditionRelease>();
        services.AddScoped<OnDemandEditions>();
        services.AddScoped<DigestSchedules>();
        services.AddScoped<DigestScheduler>();
        services.AddHostedService<DigestSchedulerWorker>();
        return services;
    }
}
