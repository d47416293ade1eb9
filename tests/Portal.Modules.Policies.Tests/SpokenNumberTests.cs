using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Tests;

/// <summary>Numbers as voice input writes them: years and serials in Chinese numerals.</summary>
public sealed class SpokenNumberTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("法释二〇二二年十八号", "法释2022年18号")]
    [InlineData("法释二零二二年第十八号", "法释2022年第18号")]
    [InlineData("两千零一十六年老干部工作要点", "2016年老干部工作要点")]
    [InlineData("国务院令第七百号", "国务院令第700号")]
    [InlineData("国务院令七百一十一号", "国务院令711号")]
    [InlineData("国发〔二〇一六〕三百一十二号", "国发〔2016〕312号")]
    [InlineData("中办发二〇一六三号", "中办发2016年3号")]
    [InlineData("十三五规划", "十三五规划")]
    [InlineData("第七次全国人口普查", "第七次全国人口普查")]
    [InlineData("三年行动计划", "三年行动计划")]
    [InlineData("统一规划", "统一规划")]
    public void ToDigits_ReadsYearsAndSerialsOnly(string spoken, string expected)
    {
        Assert.Equal(expected, ChineseNumerals.ToDigits(spoken));
    }

    [Theory]
    [InlineData("中办发二〇一六年三号", 1)]
    [InlineData("中办发二零一六年第三号文件", 1)]
    [InlineData("国务院令第七百一十一号", 4)]
    [InlineData("扬老干两千零二十三年十二号", 2)]
    [InlineData("国家税务总局公告二〇一七年第五号", 5)]
    public void Search_WithSpokenDocumentNumber_ReturnsThatDocumentFirst(string query, long expected)
    {
        var result = fixture.Search(query);

        Assert.Equal(expected, result.Items[0].Id);
        Assert.Equal(TestDocuments.Get(expected).DocNumber, result.DocumentNumber);
    }
}
