namespace Portal.Benchmarks;

/// <summary>Finds the host's build output beside the sources, of the same configuration as this program.</summary>
internal static class HostLocator
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public static string Find(string? given)
    {
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : throw new FileNotFoundException("Host not found.", given);
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                var dll = Path.Combine(folder.FullName, "src", "Host", "Portal.Web", "bin", Configuration, "net10.0", "Portal.Web.dll");
                return File.Exists(dll)
                    ? dll
                    : throw new FileNotFoundException($"Build the host first: dotnet build -c {Configuration} src/Host/Portal.Web", dll);
            }
        }

        throw new DirectoryNotFoundException("Portal.sln not found above " + AppContext.BaseDirectory + "; pass --host-dll PATH.");
    }
}
