namespace NewsSite.Web.DemoContent;

public static class DemoContentRegistration
{
    public static WebApplicationBuilder AddDemoContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoContentOptions>().Bind(builder.Configuration.GetSection(DemoContentOptions.SectionName));
        builder.Services.AddScoped<DemoContentSeeder>();
        return builder;
    }
}
