namespace Portal.Modules.Policies.Domain;

internal enum PolicyStatus
{
    /// <summary>草稿: only staff see it; not in the search index.</summary>
    Draft = 0,

    /// <summary>已发布: on the public site and in search.</summary>
    Published = 1,
}
