namespace Portal.Core.Web;

/// <summary>
/// A module's in-memory copy of a tenant's published content (read models behind its public pages). It is
/// dropped whenever <see cref="PublicPageEviction"/> drops that tenant's cached pages, so both layers
/// follow the same signal and an edit shows on the next request even with the page cache switched off.
/// </summary>
public interface ITenantContentCache
{
    void Forget(string tenantName);
}
