namespace Portal.Core.Web;

/// <summary>Paths the platform serves without a tenant.</summary>
public static class PlatformPaths
{
    /// <summary>The platform's site list. "/" is rewritten to it when no tenant owns the request.</summary>
    public const string Home = "/_platform";

    private static readonly string[] Prefixes = ["/_content/", "/_platform", "/health", "/openapi/", "/css/", "/js/", "/favicon.ico"];

    public static bool IsPlatform(string path) => Prefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
