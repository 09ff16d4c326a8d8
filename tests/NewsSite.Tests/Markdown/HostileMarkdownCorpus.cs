namespace NewsSite.Tests.Markdown;

/// <summary>Markdown an attacker with an editor account might try, each aimed at running script or hijacking the page.</summary>
public static class HostileMarkdownCorpus
{
    public static TheoryData<string> RawHtml =>
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<style>body { display: none }</style>",
        "<form action=\"https://evil.example\"><input name=q></form>",
        "<object data=\"evil.swf\"></object>",
        "<embed src=\"evil.swf\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
        "<!-- <script>alert(1)</script> -->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p onclick=\"alert(1)\">paragraph</p>",
        "<details open ontoggle=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<template><script>alert(1)</script></template>",
        "<img src=\"x\" onerror=\"alert(1)\"",
        "> <iframe src=javascript:alert(1)>",
        "| a |\n|---|\n| <script>alert(1)</script> |",
    ];

    public static TheoryData<string> HostileUrls =>
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x]( javascript:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript&#58;alert(1))",
        "[x](%6Aavascript:alert(1))",
        "[x](javascript%3Aalert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x](javascript&colon;alert(1))",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[![img](javascript:alert(1))](javascript:alert(2))",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[ref]\n\n[ref]: vbscript:alert(1) \"title\"",
        "<javascript:alert(1)>",
        "<VBScript:alert(1)>",
        "<data:text/html,alert(1)>",
        "- [x](javascript:alert(1))\n- ![y](javascript:alert(1))",
        "^^^\n![x](javascript:alert(1))\n^^^ caption",
        "[^1]\n\n[^1]: [x](javascript:alert(1))",
    ];

    public static TheoryData<string> AttributeBreakouts =>
    [
        "[x](https://example.com \"title\\\" onmouseover=\\\"alert(1)\")",
        "[x](https://example.com 'a\" onclick=\"alert(1)')",
        "![x](https://example.com/x.png\" onerror=\"alert(1))",
        "![x](/a.png \"caption\\\" onerror=\\\"alert(1) | credit<script>alert(1)</script>\")",
        "http://example.com/\"onmouseover=\"alert(1)",
        "<http://example.com/\"onmouseover=\"alert(1)>",
        "www.example.com/<script>alert(1)</script>",
        "# Heading \"><script>alert(1)</script>",
        "## <img src=x onerror=alert(1)>",
        "[<img src=x onerror=alert(1)>](https://example.com)",
        "# Title {#id onclick=alert(1)}",
        "[x](https://example.com){onclick=alert(1)}",
        "```\n</code><script>alert(1)</script>\n```",
        "```html\" onmouseover=\"alert(1)\n<script>alert(1)</script>\n```",
        "`</code><script>alert(1)</script>`",
        "^^^\n![x](/a.png)\n^^^ <script>alert(1)</script>",
    ];
}
