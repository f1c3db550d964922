using System.Globalization;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>A synthetic person, or one record of a person once corrupted; <see cref="ToRow"/> writes it in the identity schema.</summary>
internal sealed class SyntheticPerson
{
    public NameOrigin Origin { get; set; }

    public string Surname { get; set; } = string.Empty;

    /// <summary>The surname's known spellings (transliterations), the first being the original.</summary>
    public string[] SurnameSpellings { get; set; } = [];

    /// <summary>The parts of a double surname (MARTIN-DUBOIS, GARCIA LOPEZ), else null.</summary>
    public string[]? SurnameParts { get; set; }

    public string? Usage { get; set; }

    public List<string> FirstNames { get; set; } = [];

    /// <summary>Each first name's known spellings (the first is the name).</summary>
    public List<string[]> FirstNameSpellings { get; set; } = [];

    public string Sex { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Month { get; set; }

    public int Day { get; set; }

    /// <summary>The birth date as written when it is not <c>Year-Month-Day</c> (empty, for a missing date).</summary>
    public string? BirthDateText { get; set; }

    public SyntheticCommune? Commune { get; set; }

    /// <summary>The code written in the birth commune field (the commune's, an arrondissement's, or a corrupted one).</summary>
    public string CommuneCode { get; set; } = string.Empty;

    public string CommuneName { get; set; } = string.Empty;

    public (string Code, string Name, string Nationality)? Country { get; set; }

    public string Nationality { get; set; } = string.Empty;

    public bool IsMale => Sex == "M";

    public string BirthDate => BirthDateText ?? string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}");

    public SyntheticPerson Clone()
    {
        var copy = (SyntheticPerson)MemberwiseClone();
        copy.FirstNames = [.. FirstNames];
        copy.FirstNameSpellings = [.. FirstNameSpellings];
        return copy;
    }

    public string[] ToRow() =>
    [
        string.Empty,
        Sex == "M" ? "M." : Sex == "F" ? "Mme" : string.Empty,
        Surname,
        Usage ?? string.Empty,
        string.Join(", ", FirstNames),
        string.Empty,
        Sex,
        BirthDate,
        string.Empty,
        CommuneCode,
        CommuneName,
        Country?.Code ?? string.Empty,
        Country?.Name ?? string.Empty,
        Nationality,
    ];
}
