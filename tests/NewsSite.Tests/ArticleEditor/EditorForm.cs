using AngleSharp.Html.Dom;
using NewsSite.TestSupport;

namespace NewsSite.Tests.ArticleEditor;

/// <summary>The article editor's form as a browser would submit it unchanged.</summary>
internal static class EditorForm
{
    public static async Task<Dictionary<string, string>> FieldsAsync(HttpClient browser, string path)
    {
        var form = (IHtmlFormElement)(await Html.ParseAsync(await browser.GetAsync(path))).QuerySelector("main form")!;
        var fields = new Dictionary<string, string>();
        foreach (var control in form.Elements)
        {
            var (name, value) = control switch
            {
                IHtmlInputElement input => (input.Name, input.Value),
                IHtmlTextAreaElement text => (text.Name, text.Value),
                IHtmlSelectElement select => (select.Name, select.Value),
                _ => (null, ""),
            };
            if (!string.IsNullOrEmpty(name))
            {
                fields[name] = value ?? "";
            }
        }
        return fields;
    }
}
