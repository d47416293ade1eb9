namespace Portal.Web.Cli;

/// <summary>
/// The parsed command line: verb words, --name value options and --flags. Anything that is not a
/// portal verb is handed to ASP.NET Core untouched (so "serve" accepts --urls and the test host's flags).
/// </summary>
internal sealed class CommandLine
{
    private static readonly HashSet<string> Flags = ["json", "help", "force"];
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    private CommandLine(IReadOnlyList<string> words, string[] raw)
    {
        Words = words;
        Raw = raw;
    }

    public static readonly IReadOnlySet<string> Verbs = new HashSet<string>(StringComparer.Ordinal) { "serve", "tenants", "features", "recipes", "audit", "help" };

    public IReadOnlyList<string> Words { get; }

    public string[] Raw { get; }

    /// <summary>The verb; "--help" or "-h" anywhere asks for the usage instead of starting the site or running a verb.</summary>
    public string Verb => AsksForHelp ? "help" : Words.Count > 0 && IsVerb(Words[0]) ? Words[0] : "serve";

    private bool AsksForHelp => Raw.Any(a => a is "--help" or "-h" or "-?" or "/?");

    /// <summary>A known verb, or any plain first word (modules contribute verbs; an unknown one is reported).</summary>
    private static bool IsVerb(string word) => Verbs.Contains(word) || (word.Length > 0 && char.IsAsciiLetterLower(word[0]) && !word.Contains('=', StringComparison.Ordinal));

    public string? Sub => Words.Count > 1 ? Words[1] : null;

    public bool Json => Has("json");

    public bool Has(string flag) => _options.ContainsKey(flag);

    public string? Option(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var values) ? values : [];

    public string Require(string name, string description)
        => Option(name) ?? throw new CommandLineException($"缺少参数 --{name}（{description}）。");

    public static CommandLine Parse(string[] args)
    {
        var words = new List<string>();
        var line = new CommandLine(words, args);
        if (args.Length == 0 || !IsVerb(args[0]))
        {
            return line; // serve, with every argument left to ASP.NET Core
        }

        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(arg);
                continue;
            }

            var name = arg[2..];
            string value;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            else if (Flags.Contains(name))
            {
                value = "true";
            }
            else if (i + 1 < args.Length)
            {
                value = args[++i];
            }
            else
            {
                throw new CommandLineException($"参数 --{name} 缺少取值。");
            }

            if (!line._options.TryGetValue(name, out var values))
            {
                line._options[name] = values = [];
            }

            values.Add(value);
        }

        return line;
    }

    /// <summary>The data folder: --data, then PORTAL_DATA, then ./App_Data.</summary>
    public string? DataFolder()
    {
        var data = Verb == "serve" ? ServeOption("--data") : Option("data");
        data ??= Environment.GetEnvironmentVariable("PORTAL_DATA");
        return data is null ? null : Path.GetFullPath(data);
    }

    /// <summary>Arguments for ASP.NET Core when serving: the verb and portal-only options removed.</summary>
    public string[] WebArguments()
    {
        var rest = new List<string>();
        var start = Raw.Length > 0 && Raw[0] == "serve" ? 1 : 0;
        for (var i = start; i < Raw.Length; i++)
        {
            if (Raw[i] == "--data")
            {
                i++;
                continue;
            }

            if (Raw[i].StartsWith("--data=", StringComparison.Ordinal))
            {
                continue;
            }

            rest.Add(Raw[i]);
        }

        return [.. rest];
    }

    private string? ServeOption(string name)
    {
        for (var i = 0; i < Raw.Length; i++)
        {
            if (Raw[i] == name && i + 1 < Raw.Length)
            {
                return Raw[i + 1];
            }

            if (Raw[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return Raw[i][(name.Length + 1)..];
            }
        }

        return null;
    }
}
