using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using static Justice.Domain.Identity.Tests.People;

namespace Justice.Domain.Identity.Tests.Blocking;

/// <summary>
/// The edit rules: with <c>name-edit-place</c> and <c>name-edit-year</c>, a pair with one typo in one name that changes
/// its Soundex2 code, and whose birth date (or birth place) is missing or wrong on one side, still shares a key; with
/// <c>surname-edit-place</c> and <c>surname-edit-year</c>, so does a pair with one typo in the surname whatever its first
/// names.
/// </summary>
public sealed class NameEditRulesTests
{
    private static readonly CivilStatusProfile Profile = CivilStatusProfile.Default;

    private static readonly string[] EditRules = ["name-edit-place", "name-edit-year", "surname-edit-place", "surname-edit-year"];

    private static int RuleNumber(string name) => Profile.Profile.BlockingRules.Select(r => r.Name).ToList().IndexOf(name) + 1;

    private static HashSet<int> SharedRules(PersonRecord a, PersonRecord b)
    {
        var left = Profile.Prepare(a).BlockingKeys.ToArray();
        var right = Profile.Prepare(b).BlockingKeys.ToArray().ToHashSet();
        return left.Where(right.Contains).Select(BlockingKey.Rule).ToHashSet();
    }

    [Theory]
    [InlineData("Kowalski", "Cowalski", "Jean", "Jean")] // first letter substituted: another Soundex2 code
    [InlineData("Dupont", "Dupont", "Marie", "Maire")] // two letters transposed
    [InlineData("Bernard", "Bernard", "Thibault", "Tibault")] // a letter left out
    [InlineData("Mercier", "Merciera", "Paul", "Paul")] // a letter added
    [InlineData("Garnier", "Garnier", "Xavier", "Javier")] // first letter of the first name
    public void OneTypoInOneName_DateMissingOnOneSide_SharesNameEditPlace(string surnameA, string surnameB, string firstA, string firstB)
    {
        var a = Person("a", surnameA, firstA, "1970-03-12");
        var b = Person("b", surnameB, firstB, "");

        Assert.Contains(RuleNumber("name-edit-place"), SharedRules(a, b));
    }

    [Fact]
    public void OneTypoInOneName_OtherBirthCommune_SharesNameEditYear()
    {
        var a = Person("a", "Kowalski", "Jean", "1970-03-12", commune: "75056");
        var b = Person("b", "Cowalski", "Jean", "1970-11-02", commune: "13055");

        var shared = SharedRules(a, b);

        Assert.Contains(RuleNumber("name-edit-year"), shared);
        Assert.DoesNotContain(RuleNumber("name-edit-place"), shared);
    }

    [Theory]
    [InlineData("Kowalski", "Xavier", "1970-03-12", "Cowalski", "Javier", "1970-03-12")] // a typo in each name: one name is edited at a time
    [InlineData("Kowalski", "Jean", "1970-03-12", "Cowalsky", "Jean", "")] // two typos in one name: one deletion on each side meets one typo
    public void BeyondOneTypoInOneName_NoNameEditKey(string surnameA, string firstA, string dateA, string surnameB, string firstB, string dateB)
    {
        // Left to the phonetic rules.
        var shared = SharedRules(Person("a", surnameA, firstA, dateA), Person("b", surnameB, firstB, dateB));

        Assert.DoesNotContain(RuleNumber("name-edit-place"), shared);
        Assert.DoesNotContain(RuleNumber("name-edit-year"), shared);
    }

    [Fact]
    public void NamesSwapped_WithTypo_SharesNameEditPlace()
    {
        // BRACARDEAU QUENTIN written as WUENTIN BRACARDEAU: names swapped, the first name mistyped.
        var a = Person("a", "Bracardeau", "Quentin", "1993-06-24", commune: "76322");
        var b = Person("b", "Wuentin", "Bracardeau", "", commune: "76322");

        Assert.Contains(RuleNumber("name-edit-place"), SharedRules(a, b));
    }

    [Fact]
    public void ShortNames_NoDeletion()
    {
        // LI and LU are one substitution apart, but names under four letters are not edited: their deletions (L) meet too many names.
        var a = Person("a", "Li", "Jean", "");
        var b = Person("b", "Lu", "Jean", "");

        Assert.DoesNotContain(RuleNumber("name-edit-place"), SharedRules(a, b));
    }

    [Fact]
    public void UsageNameAgainstBirthName_WithTypo_SharesNameEditPlace()
    {
        // The surname forms are all read: a record under its usage name meets the other under its birth name.
        var a = Person("a", "Martin", "Sophie", "1980-01-05", usage: "Kowalski");
        var b = Person("b", "Cowalski", "Sophie", "");

        Assert.Contains(RuleNumber("name-edit-place"), SharedRules(a, b));
    }

