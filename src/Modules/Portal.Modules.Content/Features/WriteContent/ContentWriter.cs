using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Events;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Core.Web;
using Portal.Modules.Content.Contracts;
using Portal.Modules.Content.Domain;
using Portal.Modules.Content.Features.Reading;
using Portal.Modules.Content.Persistence;
using Portal.Modules.Media.Contracts;

namespace Portal.Modules.Content.Features.WriteContent;

/// <summary>
/// The one write path of an item (edit page, review page, scheduler, recipe step, importer): validates, keeps every
/// version, refuses a stale version (two editors never overwrite each other), enforces the column's review step,
/// publishes events with the data, audits after the commit, then drops the site's cached pages so the change shows
/// on the next request (other nodes follow the event log: ContentChangeFollower).
/// </summary>
internal sealed class ContentWriter(ContentDbContext db, TenantContext tenant, IAuditLog audit, TimeProvider clock, PublicPageEviction pages, IServiceProvider services)
{
    private const string Changed = "这篇内容刚被其他人修改过，您的修改没有保存。请重新打开后再改（可先复制您填写的文字）。";

    /// <summary>Saves a new version (a draft; the published version, if any, stays what readers see).</summary>
    public async Task<ContentItem> SaveAsync(ContentInput input, string user, CancellationToken cancellationToken = default)
    {
        Refuse(ContentRules.Check(input));
        await CheckMediaAsync(input, cancellationToken);
        var column = await ColumnAsync(input.Column, cancellationToken);
        var item = input.Id == 0 ? NewItem() : await FindAsync(input.Id, input.Version, cancellationToken);
        Apply(item, column, input);
        item.UnpublishAtUtc = input.UnpublishAt is { } end ? ChinaTime.ToUtc(end) : null;
        if (item.Review == ReviewState.Submitted)
        {
            // A change after submitting is a new text: the reviewer must see it submitted again, and the time the
            // submission asked for goes with it (else the scheduler would publish the unreviewed text).
            item.Review = ReviewState.None;
            item.PublishAtUtc = null;
        }

        // Publishing from the form saves first: an unchanged text adds no version, so history shows real changes only.
        if (input.Id == 0 || !Same(await LatestAsync(item, cancellationToken), input))
        {
            AddRevision(item, input, user, note: null);
        }

        await CommitAsync(item, user, null, cancellationToken);
        await AuditAsync(ContentAuditActions.Save, item, input.Id == 0 ? "新建" : "修改", cancellationToken);
        return item;
    }

    /// <summary>Publishes the newest version now, or schedules it when <paramref name="at"/> (Beijing time) is in the future.</summary>
    public async Task<PublishOutcome> PublishAsync(long id, int version, string user, DateTime? at, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(id, version, cancellationToken);
        if (item.Column!.RequiresReview)
        {
            throw new ContentException("", $"栏目“{item.Column.Name}”的内容发布前需要审核：请点“提交审核”，由审核员审核通过后发布。");
        }

        return await PublishOrScheduleAsync(item, user, at is { } time ? ChinaTime.ToUtc(time) : null, ContentAuditActions.Publish, cancellationToken);
    }

    public async Task SubmitAsync(long id, int version, string user, DateTime? at, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(id, version, cancellationToken);
        if (!item.Column!.RequiresReview)
        {
            throw new ContentException("", $"栏目“{item.Column.Name}”不需要审核，可以直接发布。");
        }

        if (!item.HasDraft)
        {
            throw new ContentException("", "这篇内容已经发布，没有新的修改需要审核。");
        }

        item.Review = ReviewState.Submitted;
        item.SubmittedBy = user;
        item.ReviewComment = null;
        item.PublishAtUtc = at is { } time ? ChinaTime.ToUtc(time) : null;
        await CommitAsync(item, user, () => new ContentSubmitted(item.Id, item.Column.Slug, item.Title, user), cancellationToken);
        await AuditAsync(ContentAuditActions.Submit, item, null, cancellationToken);
    }

