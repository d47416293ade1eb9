namespace Portal.Core.Modules;

/// <summary>A theme names the Razor layout that wraps pages, found by name in Pages/Shared.</summary>
public sealed record ThemeInfo(string LayoutName, bool IsAdmin);
