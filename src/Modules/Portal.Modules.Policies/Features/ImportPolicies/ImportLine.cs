namespace Portal.Modules.Policies.Features.ImportPolicies;

/// <summary>One line of the file, numbered from 1; <see cref="Text"/> is null when only checking.</summary>
internal readonly record struct ImportLine(int Number, string? Text);
