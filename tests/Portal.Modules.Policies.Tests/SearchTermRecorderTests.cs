using Portal.Modules.Policies.Features.SearchReport;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

public sealed class SearchTermRecorderTests
{
    [Theory]
    [InlineData("  离退休干部   医疗待遇 ", "离退休干部 医疗待遇")]
    [InlineData("中办发〔２０１６〕３号", "中办发〔2016〕3号")]
    [InlineData("13812345678", null)]
    [InlineData("我的身份证号320123195001011234", null)]
    [InlineData("   ", null)]
    public void Key_FoldsWidthAndSpaces_AndDropsPersonalNumbers(string query, string? expected)
    {
        Assert.Equal(expected, SearchTermRecorder.Key(query));
    }

    [Theory]
    [InlineData("2026-11-30T00:00:00+08:00", "2026-11-30")]
    [InlineData("2026-12-06T23:59:00+08:00", "2026-11-30")]
    [InlineData("2026-11-29T17:00:00Z", "2026-11-30")]
    public void WeekOf_IsTheMondayOnTheChinaCalendar(string instant, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture),
            SearchTermRecorder.WeekOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void FewerWords_LeavesOutOneTopicWordAtATime_AndNeverOffersFrameWords()
    {
        var fewer = QueryPlanner.FewerWords("请问离休干部医疗待遇 火星探测在哪里能看到", 10);

        Assert.True(fewer.Count >= 3);
        var words = fewer.Select(option => option.Split(' ').Length).Distinct().ToList();
        Assert.Single(words);
        Assert.All(fewer, option => Assert.DoesNotContain("哪里", option, StringComparison.Ordinal));
        Assert.All(fewer, option => Assert.DoesNotContain("请问", option, StringComparison.Ordinal));
        Assert.Empty(QueryPlanner.FewerWords("火星", 4));
    }
}
