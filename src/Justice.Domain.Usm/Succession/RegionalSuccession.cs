using Justice.Domain.Core;

namespace Justice.Domain.Usm.Succession;

/// <summary>
/// <i>Suppléance au niveau régional</i>: the regional delegate's vacancy (RI USM, art. 1-3, al. 2), the treasurer's vacancy
/// (art. 1-3, al. 4) and the delegate prevented at the enlarged council (art. 2-5, al. 2).
/// </summary>
public static class RegionalSuccession
{
    /// <summary>
    /// Who holds each office of a union after vacancies: a vacant delegate is "immédiatement remplacé par son adjoint ou, à
    /// défaut, par le trésorier régional" (art. 1-3, al. 2).
    /// </summary>
    /// <param name="deputy">The deputy delegate, or null when there is none or the post is vacant.</param>
    /// <param name="treasurer">The treasurer, or null when vacant.</param>
    /// <returns>The interim delegate.</returns>
    public static Replacement WhenDelegateVacant(string? deputy, string? treasurer)
    {
        var reference = LegalReference.UsmInternalRules("1-3", 2);
        if (!string.IsNullOrWhiteSpace(deputy))
        {
            return new Replacement(deputy, [], "the regional delegate's post is vacant: the deputy delegate replaces the delegate at once", reference);
        }

        return !string.IsNullOrWhiteSpace(treasurer)
            ? new Replacement(treasurer, [], "the regional delegate's post is vacant and there is no deputy: the regional treasurer replaces the delegate", reference)
            : new Replacement(null, [], "no deputy and no treasurer: the bureau may designate a member to organise the election once three months have passed (art. 1-3, al. 3)", reference);
    }

    /// <summary>The treasurer's post vacant: "le délégué régional assure la gestion administrative" until the next elections (art. 1-3, al. 4).</summary>
    /// <param name="delegate">The regional delegate, or null when vacant.</param>
    /// <returns>The replacement.</returns>
    public static Replacement WhenTreasurerVacant(string? @delegate) =>
        string.IsNullOrWhiteSpace(@delegate)
            ? new Replacement(null, [], "the treasurer's and the delegate's posts are vacant", LegalReference.UsmInternalRules("1-3", 4))
            : new Replacement(@delegate, [], "the treasurer's post is vacant: the regional delegate runs the administration until the next elections", LegalReference.UsmInternalRules("1-3", 4));

    /// <summary>The delegate prevented at the council enlarged to regional delegates "peut commettre le délégué régional adjoint, à défaut le trésorier régional" (art. 2-5, al. 2).</summary>
    /// <param name="deputy">The deputy delegate, or null.</param>
    /// <param name="treasurer">The treasurer, or null.</param>
    /// <returns>The member the delegate may send.</returns>
    public static Replacement WhenDelegatePreventedAtEnlargedCouncil(string? deputy, string? treasurer)
    {
        var reference = LegalReference.UsmInternalRules("2-5", 2);
        if (!string.IsNullOrWhiteSpace(deputy))
        {
            return new Replacement(deputy, [], "the prevented delegate may send the deputy delegate", reference);
        }

        return !string.IsNullOrWhiteSpace(treasurer)
            ? new Replacement(treasurer, [], "no deputy: the prevented delegate may send the regional treasurer", reference)
            : new Replacement(null, [], "no deputy and no treasurer to send", reference);
    }
}
