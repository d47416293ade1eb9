using Portal.Core.Modules;

namespace Portal.Modules.Tenants;

internal static class Manifest
{
    public const string Id = "Portal.Tenants";

    public static readonly ModuleManifest Value = new(Id, "站点管理", "平台", "省级平台管理各市、县（区）站点：开设、停用、启用。")
    {
        RootOnly = true,
    };
}
