namespace Portal.Benchmarks;

/// <summary>The 1-minute load average: the 2 cores are shared, so every timing is printed with how busy they were.</summary>
internal static class LoadAverage
{
    public static string Read()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file) ? File.ReadAllText(file).Split(' ')[0] : "n/a";
    }
}
