using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

public sealed class SearchRankingTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("中办发2016 3号文件", 1)]
    [InlineData("中办发[2016]3号", 1)]
    [InlineData("国务院令711号", 4)]
    [InlineData("扬老干【2023】12号", 2)]
    [InlineData("扬老干〔２００５〕第８号", 7)]
    [InlineData("国家税务总局公告2017年5号", 5)]
    public void Search_WhenQueryHasDocumentNumber_ReturnsThatDocumentFirst(string query, long expected)
    {
        var result = fixture.Search(query);

        Assert.Equal(expected, result.Items[0].Id);
        Assert.Equal(TestDocuments.Get(expected).DocNumber, result.DocumentNumber);
    }

    [Fact]
    public void Search_WhenDocumentNumberIsNotIndexed_SearchesTheTextInstead()
    {
        var result = fixture.Search("扬老干〔2099〕1号 离休干部");

        Assert.Null(result.DocumentNumber);
        Assert.NotEmpty(result.Items);
    }

    [Fact]
    public void Search_TitleMatch_RanksAboveBodyOnlyMatch()
    {
        var ids = fixture.Search("走访慰问").Items.Select(hit => hit.Id).ToList();

        // Document 12 has 走访慰问 in its title once; document 6 repeats it three times in the body only.
        Assert.Contains(6L, ids);
        Assert.Equal(12L, ids[0]);
    }

    [Theory]
    [InlineData("每周二下午安排书画班和合唱团", 3)]
    [InlineData("体检费用由区财政列支", 8)]
    [InlineData("所需资金按原渠道解决", 9)]
    public void Search_WhenQueryIsPhraseFromBody_ReturnsThatDocumentFirst(string phrase, long expected)
    {
        Assert.Equal(expected, fixture.Search(phrase).Items[0].Id);
    }

    [Fact]
    public void Search_WithSeveralWords_ReturnsOnlyDocumentsContainingAll()
    {
        var result = fixture.Search("离休干部 体检");

        Assert.Equal(MatchLevel.All, result.MatchLevel);
        Assert.Equal([8L], result.Items.Select(hit => hit.Id));
    }

    [Fact]
    public void Search_WhenNoDocumentHasAllWords_FallsBackToPartialMatches()
    {
        var result = fixture.Search("离休干部 火星探测");

        Assert.NotEqual(MatchLevel.All, result.MatchLevel);
        Assert.NotEmpty(result.Items);
        Assert.Contains("离休干部", result.Items[0].Title + TestDocuments.Get(result.Items[0].Id).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("最新 离退休干部活动中心管理办法 全文", 3)]
    [InlineData("关于离退休干部阅读学习室的有关规定", 11)]
    [InlineData("老年人权益保障实施条例政策文件", 4)]
    public void Search_WhenQueryHasNoiseWords_StillFindsDocumentFirst(string query, long expected)
    {
        Assert.Equal(expected, fixture.Search(query).Items[0].Id);
    }

    [Theory]
    [InlineData("老年人权益保障实施条列", 4)]
    [InlineData("离退休干部阅读学习室管理规订", 11)]
    [InlineData("活动中心每周二下午安排书化班", 3)]
    public void Search_WhenQueryHasHomophoneTypo_StillFindsDocumentFirst(string query, long expected)
    {
        Assert.Equal(expected, fixture.Search(query).Items[0].Id);
    }

    [Fact]
    public void Search_WithSynonymGroup_MatchesTheOtherTerm()
    {
        var without = fixture.Search("生活补助标准");
        var with = fixture.Search(new PolicySearchRequest
        {
            Query = "生活补助标准",
            Synonyms = [["生活补贴", "生活补助"]],
        });

        // No document says 生活补助: only a partial match without the synonym, a full match with it.
        Assert.NotEqual(MatchLevel.All, without.MatchLevel);
        Assert.Equal(MatchLevel.All, with.MatchLevel);
        Assert.Equal(9L, with.Items[0].Id);
    }

    [Fact]
    public void Search_WithSynonymGroup_ExpandsEitherDirection()
    {
        var result = fixture.Search(new PolicySearchRequest
        {
            Query = "医药费 离休干部",
            Synonyms = [["医疗", "医药费"]],
        });

        // Document 7 only says 医疗费, document 2 says both.
        Assert.Equal(MatchLevel.All, result.MatchLevel);
        Assert.Contains(2L, result.Items.Select(hit => hit.Id));
        Assert.Contains(7L, result.Items.Select(hit => hit.Id));
    }

    [Fact]
    public void Search_WhenQueryIsEmpty_BrowsesEverythingNewestFirst()
    {
        var result = fixture.Search(new PolicySearchRequest { Size = 50 });

        Assert.Equal(TestDocuments.All.Count, result.Total);
        var dates = result.Items.Select(hit => hit.Date!.Value).ToList();
        Assert.Equal(dates.OrderByDescending(date => date), dates);
    }
}
