using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dateline.Data;

/// <summary>
/// A compiled query (EF.CompileAsyncQuery) for each model it meets. EF binds a compiled query to the model of the first
/// context that runs it and refuses any other, and one process can hold several: the tests run SQLite and PostgreSQL
/// sites side by side.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = new();

    // TryGetValue first: GetValue's factory would be a new closure on every call.
    public TQuery For(DbContext db) => byModel.TryGetValue(db.Model, out var query) ? query : byModel.GetValue(db.Model, _ => compile());
}
