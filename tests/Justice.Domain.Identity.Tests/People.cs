using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Tests;

/// <summary>Test records.</summary>
internal static class People
{
    public static PersonRecord Person(string id, string surname, string firstNames, string date, string? commune = "75056", Sex sex = Sex.Male, string? usage = null, string? country = null)
    {
        PartialDate.TryParse(date, out var birth, out _);
        return new PersonRecord(id)
        {
            BirthSurname = surname,
            UsageSurname = usage,
            FirstNames = firstNames.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            BirthDate = birth,
            BirthCommuneCode = commune,
            BirthCountryCode = country,
            Sex = sex,
        };
    }
}
