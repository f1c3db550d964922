using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Referential.Tests.Contract;

/// <summary>
/// Records drawn from small pools, so that random batches share blocks, names and ids: typos of one surname
/// (MARTIN/MARTINS, LEFEBVRE/LEFEVRE, KOWALSKI/COWALSKI), partial dates, births abroad, and a pool of twelve ids so
/// that a batch replaces and re-adds records.
/// </summary>
public static class ContractPeople
{
    private static readonly string[] Surnames = ["MARTIN", "MARTINS", "LEFEBVRE", "LEFEVRE", "KOWALSKI", "COWALSKI", "N'GUYEN", "DE LA FONTAINE"];
    private static readonly string[] FirstNames = ["Jean", "Jean-Pierre", "Marie", "Marie Anne", "Quentin", "Wuentin"];
    private static readonly PartialDate?[] Dates = [new PartialDate(1970, 3, 14), new PartialDate(1970, 3, 15), new PartialDate(1970, 0, 0), new PartialDate(1985, 11, 2), null];
    private static readonly string?[] Communes = ["75056", "69123", "13055", null];

    /// <summary>A record of pool id <paramref name="id"/> whose traits are picked by <paramref name="v"/>.</summary>
    public static PersonRecord Person(int id, int v) => new("p" + id)
    {
        BirthSurname = Surnames[v % Surnames.Length],
        UsageSurname = v / 7 % 5 == 0 ? "DURAND" : null,
        FirstNames = FirstNames[v / 8 % FirstNames.Length].Split(' '),
        BirthDate = Dates[v / 48 % Dates.Length],
        BirthCommuneCode = v / 240 % 6 == 5 ? null : Communes[v / 240 % Communes.Length],
        BirthCountryCode = v / 240 % 6 == 5 ? "99350" : null,
        Sex = v / 1440 % 3 == 0 ? Sex.Female : Sex.Male,
    };

    /// <summary>Histories of two to eight writes: mostly upserts of one to eight records, some removals of one to four ids.</summary>
    public static Gen<StoreOperation[]> Operations { get; } =
        Gen.Choose(2, 8).SelectMany(count => Operation.ArrayOf(count));

    private static Gen<StoreOperation> Operation { get; } =
        Gen.Choose(0, 3).Zip(Gen.Choose(1, 8)).Zip(Gen.Choose(0, 11).ArrayOf(8).Zip(Gen.Choose(0, 100_000).ArrayOf(8)))
            .Select(t =>
            {
                var ((kind, size), (ids, traits)) = t;
                var distinct = ids.Take(size).Distinct().ToArray();
                return kind == 0
                    ? new StoreOperation(null, [.. distinct.Take(4).Select(i => "p" + i)])
                    : new StoreOperation([.. distinct.Select((i, n) => Person(i, traits[n]))], null);
            });
}
