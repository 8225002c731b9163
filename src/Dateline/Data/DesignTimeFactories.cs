using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dateline.Data;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDatelineDb>
{
    public SqliteDatelineDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDatelineDb>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDatelineDb>
{
    public PostgresDatelineDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDatelineDb>().UseNpgsql("Host=localhost;Database=dateline_design").Options);
}
