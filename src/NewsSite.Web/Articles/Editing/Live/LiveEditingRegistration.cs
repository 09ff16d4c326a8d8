namespace NewsSite.Web.Articles.Editing.Live;

public static class LiveEditingRegistration
{
    /// <summary>The article editor's companions: autosaves on the server and who else is editing.</summary>
    public static IServiceCollection AddLiveEditing(this IServiceCollection services)
    {
        services.AddScoped<ArticleAutosaves>();
        services.AddScoped<EditingPresence>();
        services.AddScoped<EditorSessions>();
        return services;
    }
}
