namespace NewsSite.Benchmarks.Digest;

/// <summary>One message smtp-sink dumped: its file, Message-ID, recipient and size.</summary>
public sealed record ReceivedMessage(string File, string MessageId, string To, long Bytes)
{
    // smtp-sink's own X- lines and the message's headers come first; the two we need are among the first few dozen lines.
    private const int HeaderLinesRead = 200;

    public static ReceivedMessage Read(string file)
    {
        string? messageId = null, to = null;
        foreach (var line in System.IO.File.ReadLines(file).Take(HeaderLinesRead))
        {
            messageId ??= Value(line, "Message-ID:");
            to ??= Value(line, "To:");
            if (messageId is not null && to is not null)
            {
                break;
            }
        }
        return new ReceivedMessage(file, messageId ?? "", to ?? "", new FileInfo(file).Length);
    }

    private static string? Value(string line, string header) =>
        line.StartsWith(header, StringComparison.OrdinalIgnoreCase) ? line[header.Length..].Trim().Trim('<', '>') : null;
}
