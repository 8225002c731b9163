using Microsoft.EntityFrameworkCore;

namespace Dateline.Data;

public sealed class PostgresDatelineDb(DbContextOptions<PostgresDatelineDb> options) : DatelineDb(options);
