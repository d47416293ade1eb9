using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Portal.Policies.Benchmarks;

/// <summary>A synthetic library in the import format (fixed seed): plausible titles, numbers and bodies built from word lists.</summary>
internal static class SyntheticFile
{
    private static readonly string[] Places = ["江苏省", "扬州市", "仪征市", "高邮市", "江都区", "宝应县", "邗江区", "广陵区", "南京市", "苏州市", "无锡市", "常州市", "镇江市", "泰州市", "盐城市", "淮安市"];
    private static readonly string[] Agencies = ["委老干部局", "人力资源和社会保障局", "财政局", "卫生健康委员会", "民政局", "医疗保障局", "委组织部", "老龄工作委员会办公室"];
    private static readonly string[] Topics = ["离退休干部医疗待遇", "离休干部生活补贴", "老干部活动阵地建设", "老年大学招生", "重阳节走访慰问", "独居老人定期联系", "异地安置管理", "离退休干部党支部建设", "健康体检", "困难帮扶", "志愿服务", "信息采集", "养老服务补贴", "护理补贴发放", "丧葬抚恤"];
    private static readonly string[] Genres = ["通知", "意见", "办法", "规定", "方案", "决定", "细则"];
    private static readonly string[] Abbreviations = ["苏老干发", "扬老干", "仪老干", "高老干", "江老干", "宝老干", "苏人社发", "扬财社", "苏卫老龄", "苏民养老"];
    private static readonly string[] Sentences =
    [
        "各单位要高度重视，明确专人负责，确保各项工作落到实处。",
        "离退休干部是党和国家的宝贵财富，要从政治上关心、思想上关怀、生活上关照。",
        "对生活困难的老同志，要及时了解情况，按规定给予帮扶。",
        "医疗费用按照有关规定据实报销，不得拖欠。",
        "活动场所应当方便老同志出入，配备必要的无障碍设施。",
        "每年至少组织一次健康体检，体检结果纳入个人健康档案。",
        "重大节日期间，由单位负责同志带队走访慰问。",
        "异地安置的老同志，由安置地老干部部门协助做好服务管理。",
        "老年大学要丰富课程设置，满足老同志多样化学习需求。",
        "信息员应当及时采集和更新本单位离退休人员信息。",
        "本办法由市委老干部局负责解释，自发布之日起施行。",
        "各地可结合实际制定具体实施细则，报上级主管部门备案。",
        "鼓励离退休干部发挥专长，参加志愿服务和社区治理。",
        "补贴标准根据经济社会发展情况适时调整。",
        "对独居、高龄、失能的老同志，要建立定期联系制度。",
        "经费列入同级财政预算，专款专用，接受审计监督。",
    ];

    public static async Task WriteAsync(string path, int count, int seed)
    {
        var random = new Random(seed);
        await using var file = File.Create(path);
        await using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        await using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        var body = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            var place = Places[random.Next(Places.Length)];
            var agency = place + Agencies[random.Next(Agencies.Length)];
            var topic = Topics[random.Next(Topics.Length)];
            var year = 2000 + random.Next(26);
            body.Clear();
            var paragraphs = 3 + random.Next(6);
            for (var p = 0; p < paragraphs; p++)
            {
                body.Append(p == 0 ? $"为做好{topic}工作，结合{place}实际，现就有关事项明确如下。" : $"## 第{p}部分\n\n");
                for (var s = 0; s < 2 + random.Next(4); s++)
                {
                    body.Append(Sentences[random.Next(Sentences.Length)]);
                }

                body.Append($"本条所称编号{random.Next(1_000_000)}事项，由{agency}负责。\n\n");
            }

            var line = JsonSerializer.Serialize(new
            {
                id = $"syn-{i}",
                title = $"{agency}关于{topic}的{Genres[random.Next(Genres.Length)]}（{i}）",
                issuer = agency,
                doc_number = $"{Abbreviations[random.Next(Abbreviations.Length)]}〔{year}〕{1 + random.Next(300)}号",
                date = $"{year}-{1 + random.Next(12):00}-{1 + random.Next(28):00}",
                category = topic,
                body = body.ToString(),
            });
            await writer.WriteLineAsync(line);
        }
    }
}
