namespace Portal.Benchmarks;

/// <summary>A fresh folder under /tmp for one run's data; deleted at the end unless asked to keep it.</summary>
internal sealed class ScratchFolder(bool keep) : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "portal-bench-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    public string Sub(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    public void Dispose()
    {
        if (keep)
        {
            Console.WriteLine($"Data kept in {Path}");
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException exception)
        {
            Console.WriteLine($"Could not delete {Path}: {exception.Message}");
        }
    }
}
