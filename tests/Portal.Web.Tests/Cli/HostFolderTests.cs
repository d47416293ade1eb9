using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace Portal.Web.Tests.Cli;

/// <summary>
/// The host started from another working directory (`dotnet /opt/portal/Portal.Web.dll`, no WorkingDirectory in
/// the unit) still reads the appsettings.json beside the program: its logs are the JSON lines configured there, not
/// the default console text with every database command.
/// </summary>
public sealed class HostFolderTests
{
    [Fact]
    public async Task HostStartedFromAnotherFolder_ReadsTheSettingsBesideTheProgram()
    {
        var elsewhere = Directory.CreateTempSubdirectory("portal-cwd-");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = elsewhere.FullName };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll"), "serve", "--urls", "http://127.0.0.1:0", "--data", Path.Combine(elsewhere.FullName, "data") })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Portal__DemoOnFirstRun"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            var listening = await LineContainingAsync(process.StandardOutput, "Now listening on", TimeSpan.FromSeconds(90));

            Assert.NotNull(listening);
            using var entry = JsonDocument.Parse(listening);
            Assert.Equal("Microsoft.Hosting.Lifetime", entry.RootElement.GetProperty("Category").GetString());
            Assert.False(File.Exists(Path.Combine(elsewhere.FullName, "appsettings.json")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            elsewhere.Delete(recursive: true);
        }
    }

    private static async Task<string?> LineContainingAsync(StreamReader output, string text, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            while (await output.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return null;
    }
}