    /// <summary>审核通过: publishes the submitted version (or leaves it scheduled for its requested time). Never one's own submission.</summary>
    public async Task<PublishOutcome> ApproveAsync(long id, int version, string reviewer, CancellationToken cancellationToken = default)
    {
        var item = await SubmittedAsync(id, version, reviewer, cancellationToken);
        return await PublishOrScheduleAsync(item, reviewer, item.PublishAtUtc, ContentAuditActions.Approve, cancellationToken);
    }

    public async Task ReturnAsync(long id, int version, string reviewer, string? comment, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new ContentException("Comment", "退回时请写明需要修改的地方，编辑会看到这段意见。");
        }

        var item = await SubmittedAsync(id, version, reviewer, cancellationToken);
        var text = comment.Trim();
        item.Review = ReviewState.Returned;
        item.ReviewComment = text[..Math.Min(text.Length, 1000)];
        item.PublishAtUtc = null;
        await CommitAsync(item, reviewer, () => new ContentReturned(item.Id, item.Column!.Slug, item.Title, item.ReviewComment, item.SubmittedBy ?? "", reviewer), cancellationToken);
        await AuditAsync(ContentAuditActions.Return, item, item.ReviewComment, cancellationToken);
    }

    public async Task UnpublishAsync(long id, int version, string user, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(id, version, cancellationToken);
        if (!item.IsPublished)
        {
            throw new ContentException("", "这篇内容没有发布，不需要撤回。");
        }

        item.PublishedNumber = null;
        item.UnpublishAtUtc = null;
        await CommitAsync(item, user, () => Unpublished(item, user), cancellationToken);
        await AuditAsync(ContentAuditActions.Unpublish, item, null, cancellationToken);
        await pages.ContentChangedAsync(tenant.RequiredShell.Name, cancellationToken);
    }

    /// <summary>Makes an old version the newest draft again (publishing it is a separate step).</summary>
    public async Task RestoreAsync(long id, int version, int number, string user, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(id, version, cancellationToken);
        var old = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.ItemId == id && r.Number == number, cancellationToken)
            ?? throw new ContentException("", $"没有第 {number} 版。");
        AddRevision(item, ToInput(item, old), user, $"恢复自第 {number} 版");
        if (item.Review == ReviewState.Submitted)
        {
            item.Review = ReviewState.None;
        }

        await CommitAsync(item, user, null, cancellationToken);
        await AuditAsync(ContentAuditActions.Restore, item, $"恢复自第 {number} 版", cancellationToken);
    }

    /// <summary>
    /// Import and recipe: the item with this external id is created or given a new version and published at once
    /// (the old site had published it); a line equal to the current version changes nothing.
    /// </summary>
    public async Task<(ContentItem Item, UpsertOutcome Outcome)> UpsertAsync(ContentInput input, string user, string note, CancellationToken cancellationToken = default)
    {
        Refuse(ContentRules.Check(input));
        if (string.IsNullOrWhiteSpace(input.ExternalId))
        {
            throw new ContentException(nameof(input.ExternalId), "缺少 externalId（旧网站的编号），重复导入时无法识别同一篇。");
        }

        await CheckMediaAsync(input, cancellationToken);
        var column = await ColumnAsync(input.Column, cancellationToken);
        var externalId = input.ExternalId.Trim();
        var item = await db.Items.Include(i => i.Column).FirstOrDefaultAsync(i => i.ExternalId == externalId, cancellationToken);
        var shownAt = input.PublishAt is { } at ? ChinaTime.ToUtc(at) : (DateTime?)null;
        var outcome = UpsertOutcome.Created;
        if (item is null)
        {
            item = NewItem();
            item.ExternalId = externalId;
        }
        else
        {
            var latest = await db.Revisions.AsNoTracking().FirstAsync(r => r.ItemId == item.Id && r.Number == item.LatestNumber, cancellationToken);
            if (item.IsPublished && !item.HasDraft && item.ColumnId == column.Id && (shownAt ?? item.PublishedAt) == item.PublishedAt && Same(latest, input))
            {
                return (item, UpsertOutcome.Unchanged);
            }

            outcome = UpsertOutcome.Updated;
        }

        Apply(item, column, input);
        var revision = AddRevision(item, input, user, note);
        PublishNow(item, revision, shownAt);
        await CommitAsync(item, user, () => Published(item, user), cancellationToken);
        return (item, outcome);
    }

    /// <summary>The scheduler: publishes and withdraws what is due. Another node doing the same first is not an error.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Now();
        var due = await db.Items
            .Where(i => (i.PublishAtUtc != null && i.PublishAtUtc <= now && i.Review == ReviewState.None)
                || (i.UnpublishAtUtc != null && i.UnpublishAtUtc <= now && i.PublishedNumber != null))
            .OrderBy(i => i.Id).Select(i => i.Id).Take(100).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var id in due)
        {
            const string by = "定时任务";
            db.ChangeTracker.Clear();
            var item = await db.Items.Include(i => i.Column).FirstAsync(i => i.Id == id, cancellationToken);
            var publishing = item.PublishAtUtc is { } publishAt && publishAt <= now && item.Review == ReviewState.None;
            if (publishing)
            {
                PublishNow(item, await LatestAsync(item, cancellationToken), item.PublishAtUtc);
            }
            else if (item.UnpublishAtUtc is { } unpublishAt && unpublishAt <= now && item.IsPublished)
            {
                item.PublishedNumber = null;
                item.UnpublishAtUtc = null;
            }
            else
            {
                continue;
            }

            try
            {
                await CommitAsync(item, by, () => publishing ? Published(item, by) : Unpublished(item, by), cancellationToken);
            }
            catch (ContentException)
            {
                continue; // another node got there first
            }

            await AuditAsync(publishing ? ContentAuditActions.Publish : ContentAuditActions.Unpublish, item, "定时", cancellationToken);
            done++;
        }

        if (done > 0)
        {
            await pages.ContentChangedAsync(tenant.RequiredShell.Name, cancellationToken);
        }

        return done;
    }

    public static ContentInput ToInput(ContentItem item, ContentRevision revision) => new()
    {
        Id = item.Id,
        Version = item.Version,
        ExternalId = item.ExternalId,
        Column = item.Column?.Slug ?? "",
        Kind = item.Kind.Code(),
        Title = revision.Title,
        Subtitle = revision.Subtitle,
        Author = revision.Author,
        Source = revision.Source,
        Summary = revision.Summary,
        Markdown = revision.Markdown,
        Tags = revision.Tags,
        CoverMediaId = revision.CoverMediaId,
        AttachmentIds = revision.AttachmentIds,
        Pinned = revision.Pinned,
        SharedDown = revision.SharedDown,
        ValidUntil = revision.ValidUntil,
        PublishAt = item.PublishAtUtc is { } scheduled ? ChinaTime.FromUtc(scheduled) : item.PublishedAt is { } shown ? ChinaTime.FromUtc(shown) : null,
        UnpublishAt = item.UnpublishAtUtc is { } end ? ChinaTime.FromUtc(end) : null,
    };

    private async Task<PublishOutcome> PublishOrScheduleAsync(ContentItem item, string user, DateTime? atUtc, string action, CancellationToken cancellationToken)
    {
        if (atUtc is { } at && at > Now())
        {
            item.PublishAtUtc = at;
            item.Review = ReviewState.None;
            await CommitAsync(item, user, null, cancellationToken);
            await AuditAsync(ContentAuditActions.Schedule, item, $"定时发布：{ChinaTime.Minutes(at)}", cancellationToken);
            return PublishOutcome.Scheduled;
        }

        PublishNow(item, await LatestAsync(item, cancellationToken), atUtc);
        await CommitAsync(item, user, () => Published(item, user), cancellationToken);
        await AuditAsync(action, item, null, cancellationToken);
        await pages.ContentChangedAsync(tenant.RequiredShell.Name, cancellationToken);
        return PublishOutcome.Published;
    }

    /// <summary>The newest version becomes what readers see; <paramref name="shownAt"/> is the 发布时间 when one was given.</summary>
    private void PublishNow(ContentItem item, ContentRevision latest, DateTime? shownAt)
    {
        item.PublishedNumber = item.LatestNumber;
        item.PublishedAt = shownAt ?? item.PublishedAt ?? Now();
        item.PublishAtUtc = null;
        item.Review = ReviewState.None;
        item.ReviewComment = null;
        item.Title = latest.Title;
        item.Pinned = latest.Pinned;
        item.SharedDown = latest.SharedDown;
        item.ValidUntil = latest.ValidUntil;
    }

    private static ContentPublished Published(ContentItem item, string user)
        => new(item.Id, item.Column!.Slug, item.Kind.Code(), item.Title, item.SharedDown, user);

    private static ContentUnpublished Unpublished(ContentItem item, string user) => new(item.Id, item.Column?.Slug ?? "", item.Title, user);

    /// <summary>Saves the item with its new versions; the event (which needs the item's id) commits with it or not at all.</summary>
    private async Task CommitAsync(ContentItem item, string user, Func<IPortalEvent>? raise, CancellationToken cancellationToken)
    {
        item.UpdatedUtc = Now();
        item.UpdatedBy = user;
        item.Version++;
        if (item.Id == 0)
        {
            db.Items.Add(item);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (raise is not null)
            {
                db.Publish(raise(), Now());
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ContentException("", Changed);
        }
    }

    private ContentRevision AddRevision(ContentItem item, ContentInput input, string user, string? note)
    {
        var html = input.Html is { Length: > 0 } raw ? DocumentHtml.Sanitize(raw) : null;
        var revision = new ContentRevision
        {
            Number = item.LatestNumber + 1,
            Title = input.Title.Trim(),
            Subtitle = Clean(input.Subtitle),
            Author = Clean(input.Author),
            Source = Clean(input.Source),
            Summary = Clean(input.Summary),
            // An imported HTML body is kept, sanitized, as the text the editor edits: Markdown carries HTML blocks.
            Markdown = html ?? input.Markdown ?? "",
            BodyHtml = html ?? DocumentMarkdown.ToSafeHtml(input.Markdown),
            Tags = Clean(input.Tags),
            CoverMediaId = input.CoverMediaId,
            AttachmentIds = Clean(input.AttachmentIds),
            Pinned = input.Pinned,
            SharedDown = input.SharedDown,
            ValidUntil = item.Kind == ContentKind.Notice ? input.ValidUntil : null,
            CreatedUtc = Now(),
            CreatedBy = user,
            Note = note,
        };
        item.Revisions.Add(revision);
        item.LatestNumber = revision.Number;
        return revision;
    }

    private async Task<ContentRevision> LatestAsync(ContentItem item, CancellationToken cancellationToken)
        => item.Revisions.FirstOrDefault(r => r.Number == item.LatestNumber)
            ?? await db.Revisions.AsNoTracking().FirstAsync(r => r.ItemId == item.Id && r.Number == item.LatestNumber, cancellationToken);

    private static void Apply(ContentItem item, Column column, ContentInput input)
    {
        item.ColumnId = column.Id;
        item.Column = column;
        item.Kind = ContentKindText.Parse(input.Kind) ?? ContentKind.Article;
        item.Title = item.IsPublished ? item.Title : input.Title.Trim();
    }

    private static bool Same(ContentRevision revision, ContentInput input)
    {
        var html = input.Html is { Length: > 0 } raw ? DocumentHtml.Sanitize(raw) : null;
        return revision.Title == input.Title.Trim() && revision.Subtitle == Clean(input.Subtitle) && revision.Author == Clean(input.Author)
            && revision.Source == Clean(input.Source) && revision.Summary == Clean(input.Summary) && revision.Markdown == (html ?? input.Markdown ?? "")
            && revision.Tags == Clean(input.Tags) && revision.AttachmentIds == Clean(input.AttachmentIds) && revision.Pinned == input.Pinned
            && revision.SharedDown == input.SharedDown && revision.ValidUntil == input.ValidUntil;
    }

    /// <summary>The cover must be an image of this site's library and every attachment a file of it (not deleted).</summary>
    private async Task CheckMediaAsync(ContentInput input, CancellationToken cancellationToken)
    {
        var attachments = MediaReferences.Ids(input.AttachmentIds);
        if (!string.IsNullOrWhiteSpace(input.AttachmentIds) && attachments.Count == 0)
        {
            throw new ContentException(nameof(input.AttachmentIds), "附件请填写媒体库中的文件编号（数字），多个用逗号分开。");
        }

        input.AttachmentIds = attachments.Count == 0 ? null : string.Join(',', attachments);
        if (input.CoverMediaId is null && attachments.Count == 0)
        {
            return;
        }

        if (!tenant.RequiredShell.HasFeature(MediaReferences.MediaFeature))
        {
            throw new ContentException(nameof(input.AttachmentIds), "本站没有开启媒体库，不能引用封面图片和附件。");
        }

        var media = services.GetRequiredService<IMediaFiles>();
        var found = (await media.FindAsync([.. attachments, .. input.CoverMediaId is { } c ? new[] { c } : []], cancellationToken)).ToDictionary(f => f.Id);
        if (input.CoverMediaId is { } cover && (!found.TryGetValue(cover, out var file) || file.Kind != MediaKind.Image))
        {
            throw new ContentException(nameof(input.CoverMediaId), $"封面图片编号 {cover} 不是本站媒体库中的图片。");
        }

        var missing = attachments.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new ContentException(nameof(input.AttachmentIds), $"附件编号 {string.Join("、", missing)} 在本站媒体库中不存在或已删除。");
        }
    }

    private async Task<ContentItem> SubmittedAsync(long id, int version, string reviewer, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, version, cancellationToken);
        if (item.Review != ReviewState.Submitted)
        {
            throw new ContentException("", "这篇内容不在待审核状态（可能已被其他审核员处理，或编辑又作了修改）。");
        }

        if (item.SubmittedBy == reviewer)
        {
            throw new ContentException("", "不能审核自己提交的内容，请由另一位审核员审核。");
        }

        return item;
    }

    private async Task<ContentItem> FindAsync(long id, int version, CancellationToken cancellationToken)
    {
        var item = await db.Items.Include(i => i.Column).FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new ContentException("", "这篇内容不存在或已被删除。");
        if (item.Version != version)
        {
            throw new ContentException("", Changed);
        }

        return item;
    }

    private async Task<Column> ColumnAsync(string slug, CancellationToken cancellationToken)
    {
        var wanted = slug.Trim();
        return await db.Columns.FirstOrDefaultAsync(c => c.Slug == wanted, cancellationToken)
            ?? throw new ContentException(nameof(ContentInput.Column), $"栏目“{wanted}”不存在，请先在栏目设置中添加。");
    }

    private ContentItem NewItem() => new() { CreatedUtc = Now() };

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Refuse(IReadOnlyList<(string Field, string Message)> errors)
    {
        if (errors.Count > 0)
        {
            throw new ContentException(errors[0].Field, errors[0].Message);
        }
    }

    private Task AuditAsync(string action, ContentItem item, string? detail, CancellationToken cancellationToken)
        => audit.WriteAsync(new AuditEntry(action, $"内容 #{item.Id} {item.Title}") { Detail = detail }, cancellationToken);
}
