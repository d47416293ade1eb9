using Portal.Modules.Yizheng.Healthcare.Domain;

namespace Portal.Modules.Yizheng.Healthcare.Pages.Healthcare.Records;

/// <summary>One line of the register: the record with its 身份证号 and phone already masked.</summary>
internal sealed record HealthcareRow(HealthcareAssignment Record, string IdNumberMasked, string PhoneMasked);
