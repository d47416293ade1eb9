using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Policies.Benchmarks;

/// <summary>The real host executable (dotnet Portal.Web.dll): command-line verbs, and the web host on a loopback port.</summary>
internal sealed class PortalExecutable(string hostDll, string dataFolder)
{
    public static string FindHost(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var dll = Path.Combine(folder.FullName, "src", "Host", "Portal.Web", "bin", "Release", "net10.0", "Portal.Web.dll");
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the host first: dotnet build -c Release src/Host/Portal.Web", dll);
            }
        }

        throw new DirectoryNotFoundException("Portal.sln not found; pass --host-dll PATH.");
    }

    /// <summary>Runs a verb to completion; returns its wall-clock time and output.</summary>
    public async Task<(TimeSpan Elapsed, string Output)> RunAsync(params string[] arguments)
    {
        using var process = Process.Start(StartInfo([.. arguments, "--data", dataFolder]))!;
        var watch = Stopwatch.StartNew();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        await process.WaitForExitAsync(timeout.Token);
        watch.Stop();
        if (process.ExitCode > 1) // 1: some lines of an import were refused (reported in the output)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} exited {process.ExitCode}: {await output} {await error}");
        }

        return (watch.Elapsed, await output);
    }

    /// <summary>Starts "serve" on 127.0.0.1 and waits until it answers.</summary>
    public async Task<(Process Process, Uri BaseAddress)> ServeAsync(HttpClient client)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var process = Process.Start(StartInfo(["serve", "--data", dataFolder, "--urls", baseAddress.ToString().TrimEnd('/')]))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(baseAddress);
                if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                {
                    return (process, baseAddress);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The host did not start within 60 s.");
    }

    private ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(hostDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Portal__DemoOnFirstRun"] = "false";
        return info;
    }
}
