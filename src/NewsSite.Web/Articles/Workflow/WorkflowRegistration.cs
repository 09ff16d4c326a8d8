using NewsSite.Web.Articles.Revisions;

namespace NewsSite.Web.Articles.Workflow;

public static class WorkflowRegistration
{
    /// <summary>The editorial workflow, article revisions and the scheduled-publishing worker.</summary>
    public static WebApplicationBuilder AddArticleWorkflow(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddArticleWorkflow();
        return builder;
    }

    /// <summary>
    /// The services themselves, for hosts built without a <see cref="WebApplicationBuilder"/> (the
    /// tests add them this way). Adding them twice changes nothing, so a second worker never starts.
    /// </summary>
    public static IServiceCollection AddArticleWorkflow(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(ArticleWorkflow)))
        {
            return services;
        }
        services.AddOptions<ScheduledPublishingOptions>()
            .BindConfiguration(ScheduledPublishingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<ArticleInputValidator>();
        services.AddScoped<ArticleWorkflow>();
        services.AddScoped<ArticleRevisions>();
        services.AddScoped<ScheduledPublisher>();
        services.AddHostedService<ScheduledPublishingWorker>();
        return services;
    }
}
