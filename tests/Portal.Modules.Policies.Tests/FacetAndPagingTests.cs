using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

public sealed class FacetAndPagingTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private static int CountOf(PolicySearchResult result, string facet, string value) =>
        result.Facets[facet].SingleOrDefault(count => count.Value == value)?.Count ?? 0;

    [Fact]
    public void Search_WithLevelFilter_ReturnsOnlyThatLevel()
    {
        var result = fixture.Search(new PolicySearchRequest { Level = "市", Size = 50 });

        Assert.Equal(TestDocuments.All.Count(doc => doc.Level == "市"), result.Total);
        Assert.All(result.Items, hit => Assert.Equal("市", hit.Level));
    }

    [Fact]
    public void Search_WithYearIssuerCategoryAndValidityFilters_AppliesAll()
    {
        Assert.All(fixture.Search(new PolicySearchRequest { Year = 2024, Size = 50 }).Items, hit => Assert.Equal(2024, hit.Date!.Value.Year));
        Assert.Equal([7L], fixture.Search(new PolicySearchRequest { Validity = "已废止" }).Items.Select(hit => hit.Id));
        Assert.Equal(
            TestDocuments.All.Where(doc => doc.Issuer == "扬州市老干部局" && doc.Category == "医疗保障").Select(doc => doc.Id).Order(),
            fixture.Search(new PolicySearchRequest { Issuer = "扬州市老干部局", Category = "医疗保障" }).Items.Select(hit => hit.Id).Order());
    }

    [Fact]
    public void Search_WithFilterValueNotPresent_ReturnsNothing()
    {
        var result = fixture.Search(new PolicySearchRequest { Query = "离休干部", Issuer = "不存在的机关" });

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Facets_CountMatchingDocumentsPerValue()
    {
        var result = fixture.Search(new PolicySearchRequest());

        foreach (var level in TestDocuments.All.Select(doc => doc.Level!).Distinct())
        {
            Assert.Equal(TestDocuments.All.Count(doc => doc.Level == level), CountOf(result, PolicyFacets.Level, level));
        }

        Assert.Equal(TestDocuments.All.Count(doc => doc.Date!.Value.Year == 2024), CountOf(result, PolicyFacets.Year, "2024"));
        Assert.Equal(TestDocuments.All.Count(doc => doc.Validity == "现行有效"), CountOf(result, PolicyFacets.Validity, "现行有效"));
        Assert.Equal(TestDocuments.All.Count(doc => doc.Issuer == "扬州市老干部局"), CountOf(result, PolicyFacets.Issuer, "扬州市老干部局"));
        Assert.Equal(TestDocuments.All.Count(doc => doc.Category == "文体活动"), CountOf(result, PolicyFacets.Category, "文体活动"));
    }

    [Fact]
    public void Facets_IgnoreTheirOwnFilterButApplyTheOthers()
    {
        var result = fixture.Search(new PolicySearchRequest { Level = "市" });

        // The level facet still shows every level, so the reader can switch.
        Assert.Equal(TestDocuments.All.Count(doc => doc.Level == "省"), CountOf(result, PolicyFacets.Level, "省"));

        // Other facets count only 市 documents.
        Assert.Equal(TestDocuments.All.Count(doc => doc.Level == "市" && doc.Category == "文体活动"), CountOf(result, PolicyFacets.Category, "文体活动"));
        Assert.Equal(0, CountOf(result, PolicyFacets.Issuer, "江苏省委老干部局"));
    }

    [Fact]
    public void Search_SortedByDate_ReturnsNewestFirst()
    {
        var result = fixture.Search(new PolicySearchRequest { Query = "离退休干部", Sort = PolicySort.DateDescending, Size = 50 });

        Assert.True(result.Items.Count > 2);
        var dates = result.Items.Select(hit => hit.Date!.Value).ToList();
        Assert.Equal(dates.OrderByDescending(date => date), dates);
    }

    [Fact]
    public void Search_Paging_ReturnsConsecutiveDisjointPages()
    {
        var first = fixture.Search(new PolicySearchRequest { Size = 5, Page = 1 });
        var second = fixture.Search(new PolicySearchRequest { Size = 5, Page = 2 });
        var third = fixture.Search(new PolicySearchRequest { Size = 5, Page = 3 });

        var all = first.Items.Concat(second.Items).Concat(third.Items).Select(hit => hit.Id).ToList();
        Assert.Equal(5, first.Items.Count);
        Assert.Equal(5, second.Items.Count);
        Assert.Equal(TestDocuments.All.Count - 10, third.Items.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(TestDocuments.All.Count, first.Total);
    }

    [Fact]
    public void Search_SizeAboveLimit_IsCappedAt50()
    {
        var result = fixture.Search(new PolicySearchRequest { Size = 1000, Page = 0 });

        Assert.Equal(PolicySearchRequest.MaxSize, result.Size);
        Assert.Equal(1, result.Page);
    }

    [Fact]
    public void Search_Hit_CarriesMetadata()
    {
        var hit = fixture.Search("中办发〔2016〕3号").Items[0];

        Assert.Equal("ext-1", hit.ExternalId);
        Assert.Equal("中共中央办公厅", hit.Issuer);
        Assert.Equal(new DateOnly(2016, 2, 1), hit.Date);
        Assert.Equal("现行有效", hit.Validity);
        Assert.Equal("中办发〔2016〕3号", hit.DocNumber);
    }
}
