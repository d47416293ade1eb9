using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Core.Events;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Persistence;

/// <summary>
/// Every change of a document goes through a transaction that also appends its indexing task.
/// On PostgreSQL the task table is locked for the transaction so that task ids become visible in
/// increasing order: a node's cursor may then never step over a task committed later with a lower id.
/// (SQLite serialises writers anyway.)
/// </summary>
internal static class PolicyWrites
{
    public static async Task<IDbContextTransaction> BeginAsync(PoliciesDbContext db, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE policies_indexing_tasks IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        }

        return transaction;
    }

    public static void AddTask(PoliciesDbContext db, long documentId, IndexingTaskKind kind, DateTime now)
        => db.IndexingTasks.Add(new IndexingTask { DocumentId = documentId, Kind = kind, CreatedUtc = now });

    /// <summary>
    /// What every saved change of a document adds to its transaction, whichever path wrote it (editor, import,
    /// recipe): the indexing task of this node's index and the event for other modules (ADR 0012).
    /// </summary>
    public static void Changed(PoliciesDbContext db, PolicyDocument document, DateTime now)
    {
        AddTask(db, document.Id, IndexingTaskKind.Upsert, now);
        db.Publish(new PolicyDocumentChanged(document.Id, document.Title, document.DocNumber, document.Status == PolicyStatus.Published, document.Version), now);
    }
}
