using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

public sealed class PolicyQueryParserTests
{
    [Fact]
    public void Parse_Defaults_AreFirstPageOfTenByRelevance()
    {
        var (request, error) = PolicyQueryParser.Parse(" 老干部 ", null, null, null, "", null, null, null, null);
        Assert.Null(error);
        Assert.Equal(("老干部", 1, 10, PolicySort.Relevance), (request!.Query, request.Page, request.Size, request.Sort));
        Assert.Null(request.Level);
    }

    [Theory]
    [InlineData("0", null, null, null, "page")]
    [InlineData(null, "51", null, null, "size")]
    [InlineData(null, null, "1800", null, "year")]
    [InlineData(null, null, null, "old", "sort")]
    public void Parse_OutOfRange_IsRefused(string? page, string? size, string? year, string? sort, string field)
    {
        var (request, error) = PolicyQueryParser.Parse("x", page, size, null, null, year, null, null, sort);
        Assert.Null(request);
        Assert.StartsWith(field, error, StringComparison.Ordinal);
    }
}
