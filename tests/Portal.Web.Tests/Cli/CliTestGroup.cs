using Xunit;

namespace Portal.Web.Tests.Cli;

/// <summary>The command line writes to the process's console: its tests run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliTestGroup
{
    public const string Name = "Command line";
}
