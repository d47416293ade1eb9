using Portal.Web.Cli;

namespace Portal.Web.Tests.Cli;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
internal static class CliRun
{
    private static readonly SemaphoreSlim Console = new(1, 1);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        await Console.WaitAsync();
        var (stdout, stderr) = (System.Console.Out, System.Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            System.Console.SetOut(output);
            System.Console.SetError(error);
            var code = await PortalProgram.RunAsync(args);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            System.Console.SetOut(stdout);
            System.Console.SetError(stderr);
            Console.Release();
        }
    }
}
