namespace Portal.Modules.Yizheng.Healthcare.Domain;

/// <summary>The purposes the protected fields are sealed for: a value opens only in its own field.</summary>
internal static class HealthcareFields
{
    public const string IdNumber = "healthcare.idNumber";
    public const string Phone = "healthcare.phone";
    public const string HealthNote = "healthcare.healthNote";
}
