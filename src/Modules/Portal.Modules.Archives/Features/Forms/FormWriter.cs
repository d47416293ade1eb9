using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Security;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Persistence;

namespace Portal.Modules.Archives.Features.Forms;

/// <summary>
/// The one write path of a site's archive forms: checks a definition (<see cref="FormRules"/>), adds a revision when
/// the fields differ from the current one (older revisions stay, records written with them stay readable), bumps the
/// form's version and audits. The same definition written again changes nothing.
/// </summary>
internal sealed class FormWriter(FormsDbContext db, IAuditLog audit, TimeProvider clock)
{
    /// <summary>All refusals of one definition, as (path, message) with the path relative to the form.</summary>
    public static List<(string Path, string Message)> Check(FormInput input)
    {
        var errors = new List<(string, string)>();
        if (ArchiveCategory.Find(input.Key) is null)
        {
            errors.Add(("key", $"表单类别“{input.Key}”不认识：只能是 {string.Join("、", ArchiveCategory.All.Select(c => $"{c.Key}（{c.Label}）"))}。"));
        }

        errors.AddRange(FormRules.Check(TitleOf(input), input.Fields));
        return errors;
    }

    /// <summary>Returns the form and whether anything was written.</summary>
    public async Task<(ArchiveForm Form, bool Changed)> SaveAsync(FormInput input, string user, CancellationToken cancellationToken = default)
    {
        if (Check(input) is [var (_, message), ..])
        {
            throw new PortalException(message);
        }

        var title = TitleOf(input)!;
        var fields = FormRules.Serialize(input.Fields);
        var form = await db.Forms.FirstOrDefaultAsync(f => f.Key == input.Key, cancellationToken);
        var current = form is null ? null : await db.Revisions.AsNoTracking()
            .Where(r => r.FormId == form.Id && r.Revision == form.Revision).Select(r => r.Fields).FirstOrDefaultAsync(cancellationToken);
        if (form is not null && form.Title == title && current == fields)
        {
            return (form, false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (form is null)
        {
            form = new ArchiveForm { Key = input.Key! };
            db.Forms.Add(form);
        }

        form.Title = title;
        form.UpdatedUtc = now;
        form.UpdatedBy = user;
        form.Version++;
        var newRevision = current != fields;
        if (newRevision)
        {
            form.Revision++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (newRevision)
            {
                db.Revisions.Add(new ArchiveFormRevision { FormId = form.Id, Revision = form.Revision, Fields = fields, CreatedUtc = now, CreatedBy = user });
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            throw new PortalException("这个表单刚被其他人修改过，您的修改没有保存。请刷新后再改。", exception);
        }

        await audit.WriteAsync(new AuditEntry(ArchiveAuditActions.FormSave, $"表单 {title}（{form.Key}）")
        {
            Detail = newRevision ? $"第 {form.Revision} 版，{input.Fields.Count} 个字段" : "修改名称",
        }, cancellationToken);
        return (form, true);
    }

    private static string? TitleOf(FormInput input)
        => input.Title is { Length: > 0 } title ? title.Trim() : ArchiveCategory.Find(input.Key)?.Label;
}
