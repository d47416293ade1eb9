using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>What counts as a failure of an index's files, and closing an index whose files may already be gone.</summary>
internal static class IndexFailure
{
    /// <summary>A failure of the index's files, however Lucene wraps it (a missing file can surface inside a sort's comparer).</summary>
    public static bool Is(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is IOException or UnauthorizedAccessException or PolicyIndexCorruptException or PolicyIndexBusyException
                or ObjectDisposedException or Lucene.Net.Index.CorruptIndexException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Disposes the index; its files may be gone or broken, in which case there is nothing left to flush.</summary>
    public static void CloseQuietly(PolicyIndex? index)
    {
        try
        {
            index?.Dispose();
        }
        catch (Exception exception) when (Is(exception))
        {
            // Nothing to save: the database is the truth and the cursor says what the index holds.
        }
    }
}
