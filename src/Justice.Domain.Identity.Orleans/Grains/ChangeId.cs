using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// The identity of one changing call: the writer (a number the catalog hands each store object) and the call's number
/// for that writer. A grain remembers the replies of its last changing calls, so that a call retried after its silo
/// stopped (the change stored, the reply lost) is answered again without being applied twice.
/// </summary>
[GenerateSerializer, Immutable]
internal readonly record struct ChangeId([property: Id(0)] long Writer, [property: Id(1)] long Number);
