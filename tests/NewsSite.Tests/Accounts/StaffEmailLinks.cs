using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;

namespace NewsSite.Tests.Accounts;

/// <summary>The secret links the site emails to staff (invitations, password resets), as the recipient would follow them.</summary>
internal static partial class StaffEmailLinks
{
    /// <summary>The path and query of the link in the newest email to <paramref name="email"/>.</summary>
    public static async Task<string> LinkSentToAsync(this NewsSiteFactory factory, string email)
    {
        await using var scope = factory.OpenDatabase();
        var message = await scope.Db.OutboxMessages.Where(m => m.ToAddress == email).OrderByDescending(m => m.Id).FirstAsync();
        return new Uri(LinkPattern().Match(message.TextBody).Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
