namespace Portal.Browser.Tests.Infrastructure;

/// <summary>
/// A kind of public page. <paramref name="Path"/> may hold "{site}", replaced by the demo site of each
/// theme; a path without it (the platform page) is tested once. <paramref name="ReadAloud"/>: the page
/// is article-like and must offer read-aloud.
/// </summary>
public sealed record PageKind(string Name, string Path, bool ReadAloud = false);
