using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

public sealed class IndexLifecycleTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PolicySearcher _searcher = new(minStrictResults: 1);

    private string IndexPath => _folder.Sub("index");

    [Fact]
    public void Open_OnMissingFolder_CreatesEmptyIndexAndSaysSo()
    {
        Assert.Equal(PolicyIndexHealth.Missing, PolicyIndex.Check(IndexPath));

        using var index = PolicyIndex.Open(IndexPath);

        Assert.True(index.WasCreated);
        Assert.Equal(0, index.Cursor);
        Assert.Equal(0, index.DocumentCount);
    }

    [Fact]
    public void Commit_StoresCursor_WhichSurvivesReopen()
    {
        using (var index = PolicyIndex.Open(IndexPath))
        {
            index.Upsert(TestDocuments.All);
            index.Commit(42);
            Assert.Equal(42, index.Cursor);
        }

        using var reopened = PolicyIndex.Open(IndexPath);

        Assert.False(reopened.WasCreated);
        Assert.Equal(42, reopened.Cursor);
        Assert.Equal(TestDocuments.All.Count, reopened.DocumentCount);
        Assert.Equal(PolicyIndexHealth.Healthy, PolicyIndex.Check(IndexPath));
    }

    [Fact]
    public void Dispose_DiscardsUncommittedChanges()
    {
        using (var index = PolicyIndex.Open(IndexPath))
        {
            index.Upsert(TestDocuments.All.Take(3));
            index.Commit(3);
            index.Upsert(TestDocuments.All.Skip(3));
        }

        using var reopened = PolicyIndex.Open(IndexPath);

        Assert.Equal(3, reopened.Cursor);
        Assert.Equal(3, reopened.DocumentCount);
    }

    [Fact]
    public void Check_WhenFolderDeleted_ReportsMissing()
    {
        using (var index = PolicyIndex.Open(IndexPath))
        {
            index.Upsert(TestDocuments.All);
            index.Commit(1);
        }

        Directory.Delete(IndexPath, recursive: true);

        Assert.Equal(PolicyIndexHealth.Missing, PolicyIndex.Check(IndexPath));
        Assert.False(PolicyIndex.IsHealthy(IndexPath));
    }

    [Fact]
    public void Check_WhenFileIsCorrupted_ReportsCorrupt()
    {
        CreateIndex();
        var largest = new DirectoryInfo(IndexPath).GetFiles().Where(file => file.Name != "write.lock").MaxBy(file => file.Length)!;
        var bytes = File.ReadAllBytes(largest.FullName);
        for (var i = bytes.Length / 3; i < bytes.Length / 3 + 16; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(largest.FullName, bytes);

        Assert.Equal(PolicyIndexHealth.Corrupt, PolicyIndex.Check(IndexPath));
        Assert.Throws<PolicyIndexCorruptException>(() => PolicyIndex.Open(IndexPath, verifyChecksums: true).Dispose());
    }

    [Fact]
    public void Open_WhenSegmentsFileIsMissing_ThrowsCorruptAndRecreateRecovers()
    {
        CreateIndex();
        foreach (var file in Directory.GetFiles(IndexPath, "segments*"))
        {
            File.Delete(file);
        }

        Assert.Equal(PolicyIndexHealth.Corrupt, PolicyIndex.Check(IndexPath));
        var error = Assert.Throws<PolicyIndexCorruptException>(() => PolicyIndex.Open(IndexPath).Dispose());
        Assert.Equal(IndexPath, error.Directory);

        using var fresh = PolicyIndex.Recreate(IndexPath);
        Assert.True(fresh.WasCreated);
        Assert.Equal(0, fresh.DocumentCount);
    }

    [Fact]
    public void Open_WhenSegmentsFileIsTruncated_ThrowsCorrupt()
    {
        CreateIndex();
        var segments = Directory.GetFiles(IndexPath, "segments_*").Single();
        File.WriteAllBytes(segments, File.ReadAllBytes(segments)[..10]);

        Assert.Throws<PolicyIndexCorruptException>(() => PolicyIndex.Open(IndexPath).Dispose());
        Assert.Equal(PolicyIndexHealth.Corrupt, PolicyIndex.Check(IndexPath));
    }

    [Fact]
    public void Upsert_WithSameId_ReplacesDocument()
    {
        using var index = PolicyIndex.Open(IndexPath);
        index.Upsert([TestDocuments.Get(3)]);
        index.Commit(1);
        index.Upsert([TestDocuments.Get(3) with { Title = "江苏省老干部活动场所管理规定", Body = "场所对全体老同志免费开放。" }]);
        index.Commit(2);

        Assert.Equal(1, index.DocumentCount);
        var hit = Assert.Single(Search(index, "活动场所管理规定").Items);
        Assert.Equal("江苏省老干部活动场所管理规定", hit.Title);
        Assert.Equal(0, Search(index, "书画班和合唱团").Total);
    }

    [Fact]
    public void Delete_RemovesDocument_AndDeleteAllEmptiesTheIndex()
    {
        using var index = PolicyIndex.Open(IndexPath);
        index.Upsert(TestDocuments.All);
        index.Commit(1);

        index.Delete([4L]);
        index.Commit(2);

        Assert.Equal(TestDocuments.All.Count - 1, index.DocumentCount);
        Assert.DoesNotContain(4L, Search(index, "老年人权益保障实施条例").Items.Select(hit => hit.Id));

        index.DeleteAll();
        index.Commit(3);
        Assert.Equal(0, index.DocumentCount);
    }

    [Fact]
    public void Search_SeesNewCommitsWithoutReopening()
    {
        using var index = PolicyIndex.Open(IndexPath);
        index.Commit(1);
        Assert.Equal(0, Search(index, "离休干部").Total);

        index.Upsert([TestDocuments.Get(2)]);
        index.Commit(2);

        Assert.Equal(2L, Search(index, "离休干部").Items[0].Id);
    }

    [Fact]
    public void Dispose_ReleasesFilesAndLock()
    {
        var index = PolicyIndex.Open(IndexPath);
        index.Upsert(TestDocuments.All);
        index.Commit(1);
        using (index.Acquire())
        {
        }

        index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Acquire());
        Directory.Delete(IndexPath, recursive: true);
        Assert.False(Directory.Exists(IndexPath));
    }

    [Fact]
    public void Open_WhileAnotherWriterHoldsTheFolder_IsNotReportedAsCorruption()
    {
        using var first = PolicyIndex.Open(IndexPath);

        var error = Record.Exception(() => PolicyIndex.Open(IndexPath).Dispose());

        Assert.NotNull(error);
        Assert.IsNotType<PolicyIndexCorruptException>(error);
    }

    public void Dispose() => _folder.Dispose();

    private PolicySearchResult Search(PolicyIndex index, string query) =>
        _searcher.Search([("t", index)], new PolicySearchRequest { Query = query });

    private void CreateIndex()
    {
        using var index = PolicyIndex.Open(IndexPath);
        index.Upsert(TestDocuments.All);
        index.Commit(7);
    }
}
