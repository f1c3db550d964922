using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;

namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// <i>Modèle de Fellegi–Sunter</i>: the trained parameters, as a versioned JSON document. The match weight of
/// a pair is log2(λ/(1−λ)) + Σ log2(m/u) over its fields' levels (plus the term-frequency adjustment of
/// exact name agreement); the probability is 2^w / (1 + 2^w). λ is the probability that two records drawn at
/// random are the same person (u is estimated on random pairs, so the prior must be on the same footing).
/// </summary>
/// <param name="Version">The document format version (<see cref="CurrentVersion"/>).</param>
/// <param name="Profile">The profile the model belongs to.</param>
/// <param name="Prior">λ, the probability that two random records are the same person.</param>
/// <param name="MatchThreshold">Probability at or above which a pair is a match.</param>
/// <param name="ReviewThreshold">Probability at or above which a pair goes to review (below the match threshold).</param>
/// <param name="Fields">The fields, in profile order.</param>
public sealed record MatchModel(int Version, string Profile, double Prior, double MatchThreshold, double ReviewThreshold, IReadOnlyList<FieldParameters> Fields)
{
    /// <summary>The current document version.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Default match threshold (probability).</summary>
    public const double DefaultMatchThreshold = 0.95;

    /// <summary>Default review threshold (probability).</summary>
    public const double DefaultReviewThreshold = 0.5;

    /// <summary>The untrained model of a profile: its comparisons' starting m and u, λ = 10⁻⁴.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The model.</returns>
    public static MatchModel Initial(MatchProfile profile)
    {
        Core.Guard.NotNull(profile);
        return new MatchModel(
            CurrentVersion,
            profile.Name,
            1e-4,
            DefaultMatchThreshold,
            DefaultReviewThreshold,
            profile.Comparisons.Select(c => new FieldParameters(
                c.Name,
                c.TermFrequency,
                c.Levels.Select((l, i) => new LevelParameters(l, c.InitialM[i], c.InitialU[i], FixedM: i == c.FixedMLevel, Veto: c.VetoLevels.Contains(i))).ToArray())).ToArray());
    }

    /// <summary>Checks that the model fits <paramref name="profile"/>; returns the first problem, or null.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>Null when the model fits.</returns>
    public string? Mismatch(MatchProfile profile)
    {
        Core.Guard.NotNull(profile);
        if (Version != CurrentVersion)
        {
            return FormattableString.Invariant($"model version {Version} is not supported (expected {CurrentVersion})");
        }

        if (Profile != profile.Name || Fields is null || Fields.Count != profile.Comparisons.Count)
        {
            return FormattableString.Invariant($"model is for profile '{Profile}', not '{profile.Name}' with {profile.Comparisons.Count} fields");
        }

        for (var i = 0; i < Fields.Count; i++)
        {
            var field = Fields[i];
            var comparison = profile.Comparisons[i];
            if (field.Field != comparison.Name || field.Levels is null || field.Levels.Count != comparison.Levels.Count)
            {
                return FormattableString.Invariant($"field {i} must be '{comparison.Name}' with {comparison.Levels.Count} levels");
            }

            foreach (var level in field.Levels)
            {
                if (!(level.M > 0 && level.M <= 1 && level.U > 0 && level.U <= 1))
                {
                    return FormattableString.Invariant($"field '{field.Field}' level '{level.Level}': m and u must lie in (0, 1]");
                }
            }
        }

        if (!(Prior > 0 && Prior < 1) || !(ReviewThreshold > 0 && ReviewThreshold <= MatchThreshold && MatchThreshold < 1))
        {
            return "prior must lie in (0, 1) and 0 < review threshold <= match threshold < 1";
        }

        return null;
    }
}
