namespace NewsSite.Web.Media.Uploads;

/// <summary>
/// The files one upload puts in the media folder. Each is written under a temporary name, flushed to disk,
/// then renamed into place, so a crash never leaves part of a file under a name the site serves. Until the
/// upload's row is saved they can all be taken away again.
/// </summary>
internal sealed class PendingMediaFiles(MediaStorage storage)
{
    private readonly List<string> _placed = [];

    public async Task WriteAsync(string relativePath, byte[] content, CancellationToken cancellationToken)
    {
        var destination = storage.FilePath(relativePath);
        // Names come from a hash of the content: a file already there holds these very bytes, placed by an
        // earlier upload of the same picture, and is not this upload's to remove.
        if (File.Exists(destination))
        {
            return;
        }
        var incoming = Path.Combine(storage.Root, MediaStorage.IncomingFolder);
        Directory.CreateDirectory(incoming);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var temporary = Path.Combine(incoming, $".{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, destination, overwrite: false);
            _placed.Add(destination);
        }
        catch (IOException) when (File.Exists(destination))
        {
            // The same picture, uploaded at the same moment by someone else, got there first.
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Removes every file this upload placed; called when its row could not be saved.</summary>
    public void RemoveAll()
    {
        foreach (var path in _placed)
        {
            File.Delete(path);
        }
        _placed.Clear();
    }
}
