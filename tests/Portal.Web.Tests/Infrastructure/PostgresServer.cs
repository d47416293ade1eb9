using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run, started on first use and stopped at exit.
/// PORTAL_TEST_POSTGRES (a connection string) points the tests at an existing server instead.
/// When neither works the PostgreSQL tests fail: PostgreSQL is a production database, not optional.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<string>> Server = new(() => StartAsync("PORTAL_TEST_POSTGRES"));
    private static readonly Lazy<Task<string>> Second = new(() => StartAsync("PORTAL_TEST_POSTGRES_SECOND"));

    public static Task<string> ConnectionStringAsync() => Server.Value;

    /// <summary>Another cluster (another port, another data folder), for tenants whose databases sit on a second server.</summary>
    public static Task<string> SecondConnectionStringAsync() => Second.Value;

    private static async Task<string> StartAsync(string variable)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given)
        {
            return given;
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Install it (apt-get install postgresql) or set PORTAL_TEST_POSTGRES.");
        }

        var folder = Path.Combine(Path.GetTempPath(), "portal-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb refuses to run as root: the cluster belongs to an unprivileged user.
            await RunAsync("/bin/sh", "-c", "id pgtest >/dev/null 2>&1 || useradd -M -s /bin/false pgtest");
            Directory.CreateDirectory(folder);
            await RunAsync("chown", "pgtest", folder);
        }

        await RunAsUserAsync(asRoot, $"{bin}/initdb -D {folder} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 -A trust");
        await RunAsUserAsync(asRoot, $"{bin}/pg_ctl -D {folder} -o \"-p {port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300\" -l {folder}/server.log -w start");
        var stop = $"{bin}/pg_ctl -D {folder} -m immediate stop";
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunAsUserAsync(asRoot, stop).GetAwaiter().GetResult();
            Directory.Delete(folder, recursive: true);
        };
        StopWhenThisProcessEnds(asRoot, stop, folder);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Include Error Detail=true";
    }

    // ProcessExit does not run when the test host is killed, and the test runner kills it (with its child processes)
    // once the run is over: clusters were left behind after every run. A small shell, forked into its own session so the
    // runner's kill does not reach it, waits for this process to end and then stops the cluster. It ends with the cluster.
    private static void StopWhenThisProcessEnds(bool asRoot, string stop, string folder)
    {
        var stopAsOwner = asRoot ? $"su pgtest -s /bin/sh -c '{stop}'" : stop;
        var watch = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 2; done; if [ -d {folder} ]; then {stopAsOwner}; rm -rf {folder}; fi";
        var start = new ProcessStartInfo("setsid") { RedirectStandardOutput = false, RedirectStandardError = false, UseShellExecute = false };
        start.ArgumentList.Add("--fork");
        start.ArgumentList.Add("/bin/sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(watch);
        Process.Start(start)?.Dispose();
    }

    private static Task RunAsUserAsync(bool asRoot, string command)
        => asRoot ? RunAsync("su", "pgtest", "-s", "/bin/sh", "-c", command) : RunAsync("/bin/sh", "-c", command);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {string.Join(' ', arguments)}' failed ({process.ExitCode}): {await output} {await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
