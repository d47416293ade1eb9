using System.Net;
using System.Text.Json;
using Xunit;

namespace Portal.Web.Tests.Policies;

/// <summary>Calls the search API as a browser or script would.</summary>
internal static class PolicyApi
{
    public static async Task<JsonElement> SearchAsync(HttpClient client, string tenant, string query)
    {
        var response = await client.GetAsync($"/{tenant}/api/policies/search?{query}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// Searches a site whose index is being rebuilt in the background: while it answers 503 「正在重建索引」 (with
    /// Retry-After, as problem+json) it is asked again; anything else must be a normal answer.
    /// </summary>
    public static async Task<JsonElement> SearchWhenRebuiltAsync(HttpClient client, string tenant, string query)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var response = await client.GetAsync($"/{tenant}/api/policies/search?{query}");
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
                return JsonDocument.Parse(text).RootElement.Clone();
            }

            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Contains("正在重建索引", text, StringComparison.Ordinal);
            await Task.Delay(250);
        }
    }

    public static IReadOnlyList<string> Titles(JsonElement result)
        => [.. result.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("title").GetString()!)];

    public static string Q(string text) => "q=" + Uri.EscapeDataString(text);
}
