using Portal.Core.Modules;

namespace Portal.Modules.Yizheng.Healthcare;

internal static class Manifest
{
    public const string Id = "Yizheng.Healthcare";

    public static readonly ModuleManifest Value = new(Id, "三有一落实健康服务台", "县区扩展", "仪征市：每位离休干部有保健医生、有健康档案、有就医绿色通道，落实医疗待遇。")
    {
        Dependencies = ["Portal.Users"],
    };
}
