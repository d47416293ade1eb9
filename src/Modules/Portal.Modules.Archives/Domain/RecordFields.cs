namespace Portal.Modules.Archives.Domain;

/// <summary>The purposes record values are sealed for: a value opens only in its own field (ADR 0016).</summary>
internal static class RecordFields
{
    public const string IdNumber = "archives.idNumber";
    public const string Sealed = "archives.sealedValues";
}
