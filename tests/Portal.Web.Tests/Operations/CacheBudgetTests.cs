using System.Text;
using Microsoft.Extensions.Primitives;
using Portal.Core.Web;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Features.ShowPolicy;
using Portal.Modules.Policies.Search;
using Xunit;

namespace Portal.Web.Tests.Operations;

/// <summary>Every in-memory cache behind the public pages stays within its budget, however many distinct answers it is given.</summary>
public sealed class CacheBudgetTests
{
    [Fact]
    public void PageStore_KeepsItsBytesWithinTheBudget()
    {
        const long budget = 64 * 1024;
        var store = new PublicPageStore(budget);
        for (var i = 0; i < 200; i++)
        {
            store.Store($"http://localhost/linhe/policies?q={i}", Page(4096, "content:linhe"), store.Generation);
            Assert.InRange(store.Bytes, 0, budget);
        }

        Assert.InRange(store.Count, 1, 199);
    }

    [Fact]
    public void PageStore_EvictsOnlyTheTaggedPages()
    {
        var store = new PublicPageStore();
        store.Store("linhe", Page(100, "content:linhe", "content:yangzhou"), store.Generation);
        store.Store("baoying", Page(100, "content:baoying"), store.Generation);

        store.EvictByTag("content:yangzhou");

        Assert.Null(store.Find("linhe"));
        Assert.NotNull(store.Find("baoying"));
    }

    [Fact]
    public void PageStore_DoesNotKeepAnAnswerRenderedAcrossAnEviction()
    {
        var store = new PublicPageStore();
        var beforeRender = store.Generation;
        store.EvictByTag("content:linhe"); // an editor saved while the page was being rendered

        store.Store("linhe", Page(100, "content:linhe"), beforeRender);

        Assert.Null(store.Find("linhe"));
        Assert.Equal(0, store.Bytes);
    }

    [Fact]
    public void SearchAnswers_KeepTheirTextWithinTheBudget()
    {
        const long budget = 20_000;
        var answers = new SearchAnswerCache(budget);
        var chain = answers.For(["donghe", "yangzhou", "jiangsu"]);
        for (var i = 0; i < 300; i++)
        {
            answers.For(["donghe", "yangzhou", "jiangsu"]).Add(new PolicySearchRequest { Query = $"离退休干部 {i}" }, Result(10));
            Assert.InRange(answers.Characters, 0, budget);
        }

        Assert.True(chain.Dropped, "the first chain outgrew the budget and was dropped");
    }

    [Fact]
    public void SearchAnswers_OfEveryChainWithTheSite_GoWhenItsContentChanges()
    {
        var answers = new SearchAnswerCache();
        var request = new PolicySearchRequest { Query = "医疗待遇" };
        answers.For(["donghe", "yangzhou", "jiangsu"]).Add(request, Result(3));
        answers.For(["xiling", "yangzhou", "jiangsu"]).Add(request, Result(3));
        answers.For(["nanjing", "jiangsu"]).Add(request, Result(3));
        answers.For(["suzhou"]).Add(request, Result(3));

        answers.Forget("yangzhou");

        Assert.False(answers.For(["donghe", "yangzhou", "jiangsu"]).TryGet(request, out _));
        Assert.False(answers.For(["xiling", "yangzhou", "jiangsu"]).TryGet(request, out _));
        Assert.True(answers.For(["nanjing", "jiangsu"]).TryGet(request, out _));
        Assert.True(answers.For(["suzhou"]).TryGet(request, out _));
    }

    [Fact]
    public void PublishedDocuments_KeepTheirTextWithinTheBudget()
    {
        const long budget = 50_000;
        var documents = new PublishedDocumentCache(budget);
        for (var id = 1; id <= 200; id++)
        {
            var body = new StringBuilder().Insert(0, "<p>离休干部医药费实行单独统筹，凭有效票据按季度报销。</p>", 20).ToString();
            documents.For(id % 2 == 0 ? "linhe" : "yangzhou").Add(id, new PublishedDocument(new PolicyDocument { Id = id, Title = $"临河县离休干部医药费报销办法（第{id}号）", BodyHtml = body }, null));
            Assert.InRange(documents.Characters, 0, budget);
        }
    }

    private static StoredPage Page(int bytes, params string[] tags)
        => new(new byte[bytes], [KeyValuePair.Create("Content-Type", new StringValues("text/html; charset=utf-8"))], tags, "linhe", Environment.TickCount64);

    private static PolicySearchResult Result(int hits) => new()
    {
        Total = hits,
        Items = [.. Enumerable.Range(1, hits).Select(i => new PolicySearchHit
        {
            Id = i,
            Tenant = "yangzhou",
            Title = $"扬州市离退休干部医疗待遇实施细则（第{i}号）",
            SnippetHtml = "离退休干部<mark>医疗待遇</mark>按照属地管理原则，由所在单位负责落实。",
        })],
        Facets = new Dictionary<string, IReadOnlyList<FacetCount>> { ["issuer"] = [new FacetCount("扬州市委老干部局", hits)] },
    };
}
