using Portal.Core.Security;

namespace Portal.Core.Data.Protection;

/// <summary>
/// Shows one protected value in full to a member of staff who asked for it, and writes that to the
/// audit log first: if the entry cannot be written, nothing is shown (PIPL: every access is logged).
/// </summary>
public sealed class PersonalDataReveal(PersonalDataProtector protector, IAuditLog audit)
{
    /// <param name="target">Whose value, for the auditor: "健康登记 #3 周德明（仪征市教育局）".</param>
    /// <param name="field">The field in words: "身份证号".</param>
    public async Task<string> RevealAsync(ProtectedText value, string purpose, string target, string field, CancellationToken cancellationToken = default)
    {
        var plain = await protector.UnprotectAsync(value, purpose, cancellationToken);
        await audit.WriteAsync(new AuditEntry(AuditActions.PersonReveal, target) { Detail = "查看完整" + field }, cancellationToken);
        return plain;
    }
}
