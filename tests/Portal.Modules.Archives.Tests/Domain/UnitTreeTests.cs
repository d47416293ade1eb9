using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Tests.Domain;

public sealed class UnitTreeTests
{
    private static readonly Unit[] Units =
    [
        new() { Id = 1, Name = "仪征市委老干部局", Code = "A01", SortOrder = 1 },
        new() { Id = 2, Name = "仪征市教育局", Code = "B01", SortOrder = 2 },
        new() { Id = 3, Name = "仪征市实验小学", Code = "B0101", ParentId = 2, SortOrder = 2 },
        new() { Id = 4, Name = "仪征市第二中学", Code = "B0102", ParentId = 2, SortOrder = 1 },
        new() { Id = 5, Name = "仪征市第二中学分校", Code = "B010201", ParentId = 4 },
    ];

    [Fact]
    public void Flatten_ListsParentsBeforeTheirChildren_SiblingsByOrder()
    {
        var rows = UnitTree.Flatten(Units);

        Assert.Equal([1, 2, 4, 5, 3], rows.Select(r => r.Unit.Id));
        Assert.Equal([0, 0, 1, 2, 1], rows.Select(r => r.Depth));
    }

    [Fact]
    public void WouldLoop_WhenTheNewParentIsBelowTheUnit()
    {
        Assert.True(UnitTree.WouldLoop(Units, 2, 5));
        Assert.True(UnitTree.WouldLoop(Units, 2, 2));
        Assert.False(UnitTree.WouldLoop(Units, 4, 3));
        Assert.False(UnitTree.WouldLoop(Units, 2, null));
        Assert.Equal([2, 3, 4, 5], UnitTree.Subtree(Units, 2).Order());
    }
}
