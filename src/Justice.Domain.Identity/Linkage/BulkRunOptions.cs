using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Scoring;
using NodaTime;

namespace Justice.Domain.Identity.Linkage;

/// <summary><i>Options d'un traitement de masse</i>: how a <see cref="BulkRun"/> reads, trains, blocks, scores and clusters.</summary>
public sealed record BulkRunOptions
{
    /// <summary>The default number of records drawn, block by block, to train the model.</summary>
    public const int DefaultTrainSample = 30_000;

    /// <summary>Gets the civil-status profile: fields, comparisons and blocking rules (<see cref="CivilStatusProfile.Default"/>).</summary>
    public CivilStatusProfile Profile { get; init; } = CivilStatusProfile.Default;

    /// <summary>Gets the model to score with, or null to train one on a sample of blocked pairs of the input.</summary>
    public MatchModel? Model { get; init; }

    /// <summary>Gets the number of records drawn, whole blocks at a time, to train the model when none is given (1 or more).</summary>
    public int TrainSample { get; init; } = DefaultTrainSample;

    /// <summary>Gets the clustering, block cap, threads and confirmation probability of the matching stages.</summary>
    public BulkOptions Matching { get; init; } = new();

    /// <summary>Gets the CSV delimiter (comma, semicolon or tab), or null to detect it from the header.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Gets the date of the run: birth and death dates after it are flagged; null to check no date against a day.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Gets the name of the (first) input in error messages, such as a file name; no file is opened.</summary>
    public string InputName { get; init; } = "input";

    /// <summary>Gets the name of the second input of a linkage in error messages.</summary>
    public string RightInputName { get; init; } = "right input";

    /// <summary>Gets the characters of text cut at a time into chunks of whole rows (16 or more).</summary>
    /// <remarks>
    /// 128 K characters (about 1,750 rows of 75 characters): a chunk's list of row results stays under the
    /// large-object threshold, where an array per chunk would make the collector run full collections of everything
    /// read so far.
    /// </remarks>
    internal int ChunkChars { get; init; } = 1 << 17;
}
