using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Length and last-write time of every file of an index's current commit, taken when the commit is made.
/// Lucene never changes a file after writing it, so a later difference means the files were damaged in place
/// (overwritten, truncated, deleted) and the open reader can no longer be trusted. Comparing costs one stat
/// per file, cheap enough to do every second.
/// </summary>
internal sealed class IndexFileSnapshot
{
    public static readonly IndexFileSnapshot Empty = new([]);

    private readonly IReadOnlyList<(string Path, long Length, DateTime Written)> _files;

    private IndexFileSnapshot(IReadOnlyList<(string Path, long Length, DateTime Written)> files) => _files = files;

    public static IndexFileSnapshot Take(string folder, SearcherManager manager)
    {
        var searcher = manager.Acquire();
        try
        {
            if (searcher.IndexReader is not DirectoryReader reader)
            {
                return Empty;
            }

            // The commit's own segments_N too (a near-real-time reader's commit may not name it).
            var names = reader.IndexCommit.FileNames.ToHashSet(StringComparer.Ordinal);
            names.UnionWith(System.IO.Directory.EnumerateFiles(folder, "segments_*").Select(System.IO.Path.GetFileName).OfType<string>());
            var files = new List<(string, long, DateTime)>();
            foreach (var name in names)
            {
                var info = new FileInfo(System.IO.Path.Combine(folder, name));
                if (info.Exists)
                {
                    files.Add((info.FullName, info.Length, info.LastWriteTimeUtc));
                }
            }

            return new IndexFileSnapshot(files);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    public bool StillIntact()
    {
        foreach (var (path, length, written) in _files)
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != length || info.LastWriteTimeUtc != written)
            {
                return false;
            }
        }

        return true;
    }
}
