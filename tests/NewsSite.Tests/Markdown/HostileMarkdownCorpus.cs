namespace NewsSite.Tests.Markdown;

/// <summary>
/// Inputs an attacker (or a careless paste) might put in an article body: raw HTML, script URLs
/// in every Markdown link form, and the obfuscations browsers are known to undo.
/// </summary>
public static class HostileMarkdownCorpus
{
    public static TheoryData<string> Inputs { get; } = new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"evil.swf\"></object>",
        "<embed src=\"evil.swf\">",
        "<form action=\"https://evil.example\"><input name=p></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<base href=\"https://evil.example/\">",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<!-- <script>alert(1)</script> -->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<details open ontoggle=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](  javascript:alert(1))",
        "[click](<javascript:alert(1)>)",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;avascript:alert(1))",
        "[click](javascript&colon;alert(1))",
        "[click](%6Aavascript:alert(1))",
        "[click](%256Aavascript:alert(1))",
        "[click](java%0ascript:alert(1))",
        "[click](java%09script:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](file:///etc/passwd)",
        "[click](blob:https://evil.example/1)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](javascript:alert(1) \"Caption | Credit\")",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "![ref][img]\n\n[img]: vbscript:x",
        "<javascript:alert(1)>",
        "<vbscript:alert(1)>",
        "[x](https://ok.example \"a\\\" onmouseover=\\\"alert(1)\")",
        "![x](https://ok.example/i.png \"\\\"><script>alert(1)</script>\")",
        "## Heading \"><script>alert(1)</script>",
        "```\n</code><script>alert(1)</script>\n```",
        "`</code><script>alert(1)</script>`",
        "[<img src=x onerror=alert(1)>](https://ok.example)",
        "**<script>alert(1)</script>**",
        "| a |\n|---|\n| <script>alert(1)</script> |",
        "Text[^1]\n\n[^1]: <script>alert(1)</script> [x](javascript:alert(1))",
        "> <iframe src=javascript:alert(1)>",
        "- [x](javascript:alert(1))\n- <img src=x onerror=alert(1)>",
        "www.evil.example/\"onmouseover=\"alert(1)",
    };
}
