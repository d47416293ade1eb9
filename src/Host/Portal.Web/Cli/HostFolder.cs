namespace Portal.Web.Cli;

/// <summary>
/// Where the host reads appsettings.json: the working directory when it holds one (dotnet run, a systemd unit with
/// WorkingDirectory), else the program's own folder. Started from elsewhere (`dotnet /opt/portal/Portal.Web.dll`)
/// the host used to run without its settings, logging every database command at Information level behind a console
/// lock. The data folder stays where the operator starts it (./App_Data, --data, PORTAL_DATA).
/// </summary>
internal static class HostFolder
{
    private const string Settings = "appsettings.json";

    public static string ContentRoot()
    {
        var working = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(working, Settings)) || !File.Exists(Path.Combine(AppContext.BaseDirectory, Settings))
            ? working
            : AppContext.BaseDirectory;
    }

    /// <summary>The web host's arguments with the content root added, unless the operator gave one.</summary>
    public static string[] WithContentRoot(string[] arguments)
        => arguments.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            ? arguments
            : [.. arguments, "--contentRoot", ContentRoot()];
}
