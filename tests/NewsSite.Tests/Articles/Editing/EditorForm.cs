using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;

namespace NewsSite.Tests.Articles.Editing;

/// <summary>The article editor's form as a browser would submit it: checked boxes only, the chosen radio button, multipart.</summary>
internal static class EditorForm
{
    public const string NewArticle = "/admin/articles/edit";

    /// <summary>Every field the page shows, token included, with the values a browser would send untouched.</summary>
    public static async Task<Dictionary<string, string>> ReadAsync(HttpClient browser, string path)
    {
        var form = (await Html.ParseAsync(await browser.GetAsync(path))).QuerySelector("main form")
            ?? throw new InvalidOperationException($"{path} shows no form.");
        var fields = new Dictionary<string, string>();
        foreach (var field in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var type = field.GetAttribute("type");
            if (type is "file" || (type is "checkbox" or "radio" && !field.HasAttribute("checked")))
            {
                continue;
            }
            fields[field.GetAttribute("name")!] = field.LocalName switch
            {
                "textarea" => field.TextContent,
                "select" => (field.QuerySelector("option[selected]") ?? field.QuerySelector("option"))?.GetAttribute("value") ?? "",
                _ => field.GetAttribute("value") ?? "",
            };
        }
        return fields;
    }

    /// <summary>The new-article form with a headline, a unique address, some text and, where none is the writer's own, the first byline offered.</summary>
    public static async Task<Dictionary<string, string>> NewAsync(HttpClient browser, string title)
    {
        var fields = await ReadAsync(browser, NewArticle);
        if (fields["Input.AuthorId"] == "0")
        {
            var bylines = (await Html.ParseAsync(await browser.GetAsync(NewArticle))).QuerySelectorAll("#author option");
            fields["Input.AuthorId"] = bylines.Select(o => o.GetAttribute("value")!).First(value => value != "0");
        }
        fields["Input.Title"] = title;
        fields["Input.Slug"] = $"{title}-{Guid.NewGuid():N}";
        fields["Input.Summary"] = "A short summary.";
        fields["Input.BodyMarkdown"] = "Some **text**.";
        return fields;
    }

    /// <summary>Submits the form to <paramref name="handler"/>, with a file for the hero upload when given.</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient browser, string path, string handler, Dictionary<string, string> fields, (byte[] Content, string FileName)? heroUpload = null)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (heroUpload is var (bytes, fileName))
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "HeroUpload", fileName);
        }
        return await browser.PostAsync($"{path}?handler={handler}", content);
    }

    /// <summary>The article with this title, with its tags and hero image.</summary>
    public static async Task<NewsSite.Web.Articles.Article> ArticleAsync(NewsSiteFactory factory, string title)
    {
        await using var scope = factory.OpenDatabase();
        return await scope.Db.Articles.AsNoTracking().Include(a => a.Tags).Include(a => a.HeroImage).Include(a => a.Section)
            .SingleAsync(a => a.Title == title);
    }
}
