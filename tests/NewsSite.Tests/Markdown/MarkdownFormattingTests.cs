namespace NewsSite.Tests.Markdown;

/// <summary>The formatting editors rely on when writing articles.</summary>
public class MarkdownFormattingTests
{
    [Fact]
    public void Headings_get_github_style_ids()
    {
        var body = RenderedMarkdown.Body("## Why it matters\n\n### What's next? *Q&A*");

        Assert.Equal("why-it-matters", body.QuerySelector("h2")!.Id);
        Assert.Equal("whats-next-qa", body.QuerySelector("h3")!.Id);
    }

    [Fact]
    public void Repeated_headings_get_numbered_ids_that_skip_ids_already_used()
    {
        var body = RenderedMarkdown.Body("## Update\n\n## Update-1\n\n## Update\n\n## Update\n\n#\n");

        Assert.Equal(["update", "update-1", "update-2", "update-3", "section"], body.QuerySelectorAll("h1, h2").Select(h => h.Id));
    }

    [Fact]
    public void Lists_keep_their_items_and_numbering()
    {
        var body = RenderedMarkdown.Body("- Apples\n- Pears\n\n3. Third\n4. Fourth\n\na. First\nb. Second");

        Assert.Equal(["Apples", "Pears"], body.QuerySelectorAll("ul > li").Select(li => li.TextContent));
        var ordered = body.QuerySelectorAll("ol");
        Assert.Equal("3", ordered[0].GetAttribute("start"));
        Assert.Equal(["Third", "Fourth"], ordered[0].Children.Select(li => li.TextContent));
        Assert.Equal("a", ordered[1].GetAttribute("type"));
    }

    [Fact]
    public void Blockquotes_hold_their_paragraphs()
    {
        var body = RenderedMarkdown.Body("> We will rebuild.\n>\n> — The mayor");

        Assert.Equal(["We will rebuild.", "— The mayor"], body.QuerySelectorAll("blockquote > p").Select(p => p.TextContent));
    }

    [Fact]
    public void Tables_mark_column_alignment_with_classes_instead_of_styles()
    {
        var body = RenderedMarkdown.Body("| Party | Seats |\n|:------|------:|\n| Green | 12 |\n| Blue | 7 |");

        Assert.Equal(["Party", "Seats"], body.QuerySelectorAll("table > thead > tr > th").Select(th => th.TextContent));
        Assert.Equal(["Green", "12", "Blue", "7"], body.QuerySelectorAll("table > tbody > tr > td").Select(td => td.TextContent));
        Assert.Equal(["align-right", "align-right", "align-right"], body.QuerySelectorAll("th:nth-child(2), td:nth-child(2)").Select(c => c.ClassName));
        Assert.Equal("align-left", body.QuerySelector("td")!.ClassName);
        Assert.Empty(body.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void Fenced_code_keeps_its_text_and_language()
    {
        var body = RenderedMarkdown.Body("```csharp\nif (a < b && c > d) { }\n```");

        var code = body.QuerySelector("pre > code")!;
        Assert.Equal("language-csharp", code.ClassName);
        Assert.Equal("if (a < b && c > d) { }\n", code.TextContent);
    }

    [Fact]
    public void Emphasis_extras_render_as_their_elements()
    {
        var body = RenderedMarkdown.Body("*em* **strong** ~~gone~~ H~2~O E=mc^2^");

        Assert.Equal("em", body.QuerySelector("em")!.TextContent);
        Assert.Equal("strong", body.QuerySelector("strong")!.TextContent);
        Assert.Equal("gone", body.QuerySelector("del")!.TextContent);
        Assert.Equal("2", body.QuerySelector("sub")!.TextContent);
        Assert.Equal("2", body.QuerySelector("sup")!.TextContent);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_markup()
    {
        var body = RenderedMarkdown.Body("<b>hi</b>");

        Assert.Equal("<b>hi</b>", body.QuerySelector("p")!.TextContent);
        Assert.Null(body.QuerySelector("b"));
    }

    [Fact]
    public void Footnotes_link_to_their_notes_and_back()
    {
        var body = RenderedMarkdown.Body("Turnout rose.[^1]\n\n[^1]: Figures from the electoral office.");

        var reference = body.QuerySelector("a.footnote-ref")!;
        var note = body.QuerySelector("div.footnotes li")!;
        Assert.Equal("#" + note.Id, reference.GetAttribute("href"));
        Assert.Equal("Figures from the electoral office.↩", note.TextContent.Trim());
        Assert.Equal("#" + reference.Id, note.QuerySelector("a.footnote-back-ref")!.GetAttribute("href"));
    }
}
