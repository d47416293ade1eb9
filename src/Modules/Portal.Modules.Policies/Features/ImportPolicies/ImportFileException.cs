namespace Portal.Modules.Policies.Features.ImportPolicies;

/// <summary>
/// The file cannot be read whole (damaged or cut-off compression, bytes that are not UTF-8): it is refused as a
/// whole, before anything is written. The message names the line and byte where reading broke.
/// </summary>
internal sealed class ImportFileException(string message) : Exception(message);
