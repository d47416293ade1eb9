using Lucene.Net.Search;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

/// <summary>
/// The relaxed first stage scored with shared phrase positions gives the very documents and scores (bit for bit)
/// of the BooleanQuery it replaces: a speed change that must not move any answer.
/// </summary>
public sealed class SharedPositionsQueryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PolicyIndex _index;

    public SharedPositionsQueryTests()
    {
        _index = PolicyIndex.Open(_folder.Sub("shared"));
        _index.Upsert(
        [
            .. TestDocuments.All,
            // The same sentences in several documents, a pair twice in one phrase (干部 … 干部), the passage across a comma.
            TestDocuments.Doc(101, "扬州市", "扬州市委老干部局关于离休干部和退休干部健康体检的通知", null, "扬州市委老干部局", "2024-03-01", "市", "医疗保障", "现行有效",
                "离休干部和退休干部每年体检一次。本办法由市委老干部局负责解释，自发布之日起施行。离休干部和退休干部体检结果纳入健康档案。"),
            TestDocuments.Doc(102, "扬州市", "仪征市委老干部局关于走访慰问的通知", null, "仪征市委老干部局", "2024-01-10", "县", "关心关爱", "现行有效",
                "重大节日期间，由单位负责同志带队走访慰问。本办法由市委老干部局负责解释，自发布之日起施行。"),
            TestDocuments.Doc(103, "江苏省", "江苏省离退休干部志愿服务办法", null, "江苏省委老干部局", "2022-05-01", "省", "志愿服务", "现行有效",
                "鼓励离退休干部发挥专长，参加志愿服务和社区治理。离退休干部发挥专长，参加志愿服务的，由所在单位给予支持。"),
        ]);
        _index.Commit(1);
    }

    public static TheoryData<string> Passages() =>
    [
        "由市委老干部局负责解释自发布",
        "离休干部和退休干部体检结果",
        "离退休干部发挥专长参加志愿服务",
        "各级党组织要把离退休干部党的建设",
        "走访慰问要覆盖全部困难老同志",
        "定点医院应当开设优先窗口",
    ];

    [Theory]
    [MemberData(nameof(Passages))]
    public void RelaxedQuery_WithSharedPositions_ScoresEveryDocumentAsTheBooleanQuery(string passage)
    {
        using var lease = _index.Acquire();
        var searcher = new IndexSearcher(lease.Reader) { Similarity = PolicyAnalyzers.Similarity };
        var lexicon = new IndexLexicon(lease.Reader);
        var plan = QueryPlanner.Plan(passage, [], lexicon: lexicon);
        var query = searcher.Rewrite(LuceneQueryFactory.Build(plan, MatchLevel.Most, lexicon)!);

        var optimized = SharedPositionsQuery.Optimize(query);

        Assert.IsType<SharedPositionsQuery>(optimized);
        var expected = searcher.Search(query, lease.Reader.MaxDoc).ScoreDocs;
        var actual = searcher.Search(optimized, lease.Reader.MaxDoc).ScoreDocs;
        Assert.NotEmpty(expected);
        Assert.Equal(
            expected.Select(hit => (hit.Doc, BitConverter.SingleToInt32Bits(hit.Score))),
            actual.Select(hit => (hit.Doc, BitConverter.SingleToInt32Bits(hit.Score))));
    }

    [Fact]
    public void Optimize_QueryWithoutRequiredWords_IsLeftAsItIs()
    {
        var query = new BooleanQuery(disableCoord: true)
        {
            { LuceneQueryFactory.Substring(PolicyFields.TextBigram, "离退休干部")!, Occur.SHOULD },
            { LuceneQueryFactory.Substring(PolicyFields.TextBigram, "发挥专长")!, Occur.SHOULD },
        };

        Assert.Same(query, SharedPositionsQuery.Optimize(query));
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
