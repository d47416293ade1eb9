using Portal.Core.Modules;

namespace Portal.Modules.Archives;

internal static class Manifest
{
    public const string Id = "Portal.Archives";

    public static readonly ModuleManifest Value = new(Id, "一人一档", "人员信息", "离退休干部一人一档：单位、档案表单、人员档案；身份证号等敏感信息加密保存，列表脱敏显示。")
    {
        Dependencies = ["Portal.Users"],
    };
}
