namespace NewsSite.TestSupport;

/// <summary>Waits for what a background worker does on its own, for up to ten seconds.</summary>
public static class Eventually
{
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(50);
        }
        return false;
    }
}
