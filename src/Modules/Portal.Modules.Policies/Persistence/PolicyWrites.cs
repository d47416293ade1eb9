using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Core.Events;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Persistence;

/// <summary>
/// Every change of a document goes through a transaction that also appends its event to the outbox, which
/// every node's search index reads by cursor (ADR 0028). On PostgreSQL the outbox is locked for the
/// transaction (<c>OutboxOrderInterceptor</c>) so sequences become visible in increasing order.
/// </summary>
internal static class PolicyWrites
{
    public static async Task<IDbContextTransaction> BeginAsync(PoliciesDbContext db, CancellationToken cancellationToken)
        => await db.Database.BeginTransactionAsync(cancellationToken);

    /// <summary>
    /// What every saved change of a document adds to its transaction, whichever path wrote it (editor, import,
    /// recipe): the event, which other modules and every node's search index read (ADR 0012, 0028).
    /// </summary>
    public static void Changed(PoliciesDbContext db, PolicyDocument document, DateTime now)
    {
        db.Publish(new PolicyDocumentChanged(document.Id, document.Title, document.DocNumber, document.Status == PolicyStatus.Published, document.Version), now);
    }
}
