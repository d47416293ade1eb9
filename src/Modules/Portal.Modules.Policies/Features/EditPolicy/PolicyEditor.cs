using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Events;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Features.EditPolicy;

/// <summary>
/// Creates, edits, publishes and unpublishes documents. Each change bumps the version (optimistic
/// concurrency), writes its event in the same transaction, then brings this node's index up to date.
/// </summary>
public sealed class PolicyEditor(PoliciesDbContext db, TenantContext tenant, PolicyIndexer indexer, TimeProvider clock)
{
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
            : await db.Documents.FirstOrDefaultAsync(d => d.Id == input.Id, cancellationToken) ?? throw new PortalException("这份文件不存在或已被删除。");
        if (input.Id != 0 && document.Version != input.Version)
        {
            throw new PortalException(PolicyRules.ConcurrencyMessage);
        }

        PolicyRules.Apply(document, input);
        if (input.Id == 0)
        {
            db.Documents.Add(document);
        }

        return await CommitAsync(document, user, cancellationToken);
    }

    public async Task<PolicyDocument> SetStatusAsync(long id, int version, PolicyStatus status, string user, CancellationToken cancellationToken = default)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new PortalException("这份文件不存在或已被删除。");
        if (document.Version != version)
        {
            throw new PortalException(PolicyRules.ConcurrencyMessage);
        }

        var countChanged = document.Status != status;
        document.Status = status;
        if (status == PolicyStatus.Published)
        {
            document.PublishedOn ??= DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        }

        return await CommitAsync(document, user, cancellationToken, countChanged);
    }

    public async Task AddAttachmentAsync(long id, PolicyAttachment attachment, string user, CancellationToken cancellationToken = default)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new PortalException("这份文件不存在或已被删除。");
        attachment.DocumentId = id;
        attachment.CreatedUtc = Now();
        db.Attachments.Add(attachment);
        await CommitAsync(document, user, cancellationToken);
    }

    private async Task<PolicyDocument> CommitAsync(PolicyDocument document, string user, CancellationToken cancellationToken, bool countChanged = false)
    {
        document.Version++;
        document.UpdatedUtc = Now();
        document.UpdatedBy = user;
        try
        {
            await using (var transaction = await PolicyWrites.BeginAsync(db, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
                PolicyWrites.Changed(db, document, Now());
                if (countChanged)
                {
                    var published = await db.Documents.CountAsync(d => d.Status == PolicyStatus.Published, cancellationToken);
                    db.Publish(new PolicyLibraryCounted(published), Now());
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new PortalException(PolicyRules.ConcurrencyMessage, exception);
        }
        catch (DbUpdateException exception)
        {
            throw new PortalException("外部编号已被另一份文件使用，请换一个。", exception);
        }

        // Committed: the save succeeds even when the index cannot take it now (it catches up by itself).
        await indexer.AfterCommitAsync(tenant.RequiredShell, cancellationToken);
        return document;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
