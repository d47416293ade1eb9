namespace Portal.Core.Hosting;

/// <summary>
/// A command-line verb contributed by a module (registered in its ConfigureServices), e.g.
/// "policies import". The host hands it every word (the verb first) and the parsed options.
/// </summary>
public interface ICommandLineVerb
{
    /// <summary>The first word, e.g. "policies".</summary>
    string Name { get; }

    /// <summary>One or more lines for the help text.</summary>
    string Usage { get; }

    /// <summary>Returns the exit code; throws <see cref="PortalException"/> for a one-line error.</summary>
    Task<int> RunAsync(IReadOnlyList<string> words, Func<string, string?> option, bool json, IServiceProvider services, CancellationToken cancellationToken);
}
