using System.Text.RegularExpressions;

namespace Portal.Core.Tenants;

/// <summary>What a tenant name, prefix or host may look like. Names become folders, database names and URL segments.</summary>
public static partial class TenantNameRules
{
    /// <summary>Words the platform uses for itself in URLs, folders or databases.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "host", "static", "assets", "media", "account", "login", "logout", "setup", "health", "healthz", "readyz", "metrics",
        "openapi", "scalar", "plugins", "themes", "sites", "tenants", "www", "root", "default", "portal",
        "postgres", "template0", "template1", "con", "nul", "aux", "prn",
    };

    [GeneratedRegex("^[a-z][a-z0-9-]{0,38}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();

    /// <summary>Null when valid; otherwise a Chinese sentence saying what is wrong.</summary>
    public static string? CheckName(string? name, string what = "站点标识")
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return $"{what}不能为空。";
        }

        if (!Slug().IsMatch(name) || name.Contains("--", StringComparison.Ordinal))
        {
            return $"{what}“{name}”无效：只能使用 2 到 40 个小写英文字母、数字和连字符，以字母开头。";
        }

        return Reserved.Contains(name) ? $"{what}“{name}”是平台保留字，请换一个。" : null;
    }

    public static string? CheckHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host) || !HostName().IsMatch(host))
        {
            return $"域名“{host}”无效：请填写如 yizheng.example.gov.cn 的小写域名。";
        }

        return null;
    }
}
