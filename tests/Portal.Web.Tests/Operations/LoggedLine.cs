namespace Portal.Web.Tests.Operations;

public sealed record LoggedLine(string Category, string Message, IReadOnlyDictionary<string, object?> Scopes);
