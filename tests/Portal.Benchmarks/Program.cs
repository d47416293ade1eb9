using Portal.Benchmarks;

return await BenchmarkSuite.RunAsync(BenchmarkOptions.Parse(args));
