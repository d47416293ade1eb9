namespace Portal.Modules.Yizheng.Healthcare.Features.Records;

/// <summary>A record refused by its write path; <see cref="Field"/> names the input ("" for the whole form), the message is for staff.</summary>
internal sealed class HealthcareRecordException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
