using System.Text;
using Portal.Modules.Policies.Search;

namespace Portal.Policies.Quality;

/// <summary>
/// Policy-like documents generated from a small vocabulary written for this project (fixed seed).
/// Used only to measure indexing and query speed at 100,000 documents.
/// </summary>
internal sealed class SyntheticCorpus(int seed)
{
    private static readonly string[] Regions =
        ["江苏省", "扬州市", "邗江区", "浙江省", "杭州市", "西湖区", "山东省", "济南市", "历下区", "河南省", "郑州市",
         "金水区", "四川省", "成都市", "武侯区", "湖北省", "武汉市", "江岸区", "广东省", "佛山市", "南海区", "安徽省"];

    private static readonly (string Name, string Short)[] Offices =
        [("老干部局", "老干"), ("民政局", "民"), ("财政局", "财"), ("人力资源和社会保障局", "人社"),
         ("卫生健康委员会", "卫健"), ("医疗保障局", "医保"), ("人民政府办公室", "政办"), ("委组织部", "组")];

    private static readonly string[] Topics =
        ["离退休干部", "离休干部", "老干部", "养老服务", "医疗保障", "医药费报销", "生活待遇", "困难帮扶", "党支部建设",
         "文体活动", "老年大学", "健康体检", "走访慰问", "异地安置", "丧葬抚恤", "住房补贴", "交通补贴", "阅读学习",
         "志愿服务", "银发人才", "居家养老", "护理补贴", "精神关爱", "信息化建设", "服务阵地", "政治待遇"];

    private static readonly string[] Actions = ["进一步加强", "切实做好", "全面推进", "认真落实", "规范", "完善", "调整", "提高"];
    private static readonly string[] Types = ["通知", "意见", "办法", "实施细则", "暂行规定", "工作方案", "决定"];
    private static readonly string[] Levels = ["中央", "省", "市", "县"];
    private static readonly string[] Validities = ["现行有效", "现行有效", "现行有效", "已修订", "已废止", "失效"];
    private static readonly string[] Units = ["县（市、区）", "乡镇（街道）", "机关单位", "企事业单位", "社区", "老干部活动中心"];
    private static readonly string[] Periods = ["季度", "半年", "年"];

    private static readonly string[] Templates =
    [
        "为{A}{T}工作，根据上级有关要求，结合本地实际，现就有关事项通知如下。",
        "各{U}要高度重视{T}，将其纳入重要议事日程，明确责任分工，确保各项措施落到实处。",
        "{T}所需经费由同级财政按规定列支，专款专用，不得挤占挪用。",
        "对符合条件的{T2}对象，按照每人每月{N}元的标准执行，自{Y}年{M}月起施行。",
        "各地要建立{T}工作台账，每{P}向{R}{O}报送一次工作情况。",
        "要充分发挥{T2}的作用，鼓励老同志参与{T}，为经济社会发展贡献智慧和力量。",
        "{R}{O}负责本办法的解释，{R}各有关部门按照职责分工做好{T}相关工作。",
        "本通知所称{T}，是指按照国家规定办理离休、退休手续的人员所享受的{T2}待遇。",
        "对在{T}工作中表现突出的{U}和个人，按照有关规定给予表彰。",
        "第{C}条 {U}应当定期组织{T}，听取老同志意见建议，及时解决实际困难。",
    ];

    private readonly Random _random = new(seed);
    private int _next;

    public PolicyIndexDocument Next()
    {
        var id = ++_next;
        var region = Pick(Regions);
        var (office, abbreviation) = Pick(Offices);
        var topic = Pick(Topics);
        var type = Pick(Types);
        var year = 2000 + _random.Next(26);
        var issuer = region + office;
        var body = new StringBuilder();
        var sentences = 10 + _random.Next(12);
        for (var i = 0; i < sentences; i++)
        {
            body.Append(Fill(Pick(Templates), topic, region, office, year));
            if (i % 3 == 2)
            {
                body.Append('\n');
            }
        }

        return new PolicyIndexDocument
        {
            Id = id,
            Tenant = region,
            ExternalId = $"syn-{id}",
            Title = $"{issuer}关于{Pick(Actions)}{topic}工作的{type}",
            DocNumber = $"{region[0]}{abbreviation}发〔{year}〕{1 + _random.Next(120)}号",
            Issuer = issuer,
            Date = new DateOnly(year, 1 + _random.Next(12), 1 + _random.Next(28)),
            Level = Pick(Levels),
            Category = topic,
            Validity = Pick(Validities),
            Keywords = [topic, Pick(Topics)],
            Body = body.ToString(),
        };
    }

    private string Fill(string template, string topic, string region, string office, int year) =>
        template
            .Replace("{A}", Pick(Actions), StringComparison.Ordinal)
            .Replace("{T2}", Pick(Topics), StringComparison.Ordinal)
            .Replace("{T}", _random.Next(3) == 0 ? Pick(Topics) : topic, StringComparison.Ordinal)
            .Replace("{U}", Pick(Units), StringComparison.Ordinal)
            .Replace("{N}", (50 * (1 + _random.Next(40))).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Y}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{M}", (1 + _random.Next(12)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{C}", (1 + _random.Next(40)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{P}", Pick(Periods), StringComparison.Ordinal)
            .Replace("{R}", region, StringComparison.Ordinal)
            .Replace("{O}", office, StringComparison.Ordinal);

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
