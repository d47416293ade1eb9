using Xunit.Abstractions;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>Measured figures, written to the test output and to artifacts/browser/figures.tsv for the record.</summary>
public static class Figures
{
    private static readonly Lock Gate = new();

    public static void Record(ITestOutputHelper output, PublicPage page, DisplayMode mode, string what, string value)
    {
        var line = $"{page.Id}\t{mode}\t{what}\t{value}";
        output.WriteLine(line);
        lock (Gate)
        {
            File.AppendAllText(Path.Combine(Artifacts.Folder("."), "figures.tsv"), line + Environment.NewLine);
        }
    }
}
