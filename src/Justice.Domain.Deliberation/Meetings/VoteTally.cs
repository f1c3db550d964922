using System.Globalization;
using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Résultat du vote</i>: the ballots of a motion: for, against, abstentions, blank and spoiled.</summary>
public readonly record struct VoteTally
{
    /// <summary>Creates a tally; every count must be 0 or more.</summary>
    /// <param name="yes">Votes for (<i>pour</i>).</param>
    /// <param name="no">Votes against (<i>contre</i>).</param>
    /// <param name="abstentions">Abstentions declared.</param>
    /// <param name="blank">Blank ballots (<i>bulletins blancs</i>).</param>
    /// <param name="spoiled">Spoiled ballots (<i>bulletins nuls</i>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative count (the message names it), or counts whose sum exceeds <see cref="int.MaxValue"/>.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public VoteTally(int yes, int no, int abstentions = 0, int blank = 0, int spoiled = 0)
    {
        Yes = Guard.NotNegative(yes);
        No = Guard.NotNegative(no);
        Abstentions = Guard.NotNegative(abstentions);
        Blank = Guard.NotNegative(blank);
        Spoiled = Guard.NotNegative(spoiled);
        var total = (long)yes + no + abstentions + blank + spoiled;
        if (total > int.MaxValue)
        {
            throw Guard.OutOfRange(
                "yes + no + abstentions + blank + spoiled",
                total,
                string.Create(CultureInfo.InvariantCulture, $"at most {int.MaxValue} ballots and abstentions in one tally"));
        }
    }

    /// <summary>Votes for.</summary>
    public int Yes { get; }

    /// <summary>Votes against.</summary>
    public int No { get; }

    /// <summary>Abstentions declared.</summary>
    public int Abstentions { get; }

    /// <summary>Blank ballots.</summary>
    public int Blank { get; }

    /// <summary>Spoiled ballots.</summary>
    public int Spoiled { get; }

    /// <summary><i>Suffrages exprimés</i>: yes + no.</summary>
    public int VotesCast => Yes + No;

    /// <summary>Every ballot and declared abstention.</summary>
    public int Total => Yes + No + Abstentions + Blank + Spoiled;

    /// <summary>The tally in words.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Yes} for, {No} against, {Abstentions} abstention(s), {Blank} blank, {Spoiled} spoiled");
}
