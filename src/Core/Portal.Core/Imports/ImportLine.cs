namespace Portal.Core.Imports;

/// <summary>One line of the file, numbered from 1; <see cref="Text"/> is null when only checking.</summary>
public readonly record struct ImportLine(int Number, string? Text);
