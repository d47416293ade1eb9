using Portal.Core.Modules;

namespace Portal.Modules.Audit;

internal static class Manifest
{
    public const string Id = "Portal.Audit";

    public static readonly ModuleManifest Value = new(Id, "审计日志", "基础", "登录、权限变更、个人档案的查看与修改、功能和设置变更，逐条记录，防篡改，只增不删。")
    {
        AlwaysOn = true,
    };
}
