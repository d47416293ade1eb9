using Portal.Core.Tenants;
using Xunit;

namespace Portal.Core.Tests.Tenants;

public sealed class TenantNameRulesTests
{
    [Theory]
    [InlineData("yizheng")]
    [InlineData("gaoyou-2")]
    [InlineData("t0001")]
    public void CheckName_AcceptsLowercaseSlugs(string name) => Assert.Null(TenantNameRules.CheckName(name));

    [Theory]
    [InlineData("admin", "保留字")]
    [InlineData("API", "无效")]
    [InlineData("static", "保留字")]
    [InlineData("../data", "无效")]
    [InlineData("yi/zheng", "无效")]
    [InlineData("仪征", "无效")]
    [InlineData("-yizheng", "无效")]
    [InlineData("yi--zheng", "无效")]
    [InlineData("", "不能为空")]
    public void CheckName_RefusesPathTricksAndReservedWords(string name, string expected)
        => Assert.Contains(expected, TenantNameRules.CheckName(name), StringComparison.Ordinal);

    [Theory]
    [InlineData("yizheng.example.gov.cn", true)]
    [InlineData("localhost:5000", true)]
    [InlineData("Yizheng.Example.gov.cn", false)]
    [InlineData("evil.com/path", false)]
    public void CheckHost_AcceptsOnlyLowercaseHostNames(string host, bool valid)
        => Assert.Equal(valid, TenantNameRules.CheckHost(host) is null);
}
