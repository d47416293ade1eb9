using System.Diagnostics;
using System.Text.Json;
using Portal.Browser.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Portal.Browser.Tests.Pages;

/// <summary>
/// Saves the HTML of every page kind in both modes to artifacts/browser/html and runs the Nu HTML checker
/// (npm vnu-jar; `npm ci` at the repository root) over all of it once: no errors; warnings are listed.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class HtmlValidityTests(BrowserPortal portal, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryPublicPage_IsValidHtml()
    {
        var folder = Artifacts.Folder("html");
        foreach (var stale in Directory.GetFiles(folder, "*.html"))
        {
            File.Delete(stale);
        }

        var files = new List<string>();
        foreach (var page in PublicPages.All)
        {
            foreach (var mode in new[] { DisplayMode.Standard, DisplayMode.Elder })
            {
                // The HTML as served (not the live DOM), as a reader's browser receives it.
                using var client = new HttpClient();
                using var request = new HttpRequestMessage(HttpMethod.Get, portal.Server.BaseUrl + page.Path);
                if (mode == DisplayMode.Elder)
                {
                    request.Headers.Add("Cookie", "portal-display=elder.t0");
                }

                using var response = await client.SendAsync(request);
                response.EnsureSuccessStatusCode();
                var file = Path.Combine(folder, Artifacts.FileName(page, mode, "html"));
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files.Add(file);
            }
        }

        var messages = await RunCheckerAsync(files);

        foreach (var warning in messages.Where(m => m.Type != "error"))
        {
            output.WriteLine($"warning: {warning}");
        }

        Assert.Empty(messages.Where(m => m.Type == "error").Select(m => m.ToString()));
    }

    private static async Task<List<CheckerMessage>> RunCheckerAsync(IEnumerable<string> files)
    {
        var jar = Path.Combine(Artifacts.RepositoryRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (!File.Exists(jar))
        {
            throw new InvalidOperationException($"The Nu HTML checker is missing ({jar}): run `npm ci` at the repository root.");
        }

        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", jar, "--format", "json", "--also-check-css" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray().Select(m => new CheckerMessage(
            m.GetProperty("type").GetString()!,
            m.TryGetProperty("subType", out var sub) ? sub.GetString() : null,
            Path.GetFileName(m.TryGetProperty("url", out var url) ? url.GetString() : ""),
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
            m.GetProperty("message").GetString()!)).ToList();
    }

    private sealed record CheckerMessage(string Type, string? SubType, string? File, int Line, string Message)
    {
        public override string ToString() => $"{File}:{Line}: {Type}{(SubType is null ? "" : "/" + SubType)}: {Message}";
    }
}
