namespace NewsSite.Web.Email;

/// <summary>A transactional email: one recipient, an HTML part and the same words as plain text.</summary>
public sealed record EmailMessage(string ToAddress, string Subject, string HtmlBody, string TextBody);
