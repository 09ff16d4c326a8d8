using NewsSite.TestSupport;

namespace NewsSite.Tests.Articles.Editing.Live;

/// <summary>Calls the editor's live endpoints the way article-editor.js does: a form post with the editor page's antiforgery token in a header.</summary>
internal static class EditorScript
{
    /// <summary>The token of the editor page for the article (or a new one), as the script reads it from the form.</summary>
    public static async Task<string> TokenAsync(HttpClient browser, int? articleId = null)
    {
        var page = await Html.ParseAsync(await browser.GetAsync($"/admin/articles/edit/{articleId}"));
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    /// <summary>Posts <paramref name="fields"/> to the live handler; without a token, as from a browser whose session is gone.</summary>
    public static Task<HttpResponseMessage> CallAsync(HttpClient browser, string handler, int? articleId, string? token, Dictionary<string, string>? fields = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/articles/live/{articleId}?handler={handler}")
        {
            Content = new FormUrlEncodedContent(fields ?? []),
        };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }
        return browser.SendAsync(request);
    }
}
