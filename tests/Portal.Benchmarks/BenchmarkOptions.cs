using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>Command-line options: how many tenants to register and activate, and what to skip.</summary>
internal sealed record BenchmarkOptions
{
    public int Tenants { get; init; } = 1000;

    public int Active { get; init; } = 200;

    public int StartupRuns { get; init; } = 5;

    public bool SkipWrk { get; init; }

    public bool KeepData { get; init; }

    /// <summary>The host's Portal.Web.dll; by default the Release build beside the sources.</summary>
    public string? HostDll { get; init; }

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--tenants" => options with { Tenants = Number(args, ++i, minimum: 12) },
                "--active" => options with { Active = Number(args, ++i, minimum: 1) },
                "--runs" => options with { StartupRuns = Number(args, ++i, minimum: 1) },
                "--skip-wrk" => options with { SkipWrk = true },
                "--keep-data" => options with { KeepData = true },
                "--host-dll" => options with { HostDll = Value(args, ++i) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --tenants N --active N --runs N --skip-wrk --keep-data --host-dll PATH"),
            };
        }

        return options;
    }

    private static string Value(string[] args, int index)
        => index < args.Length ? args[index] : throw new ArgumentException($"Option {args[index - 1]} needs a value.");

    private static int Number(string[] args, int index, int minimum)
    {
        var value = int.Parse(Value(args, index), CultureInfo.InvariantCulture);
        return value >= minimum ? value : throw new ArgumentException($"Option {args[index - 1]} must be at least {minimum}.");
    }
}
