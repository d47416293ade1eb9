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

    public static IReadOnlyList<string> Titles(JsonElement result)
        => [.. result.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("title").GetString()!)];

    public static string Q(string text) => "q=" + Uri.EscapeDataString(text);
}
