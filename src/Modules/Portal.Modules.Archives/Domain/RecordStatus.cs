namespace Portal.Modules.Archives.Domain;

/// <summary>Where a file stands. Stored by name: never rename a member.</summary>
internal enum RecordStatus
{
    /// <summary>在档: the person (or branch, team) is counted.</summary>
    Active = 1,

    /// <summary>已关闭: a death date was entered (DOMAIN.md: 去世时间 closes the file).</summary>
    Closed = 2,
}
