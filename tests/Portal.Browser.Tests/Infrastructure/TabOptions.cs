namespace Portal.Browser.Tests.Infrastructure;

/// <summary>How a tab is opened: viewport (CSS pixels), JavaScript on or off, and a script run before the page's own.</summary>
public sealed record TabOptions(int Width = 1280, int Height = 900, bool JavaScript = true, string? InitScript = null);
