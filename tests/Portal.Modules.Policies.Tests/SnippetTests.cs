using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

public sealed class SnippetTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Fact]
    public void Snippet_WhenHitsTouch_MergesMarks()
    {
        var html = SnippetBuilder.Build("各级党组织要关心离退休干部生活。", "标题", ["离退休", "干部"]);

        Assert.Equal("各级党组织要关心<mark>离退休干部</mark>生活。", html);
    }

    [Fact]
    public void Snippet_WhenHitsOverlap_MergesMarks()
    {
        var html = SnippetBuilder.Build("离休干部医药费实行单独统筹", "标题", ["离休干部医", "干部医药费"]);

        Assert.Equal("<mark>离休干部医药费</mark>实行单独统筹", html);
    }

    [Fact]
    public void Search_Snippet_MarksWholeWordOnce()
    {
        var hit = fixture.Search("离退休 干部 党的建设").Items.Single(item => item.Id == 1);

        Assert.Contains("<mark>离退休干部</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("</mark><mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Snippet_EscapesHtml()
    {
        var hit = fixture.Search("报名 身份证").Items.Single(item => item.Id == 10);

        Assert.Contains("&amp;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;两张&gt;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<两张>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>身份证</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_WhenTextIsLong_IsCutAroundTheHit()
    {
        var body = new string('甲', 500) + "离休干部医疗证" + new string('乙', 500);

        var html = SnippetBuilder.Build(body, "标题", ["离休干部医疗证"]);

        Assert.StartsWith("…", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.Contains("<mark>离休干部医疗证</mark>", html, StringComparison.Ordinal);
        Assert.InRange(html.Length, 100, 160);
    }

    [Fact]
    public void Snippet_WhenOnlyTitleMatches_UsesTitle()
    {
        var html = SnippetBuilder.Build("正文没有命中。", "关于<老年大学>招生的通知", ["老年大学"]);

        Assert.Equal("关于&lt;<mark>老年大学</mark>&gt;招生的通知", html);
    }
}
