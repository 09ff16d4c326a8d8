namespace NewsSite.Web.Email;

/// <summary>Shortens an address for logs, so logs never hold a full email address.</summary>
public static class EmailAddressMask
{
    /// <summary><c>jane.doe@example.org</c> becomes <c>j***@example.org</c>.</summary>
    public static string Mask(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.LastIndexOf('@');
        if (at <= 0)
        {
            return "***";
        }
        return string.Concat(address.AsSpan(0, 1), "***", address.AsSpan(at));
    }
}
