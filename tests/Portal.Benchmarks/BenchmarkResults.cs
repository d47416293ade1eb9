namespace Portal.Benchmarks;

/// <summary>What each step measured; a step that failed leaves its figure null and a line in Failures.</summary>
internal sealed class BenchmarkResults
{
    public TimeSpan SeedTime { get; set; }

    public StartupResult? StartupFull { get; set; }

    public StartupResult? StartupEmpty { get; set; }

    public StartupResult? StartupMinimal { get; set; }

    public IReadOnlyList<double>? HelpVerb { get; set; }

    public LatencyResult? HttpCold { get; set; }

    public LatencyResult? HttpWarm { get; set; }

    public LatencyResult? InProcessCold { get; set; }

    public MemoryResult? Memory { get; set; }

    public ThroughputResult? Throughput { get; set; }

    public string? ThroughputSkipped { get; set; }

    public IReadOnlyList<PageSpeedResult>? Pages { get; set; }

    public List<string> Failures { get; } = [];
}
