namespace Portal.Browser.Tests.Infrastructure;

/// <summary>Where the suite keeps what it saw: artifacts/browser/ at the repository root (screenshots, HTML, figures).</summary>
public static class Artifacts
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder(string name)
    {
        var folder = Path.Combine(RepositoryRoot, "artifacts", "browser", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string FileName(PublicPage page, DisplayMode mode, string extension)
        => $"{page.Kind.Name}-{page.Theme}-{mode.ToString().ToLowerInvariant()}.{extension}";

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
