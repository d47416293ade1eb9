using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Modules.Audit.Persistence;

/// <summary>
/// Database triggers that refuse UPDATE, DELETE (and TRUNCATE on PostgreSQL) of audit rows, so not even a
/// bug in the product can rewrite history. Someone with the database owner's password can drop them;
/// the hash chain is what catches that (audit verify).
/// </summary>
internal static class AppendOnlyGuard
{
    private const string Message = "portal_audit is append-only";

    public static string Sql(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? $"""
          CREATE TRIGGER IF NOT EXISTS portal_audit_no_update BEFORE UPDATE ON {AuditDbContext.Table} BEGIN SELECT RAISE(ABORT, '{Message}'); END;
          CREATE TRIGGER IF NOT EXISTS portal_audit_no_delete BEFORE DELETE ON {AuditDbContext.Table} BEGIN SELECT RAISE(ABORT, '{Message}'); END;
          """
        : $"""
          CREATE OR REPLACE FUNCTION portal_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{Message}'; END $$;
          CREATE OR REPLACE TRIGGER portal_audit_no_change BEFORE UPDATE OR DELETE ON {AuditDbContext.Table} FOR EACH ROW EXECUTE FUNCTION portal_audit_append_only();
          CREATE OR REPLACE TRIGGER portal_audit_no_truncate BEFORE TRUNCATE ON {AuditDbContext.Table} FOR EACH STATEMENT EXECUTE FUNCTION portal_audit_append_only();
          """;

    public static Task EnsureAsync(AuditDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
#pragma warning disable EF1002 // constant SQL of this class, no user input
        => db.Database.ExecuteSqlRawAsync(Sql(provider), cancellationToken);
#pragma warning restore EF1002
}
