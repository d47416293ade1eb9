namespace Portal.Benchmarks;

/// <summary>Requests/s of each wrk run against the tenant home page and the minimal endpoint.</summary>
internal sealed record ThroughputResult(IReadOnlyList<double> HomePage, IReadOnlyList<double> Minimal, int BodyBytes)
{
    public double HomeAverage => HomePage.Average();

    public double MinimalAverage => Minimal.Average();

    public double Ratio => HomeAverage / MinimalAverage;
}
