using Portal.Core.Modules;

namespace Portal.Modules.Users;

internal static class Manifest
{
    public const string Id = "Portal.Users";

    public static readonly ModuleManifest Value = new(Id, "用户与登录", "基础", "本站的工作人员和老干部账号、角色与登录。")
    {
        AlwaysOn = true,
    };
}
