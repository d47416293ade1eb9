using System.Diagnostics;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Cli;

/// <summary>The real command line as its own dotnet process, configured like the test host (its data folder and database).</summary>
internal static class CliProcess
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(PortalFactory host, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll"));
        foreach (var arg in args.Concat(["--data", host.Database.DataFolder]))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in await host.Database.SettingsAsync())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
