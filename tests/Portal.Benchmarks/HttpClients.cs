namespace Portal.Benchmarks;

/// <summary>HTTP clients for loopback measurements: one kept-alive connection, no proxy, bounded waits.</summary>
internal static class HttpClients
{
    public static HttpClient Create(Uri? baseAddress = null) => new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(2),
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>GETs a page and reads it to the end, failing on anything but 200.</summary>
    public static async Task<byte[]> GetPageAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == System.Net.HttpStatusCode.OK
            ? body
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
    }
}
