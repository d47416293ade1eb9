using System.Text.Json;
using Microsoft.Playwright;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>The measuring scripts in Scripts/ (copied to the output), run in the page.</summary>
public static class Probe
{
    public static string Script(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scripts", name + ".js"));

    public static async Task<JsonElement> RunAsync(IPage page, string name) => await page.EvaluateAsync<JsonElement>(Script(name));
}
