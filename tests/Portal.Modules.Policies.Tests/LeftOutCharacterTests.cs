using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

/// <summary>A title typed with one character left out, and a sentence remembered across a comma.</summary>
public sealed class LeftOutCharacterTests : IDisposable
{
    private readonly SearchFixture _library;

    public LeftOutCharacterTests()
    {
        _library = new(
        [
            TestDocuments.Doc(201, "本地", "重庆市安全生产条例", null, "重庆市人大常委会", "2020-01-01", "省", "安全生产", "现行有效",
                "为了加强安全生产工作，防止和减少生产安全事故，制定本条例。"),
            TestDocuments.Doc(202, "本地", "上海市安全生产条例", null, "上海市人大常委会", "2021-01-01", "省", "安全生产", "现行有效",
                "对严重市场违法行为依法查处。安全生产工作坚持安全第一、预防为主。本条例自公布之日起施行。"),
            TestDocuments.Doc(203, "本地", "天津市安全生产条例", null, "天津市人大常委会", "2022-01-01", "省", "安全生产", "现行有效",
                "造成严重市场影响的，从重处罚。安全生产监督管理部门依照本条例履行职责。"),
            TestDocuments.Doc(204, "本地", "离退休干部活动经费管理办法", null, "某市委老干部局", "2019-01-01", "市", "经费", "现行有效",
                "活动经费按照规定的，由县级人民政府统一安排，专款专用。"),
            TestDocuments.Doc(205, "本地", "老干部活动场所管理办法", null, "某市委老干部局", "2019-06-01", "市", "经费", "现行有效",
                "场所维修由县级人民政府统一安排，按照标准执行。"),
            TestDocuments.Doc(206, "本地", "中华人民共和国老年人权益保障法", null, "全国人民代表大会常务委员会", "2018-12-29", "中央", "老龄工作", "现行有效",
                "为了保障老年人合法权益，发展老龄事业，弘扬中华民族敬老、养老、助老的美德，制定本法。"),
            TestDocuments.Doc(207, "本地", "某市老年人优待办法", null, "某市人民政府", "2020-03-01", "市", "老龄工作", "现行有效",
                "依照《中华人民共和国老年人权益保障法》第三十三条的规定，本市七十周岁以上老年人免费乘坐市内公交车。"),
        ]);
    }

    [Fact]
    public void Search_TitleWithACharacterLeftOut_FindsThatTitleFirst()
    {
        // 重市 is in two other documents' text, and 上海市安全生产条例 is one character away from what was typed too.
        var result = Search("重市安全生产条例");

        Assert.Equal(201L, result.Items[0].Id);
        Assert.Null(result.CorrectedQuery);
    }

    [Fact]
    public void Search_TitleAsTyped_IsNotGuessedAt()
    {
        using var lease = _library.Index.Acquire();
        var titles = new IndexLexicon(lease.Searcher.IndexReader, PolicyFields.TitleBigram);

        Assert.Empty(LeftOutCharacter.Guesses("上海市安全生产条例", titles));
        Assert.Equal(["重庆市安全生产条例"], LeftOutCharacter.Guesses("重市安全生产条例", titles));
        Assert.Equal("上海市安全生产条例", Search("上海市安全生产条例").Items[0].Title);
    }

    [Fact]
    public void Search_SentenceRememberedAcrossAComma_FindsTheDocumentHoldingItAsTyped()
    {
        // 规定的 at the comma is stripped as noise from the segment; the sentence as typed still lines up with 204.
        var result = Search("按照规定的 由县级人民政府统一安排");

        Assert.Equal(204L, result.Items[0].Id);
    }

    [Fact]
    public void Search_SentenceQuotingATitle_FindsTheDocumentHoldingTheSentenceBeforeTheQuotedTitle()
    {
        var result = Search("依照 中华人民共和国老年人权益保障法 第三十三条的规定");

        Assert.Equal(207L, result.Items[0].Id);
    }

    [Fact]
    public void Search_QuestionAroundTheSameTitle_StillFindsTheTitleFirst()
    {
        Assert.Equal(206L, Search("老同志想查中华人民共和国老年人权益保障法现在还有效").Items[0].Id);
    }

    public void Dispose()
    {
        _library.Dispose();
    }

    private PolicySearchResult Search(string query) => _library.Search(new PolicySearchRequest { Query = query });
}
