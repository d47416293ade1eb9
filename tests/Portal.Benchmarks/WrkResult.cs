namespace Portal.Benchmarks;

/// <summary>One wrk run: throughput and how many answers were not 2xx/3xx (which would make the throughput meaningless).</summary>
internal sealed record WrkResult(double RequestsPerSecond, long NonSuccessResponses);
