using Justice.Domain.Allocation.Model;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation.Caps;

/// <summary>
/// <i>Plafond des magistrats placés d'une cour d'appel</i>: how many new posts of magistrat placé a cour d'appel can
/// still receive under the legal quota: the maximum (1/15 "du total des magistrats des tribunaux de première instance du
/// ressort" in 2000: siège and parquet, every magistrate of those courts) minus the placed magistrates it has. The 2000 circular locates the new vice-présidents placés only "dans les
/// cours d'appel dans lesquelles le quota légal maximal … n'est pas encore atteint"; <see cref="RemainingPosts"/> is
/// the <see cref="Court.MaxPosts"/> of the cour d'appel in such an allocation.
/// </summary>
/// <param name="AppealCourtId">The cour d'appel.</param>
/// <param name="FirstInstanceMagistrates">All the magistrates (siège and parquet) of the first-instance courts of its ressort.</param>
/// <param name="PlacedMagistrates">The placed magistrates it already has.</param>
/// <param name="MaximumPlaced">The most placed magistrates the quota allows.</param>
/// <param name="RemainingPosts">New placed posts it may still receive (0 when the quota is reached or exceeded).</param>
/// <param name="Reference">The rule: Ord. 58-1270, art. 3-1, al. 5.</param>
public sealed record PlacedMagistrateCap(string AppealCourtId, int FirstInstanceMagistrates, int PlacedMagistrates, int MaximumPlaced, int RemainingPosts, LegalReference Reference)
{
    /// <summary>The cap of a cour d'appel from its counts.</summary>
    /// <param name="appealCourtId">The cour d'appel.</param>
    /// <param name="firstInstanceMagistrates">All the magistrates (siège and parquet) of the first-instance courts of its ressort, 0 or more.</param>
    /// <param name="placedMagistrates">Its placed magistrates, 0 or more.</param>
    /// <param name="quota">The quota (for example <see cref="PlacedMagistrateQuota.Ordinance58_1270In2000"/>).</param>
    /// <returns>The cap.</returns>
    public static PlacedMagistrateCap For(string appealCourtId, int firstInstanceMagistrates, int placedMagistrates, PlacedMagistrateQuota quota)
    {
        Guard.NotBlank(appealCourtId);
        Guard.NotNegative(firstInstanceMagistrates);
        Guard.NotNegative(placedMagistrates);
        Guard.NotNull(quota);
        var maximum = quota.MaximumPlaced(firstInstanceMagistrates);
        return new PlacedMagistrateCap(appealCourtId, firstInstanceMagistrates, placedMagistrates, maximum, Math.Max(0, maximum - placedMagistrates), PlacedMagistrateQuota.Reference);
    }

    /// <summary>
    /// The cap of a cour d'appel from the courts of an allocation input: its first-instance magistrates are the
    /// non-specialised, specialised and parquet magistrates (<see cref="Court.NonSpecialized"/>,
    /// <see cref="Court.Specialized"/>, <see cref="Court.ParquetMagistrates"/>) of the courts whose
    /// <see cref="Court.AppealCourtId"/> is <paramref name="appealCourtId"/> and whose kind is not
    /// <see cref="CourtKind.CourDAppel"/>: "1/15 du total des magistrats des tribunaux de première instance du ressort"
    /// (Circ. SJ 00-124, annexe I, 1, "Vice-présidents placés") counts every magistrate, siège and parquet. O(courts).
    /// </summary>
    /// <param name="appealCourtId">The cour d'appel.</param>
    /// <param name="courts">The courts.</param>
    /// <param name="placedMagistrates">Its placed magistrates, 0 or more.</param>
    /// <param name="quota">The quota.</param>
    /// <returns>The cap.</returns>
    public static PlacedMagistrateCap ForRessort(string appealCourtId, IEnumerable<Court> courts, int placedMagistrates, PlacedMagistrateQuota quota)
    {
        Guard.NotBlank(appealCourtId);
        var total = 0;
        foreach (var court in Guard.NoNullElements(courts))
        {
            if (court.Kind != CourtKind.CourDAppel && string.Equals(court.AppealCourtId, appealCourtId, StringComparison.Ordinal))
            {
                total = checked(total + court.NonSpecialized + court.Specialized + court.ParquetMagistrates);
            }
        }

        return For(appealCourtId, total, placedMagistrates, quota);
    }
}
