using System.Globalization;

namespace NewsSite.Benchmarks.Load;

/// <summary>One process's CPU time in clock ticks, from /proc/&lt;pid&gt;/stat.</summary>
public readonly record struct ProcessTimes(int ParentId, long Own, long ExitedChildren)
{
    public static Dictionary<int, ProcessTimes> ReadAll()
    {
        var all = new Dictionary<int, ProcessTimes>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && TryRead(directory) is { } times)
            {
                all[id] = times;
            }
        }
        return all;
    }

    private static ProcessTimes? TryRead(string directory)
    {
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(directory, "stat"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // The process ended while the list was read.
        }
        // The command name is in parentheses and may contain spaces; fields are counted after it:
        // state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17).
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return new ProcessTimes((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
    }
}
