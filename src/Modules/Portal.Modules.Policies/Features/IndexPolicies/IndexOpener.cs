using Lucene.Net.Store;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>Opens an index folder for writing, verified, and tells whether an open view can still be read.</summary>
internal static class IndexOpener
{
    /// <summary>The index in the folder, verified; null and the reason when it must be rebuilt (missing, new or unreadable).</summary>
    public static (PolicyIndex? Index, string Problem) Open(string path)
    {
        PolicyIndex index;
        try
        {
            index = OpenWhenReleased(path);
        }
        catch (PolicyIndexCorruptException exception)
        {
            return (null, $"its files are unreadable: {exception.Message}");
        }

        if (index.WasCreated)
        {
            // A folder without an index: built beside it like any rebuild (a new site's is empty and done at once).
            IndexFailure.CloseQuietly(index);
            return (null, "there was no index");
        }

        return (index, "");
    }

    /// <summary>Every file of the open view still checks out (its checksums), so the view can keep answering.</summary>
    public static bool Readable(PolicyIndex index)
    {
        try
        {
            index.VerifyIntegrity();
            return true;
        }
        catch (Exception exception) when (IndexFailure.Is(exception) || exception is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>An evicted shell of the same tenant may still be closing its writer: give it a moment.</summary>
    private static PolicyIndex OpenWhenReleased(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return PolicyIndex.Open(path, verifyChecksums: true);
            }
            catch (LockObtainFailedException) when (attempt < 3)
            {
                Thread.Sleep(200);
            }
        }
    }
}
