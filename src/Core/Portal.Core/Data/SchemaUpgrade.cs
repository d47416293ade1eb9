namespace Portal.Core.Data;

/// <summary>One step that takes a module's tables from <see cref="FromVersion"/> to the next version.</summary>
public sealed record SchemaUpgrade(int FromVersion, Func<DatabaseProvider, string> Sql);
