namespace Portal.Web.Cli;

/// <summary>A mistake in the command line; printed as one line, exit code 2.</summary>
internal sealed class CommandLineException : Exception
{
    public CommandLineException(string message) : base(message) { }

    public CommandLineException() { }

    public CommandLineException(string message, Exception innerException) : base(message, innerException) { }
}
