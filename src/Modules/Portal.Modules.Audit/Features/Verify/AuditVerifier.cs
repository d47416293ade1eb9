using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit.Domain;
using Portal.Modules.Audit.Persistence;

namespace Portal.Modules.Audit.Features.Verify;

/// <summary>
/// Walks the current tenant's audit log in order and reports the first entry that was changed, removed
/// or inserted: its number is missing, its previous-hash does not match, or its own hash does not.
/// </summary>
internal sealed class AuditVerifier(AuditDbContext db)
{
    private const int PageSize = 1000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long expected = 1;
        var previous = AuditHash.Genesis;
        while (true)
        {
            var page = await db.Records.AsNoTracking().Where(r => r.Sequence >= expected).OrderBy(r => r.Sequence).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var record in page)
            {
                if (Check(record, expected, previous) is { } problem)
                {
                    return new AuditVerification(expected - 1, expected, problem);
                }

                previous = record.Hash;
                expected++;
            }

            if (page.Count < PageSize)
            {
                return new AuditVerification(expected - 1, null, null);
            }
        }
    }

    private static string? Check(AuditRecord record, long expected, string previous)
    {
        if (record.Sequence != expected)
        {
            return $"第 {expected} 条记录缺失（下一条是第 {record.Sequence} 条）：记录被删除。";
        }

        if (record.PreviousHash != previous)
        {
            return $"第 {expected} 条记录与前一条的链接不符：前面的记录被改动或删除。";
        }

        return AuditHash.Compute(record) != record.Hash
            ? $"第 {expected} 条记录的内容与其哈希不符：这条记录被改动。"
            : null;
    }
}
