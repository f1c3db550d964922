using Orleans.Runtime;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>Writes a grain's state before the grain replies to a change.</summary>
internal static class StateWriter
{
    /// <summary>
    /// Writes <paramref name="state"/>. A change applied in memory and not stored would be lost by the next
    /// activation while later replies build on it: when the write fails, <paramref name="deactivate"/> drops the
    /// activation (the next call reads the stored state again), and the failure goes to the caller.
    /// </summary>
    public static async Task WriteAsync<T>(IPersistentState<T> state, Action deactivate)
    {
        try
        {
            await state.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            deactivate();
            throw;
        }
    }
}
