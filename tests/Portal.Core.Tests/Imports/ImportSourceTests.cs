using System.IO.Compression;
using System.Text;
using Portal.Core.Imports;
using Xunit;

namespace Portal.Core.Tests.Imports;

/// <summary>Reading an import file strictly (ADR 0027): what is refused whole, and what is read as it is.</summary>
public sealed class ImportSourceTests
{
    private const string Lines = """
        {"id":"yz-1","title":"仪征市离休干部医疗待遇落实办法"}
        {"id":"yz-2","title":"仪征市老干部活动中心开放时间"}

        """;

    [Fact]
    public async Task Gzip_FromAStreamThatCannotSeek_IsReadTwice_WithAByteOrderMarkAndWindowsLineEnds()
    {
        var text = "\uFEFF" + Lines.Replace("\n", "\r\n", StringComparison.Ordinal);
        await using var source = await ImportSource.OpenAsync(new ForwardOnlyStream(Gzip(Encoding.UTF8.GetBytes(text))), CancellationToken.None);
        await source.CheckAsync(CancellationToken.None);
        var lines = await ReadAsync(source);
        Assert.Equal(["1:{\"id\":\"yz-1\",\"title\":\"仪征市离休干部医疗待遇落实办法\"}", "2:{\"id\":\"yz-2\",\"title\":\"仪征市老干部活动中心开放时间\"}"], lines);
    }

    [Theory]
    [InlineData(4, "不完整")]   // only the length in the trailer is missing
    [InlineData(9, "不完整")]   // the end of the deflate data is missing too
    public async Task Gzip_CutShort_IsRefused(int cut, string says)
    {
        var gzip = Gzip(Encoding.UTF8.GetBytes(Lines));
        var refused = await Assert.ThrowsAsync<ImportFileException>(() => CheckAsync(gzip[..^cut]));
        Assert.Contains(says, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotUtf8_IsPlacedByLineAndByte()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines).Concat(new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}', (byte)'\n' }).ToArray();
        var refused = await Assert.ThrowsAsync<ImportFileException>(() => CheckAsync(bytes));
        Assert.StartsWith("第 3 行第 2 个字节", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf16_IsRefused_WithWhatToDo()
    {
        var refused = await Assert.ThrowsAsync<ImportFileException>(() => CheckAsync(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Lines)).ToArray()));
        Assert.Contains("另存为 UTF-8", refused.Message, StringComparison.Ordinal);
    }

    private static async Task CheckAsync(byte[] content)
    {
        await using var source = await ImportSource.OpenAsync(new MemoryStream(content), CancellationToken.None);
        await source.CheckAsync(CancellationToken.None);
    }

    private static async Task<List<string>> ReadAsync(ImportSource source)
    {
        var lines = new List<string>();
        await foreach (var line in source.LinesAsync(decode: true, CancellationToken.None))
        {
            if (!string.IsNullOrEmpty(line.Text))
            {
                lines.Add($"{line.Number}:{line.Text}");
            }
        }

        return lines;
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

    /// <summary>A request body: read once, front to back.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
