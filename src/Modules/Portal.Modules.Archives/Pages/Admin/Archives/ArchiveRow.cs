using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Pages.Admin.Archives;

/// <summary>One line of the files list: the record with its unit, form and masked 身份证号.</summary>
internal sealed record ArchiveRow(ArchiveRecord Record, string UnitName, string FormTitle, string IdNumberMasked, string IdNumberKey);
