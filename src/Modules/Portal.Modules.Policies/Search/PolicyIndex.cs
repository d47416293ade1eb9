using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// One tenant's index folder: a single writer, a near-real-time searcher manager and the cursor (the last
/// applied event sequence of the site's log) kept in the commit user data so it is atomic with the documents.
/// </summary>
internal sealed class PolicyIndex : IDisposable
{
    // The sequence of the last event of the site's log applied (ADR 0028). Indexes from before the event log
    // kept an indexing-task id under "cursor": they lack this key and are rebuilt once.
    private const string CursorKey = "event-cursor";

    // Small batches (one edited document) are not worth the thread hand-off.
    private const int ParallelThreshold = 64;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _manager;
    private IndexFileSnapshot _files = IndexFileSnapshot.Empty;
    private long _cursor;
    private bool _disposed;

    private PolicyIndex(string path, LuceneDirectory directory, IndexWriter writer, SearcherManager manager, bool created)
    {
        Path = path;
        _directory = directory;
        _writer = writer;
        _manager = manager;
        WasCreated = created;
        _cursor = ReadCursor(writer);
        FollowsEventLog = created || writer.CommitData.ContainsKey(CursorKey);
        _files = IndexFileSnapshot.Take(path, manager);
    }

    public string Path { get; }

    /// <summary>True when Open found no index and created an empty one: the caller must rebuild it.</summary>
    public bool WasCreated { get; }

    /// <summary>False for an index written before the event log (its cursor means something else): rebuild it.</summary>
    public bool FollowsEventLog { get; private set; }

    /// <summary>The cursor of the last commit (0 for a new index). Read without a lock by searches deciding whether to catch up.</summary>
    public long Cursor => Volatile.Read(ref _cursor);

    /// <summary>Live documents in the last refreshed view.</summary>
    public int DocumentCount
    {
        get
        {
            using var lease = Acquire();
            return lease.Reader.NumDocs;
        }
    }

