using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Persistence;

/// <summary>The weekly search counts (<see cref="SearchTermWeek"/>); a context of its own so the log never touches the documents' tables.</summary>
internal sealed class SearchLogDbContext(DbContextOptions<SearchLogDbContext> options) : DbContext(options)
{
    public DbSet<SearchTermWeek> Terms => Set<SearchTermWeek>();

    public DbSet<SearchHelp> Help => Set<SearchHelp>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SearchTermWeek>(entity =>
        {
            entity.ToTable("policies_search_terms");
            entity.Property(t => t.Query).HasMaxLength(SearchTermWeek.MaxLength);
            entity.HasIndex(t => new { t.Week, t.Query }).IsUnique();
        });
        modelBuilder.Entity<SearchHelp>(entity =>
        {
            entity.ToTable("policies_search_help");
            entity.Property(h => h.AskText).HasMaxLength(SearchHelp.MaxLength);
        });
    }
}
