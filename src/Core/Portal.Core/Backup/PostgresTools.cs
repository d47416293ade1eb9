using System.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Core.Data;

namespace Portal.Core.Backup;

/// <summary>
/// pg_dump and pg_restore of one site's database. The binaries come from Portal:PostgresBinFolder, else
/// the newest /usr/lib/postgresql/*/bin, else the PATH; they must be at least the server's major version.
/// </summary>
public sealed class PostgresTools(IOptions<PortalDataOptions> options)
{
    public async Task DumpAsync(string connectionString, string file, CancellationToken cancellationToken)
        => await RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", file], cancellationToken);

    /// <summary>Replaces the database: dropped (closing the sessions still open on it), created empty, then filled from the dump.</summary>
    public async Task RestoreAsync(string connectionString, string file, CancellationToken cancellationToken)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ToString()))
        {
            await server.OpenAsync(cancellationToken);
            // Identifiers cannot be parameters; the name is built from a validated tenant slug.
#pragma warning disable CA2100
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\" ENCODING 'UTF8' TEMPLATE template0", server);
#pragma warning restore CA2100
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await RunAsync("pg_restore", connectionString, ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname", database, file], cancellationToken);
    }

    private async Task RunAsync(string tool, string connectionString, string[] arguments, CancellationToken cancellationToken)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Find(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Connection settings go through libpq's environment, so the password never shows in a process list.
        start.Environment["PGHOST"] = settings.Host;
        start.Environment["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = settings.Username;
        start.Environment["PGDATABASE"] = settings.Database;
        if (settings.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start) ?? throw new PortalException($"无法启动 {tool}。");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new PortalException($"{tool} 失败（退出码 {process.ExitCode}）：{(await error).Trim()}");
        }
    }

    private string Find(string tool)
    {
        if (options.Value.PostgresBinFolder is { Length: > 0 } folder)
        {
            return Path.Combine(folder, tool);
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists)
                .OrderBy(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var major) ? major : 0).LastOrDefault()
            : null;
        return installed ?? tool;
    }
}
