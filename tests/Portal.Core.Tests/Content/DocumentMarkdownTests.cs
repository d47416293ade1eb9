using Portal.Core.Content;
using Xunit;

namespace Portal.Core.Tests.Content;

public sealed class DocumentMarkdownTests
{
    [Fact]
    public void ToSafeHtml_KeepsHeadingIds_AndStripsScripts()
    {
        var html = DocumentMarkdown.ToSafeHtml("## 一、总则\n\n正文<script>alert(1)</script><a href=\"javascript:alert(2)\">链接</a>");
        Assert.Contains("<h2 id=", html, StringComparison.Ordinal);
        Assert.Contains("一、总则", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_DropsMarkup()
    {
        var text = DocumentMarkdown.ToPlainText("## 第一条\n\n**离休干部**看病实行绿色通道。");
        Assert.Contains("第一条", text, StringComparison.Ordinal);
        Assert.Contains("离休干部看病实行绿色通道。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("#", text, StringComparison.Ordinal);
        Assert.DoesNotContain("*", text, StringComparison.Ordinal);
    }
}
