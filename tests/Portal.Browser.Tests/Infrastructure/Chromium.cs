using Microsoft.Playwright;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>Debian's Chromium, never a downloaded one (see DEPENDENCIES.md); the flags keep it off the closed network.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Launches Chromium; <paramref name="extraArgs"/> and <paramref name="environment"/> add to the defaults (the real speech engine test uses them).</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, IEnumerable<string>? extraArgs = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        // Missing Chromium fails the run, in CI and locally alike: a skipped browser suite proves nothing.
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}. Install it: apt-get install -y chromium fonts-noto-cjk");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
                .. extraArgs ?? [],
            ],
            Env = environment is null ? null : WithProcessEnvironment(environment),
        });
    }

    private static Dictionary<string, string> WithProcessEnvironment(IReadOnlyDictionary<string, string> overrides)
    {
        var all = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? "");
        foreach (var (key, value) in overrides)
        {
            all[key] = value;
        }

        return all;
    }
}
