using Portal.Web.Cli;

return await PortalProgram.RunAsync(args);

/// <summary>The one executable: the web host (default verb "serve") and the operator's command line.</summary>
public partial class Program;
