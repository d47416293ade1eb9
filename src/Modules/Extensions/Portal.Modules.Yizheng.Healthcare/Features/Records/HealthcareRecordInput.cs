namespace Portal.Modules.Yizheng.Healthcare.Features.Records;

/// <summary>What staff type (edit page) or a recipe gives for one record, in plain text. Empty 身份证号/phone on an edit keeps the stored one.</summary>
internal sealed class HealthcareRecordInput
{
    public int Id { get; set; }

    public int Version { get; set; }

    public string RetireeName { get; set; } = "";

    public string? Unit { get; set; }

    public string? IdNumber { get; set; }

    public string? Phone { get; set; }

    public string? DoctorName { get; set; }

    public string? DoctorPhone { get; set; }

    public string? HealthNote { get; set; }

    public string? Hospital { get; set; }

    public string? GreenChannelContact { get; set; }

    public string? GreenChannelPhone { get; set; }
}
