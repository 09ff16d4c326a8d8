namespace NewsSite.Web.Subscriptions.Admin;

public static class SubscribersAdminRegistration
{
    /// <summary>The admin subscribers pages' services: the list, a subscriber's history, export, import and activity.</summary>
    public static IServiceCollection AddSubscribersAdmin(this IServiceCollection services)
    {
        services.AddScoped<SubscriberList>();
        services.AddScoped<ConsentVersionCountsQuery>();
        services.AddScoped<ConsentHistory>();
        services.AddScoped<PolicyVersionsQuery>();
        services.AddScoped<SubscriberCsvExport>();
        services.AddScoped<SubscriberImport>();
        services.AddScoped<SubscriberActivity>();
        return services;
    }
}
