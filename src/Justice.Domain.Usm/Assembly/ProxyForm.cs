using Justice.Domain.Core;

namespace Justice.Domain.Usm.Assembly;

/// <summary>
/// <i>Mandat</i> given for the general assembly (RI USM, art. 3-4): written, dated and signed by the giver, naming the
/// name, first name, function and residence of both; valid for the whole session and the extraordinary assembly it includes.
/// </summary>
/// <param name="Giver">The absent member (<i>mandant</i>).</param>
/// <param name="Holder">The present member (<i>mandataire</i>).</param>
/// <param name="WrittenDatedSigned">Whether the form is written, dated and signed by the giver and names both members as al. 2 requires.</param>
public sealed record ProxyForm(string Giver, string Holder, bool WrittenDatedSigned)
{
    /// <summary>The giver.</summary>
    public string Giver { get; init; } = Guard.NotBlank(Giver);

    /// <summary>The holder.</summary>
    public string Holder { get; init; } = Guard.NotBlank(Holder);
}
