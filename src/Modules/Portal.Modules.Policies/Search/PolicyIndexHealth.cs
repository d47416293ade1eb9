namespace Portal.Modules.Policies.Search;

/// <summary>State of a tenant's index folder; anything but Healthy means "rebuild from the database".</summary>
internal enum PolicyIndexHealth
{
    Healthy,

    /// <summary>No folder, or a folder without any index in it.</summary>
    Missing,

    /// <summary>Files are there but cannot be read: corrupt, truncated, too old/new a format, segments file missing.</summary>
    Corrupt,
}
