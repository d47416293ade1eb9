using Portal.Core.Content;
using Xunit;

namespace Portal.Core.Tests.Content;

/// <summary>Outside review (issue 14), finding 12: an editor's document can hold a document, and nothing that changes the page.</summary>
public sealed class DocumentHtmlTests
{
    [Theory]
    [InlineData("<div style=\"position:fixed;z-index:9999;inset:0\">请重新登录</div>", "position:fixed")]
    [InlineData("<p style=\"position:fixed\">通知</p>", "style=")]
    [InlineData("<form action=\"https://example.invalid/\"><input name=\"password\"><button>登录</button></form>", "<form")]
    [InlineData("<input type=\"password\">", "<input")]
    [InlineData("<button type=\"submit\">提交</button>", "<button")]
    [InlineData("<svg><script>alert(1)</script></svg>", "<svg")]
    [InlineData("<p class=\"idle-warning button\">假按钮</p>", "class=")]
    [InlineData("<a href=\"javascript:alert(1)\">链接</a>", "javascript:")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("<iframe src=\"https://example.invalid/\"></iframe>", "<iframe")]
    public void Sanitize_RemovesWhatCouldChangeThePage(string html, string forbidden)
        => Assert.DoesNotContain(forbidden, DocumentHtml.Sanitize(html), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Sanitize_MathWithAStyleInside_DoesNotSwallowTheRestOfTheBody()
    {
        var html = DocumentHtml.Sanitize("<p>第一段</p><math><style><img src=x onerror=alert(1)></style></math><p>第二段：离休干部医疗待遇</p>");
        Assert.Contains("第二段：离休干部医疗待遇", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<math", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_PrefixesIds_AndTheLinksToThem_SoTheyCannotCollideWithThePage()
    {
        var html = DocumentHtml.Sanitize("<h2 id=\"idle-warning\">一、总则</h2><p><a href=\"#idle-warning\">见总则</a></p>");
        Assert.Contains("id=\"doc-idle-warning\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#doc-idle-warning\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"idle-warning\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_KeepsWhatADocumentNeeds()
    {
        const string document = "<h3>二、待遇</h3><p><strong>离休干部</strong>的<em>医疗</em>费用<code>按规定</code>报销。</p>"
            + "<ul><li>门诊</li></ul><ol><li>住院</li></ol><table><thead><tr><th>项目</th></tr></thead><tbody><tr><td>标准</td></tr></tbody></table>"
            + "<blockquote>引文</blockquote><pre>原文</pre><a href=\"https://www.gov.cn/\">中国政府网</a><img src=\"/yizheng/media/tu.png\" alt=\"示意图\">";
        var html = DocumentHtml.Sanitize(document);
        foreach (var tag in new[] { "<h3>", "<strong>", "<em>", "<code>", "<ul>", "<ol>", "<table>", "<th>", "<td>", "<blockquote>", "<pre>", "href=\"https://www.gov.cn/\"", "alt=\"示意图\"" })
        {
            Assert.Contains(tag, html, StringComparison.Ordinal);
        }
    }
}
