using MimeKit;

namespace NewsSite.Web.Email.Sending;

/// <summary>Writes each message as an .eml file, for Development without an SMTP server.</summary>
public sealed class PickupDirectoryTransport(string directory) : IEmailTransport
{
    public string Directory { get; } = directory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Directory);
        // The Message-ID is stable per message, so a retried send overwrites rather than duplicates.
        var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{SafeFileName(message.MessageId)}.eml";
        await message.WriteToAsync(Path.Combine(Directory, name), cancellationToken);
    }

    private static string SafeFileName(string? messageId) =>
        new((messageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
}
