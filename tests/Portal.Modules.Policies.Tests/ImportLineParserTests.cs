using Portal.Modules.Policies.Features.ImportPolicies;

namespace Portal.Modules.Policies.Tests;

public sealed class ImportLineParserTests
{
    [Fact]
    public void Parse_CorpusLine_NormalisesTheNumber_AndIgnoresExtraFields()
    {
        var (row, error) = ImportLineParser.Parse(7, """{"id":"a-1","title":" 关于离退休干部体检的通知 ","doc_number":"扬老干[2025]08号","date":"2025-03-18","level":"市","history":["x"],"body":"正文"}""");
        Assert.Null(error);
        Assert.Equal(7, row!.Line);
        Assert.Equal("关于离退休干部体检的通知", row.Title);
        Assert.Equal("扬老干〔2025〕8号", row.DocNumber);
        Assert.Equal(new DateOnly(2025, 3, 18), row.Date);
    }

    [Theory]
    [InlineData("{\"id\":\"a\"", "JSON")]
    [InlineData("[1,2]", "对象")]
    [InlineData("{\"title\":\"无编号\"}", "id")]
    [InlineData("{\"id\":\"a\",\"title\":\"\"}", "title")]
    [InlineData("{\"id\":\"a\",\"title\":\"t\",\"date\":\"2024/01/02\"}", "YYYY-MM-DD")]
    [InlineData("{\"id\":\"a\",\"title\":[\"t\"]}", "数组")]
    [InlineData("{\"id\":\"a\",\"title\":\"\\ud800\"}", "不成对")]
    [InlineData("{\"id\":\"a\",\"title\":\"仪征市\\udc00通知\"}", "不成对")]
    [InlineData("{\"id\":\"a\",\"title\":\"甲\",\"title\":\"乙\"}", "title 在同一个对象中出现了两次")]
    [InlineData("{\"id\":\"a\",\"title\":\"甲\",\"extra\":{\"k\":1,\"k\":2}}", "k 在同一个对象中出现了两次")]
    [InlineData("{\"id\":\"a\",\"title\":\"甲\\u0000乙\"}", "空字符")]
    [InlineData("{\"id\":\"a\",\"\\ud800\":1,\"title\":\"甲\"}", "字段名")]
    public void Parse_BadLine_SaysWhyInChinese(string line, string expected)
    {
        var (row, error) = ImportLineParser.Parse(1, line);
        Assert.Null(row);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NumericId_IsAccepted()
        => Assert.Equal("42", ImportLineParser.Parse(1, """{"id":42,"title":"t"}""").Row!.ExternalId);
}
