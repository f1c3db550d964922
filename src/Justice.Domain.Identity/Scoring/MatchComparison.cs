using System.Globalization;
using System.Text;

namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// <i>Comparaison expliquée</i>: the result of comparing two records: weight, probability, band, and the
/// waterfall (prior, then one bar per field). Ids only: no personal data is repeated here.
/// </summary>
/// <param name="LeftId">The first record id.</param>
/// <param name="RightId">The second record id.</param>
/// <param name="Weight">The total match weight (bits).</param>
/// <param name="Probability">The match probability.</param>
/// <param name="Band">The decision band.</param>
/// <param name="PriorWeight">log2(λ/(1−λ)).</param>
/// <param name="Fields">The per-field bars.</param>
public sealed record MatchComparison(string LeftId, string RightId, double Weight, double Probability, MatchBand Band, double PriorWeight, IReadOnlyList<FieldExplanation> Fields)
{
    /// <summary>The waterfall as text, one line per bar with the running total.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        var running = PriorWeight;
        text.Append(CultureInfo.InvariantCulture, $"{LeftId} vs {RightId}\n");
        text.Append(CultureInfo.InvariantCulture, $"  {"prior",-14} {string.Empty,-20} {PriorWeight,8:+0.00;-0.00}  {running,8:0.00}\n");
        foreach (var field in Fields)
        {
            running += field.Weight;
            var mu = field.M is null ? "m=-      u=-      " : string.Create(CultureInfo.InvariantCulture, $"m={field.M,-7:0.####} u={field.U,-7:0.#####}");
            var tf = field.TermFrequencyAdjustment == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (tf {field.TermFrequencyAdjustment:+0.00;-0.00})");
            text.Append(CultureInfo.InvariantCulture, $"  {field.Field,-14} {field.Level,-20} {field.Weight,8:+0.00;-0.00}  {running,8:0.00}  {mu}{tf}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"  total weight {Weight:0.00}, probability {Probability:0.0000}, band {Band}\n");
        return text.ToString();
    }
}
