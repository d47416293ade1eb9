using Portal.Core.Data.Protection;

namespace Portal.Modules.Archives.Domain;

/// <summary>
/// One file of 一人一档. The values of its form live as JSON (<see cref="Values"/>, keyed by field key) beside a few
/// indexed columns, so a field a county adds needs no DDL; the sensitive values are sealed (ADR 0016): the 身份证号 on
/// its own with a lookup hash (duplicates, exact search), the others together in <see cref="SealedValues"/>.
/// </summary>
internal sealed class ArchiveRecord
{
    public int Id { get; set; }

    public int FormId { get; set; }

    /// <summary>The category key of its form (lixiu, tuixiu …), for lists and statistics.</summary>
    public string FormKey { get; set; } = "";

    /// <summary>The form revision the values were written with: the labels and types they are read with.</summary>
    public int FormRevision { get; set; }

    /// <summary>The unit (<see cref="Unit.Id"/>) whose clerks keep it.</summary>
    public int UnitId { get; set; }

    public string Name { get; set; } = "";

    public RecordStatus Status { get; set; } = RecordStatus.Active;

    /// <summary>The values that are not sensitive, as a JSON object of strings (dates yyyy-MM-dd, numbers invariant).</summary>
    public string Values { get; set; } = "{}";

    /// <summary>The sensitive values other than the 身份证号, as one sealed JSON object.</summary>
    public ProtectedText? SealedValues { get; set; }

    public ProtectedText? IdNumber { get; set; }

    public string? IdNumberHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public int Version { get; set; }
}
