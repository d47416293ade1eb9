using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

/// <summary>A short sentence remembered with its commas left out: words a document holds side by side.</summary>
public sealed class ShortPassageTests : IDisposable
{
    private readonly SearchFixture _library;

    public ShortPassageTests()
    {
        _library = new(
        [
            TestDocuments.Doc(301, "本地", "某县旅游条例", null, "某县人大常委会", "2021-05-01", "县", "旅游", "现行有效",
                "旅游主管部门应当会同有关部门对宾馆、饭店、景区的消防设施每年检查一次。"),
            TestDocuments.Doc(302, "本地", "某县旅游服务规定", null, "某县人民政府", "2022-03-01", "县", "旅游", "现行有效",
                "宾馆应当公示价格。景区应当公示价格。饭店应当公示价格。宾馆、景区、饭店接待老年人的，给予优待。"),
            TestDocuments.Doc(304, "本地", "某县老干部活动经费保障办法", null, "某县委老干部局", "2021-01-01", "县", "老干部", "现行有效",
                "各级人民政府应当加大财政投入，保障老干部活动经费。"),
            TestDocuments.Doc(305, "本地", "某县老干部活动场所管理办法", null, "某县委老干部局", "2021-02-01", "县", "老干部", "现行有效",
                "国家大力扶持老干部活动场所建设，理财证明材料齐全的，保证投入使用，场所投入使用前应当验收。"),
            TestDocuments.Doc(303, "本地", "某县离退休干部活动中心管理办法", null, "某县委老干部局", "2020-01-01", "县", "老干部", "现行有效",
                "活动中心应当保持整洁。济南市老干部活动中心的经验可以借鉴。"),
        ]);
    }

    [Fact]
    public void Search_WordsTypedWithoutTheirCommas_RanksTheDocumentHoldingThemSideBySideFirst()
    {
        // 302 holds every word more often in a shorter text; only 301 holds them as the reader remembers them.
        var result = _library.Search(new PolicySearchRequest { Query = "宾馆 饭店 景区" });

        Assert.Equal([301L, 302L], result.Items.Select(hit => hit.Id));
    }

    [Fact]
    public void Search_TwoShortWords_DoNotHaveToStandSideBySide()
    {
        // "保持 济南市" is two keywords, not a sentence: 303 holds both, across a full stop, at the strict level.
        var result = _library.Search(new PolicySearchRequest { Query = "保持 济南市" });

        Assert.Equal(MatchLevel.All, result.MatchLevel);
        Assert.Equal([303L], result.Items.Select(hit => hit.Id));
    }

    [Fact]
    public void Search_ShortSentenceWithTwoSoundAlikeSlips_FindsTheDocumentHoldingIt()
    {
        // 家大财证投入 for 加大财政投入: every typed pair occurs somewhere (国家大力, 理财证明, 保证投入), so nothing is
        // corrected, and 305 holds 投入 twice; read with sound-alikes, only 304 holds the six characters in a row.
        var result = _library.Search(new PolicySearchRequest { Query = "家大财证投入" });

        Assert.Equal(304L, result.Items[0].Id);
    }

    public void Dispose()
    {
        _library.Dispose();
    }
}
