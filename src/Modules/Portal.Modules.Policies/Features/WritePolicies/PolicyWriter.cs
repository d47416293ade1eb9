using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Events;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Features.WritePolicies;

/// <summary>
/// The one write path of a policy document: the editor's page, the recipe step, the importer and the command
/// line all come here. It checks the input (<see cref="PolicyRules"/>), renders the body to safe HTML once,
/// bumps the version (optimistic concurrency), writes the event (which every node's index reads) in the same transaction
/// (<see cref="PolicyWrites"/>), writes the audit entry after the commit, then brings this node's index up to date.
/// </summary>
internal sealed class PolicyWriter(PoliciesDbContext db, TenantContext tenant, PolicyIndexer indexer, PolicySources sources, IAuditLog audit, TimeProvider clock)
{
    private const string NotFound = "这份文件不存在或已被删除。";

    public async Task<PolicyDocument> SaveAsync(PolicyInput input, string user, CancellationToken cancellationToken = default)
    {
        if (PolicyRules.Check(input) is [var (_, message), ..])
        {
            throw new PortalException(message);
        }

        if (input.ReplacedById is { } replacedBy && !await db.Documents.AnyAsync(d => d.Id == replacedBy, cancellationToken))
        {
            throw new PortalException("所选的替代文件不存在。");
        }

        var document = input.Id == 0
            ? new PolicyDocument { CreatedUtc = Now(), Status = PolicyStatus.Draft }
            : await FindAsync(input.Id, input.Version, cancellationToken);
        PolicyRules.Apply(document, input);
        if (input.Id == 0)
        {
            db.Documents.Add(document);
        }

        await CommitAsync([document], user, countChanged: false, cancellationToken);
        await AuditAsync(PolicyAuditActions.Save, document, input.Id == 0 ? "新建" : "修改", cancellationToken);
        return document;
    }

    public async Task<PolicyDocument> SetStatusAsync(long id, int version, PolicyStatus status, string user, CancellationToken cancellationToken = default)
    {
        var document = await FindAsync(id, version, cancellationToken);
        var countChanged = document.Status != status;
        document.Status = status;
        if (status == PolicyStatus.Published)
        {
            document.PublishedOn ??= DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        }

        await CommitAsync([document], user, countChanged, cancellationToken);
        await AuditAsync(status == PolicyStatus.Published ? PolicyAuditActions.Publish : PolicyAuditActions.Unpublish, document, null, cancellationToken);
        return document;
    }

