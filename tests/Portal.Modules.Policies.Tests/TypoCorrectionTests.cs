using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

/// <summary>Sound-alike corrections against the index (Unihan pinyin), never of words the index has as typed.</summary>
public sealed class TypoCorrectionTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("老年人权益保樟实施条例", 4, "老年人权益保障实施条例")]
    [InlineData("离退休干部阅读学习室管理规订", 11, "离退休干部阅读学习室管理规定")]
    [InlineData("扬州市离修干部医疗费", 7, "扬州市离休干部医疗费")]
    [InlineData("离退休干部生活补帖标准", 9, "离退休干部生活补贴标准")]
    public void Search_WithSoundAlikeTypo_FindsTheDocumentAndSaysWhatItSearched(string query, long expected, string corrected)
    {
        var result = fixture.Search(query);

        Assert.Equal(expected, result.Items[0].Id);
        Assert.Equal(corrected, result.CorrectedQuery);
    }

    [Fact]
    public void Search_WithTwoTyposInDifferentWords_CorrectsBoth()
    {
        var result = fixture.Search("离修干部医疗费管里暂行办法");

        Assert.Equal("离休干部医疗费管理暂行办法", result.CorrectedQuery);
        Assert.Equal(7L, result.Items[0].Id);
    }

    [Theory]
    [InlineData("离退休干部阅读学习室管理规定")]
    [InlineData("走访慰问")]
    [InlineData("中办发〔2016〕3号")]
    public void Search_WhenEveryWordIsInTheIndex_ChangesNothing(string query)
    {
        Assert.Null(fixture.Search(query).CorrectedQuery);
    }

    [Fact]
    public void Search_Exact_SearchesWhatWasTyped()
    {
        var result = fixture.Search(new PolicySearchRequest { Query = "老年人权益保樟实施条例", Exact = true });

        Assert.Null(result.CorrectedQuery);
    }

    [Fact]
    public void Search_WordThatExistsAsTyped_IsNotTurnedIntoASoundAlike()
    {
        // 正规化 and 有待于 are real words; the old table turned them into 正规划 and 有待遇.
        using var folder = new TempFolder();
        using var index = PolicyIndex.Open(folder.Sub("words"));
        index.Upsert(
        [
            TestDocuments.Doc(101, "本地", "关于推进老干部工作正规化建设的意见", null, "某市委老干部局", "2020-01-01", "市", "综合", "现行有效", "推进正规化建设，有待于进一步完善。"),
            TestDocuments.Doc(102, "本地", "关于规划老干部活动场所的通知", null, "某市委老干部局", "2021-01-01", "市", "综合", "现行有效", "统一规划，提高待遇。"),
        ]);
        index.Commit(1);
        var searcher = new PolicySearcher(Features.SearchPolicies.SearchSettings.MinStrictResults);

        foreach (var query in new[] { "正规化", "有待于" })
        {
            var result = searcher.Search([("本地", index)], new PolicySearchRequest { Query = query });

            Assert.Null(result.CorrectedQuery);
            Assert.Equal(101L, result.Items[0].Id);
        }
    }

    [Theory]
    [InlineData('定', "ding")]
    [InlineData('绿', "lv")]
    [InlineData('乐', "le")]
    public void PinyinTable_GivesTonelessReadings(char character, string reading)
    {
        Assert.Contains(reading, PinyinTable.Readings(character));
        Assert.Contains('订', PinyinTable.SoundAlikes('定'));
    }
}
