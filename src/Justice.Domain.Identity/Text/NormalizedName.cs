namespace Justice.Domain.Identity.Text;

/// <summary>
/// <i>Nom normalisé</i>: a name folded for comparison. <see cref="Full"/> joins every token
/// (<c>de La Fontaine</c> → <c>DELAFONTAINE</c>, <c>Jean-Pierre</c> ≡ <c>Jean Pierre</c> ≡ <c>JEANPIERRE</c>);
/// <see cref="WithoutParticles"/> drops the leading particles (<c>FONTAINE</c>); <see cref="Tokens"/> are the
/// words, particles excluded (<c>DUPONT-MARTIN</c> → DUPONT, MARTIN).
/// </summary>
/// <param name="Full">All tokens joined; empty when the name is missing or a placeholder.</param>
/// <param name="WithoutParticles">The joined tokens after the leading particles (equal to <see cref="Full"/> when there is none).</param>
/// <param name="Tokens">The significant tokens.</param>
public sealed record NormalizedName(string Full, string WithoutParticles, IReadOnlyList<string> Tokens)
{
    /// <summary>The missing name.</summary>
    public static NormalizedName Missing { get; } = new(string.Empty, string.Empty, []);

    /// <summary>Whether the name is missing (empty or a placeholder such as INCONNU, SNP, XXX).</summary>
    public bool IsMissing => Full.Length == 0;
}