    [Fact]
    public void BirthAbroad_ReadsTheCountry()
    {
        var a = Person("a", "Kowalski", "Jan", "1970-03-12", commune: null, country: "99122");
        var b = Person("b", "Cowalski", "Jan", "", commune: null, country: "99122");
        var c = Person("c", "Cowalski", "Jan", "", commune: null, country: "99109");

        Assert.Contains(RuleNumber("name-edit-place"), SharedRules(a, b));
        Assert.DoesNotContain(RuleNumber("name-edit-place"), SharedRules(a, c));
    }

    [Fact]
    public void NoBirthPlaceAndNoDate_NoNameEditKey()
    {
        var a = Person("a", "Kowalski", "Jean", "", commune: null);

        var rules = Profile.Prepare(a).BlockingKeys.ToArray().Select(BlockingKey.Rule).ToHashSet();

        Assert.DoesNotContain(RuleNumber("name-edit-place"), rules);
        Assert.DoesNotContain(RuleNumber("name-edit-year"), rules);
    }

    [Fact]
    public void Keys_AreDistinctAndAscending()
    {
        // ROSSI's two S give the same deletion twice: the record keeps the key once.
        var keys = Profile.Prepare(Person("a", "Rossi", "Anne-Marie", "1970-03-12")).BlockingKeys.ToArray();

        for (var i = 1; i < keys.Length; i++)
        {
            Assert.True(keys[i - 1] < keys[i], $"key {i} is not after key {i - 1}");
        }
    }

    [Fact]
    public void EditRules_KeepTheirSmallBlocksOnly()
    {
        foreach (var name in EditRules)
        {
            var rule = Profile.Profile.BlockingRules.Single(r => r.Name == name);
            Assert.Equal(CivilStatusBlockingRules.RareKeyCap, rule.MaxBlockSize);
        }
    }

    [Fact]
    public void LongNames_KeysFitTheBound()
    {
        var a = Person("a", "Wolfeschlegelsteinhausenbergerdorff", "Maximiliano-Alexandro, Bartholomeus, Christophorus, Hieronymus", "1970-03-12", usage: "Montmorency-Laval de Saint-Germain");

        var keys = Profile.Prepare(a).BlockingKeys.ToArray();

        foreach (var name in EditRules)
        {
            Assert.Contains(keys, k => BlockingKey.Rule(k) == RuleNumber(name));
        }
    }

    [Theory]
    // KOWALSKI XAVIER and COWALSKI JAVIER, the date missing on one side: no name is the same, no Soundex2 code either.
    [InlineData("Kowalski", "Xavier", "1970-03-12", "75056", "Cowalski", "Javier", "", "75056", "surname-edit-place", "surname-edit-year")]
    // Only the first of several first names on one side, another commune (merged), a typo in the surname.
    [InlineData("Kowalski", "Jean, Pierre", "1970-03-12", "75056", "Kowalsky", "Pierre", "1970-03-12", "13055", "surname-edit-year", "surname-edit-place")]
    public void TypoInSurname_FirstNamesDiffer_SharesOneSurnameEditRule(
        string surnameA, string firstA, string dateA, string communeA, string surnameB, string firstB, string dateB, string communeB, string shares, string doesNotShare)
    {
        var shared = SharedRules(Person("a", surnameA, firstA, dateA, commune: communeA), Person("b", surnameB, firstB, dateB, commune: communeB));

        Assert.Contains(RuleNumber(shares), shared);
        Assert.DoesNotContain(RuleNumber(doesNotShare), shared);
    }

    [Fact]
    public void SurnameEdits_OtherSurname_NoKey()
    {
        // Two typos apart (KOWALSKI, COWALSKY): one deletion on each side cannot meet.
        var shared = SharedRules(Person("a", "Kowalski", "Jean", "1970-03-12"), Person("b", "Cowalsky", "Paul", "1970-03-12"));

        Assert.DoesNotContain(RuleNumber("surname-edit-place"), shared);
        Assert.DoesNotContain(RuleNumber("surname-edit-year"), shared);
    }

    [Fact]
    public void WithoutNameEditRules_SameKeysLessTheEditRules()
    {
        var record = Person("a", "Kowalski", "Jean", "1970-03-12");
        var nameEdit = EditRules.Select(RuleNumber).ToArray();

        var all = Profile.Prepare(record).BlockingKeys.ToArray();
        var without = CivilStatusProfile.WithoutNameEditRules.Prepare(record).BlockingKeys.ToArray();

        Assert.False(CivilStatusProfile.WithoutNameEditRules.NameEditRules);
        Assert.Equal(Profile.Profile.BlockingRules.Count - EditRules.Length, CivilStatusProfile.WithoutNameEditRules.Profile.BlockingRules.Count);
        Assert.Equal(all.Where(k => !nameEdit.Contains(BlockingKey.Rule(k))), without);
    }
}
