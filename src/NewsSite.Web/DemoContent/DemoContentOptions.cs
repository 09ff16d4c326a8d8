namespace NewsSite.Web.DemoContent;

/// <summary>Configuration section <c>DemoContent</c>: Development seeds a small demo site on first start.</summary>
public sealed class DemoContentOptions
{
    public const string SectionName = "DemoContent";

    public bool SeedOnStart { get; set; }
}
