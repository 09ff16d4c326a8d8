using System.Globalization;
using NewsSite.Web.Email;

namespace NewsSite.TestSupport;

/// <summary>Points a test site's mail at an SMTP server on this machine, without TLS.</summary>
public static class SmtpSettings
{
    public const string FromAddress = "newsroom@portalder.example";

    public static void UseSmtpServerOnPort(this NewsSiteFactory factory, int port)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.Settings["Email:PickupDirectory"] = "";
        factory.Settings["Email:Smtp:Host"] = "127.0.0.1";
        factory.Settings["Email:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture);
        factory.Settings["Email:Smtp:TlsMode"] = nameof(SmtpTlsMode.None);
        factory.Settings["Email:Smtp:TimeoutSeconds"] = "5";
        factory.Settings["Email:FromAddress"] = FromAddress;
        factory.Settings["Email:FromName"] = "Port Alder Courier";
    }
}
