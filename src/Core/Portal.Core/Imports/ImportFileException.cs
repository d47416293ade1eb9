namespace Portal.Core.Imports;

/// <summary>
/// The file cannot be read whole (damaged or cut-off compression, bytes that are not UTF-8): it is refused as a
/// whole, before anything is written. The message names the line and byte where reading broke.
/// </summary>
public sealed class ImportFileException(string message) : Exception(message);
