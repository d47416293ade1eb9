using Portal.Core.Data.Protection;

namespace Portal.Modules.Yizheng.Healthcare.Domain;

/// <summary>
/// 三有一落实 for one 离休干部: an assigned doctor, a health record note, a hospital green channel.
/// The retiree's 身份证号, phone and health note are sealed (ADR 0016); the doctor's and hospital's
/// numbers are work contacts printed on public notices and stay plain.
/// </summary>
internal sealed class HealthcareAssignment
{
    public int Id { get; set; }

    public string RetireeName { get; set; } = "";

    public string Unit { get; set; } = "";

    public ProtectedText? IdNumber { get; set; }

    /// <summary>Keyed hash of the normalised 身份证号, for exact lookup and the duplicate check.</summary>
    public string? IdNumberHash { get; set; }

    public ProtectedText? Phone { get; set; }

    public string? PhoneHash { get; set; }

    public string DoctorName { get; set; } = "";

    public string DoctorPhone { get; set; } = "";

    public ProtectedText? HealthNote { get; set; }

    /// <summary>A note written before version 2 sealed them; sealed and emptied on the record's next save.</summary>
    public string UnsealedHealthNote { get; set; } = "";

    public string Hospital { get; set; } = "";

    public string GreenChannelContact { get; set; } = "";

    public string GreenChannelPhone { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>Optimistic concurrency: two staff editing the same record never overwrite each other.</summary>
    public int Version { get; set; }
}