    public async Task AddAttachmentAsync(long id, PolicyAttachment attachment, string user, CancellationToken cancellationToken = default)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new PortalException(NotFound);
        attachment.DocumentId = id;
        attachment.CreatedUtc = Now();
        db.Attachments.Add(attachment);
        await CommitAsync([document], user, countChanged: false, cancellationToken);
        await AuditAsync(PolicyAuditActions.Attach, document, attachment.FileName, cancellationToken);
    }

    /// <summary>
    /// Writes documents matched by external id in one transaction: new ones are added (published unless the
    /// item says otherwise), changed ones updated, the same ones left alone (a second run changes nothing).
    /// Items the rules refuse are reported, not written; the others still are.
    /// </summary>
    /// <param name="index">False leaves indexing to the running site (its background catch-up) or to the caller.</param>
    public async Task<PolicyUpsertResult> UpsertAsync(IReadOnlyList<PolicyUpsert> items, PolicyWriteOrigin origin, bool index = true, CancellationToken cancellationToken = default)
    {
        var result = new PolicyUpsertResult();
        var level = await sources.LevelAsync(tenant.RequiredShell, cancellationToken);
        var names = items.Select(i => i.ExternalId).Concat(items.Select(i => i.ReplacedBy).OfType<string>()).Distinct().ToList();
        var stored = await db.Documents.Where(d => d.ExternalId != null && names.Contains(d.ExternalId))
            .ToDictionaryAsync(d => d.ExternalId!, StringComparer.Ordinal, cancellationToken);
        var refused = RefusalsOf(items, stored, level);
        foreach (var (i, message) in refused.OrderBy(r => r.Key))
        {
            result.Refused.Add((i, message));
        }

        var accepted = new List<(PolicyUpsert Item, PolicyDocument Document, string? Before)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (refused.ContainsKey(i))
            {
                continue;
            }

            var item = items[i];
            stored.TryGetValue(item.ExternalId, out var document);
            var input = InputFor(item, document, level);
            var before = document is null ? null : PolicySignature.Of(document);
            if (document is null)
            {
                document = new PolicyDocument { CreatedUtc = Now(), Status = PolicyStatus.Published };
                db.Documents.Add(document);
                stored[item.ExternalId] = document;
            }

            // The successor's id is set in the transaction, once a new successor has one.
            input.ReplacedById = null;
            PolicyRules.Apply(document, input);
            document.Status = item.Status ?? document.Status;
            accepted.Add((item, document, before));
        }

        await using (var transaction = await PolicyWrites.BeginAsync(db, cancellationToken))
        {
            await SaveAsync(cancellationToken);
            var changed = new List<PolicyDocument>();
            foreach (var (item, document, before) in accepted)
            {
                document.ReplacedById = item.ReplacedBy is null || document.Validity == PolicyValidity.Current ? null : stored[item.ReplacedBy].Id;
                if (before is not null && before == PolicySignature.Of(document))
                {
                    result.Unchanged++;
                    continue;
                }

                if (before is null)
                {
                    result.Added++;
                }
                else
                {
                    result.Updated++;
                }

                changed.Add(document);
                result.Written.Add(document.Title);
            }

            Stamp(changed, origin == PolicyWriteOrigin.Import ? "导入" : "配方");
            await SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        if (result.Added + result.Updated > 0)
        {
            await audit.WriteAsync(new AuditEntry(origin == PolicyWriteOrigin.Import ? PolicyAuditActions.Import : PolicyAuditActions.Recipe, "政策文件")
            {
                Detail = $"新增 {result.Added} 份，更新 {result.Updated} 份，未变 {result.Unchanged} 份，未写入 {result.Refused.Count} 份",
            }, cancellationToken);
            if (index)
            {
                await indexer.AfterCommitAsync(tenant.RequiredShell, cancellationToken);
            }
        }

        return result;
    }

    /// <summary>
    /// Every item the batch will not write, decided before anything is applied: what the rules refuse, then (until
    /// nothing changes) each item whose successor is refused too and is not already stored, since it would point at
    /// nothing. Keyed by the item's position.
    /// </summary>
    private static Dictionary<int, string> RefusalsOf(IReadOnlyList<PolicyUpsert> items, Dictionary<string, PolicyDocument> stored, string level)
    {
        var incoming = items.Select(i => i.ExternalId).ToHashSet(StringComparer.Ordinal);
        var refused = new Dictionary<int, string>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var input = InputFor(item, stored.GetValueOrDefault(item.ExternalId), level);
            // The rules check that an amended document names its successor; the id is known only after saving.
            input.ReplacedById = item.ReplacedBy is null ? null
                : item.ReplacedBy == item.ExternalId ? input.Id
                : stored.GetValueOrDefault(item.ReplacedBy)?.Id is > 0 and var id ? id : -1;
            var errors = PolicyRules.Check(input).Select(e => e.Message).ToList();
            if (item.ReplacedBy is not null && !incoming.Contains(item.ReplacedBy) && !stored.ContainsKey(item.ReplacedBy))
            {
                errors.Add($"替代文件“{item.ReplacedBy}”不存在。");
            }

            if (errors.Count > 0)
            {
                refused[i] = string.Join("", errors);
            }
        }

        for (var changed = true; changed;)
        {
            changed = false;
            var written = Enumerable.Range(0, items.Count).Where(i => !refused.ContainsKey(i)).Select(i => items[i].ExternalId).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (!refused.ContainsKey(i) && items[i].ReplacedBy is { } successor && !written.Contains(successor) && !stored.ContainsKey(successor))
                {
                    refused[i] = $"替代文件“{successor}”在本批中未能写入，本文件也未写入。";
                    changed = true;
                }
            }
        }

        return refused;
    }

    /// <summary>The input an item makes: the stored document's values (or a new document's defaults) with the item's fields over them.</summary>
    private static PolicyInput InputFor(PolicyUpsert item, PolicyDocument? document, string level)
    {
        var input = document is null ? new PolicyInput { Level = level } : PolicyInput.From(document);
        item.Fill(input);
        input.ExternalId = item.ExternalId;
        return input;
    }

    private async Task<PolicyDocument> FindAsync(long id, int version, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new PortalException(NotFound);
        return document.Version == version ? document : throw new PortalException(PolicyRules.ConcurrencyMessage);
    }

    private async Task CommitAsync(IReadOnlyList<PolicyDocument> documents, string user, bool countChanged, CancellationToken cancellationToken)
    {
        await using (var transaction = await PolicyWrites.BeginAsync(db, cancellationToken))
        {
            await SaveAsync(cancellationToken);
            Stamp(documents, user);
            if (countChanged)
            {
                var published = await db.Documents.CountAsync(d => d.Status == PolicyStatus.Published, cancellationToken);
                db.Publish(new PolicyLibraryCounted(published), Now());
            }

            await SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Committed: the save succeeds even when the index cannot take it now (it catches up by itself).
        await indexer.AfterCommitAsync(tenant.RequiredShell, cancellationToken);
    }

    /// <summary>A new version of each changed document, with its event in the open transaction.</summary>
    private void Stamp(IEnumerable<PolicyDocument> documents, string user)
    {
        var now = Now();
        foreach (var document in documents)
        {
            document.Version++;
            document.UpdatedUtc = now;
            document.UpdatedBy = user.Length > 60 ? user[..60] : user;
            PolicyWrites.Changed(db, document, now);
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new PortalException(PolicyRules.ConcurrencyMessage, exception);
        }
        catch (DbUpdateException exception)
        {
            throw new PortalException("外部编号已被另一份文件使用，请换一个。", exception);
        }
    }

    private Task AuditAsync(string action, PolicyDocument document, string? detail, CancellationToken cancellationToken)
        => audit.WriteAsync(new AuditEntry(action, $"政策文件 #{document.Id} {document.Title}") { Detail = detail }, cancellationToken);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