    /// <summary>Opens or creates the index in <paramref name="path"/>.</summary>
    /// <exception cref="PolicyIndexCorruptException">The folder holds an index that cannot be read.</exception>
    public static PolicyIndex Open(string path, bool verifyChecksums = false)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        IndexWriter? writer = null;
        try
        {
            var exists = DirectoryReader.IndexExists(directory);
            if (!exists && HasIndexFiles(path))
            {
                throw new PolicyIndexCorruptException($"索引目录缺少 segments 文件：{path}") { Directory = path };
            }

            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, PolicyAnalyzers.Index)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 256,
                UseCompoundFile = false,
                Similarity = PolicyAnalyzers.Similarity,
            };
            writer = new IndexWriter(directory, config);
            var manager = new SearcherManager(writer, true, new PolicySearcherFactory());
            var index = new PolicyIndex(path, directory, writer, manager, !exists);
            if (exists && verifyChecksums)
            {
                index.VerifyIntegrity();
            }

            return index;
        }
        catch (LockObtainFailedException)
        {
            writer?.Dispose();
            directory.Dispose();
            throw;
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            writer?.Rollback();
            directory.Dispose();
            throw ex as PolicyIndexCorruptException
                ?? new PolicyIndexCorruptException($"索引已损坏：{path}（{ex.Message}）", ex) { Directory = path };
        }
    }

    /// <summary>Deletes the folder and opens a fresh, empty index (cursor 0).</summary>
    public static PolicyIndex Recreate(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }

        return Open(path);
    }

    /// <summary>Full check (opens every segment and verifies file checksums) without keeping anything open.</summary>
    public static PolicyIndexHealth Check(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return PolicyIndexHealth.Missing;
        }

        try
        {
            using var directory = FSDirectory.Open(path);
            if (!DirectoryReader.IndexExists(directory))
            {
                return HasIndexFiles(path) ? PolicyIndexHealth.Corrupt : PolicyIndexHealth.Missing;
            }

            using var reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }

            return PolicyIndexHealth.Healthy;
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            return PolicyIndexHealth.Corrupt;
        }
    }

    public static bool IsHealthy(string path) => Check(path) == PolicyIndexHealth.Healthy;

    /// <summary>Adds or replaces documents by id. Large batches are analysed on all cores.</summary>
    public void Upsert(IEnumerable<PolicyIndexDocument> documents)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var list = documents as IReadOnlyList<PolicyIndexDocument> ?? documents.ToList();
        if (list.Count < ParallelThreshold)
        {
            foreach (var document in list)
            {
                UpsertOne(document);
            }

            return;
        }

        // IndexWriter is thread-safe; SmartCn/bigram analysis is the cost, and it runs per thread.
        Parallel.ForEach(list, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, UpsertOne);
    }

    public void Delete(IEnumerable<long> ids)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var terms = ids.Select(id => new Term(PolicyFields.Id, PolicyDocumentMapper.IdText(id))).ToArray();
        if (terms.Length > 0)
        {
            _writer.DeleteDocuments(terms);
        }
    }

    public void DeleteAll()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.DeleteAll();
    }

    /// <summary>Makes all changes durable together with the cursor, and visible to new searches.</summary>
    public void Commit(long cursor)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture),
        });
        _writer.Commit();
        _manager.MaybeRefreshBlocking();
        Volatile.Write(ref _cursor, cursor);
        FollowsEventLog = true;
        _files = IndexFileSnapshot.Take(Path, _manager);
    }

    /// <summary>
    /// Cheap check that nobody damaged the files of the current commit under us (deleted, truncated or
    /// rewritten in place: Lucene writes each file once, so any change of its length or time is damage).
    /// Call it where no commit runs at the same time (the indexer's gate).
    /// </summary>
    public bool FilesIntact()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _files.StillIntact();
    }

    /// <summary>
    /// Merges the index down to few segments after a bulk rebuild. Every query pays a per-segment cost for
    /// each of its terms, so a freshly rebuilt index with dozens of flush segments answers several times slower.
    /// Call before <see cref="Commit"/>.
    /// </summary>
    public void Optimize(int maxSegments = 1)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.ForceMerge(maxSegments);
    }

    /// <summary>Segments in the current searchable view (diagnostics).</summary>
    public int SegmentCount
    {
        get
        {
            using var lease = Acquire();
            return lease.Reader.Leaves.Count;
        }
    }

    /// <summary>Makes uncommitted changes visible to searches (near-real-time) without a durable commit.</summary>
    public void Refresh()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _manager.MaybeRefreshBlocking();
    }

    /// <summary>A point-in-time view for searching; dispose it promptly.</summary>
    public PolicyIndexLease Acquire()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new PolicyIndexLease(_manager);
    }

    /// <summary>Releases the reader, writer and files. Uncommitted changes are discarded: the cursor says what is in.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _manager.Dispose();
        _writer.Rollback();
        _directory.Dispose();
    }

    internal void VerifyIntegrity()
    {
        using var lease = Acquire();
        foreach (var leaf in lease.Reader.Leaves)
        {
            leaf.AtomicReader.CheckIntegrity();
        }
    }

    private static long ReadCursor(IndexWriter writer)
        => writer.CommitData.TryGetValue(CursorKey, out var text)
            && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var cursor)
            ? cursor
            : 0;

    private void UpsertOne(PolicyIndexDocument document) =>
        _writer.UpdateDocument(
            new Term(PolicyFields.Id, PolicyDocumentMapper.IdText(document.Id)),
            PolicyDocumentMapper.ToLucene(document));

    private static bool HasIndexFiles(string path) =>
        System.IO.Directory.EnumerateFiles(path)
            .Select(System.IO.Path.GetFileName)
            .Any(name => name is not null && name != "write.lock"
                && (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_')));

    private static bool IsCorruption(Exception ex) => ex is PolicyIndexCorruptException
        or CorruptIndexException
        or IndexFormatTooOldException
        or IndexFormatTooNewException
        or FileNotFoundException
        or EndOfStreamException
        or (IOException and not LockObtainFailedException)
        or IndexOutOfRangeException
        or ArgumentOutOfRangeException;
}
