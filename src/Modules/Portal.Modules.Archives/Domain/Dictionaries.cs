namespace Portal.Modules.Archives.Domain;

/// <summary>The built-in dictionaries choice fields name (GB/T 3304 民族, GB/T 4762 政治面貌 and the bureaus' usual lists).</summary>
internal static class Dictionaries
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Built = new(StringComparer.Ordinal)
    {
        ["性别"] = ["男", "女"],
        ["民族"] =
        [
            "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族",
            "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族",
            "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族",
            "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
            "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
        ],
        ["政治面貌"] =
        [
            "中共党员", "中共预备党员", "共青团员", "民革党员", "民盟盟员", "民建会员", "民进会员", "农工党党员", "致公党党员",
            "九三学社社员", "台盟盟员", "无党派人士", "群众",
        ],
        ["学历"] = ["研究生", "大学本科", "大学专科", "中等专科", "高中", "初中", "小学", "其他"],
        ["婚姻状况"] = ["已婚", "丧偶", "离婚", "未婚"],
        ["健康状况"] = ["健康", "良好", "一般", "较差", "生活不能自理"],
        ["居住情况"] = ["与家人同住", "独居", "孤寡", "入住养老机构"],
        ["离退休类别"] = ["离休", "退休"],
        ["是否"] = ["是", "否"],
    };

    public static IReadOnlyCollection<string> Names => Built.Keys;

    public static IReadOnlyList<string>? Find(string? name) => name is not null && Built.TryGetValue(name, out var values) ? values : null;
}
