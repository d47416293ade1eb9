namespace Portal.Web.Tests.Operations;

/// <summary>Whether a page comes from the output cache (it carries an Age header).</summary>
internal static class CacheProbe
{
    /// <summary>
    /// Asks again until an answer comes from the cache: a background index catch-up (a new site's first
    /// build) may legitimately evict the page between two requests.
    /// </summary>
    public static async Task<bool> BecomesCachedAsync(HttpClient client, string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        do
        {
            using var response = await client.GetAsync(url);
            if (response.Headers.Age is not null)
            {
                return true;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        return false;
    }

    /// <summary>A new site's index is built on its first search: asks again until the page shows <paramref name="text"/>.</summary>
    public static async Task WaitForTextAsync(HttpClient client, string url, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(await client.GetStringAsync(url)).Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
    }
}
