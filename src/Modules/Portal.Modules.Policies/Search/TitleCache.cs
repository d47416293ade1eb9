using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Stored titles of a segment, remembered per segment core as they are read. Reading one stored field
/// decompresses the whole block around the document, bodies included; ranking compares the titles of the
/// leading twenty candidates on every search, and broad queries bring the same documents up again and again.
/// A segment never changes, so what was read stays true for as long as the segment lives.
/// </summary>
internal static class TitleCache
{
    private static readonly ConditionalWeakTable<object, string?[]> Titles = new();
    private static readonly HashSet<string> TitleOnly = [PolicyFields.Title];

    public static string Get(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var reader = leaf.AtomicReader;
        var titles = Titles.GetValue(reader.CoreCacheKey, _ => new string?[reader.MaxDoc]);
        var local = doc - leaf.DocBase;
        if (local >= titles.Length)
        {
            return reader.Document(local, TitleOnly).Get(PolicyFields.Title) ?? string.Empty;
        }

        return titles[local] ??= reader.Document(local, TitleOnly).Get(PolicyFields.Title) ?? string.Empty;
    }
}
