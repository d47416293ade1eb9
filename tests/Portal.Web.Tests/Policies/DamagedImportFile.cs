using System.IO.Compression;
using System.Text;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// Outside review (issue 14), finding 7: import files of 600 synthetic county documents (more than one write batch),
/// spoiled in the ways the review found. <see cref="RefusedWhole"/> files cannot be read whole and must leave the
/// site unchanged; the others are readable with bad lines, each of which must be reported while the rest goes in.
/// </summary>
public sealed record DamagedImportFile(string Name, byte[] Content, bool RefusedWhole, int[] BadLines, string[] Says)
{
    public const int Lines = 600;

    public static readonly string[] Names = ["lone-surrogate", "duplicate-keys", "invalid-utf8", "damaged-gzip", "truncated-gzip"];

    public static DamagedImportFile Get(string name) => name switch
    {
        "lone-surrogate" => new(name, Plain(Lines, new() { [2] = """{"id":"gy-0002","title":"\ud800","body":"标题是一个孤立的代理项。"}""", [450] = """{"id":"gy-0450","title":"高邮市离休干部\udc00护理补贴"}""" }), false, [2, 450], ["不成对"]),
        "duplicate-keys" => new(name, Plain(Lines, new() { [3] = """{"id":"gy-0003","title":"高邮市老干部活动中心开放时间","title":"另一个标题"}""", [599] = """{"id":"gy-0599","id":"gy-x","title":"高邮市老年大学招生简章"}""" }), false, [3, 599], ["出现了两次"]),
        "invalid-utf8" => new(name, InvalidUtf8(), true, [], ["第 550 行", "UTF-8", "整个文件未导入"]),
        "damaged-gzip" => new(name, Damaged(Gzip(Plain(Lines, []))), true, [], ["已损坏", "整个文件未导入"]),
        "truncated-gzip" => new(name, Truncated(Gzip(Plain(Lines, []))), true, [], ["不完整", "整个文件未导入"]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public override string ToString() => Name;

    /// <summary>Line 550 holds a Latin-1 “é” (0xE9 then a quote): after the first 500-line batch under the old importer.</summary>
    private static byte[] InvalidUtf8()
    {
        var text = Plain(Lines, new() { [550] = """{"id":"gy-0550","title":"高邮市离退休干部通讯录更新（Café 版）"}""" });
        var marker = Encoding.UTF8.GetBytes("é");
        var at = text.AsSpan().IndexOf(marker);
        return [.. text[..at], 0xE9, .. text[(at + marker.Length)..]];
    }

    private static byte[] Plain(int lines, Dictionary<int, string> replaced)
    {
        var issuers = new[] { "高邮市委老干部局", "高邮市人力资源和社会保障局", "高邮市财政局", "高邮市卫生健康委员会" };
        var topics = new[] { "离休干部医疗待遇", "退休干部生活补贴", "老干部活动中心管理", "重阳节走访慰问", "老年大学招生" };
        var text = new StringBuilder();
        for (var line = 1; line <= lines; line++)
        {
            var topic = topics[line % topics.Length];
            text.Append(replaced.TryGetValue(line, out var own) ? own : $$"""
                {"id":"gy-{{line:D4}}","title":"高邮市关于{{topic}}的通知（第{{line}}号）","issuer":"{{issuers[line % issuers.Length]}}","doc_number":"邮老干[{{2015 + (line % 10)}}]{{line}}号","date":"{{2015 + (line % 10)}}-0{{1 + (line % 9)}}-1{{line % 10}}","category":"{{topic}}","body":"为做好{{topic}}工作，现就有关事项通知如下：一、各单位要按时落实第{{line}}项要求。二、经费从专项资金列支。"}
                """).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var zip = new GZipStream(output, CompressionLevel.Optimal))
        {
            zip.Write(content);
        }

        return output.ToArray();
    }

    /// <summary>Cut at half, as an interrupted download leaves it.</summary>
    private static byte[] Truncated(byte[] gzip) => gzip[..(gzip.Length / 2)];

    /// <summary>64 bytes in the middle of the deflate data overwritten, as a bad disk or a broken copy would.</summary>
    private static byte[] Damaged(byte[] gzip)
    {
        var damaged = (byte[])gzip.Clone();
        for (var i = damaged.Length / 2; i < (damaged.Length / 2) + 64; i++)
        {
            damaged[i] ^= 0x5A;
        }

        return damaged;
    }
}
