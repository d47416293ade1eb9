using Portal.Benchmarks;

var options = BenchmarkOptions.Parse(args);
return options.ServeMinimal is { } url
    ? await MinimalServer.ServeAsync(url)
    : await BenchmarkSuite.RunAsync(options);
