namespace Justice.Domain.Identity.Linkage;

/// <summary>
/// <i>Avancement du traitement de masse</i>: what a <see cref="BulkRun"/> reports while it runs: the stage, the units done
/// so far and the units in the stage (counts only, never a value of a record). Each stage reports once when it starts
/// (<see cref="Done"/> 0), then running counts, then once more with <see cref="Finished"/> set.
/// </summary>
/// <param name="Stage">The stage.</param>
/// <param name="Done">Units done so far in the stage (rows, pairs or records: see <see cref="BulkStage"/>).</param>
/// <param name="Total">Units in the stage, or 0 when not known in advance (reading a stream).</param>
/// <param name="Finished">Whether the stage has ended.</param>
public sealed record BulkProgress(BulkStage Stage, long Done, long Total, bool Finished);
