namespace Portal.Modules.Yizheng.Healthcare.Domain;

/// <summary>三有一落实 for one 离休干部: an assigned doctor, a health record note, a hospital green channel.</summary>
public sealed class HealthcareAssignment
{
    public int Id { get; set; }

    public string RetireeName { get; set; } = "";

    public string Unit { get; set; } = "";

    public string DoctorName { get; set; } = "";

    public string DoctorPhone { get; set; } = "";

    public string HealthNote { get; set; } = "";

    public string Hospital { get; set; } = "";

    public string GreenChannelContact { get; set; } = "";

    public string GreenChannelPhone { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>Optimistic concurrency: two staff editing the same record never overwrite each other.</summary>
    public int Version { get; set; }
}
