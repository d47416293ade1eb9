using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Tests;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("中办发〔2016〕3号")]
    [InlineData("中办发[2016]3号")]
    [InlineData("中办发（2016）3号")]
    [InlineData("中办发(2016)3号")]
    [InlineData("中办发【2016】3号")]
    [InlineData("中办发［2016］3号")]
    [InlineData("中办发2016 3号")]
    [InlineData("中办发〔２０１６〕３号")]
    [InlineData("中办发〔2016〕第3号")]
    [InlineData("中办发〔2016〕003号")]
    [InlineData("  中办发 〔2016〕 3 号 ")]
    [InlineData("中办发　[2016]　3号")]
    public void Normalize_WhenTypedAnyWay_ReturnsCanonicalForm(string typed)
    {
        Assert.Equal("中办发〔2016〕3号", DocumentNumber.Normalize(typed));
    }

    [Fact]
    public void TryParse_WhenStandard_ExposesParts()
    {
        Assert.True(DocumentNumber.TryParse("扬老干[2023]012号", out var number));

        Assert.Equal("扬老干", number.Agency);
        Assert.Equal(2023, number.Year);
        Assert.Equal(12, number.Serial);
        Assert.Equal(DocumentNumberKind.Standard, number.Kind);
        Assert.Equal("扬老干〔2023〕12号", number.ToString());
    }

    [Theory]
    [InlineData("国务院令第711号")]
    [InlineData("国务院令711号")]
    [InlineData("国务院令第０７１１号")]
    [InlineData("国务院令 第 711 号")]
    public void Normalize_WhenDecree_KeepsDi(string typed)
    {
        Assert.True(DocumentNumber.TryParse(typed, out var number));
        Assert.Equal(DocumentNumberKind.Decree, number.Kind);
        Assert.Equal("国务院令第711号", number.ToString());
    }

    [Fact]
    public void Normalize_WhenDecreeHasChineseNumeral_UsesDigits()
    {
        Assert.Equal("主席令第73号", DocumentNumber.Normalize("主席令第七十三号"));
    }

    [Fact]
    public void Normalize_WhenJointIssuersDecree_KeepsSeparator()
    {
        Assert.Equal("国务院、中央军事委员会令第5号", DocumentNumber.Normalize("国务院、中央军事委员会令第５号"));
    }

    [Theory]
    [InlineData("国家税务总局公告2017年第5号")]
    [InlineData("国家税务总局公告2017年5号")]
    [InlineData("国家税务总局公告 2017 年 第 05 号")]
    public void Normalize_WhenAnnouncement_ReturnsYearAndDiForm(string typed)
    {
        Assert.True(DocumentNumber.TryParse(typed, out var number));
        Assert.Equal(DocumentNumberKind.Announcement, number.Kind);
        Assert.Equal("国家税务总局公告2017年第5号", number.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("关于做好离休干部医疗保障工作的通知")]
    [InlineData("中办发〔2016〕号")]
    [InlineData("〔2016〕3号")]
    [InlineData("中办发〔16〕3号")]
    [InlineData("中办发〔2016〕0号")]
    [InlineData("中办发〔2016〕3")]
    public void TryParse_WhenNotADocumentNumber_ReturnsFalse(string text)
    {
        Assert.False(DocumentNumber.TryParse(text, out var number));
        Assert.Null(number);
    }

    [Fact]
    public void Normalize_WhenUnparseable_ReturnsTrimmedInput()
    {
        Assert.Equal("内部文件第三批", DocumentNumber.Normalize("  内部文件第三批 "));
    }

    [Theory]
    [InlineData("中办发2016 3号文件", "中办发〔2016〕3号")]
    [InlineData("国务院令711号", "国务院令第711号")]
    [InlineData("找一下 苏人社发（2022）45号 全文", "苏人社发〔2022〕45号")]
    [InlineData("国家税务总局公告2017年第5号有关规定", "国家税务总局公告2017年第5号")]
    public void FindIn_WhenQueryContainsNumber_FindsIt(string query, string expected)
    {
        var match = DocumentNumber.FindIn(query);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Number.ToString());
        Assert.Equal(expected[..2], match.Number.Agency[..2]);
    }

    [Fact]
    public void FindIn_ReportsPositionOfTheNumberInTheQuery()
    {
        const string query = "请查扬老干【2023】12号";

        var match = DocumentNumber.FindIn(query);

        Assert.NotNull(match);
        Assert.Equal("号", query[(match.Index + match.Length - 1)..(match.Index + match.Length)]);
        Assert.EndsWith("扬老干", match.Number.Agency, StringComparison.Ordinal);
        Assert.Equal(2023, match.Number.Year);
        Assert.Equal(12, match.Number.Serial);
    }

    [Theory]
    [InlineData("离休干部医疗保障")]
    [InlineData("2016年离退休干部工作")]
    [InlineData(null)]
    public void FindIn_WhenNoNumber_ReturnsNull(string? query)
    {
        Assert.Null(DocumentNumber.FindIn(query));
    }
}
