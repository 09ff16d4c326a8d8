namespace NewsSite.Web.Accounts;

/// <summary>
/// Marks admin pages that scripts call rather than people visit: when the session has ended or the
/// role does not allow it, they answer 401 or 403 (see <see cref="SignInRedirects"/>), since a
/// script can do nothing with the sign-in page it would otherwise be sent to.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ScriptEndpointAttribute : Attribute;
