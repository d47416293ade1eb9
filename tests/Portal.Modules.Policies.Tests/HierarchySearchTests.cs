using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

public sealed class HierarchySearchTests : IDisposable
{
    private static readonly string[] Tenants = ["江苏省", "扬州市", "邗江区"];
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, PolicyIndex> _indexes = [];

    public HierarchySearchTests()
    {
        // One index folder per tenant; 中央 documents are published by the province here.
        foreach (var group in TestDocuments.All.GroupBy(doc => doc.Tenant == "中央" ? "江苏省" : doc.Tenant))
        {
            var index = PolicyIndex.Open(_folder.Sub(group.Key));
            index.Upsert(group);
            index.Commit(1);
            _indexes[group.Key] = index;
        }
    }

    [Fact]
    public void Search_OverCountyCityAndProvince_LabelsEachHitWithItsSourceTenant()
    {
        var searcher = new PolicySearcher(SearchSettings.MinStrictResults);
        var result = searcher.Search(
            [("邗江区", _indexes["邗江区"]), ("扬州市", _indexes["扬州市"]), ("江苏省", _indexes["江苏省"])],
            new PolicySearchRequest { Query = "老干部", Size = 50 });

        Assert.Equal(
            Tenants.Order(StringComparer.Ordinal),
            result.Items.Select(hit => hit.Tenant).Distinct().Order(StringComparer.Ordinal));
        foreach (var hit in result.Items)
        {
            var source = TestDocuments.Get(hit.Id).Tenant;
            Assert.Equal(source == "中央" ? "江苏省" : source, hit.Tenant);
        }
    }

    [Fact]
    public void Search_OverCityOnly_DoesNotSeeOtherTenants()
    {
        var result = new PolicySearcher(SearchSettings.MinStrictResults).Search([("扬州市", _indexes["扬州市"])], new PolicySearchRequest { Size = 50 });

        Assert.Equal(TestDocuments.All.Count(doc => doc.Tenant == "扬州市"), result.Total);
        Assert.All(result.Items, hit => Assert.Equal("扬州市", hit.Tenant));
    }

    [Fact]
    public void Search_OverSeveralIndexes_FacetsCountAllOfThem()
    {
        var result = new PolicySearcher(SearchSettings.MinStrictResults).Search(
            [("邗江区", _indexes["邗江区"]), ("扬州市", _indexes["扬州市"]), ("江苏省", _indexes["江苏省"])],
            new PolicySearchRequest());

        Assert.Equal(TestDocuments.All.Count, result.Total);
        Assert.Equal(TestDocuments.All.Count, result.Facets[PolicyFacets.Level].Sum(count => count.Count));
    }

    public void Dispose()
    {
        foreach (var index in _indexes.Values)
        {
            index.Dispose();
        }

        _folder.Dispose();
    }
}
