namespace Justice.Domain.Usm.Calendar;

/// <summary><i>Réunion obligatoire</i>: a meeting the USM texts require a number of times each civil year.</summary>
public enum RequiredMeeting
{
    /// <summary>The national council, "au moins quatre fois par an" (Statuts USM, art. 15, al. 1).</summary>
    NationalCouncil = 0,

    /// <summary>The general assembly (<i>congrès</i>), "une fois par an" (art. 21).</summary>
    GeneralAssembly = 1,

    /// <summary>The council "élargie à l'ensemble des délégués régionaux, délégués adjoints et trésoriers", "une fois par an" (RI art. 2-4, al. 1).</summary>
    CouncilEnlargedToRegionalOfficers = 2,

    /// <summary>The council "élargie aux seuls délégués régionaux", "une fois par an" (RI art. 2-5, al. 1).</summary>
    CouncilEnlargedToRegionalDelegates = 3,

    /// <summary>The regional delegate's meeting of the sections, "au moins une fois par an" (RI art. 1-2, al. 2).</summary>
    SectionsMeeting = 4,
}
