using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Each document's facet value ordinal, read once per segment and field into a plain array. A broad word matches
/// most of a large library, and reading five compressed doc-value ordinals per match cost more than scoring it
/// (10–15 ms of a search over 70,000 matches). A segment never changes, so the arrays stay true for as long as it
/// lives and go with it (keyed by its core, as <see cref="TitleCache"/>).
/// </summary>
internal static class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, int[]>> Segments = new();

    /// <summary>Ordinal per document of the segment (-1: no value); null when the field has no values there.</summary>
    public static int[]? Get(AtomicReader reader, string field, SortedDocValues? values)
    {
        if (values is null)
        {
            return null;
        }

        return Segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal))
            .GetOrAdd(field, _ =>
            {
                var ordinals = new int[reader.MaxDoc];
                for (var doc = 0; doc < ordinals.Length; doc++)
                {
                    ordinals[doc] = values.GetOrd(doc);
                }

                return ordinals;
            });
    }
}
