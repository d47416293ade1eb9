using Portal.Core.Tenants;

namespace Portal.Benchmarks;

/// <summary>
/// The synthetic registry: one province (t-root), up to ten cities under it and counties under the
/// cities. Names and display names are generated from fixed lists, so every run registers the same sites.
/// </summary>
internal sealed class TenantLayout
{
    public const string Root = "t-root";

    private static readonly string[] CityNames = ["临江", "云台", "青州", "安平", "东陵", "南湖", "西岭", "北原", "清河", "长川"];

    // 40 × 40 first and second characters give 1,600 distinct county names before any repeats.
    private const string FirstChars = "丰永安宁华兴平和泰康隆昌盛阳山水石林云江河湖海东西南北中新古白青金玉龙凤桃梅兰竹";
    private const string SecondChars = "城川源陵台州丘原溪泉岗坪桥口门湾渡浦沟峰岭田庄集镇堡营关亭阁塘坝洲滩港坡店铺寨岩";

    public TenantLayout(int total)
    {
        var cityCount = Math.Min(CityNames.Length, total - 1);
        Cities = [.. Enumerable.Range(1, cityCount).Select(i => $"t-c{i:00}")];
        Counties = [.. Enumerable.Range(1, total - 1 - cityCount).Select(i => $"t-k{i:0000}")];
        Drafts =
        [
            new TenantDraft(Root, "江东省委老干部局"),
            .. Cities.Select((name, i) => new TenantDraft(name, CityNames[i] + "市委老干部局") { Parent = Root }),
            .. Counties.Select((name, i) => new TenantDraft(name, CountyName(i)) { Parent = Cities[i % Cities.Count] }),
        ];
    }

    public IReadOnlyList<string> Cities { get; }

    public IReadOnlyList<string> Counties { get; }

    public IReadOnlyList<TenantDraft> Drafts { get; }

    /// <summary>
    /// <paramref name="count"/> counties starting at <paramref name="offset"/>, wrapping round. Each
    /// measurement takes its own slice, so no tenant is measured twice in the same process.
    /// </summary>
    public IReadOnlyList<string> Sample(int offset, int count)
        => [.. Enumerable.Range(offset, Math.Min(count, Counties.Count)).Select(i => Counties[i % Counties.Count])];

    private static string CountyName(int index)
    {
        var first = FirstChars[index % FirstChars.Length];
        var second = SecondChars[index / FirstChars.Length % SecondChars.Length];
        // Roughly one in seven is a city district rather than a county, as in a real province.
        return $"{first}{second}{(index % 7 == 6 ? "区" : "县")}委老干部局";
    }
}
