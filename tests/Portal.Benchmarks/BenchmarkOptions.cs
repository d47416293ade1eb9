using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>Command-line options: how many tenants to register and activate, and what to skip.</summary>
internal sealed record BenchmarkOptions
{
    public int Tenants { get; init; } = 1000;

    public int Active { get; init; } = 200;

    public int StartupRuns { get; init; } = 5;

    public bool SkipWrk { get; init; }

    /// <summary>Length of each wrk run of the page-speed step.</summary>
    public int PageSeconds { get; init; } = 5;

    public bool KeepData { get; init; }

    /// <summary>The host's Portal.Web.dll; by default the Release build beside the sources.</summary>
    public string? HostDll { get; init; }

    /// <summary>Steps to run (startup, activation, memory, http, pages); empty for all.</summary>
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>();

    /// <summary>Internal: run as the minimal endpoint on this URL (the start-up yardstick's child process).</summary>
    public string? ServeMinimal { get; init; }

    public bool Runs(string step) => Only.Count == 0 || Only.Contains(step);

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
                "--page-seconds" => options with { PageSeconds = Number(args, ++i, minimum: 1) },
                "--keep-data" => options with { KeepData = true },
                "--host-dll" => options with { HostDll = Value(args, ++i) },
                "--only" => options with { Only = new HashSet<string>(Value(args, ++i).Split(','), StringComparer.Ordinal) },
                "--serve-minimal" => options with { ServeMinimal = Value(args, ++i) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --tenants N --active N --runs N --skip-wrk --page-seconds N --keep-data --host-dll PATH --only startup,activation,memory,http,pages"),
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
