using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Benchmarks;

/// <summary>
/// The real host executable (dotnet Portal.Web.dll) on a loopback port, in the Production
/// environment with warnings-only logging, as an operator would run it.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _sinceStart;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, Stopwatch sinceStart, Uri baseAddress)
    {
        _process = process;
        _sinceStart = sinceStart;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static HostProcess Start(string hostDll, string dataFolder, IReadOnlyDictionary<string, string>? environment = null)
        => Start(hostDll, url => ["--data", dataFolder, "--urls", url], environment);

    /// <summary>This program's own minimal endpoint in a process of its own: the start-up yardstick.</summary>
    public static HostProcess StartMinimal()
        => Start(typeof(HostProcess).Assembly.Location, url => ["--serve-minimal", url]);

    private static HostProcess Start(string dll, Func<string, string[]> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var baseAddress = LoopbackPort.Url(LoopbackPort.Next());
        var info = DotnetStartInfo(dll, arguments(baseAddress.ToString().TrimEnd('/')));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Portal__DemoOnFirstRun"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        var watch = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + dll);
        var host = new HostProcess(process, watch, baseAddress);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public static ProcessStartInfo DotnetStartInfo(string dll, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>
    /// Polls until the port accepts connections, then until GET / answers 200; returns both times
    /// since the process was started, which splits building the host from serving its first page.
    /// </summary>
    public async Task<(TimeSpan Listening, TimeSpan Ready)> WaitUntilReadyAsync(HttpClient client, TimeSpan timeout)
    {
        var deadline = _sinceStart.Elapsed + timeout;
        TimeSpan? listening = null;
        while (_sinceStart.Elapsed < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}:\n{Output()}");
            }

            listening ??= await TryConnectAsync() ? _sinceStart.Elapsed : null;
            if (listening is null)
            {
                await Task.Delay(5);
                continue;
            }

            try
            {
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                using var response = await client.GetAsync(BaseAddress, attempt.Token);
                if (response.IsSuccessStatusCode)
                {
                    return (listening.Value, _sinceStart.Elapsed);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet: try again shortly.
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"The host did not answer GET / within {timeout.TotalSeconds} s:\n{Output()}");
    }

    public string Output() => string.Join('\n', _output);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await _process.WaitForExitAsync(wait.Token);
        _process.Dispose();
    }

    private async Task<bool> TryConnectAsync()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, BaseAddress.Port, attempt.Token);
            return true;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        // Only the last lines matter when explaining a failure.
        _output.Enqueue(line);
        while (_output.Count > 40 && _output.TryDequeue(out _))
        {
        }
    }
}
