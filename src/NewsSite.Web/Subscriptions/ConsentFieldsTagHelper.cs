using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions;

/// <summary>
/// <c>&lt;consent-fields id-prefix="footer" notice="…" /&gt;</c>: the consent box with the sentence
/// exactly as <see cref="ConsentNotice.Wording"/> records it, the policy versions it links, and the
/// hidden honeypot field. A tag helper rather than a partial because every public page carries it
/// twice, and a tag helper costs no view lookup.
/// </summary>
[HtmlTargetElement("consent-fields", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ConsentFieldsTagHelper(HtmlEncoder encoder) : TagHelper
{
    public required string IdPrefix { get; set; }

    public required ConsentNotice Notice { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        var id = encoder.Encode(IdPrefix);
        var privacy = encoder.Encode(Notice.PrivacyPolicy.Url);
        var terms = encoder.Encode(Notice.Terms.Url);
        output.Content.SetHtmlContent(
            // Hidden from people and screen readers; bots that fill every field fill this one too.
            $"""<div class="honeypot" aria-hidden="true"><label for="{id}-website">Leave this field empty</label><input id="{id}-website" name="Website" type="text" tabindex="-1" autocomplete="off"></div>""" +
            $"""<input type="hidden" name="PrivacyVersion" value="{Notice.PrivacyPolicy.Number}"><input type="hidden" name="TermsVersion" value="{Notice.Terms.Number}">""" +
            $"""<p class="subscribe-box__consent"><input id="{id}-consent" name="Consent" type="checkbox" value="true" required> """ +
            $"""<label for="{id}-consent">{encoder.Encode(ConsentNotice.Lead)} <a href="{privacy}">Privacy Policy</a> and <a href="{terms}">Terms of Use</a>.</label></p>""");
    }
}
