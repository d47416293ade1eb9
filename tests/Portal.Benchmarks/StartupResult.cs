namespace Portal.Benchmarks;

/// <summary>Per run: milliseconds until GET / answered 200, and until the port accepted connections.</summary>
internal sealed record StartupResult(IReadOnlyList<double> Ready, IReadOnlyList<double> Listening)
{
    public double Median => Stats.Median([.. Ready]);

    public double MedianListening => Stats.Median([.. Listening]);
}
