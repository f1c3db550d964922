using System.Globalization;
using FsCheck.Xunit;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Identity.Tests.Evaluation;

public sealed class SyntheticGeneratorTests
{
    private const int Surname = 2;
    private const int Usage = 3;
    private const int FirstNames = 4;
    private const int BirthDate = 7;
    private const int CommuneCode = 9;
    private const int CommuneName = 10;

    private static readonly Lazy<SyntheticGenerator> Generator = new(() => new SyntheticGenerator());

    private static readonly Lazy<SyntheticDataset> Data20000 = new(() => Generator.Value.Generate(20_000, 2026));

    [Fact]
    public void CorruptionCounts_20000Persons_EachClassWithinAQuarterOfItsRate()
    {
        var data = Data20000.Value;
        var duplicates = data.Corruptions.Values.Count(c => c.Count > 0);
        Assert.Equal(SyntheticGenerator.CorruptionClasses.Order(StringComparer.Ordinal), SyntheticGenerator.CorruptionRates.Keys.Order(StringComparer.Ordinal));
        foreach (var corruption in SyntheticGenerator.CorruptionClasses)
        {
            var carried = data.Corruptions.Values.Count(c => c.Contains(corruption));
            Assert.Equal(carried, data.CorruptionCounts[corruption]);
            var share = (double)carried / duplicates;
            var rate = SyntheticGenerator.CorruptionRates[corruption];
            Assert.True(Math.Abs(share - rate) <= rate / 4, FormattableString.Invariant($"{corruption}: {share:0.0000} of duplicates, rate {rate}"));
        }
    }

    [Fact]
    public void Corruptions_20000Persons_OneOriginalPerPersonAndOneToThreeDistinctClassesPerDuplicate()
    {
        var data = Data20000.Value;
        Assert.Equal(data.Rows.Count, data.Corruptions.Count);
        foreach (var person in data.Truth.GroupBy(kv => kv.Value))
        {
            Assert.Single(person, kv => data.Corruptions[kv.Key].Count == 0);
        }

        Assert.All(data.Corruptions.Values, c => Assert.True(c.Count <= 3 && c.Distinct().Count() == c.Count && c.All(SyntheticGenerator.CorruptionClasses.Contains)));
        Assert.InRange((double)data.Rows.Count / data.Truth.Values.Distinct().Count(), 1.55, 1.75);
    }

    [Fact]
    public void Corruptions_20000Persons_EachClassShowsInItsRowAndNothingElseChanged()
    {
        var data = Data20000.Value;
        var originals = data.Rows.Where(r => data.Corruptions[r[0]].Count == 0).ToDictionary(r => data.Truth[r[0]], StringComparer.Ordinal);
        foreach (var row in data.Rows)
        {
            var classes = data.Corruptions[row[0]];
            var original = originals[data.Truth[row[0]]];
            foreach (var corruption in classes)
            {
                Assert.True(Shows(corruption, original, row), corruption + ": " + string.Join(',', original) + " -> " + string.Join(',', row));
            }

            var touched = classes.Select(Touched).Aggregate(new HashSet<int>(), (all, columns) => { all.UnionWith(columns); return all; });
            for (var column = 1; column < row.Length; column++)
            {
                if (!touched.Contains(column))
                {
                    Assert.True(original[column] == row[column], FormattableString.Invariant($"column {column} changed without a class ({string.Join(' ', classes)})"));
                }
            }
        }
    }

    [Fact]
    public void BirthDates_20000Persons_ImpossibleOnlyUnderDateTypo()
    {
        var data = Data20000.Value;
        foreach (var row in data.Rows)
        {
            var classes = data.Corruptions[row[0]];
            if (classes.Contains("date-typo"))
            {
                continue;
            }

            var (y, m, d) = Parts(row[BirthDate]);
            Assert.True(y == 0 || m == 0 || d == 0 || IsPossible(y, m, d), row[BirthDate] + " in " + string.Join(' ', classes));
            if (classes.Count == 0)
            {
                Assert.True(IsPossible(y, m, d), "an original record has " + row[BirthDate]);
            }
        }
    }

    [Property(MaxTest = 15)]
    public bool Generate_AnySeed_NoImpossibleDateOutsideDateTypo(int seed)
    {
        var data = Generator.Value.Generate(300, seed);
        return data.Rows.Where(r => !data.Corruptions[r[0]].Contains("date-typo"))
            .Select(r => Parts(r[BirthDate]))
            .All(p => p.Year == 0 || p.Month == 0 || p.Day == 0 || IsPossible(p.Year, p.Month, p.Day));
    }

    [Property(MaxTest = 10)]
    public bool Generate_SameSeed_SameDataset(int seed)
    {
        var a = Generator.Value.Generate(300, seed);
        var b = new SyntheticGenerator().Generate(300, seed);
        return a.Rows.Count == b.Rows.Count
            && a.Rows.Zip(b.Rows).All(p => p.First.SequenceEqual(p.Second))
            && a.Truth.OrderBy(kv => kv.Key, StringComparer.Ordinal).SequenceEqual(b.Truth.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            && a.Corruptions.All(kv => kv.Value.SequenceEqual(b.Corruptions[kv.Key]))
            && a.HardNonMatches.OrderBy(kv => kv.Key, StringComparer.Ordinal).SequenceEqual(b.HardNonMatches.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Generate_OtherSeed_OtherRows()
    {
        var a = Generator.Value.Generate(300, 1);
        var b = Generator.Value.Generate(300, 2);
        Assert.False(a.Rows.Zip(b.Rows).All(p => p.First.SequenceEqual(p.Second)));
    }

    [Fact]
    public void Surnames_200000Persons_MoreThan10000DistinctAndGrowingWithSize()
    {
        var small = DistinctOriginalSurnames(Data20000.Value);
        var large = DistinctOriginalSurnames(Generator.Value.Generate(200_000, 2026));
        Assert.True(large > 10_000, large.ToString(CultureInfo.InvariantCulture));
        Assert.True(large > small * 3, FormattableString.Invariant($"{small} at 20,000 persons, {large} at 200,000"));
    }

    [Fact]
    public void Surnames_20000Persons_HeadNearPopulationSharesAndImmigrantOriginsPresent()
    {
        var originals = Data20000.Value.Rows.Where(r => Data20000.Value.Corruptions[r[0]].Count == 0).ToArray();
        var martin = originals.Count(r => r[Surname] == "MARTIN") / (double)originals.Length;
        Assert.InRange(martin, 0.002, 0.006);
        var top = originals.GroupBy(r => r[Surname]).Max(g => g.Count()) / (double)originals.Length;
        Assert.InRange(top, 0.002, 0.006);
        Assert.Contains(originals, r => r[Surname].StartsWith("NGUY", StringComparison.Ordinal));
        Assert.Contains(originals, r => r[FirstNames].StartsWith("Mohamed", StringComparison.Ordinal));
    }

    [Fact]
    public void HardNonMatches_20000Persons_EachKindNearItsRate()
    {
        var hard = Data20000.Value.HardNonMatches;
        Assert.Equal(SyntheticGenerator.HardNonMatchKinds, hard.Keys);
        Assert.InRange(hard["twins"], 200, 400);
        Assert.InRange(hard["homonyms"], 300, 500);
        Assert.InRange(hard["cousins"], 200, 400);
        Assert.InRange(hard["father-son"], 80, 250);
    }

    [Fact]
    public void HardNonMatches_20000Persons_LookAlikePersonsPresentInTheOriginals()
    {
        var data = Data20000.Value;
        var originals = data.Rows.Where(r => data.Corruptions[r[0]].Count == 0).ToArray();
        var pairs = originals.GroupBy(r => r[Surname], StringComparer.Ordinal)
            .SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => (A: a, B: b))))
            .ToArray();
        static string First(string[] row) => Split(row[FirstNames])[0];
        var twins = pairs.Count(p => p.A[BirthDate] == p.B[BirthDate] && p.A[CommuneCode] == p.B[CommuneCode] && p.A[CommuneName] == p.B[CommuneName] && First(p.A) != First(p.B));
        var homonyms = pairs.Count(p => p.A[FirstNames] == p.B[FirstNames] && p.A[BirthDate] != p.B[BirthDate]
            && Math.Abs((DateTime.Parse(p.A[BirthDate], CultureInfo.InvariantCulture) - DateTime.Parse(p.B[BirthDate], CultureInfo.InvariantCulture)).TotalDays) < 240);
        var cousins = pairs.Count(p => p.A[BirthDate][..4] == p.B[BirthDate][..4] && p.A[BirthDate] != p.B[BirthDate] && p.A[CommuneName] == p.B[CommuneName] && First(p.A) != First(p.B));
        var fatherSon = pairs.Count(p => First(p.A) == First(p.B) && p.A[6] == "M" && p.B[6] == "M"
            && Math.Abs(Number(p.A[BirthDate][..4]) - Number(p.B[BirthDate][..4])) is >= 20 and <= 40);
        Assert.True(twins >= data.HardNonMatches["twins"], FormattableString.Invariant($"{twins} twin pairs"));
        Assert.True(homonyms >= data.HardNonMatches["homonyms"], FormattableString.Invariant($"{homonyms} homonym pairs"));
        Assert.True(cousins >= data.HardNonMatches["cousins"], FormattableString.Invariant($"{cousins} cousin pairs"));
        Assert.True(fatherSon >= data.HardNonMatches["father-son"], FormattableString.Invariant($"{fatherSon} father-son pairs"));
    }

    [Fact]
    public void Records_20000Persons_NoRowRejectedAndOnlyDateTyposFlagged()
    {
        var data = Data20000.Value;
        var result = PersonRecordReader.Read(data.Rows, "synthetic");
        Assert.Empty(result.Errors);
        Assert.Equal(data.Rows.Count, result.Records.Count);
        Assert.All(result.Flags, f => Assert.True(f.Field == "birth_date" && data.Corruptions[f.Id].Contains("date-typo"), f.ToString()));
    }

    [Fact]
    public void Write_20000Persons_Rfc4180RoundTrip()
    {
        var data = Data20000.Value;
        var path = Path.Combine(Path.GetTempPath(), "synthetic-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            IdentityCsv.Write(path, data.Rows);
            using var reader = new StreamReader(path);
            var read = Csv.Read(reader).Skip(1).Select(r => r.Fields).ToArray();
            Assert.Equal(data.Rows.Count, read.Length);
            Assert.All(data.Rows.Zip(read), p => Assert.Equal(p.First, p.Second));
            var records = IdentityCsv.Read(path);
            Assert.Equal(data.Rows.Count, records.Records.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static int DistinctOriginalSurnames(SyntheticDataset data) =>
        data.Rows.Where(r => data.Corruptions[r[0]].Count == 0).Select(r => r[Surname]).Distinct(StringComparer.Ordinal).Count();

    private static (int Year, int Month, int Day) Parts(string date) =>
        date.Length == 0 ? (0, 0, 0) : (Number(date[..4]), Number(date.Substring(5, 2)), Number(date.Substring(8, 2)));

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static bool IsPossible(int year, int month, int day) => year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The columns a class may change (civility follows the sex; the usage surname follows the birth surname's classes).</summary>
    private static int[] Touched(string corruption) => corruption switch
    {
        "date-missing" or "date-partial" or "date-placeholder" or "date-typo" => [BirthDate],
        "surname-usage" => [Surname, Usage],
        "surname-particle" or "surname-compound-part" or "surname-typo" => [Surname],
        "first-name-typo" or "first-name-only-first" or "first-name-order" or "first-name-variant" => [FirstNames],
        "names-swapped" or "names-both-typo" or "transliteration" => [Surname, FirstNames],
        "commune-other" or "commune-name-only" or "commune-postal-code" => [CommuneCode, CommuneName],
        "sex-missing" => [1, 6],
        _ => throw new ArgumentOutOfRangeException(nameof(corruption)),
    };

    private static bool Shows(string corruption, string[] original, string[] row)
    {
        var (y, m, d) = Parts(original[BirthDate]);
        var date = row[BirthDate];
        string[] names = Split(row[FirstNames]), originalNames = Split(original[FirstNames]);
        return corruption switch
        {
            "date-missing" => date is "" or "0000-00-00",
            "date-partial" => new[] { Date(y, m, 0), Date(y, 0, 0), Date(y, 0, d), Date(0, m, d) }.Contains(date),
            "date-placeholder" => date == Date(y, 1, 1) && !(m == 1 && d == 1),
            "date-typo" => date != original[BirthDate] && Parts(date) is { Year: > 0, Month: > 0, Day: > 0 },
            "surname-usage" => original[Usage].Length > 0 && row[Surname] == original[Usage] && row[Surname] != original[Surname],
            "surname-particle" => row[Surname] != original[Surname] && Letters(original[Surname]).EndsWith(Letters(row[Surname]), StringComparison.Ordinal),
            "surname-compound-part" => row[Surname].Length > 0 && (original[Surname].StartsWith(row[Surname] + "-", StringComparison.Ordinal) || original[Surname].StartsWith(row[Surname] + " ", StringComparison.Ordinal)
                || original[Surname].EndsWith("-" + row[Surname], StringComparison.Ordinal) || original[Surname].EndsWith(" " + row[Surname], StringComparison.Ordinal)),
            "surname-typo" => row[Surname] != original[Surname] && Distance(row[Surname], original[Surname]) <= 3,
            "first-name-typo" => names.Length == originalNames.Length && names.Zip(originalNames).Count(p => p.First != p.Second) == 1
                && names.Zip(originalNames).All(p => Distance(p.First, p.Second) <= 3),
            "names-swapped" => Fold(row[Surname]) == Fold(originalNames[0]) && Fold(names[0]) == Fold(original[Surname]),
            "names-both-typo" => row[Surname] != original[Surname] && names[0] != originalNames[0]
                && Distance(row[Surname], original[Surname]) <= 3 && Distance(names[0], originalNames[0]) <= 3,
            "first-name-only-first" => originalNames.Length > 1 && names.SequenceEqual([originalNames[0]]),
            "first-name-order" => !names.SequenceEqual(originalNames) && names.Order(StringComparer.Ordinal).SequenceEqual(originalNames.Order(StringComparer.Ordinal)),
            "first-name-variant" => names[0] != originalNames[0] && names.Skip(1).SequenceEqual(originalNames.Skip(1)),
            "transliteration" => (row[Surname] != original[Surname]) != (names[0] != originalNames[0]),
            "commune-other" => row[CommuneCode].Length == 5 && original[CommuneCode].Length == 5 && row[CommuneCode] != original[CommuneCode],
            "commune-name-only" => row[CommuneCode].Length == 0 && original[CommuneCode].Length > 0 && row[CommuneName] == original[CommuneName],
            "commune-postal-code" => row[CommuneCode].Length == 5 && row[CommuneCode].All(char.IsAsciiDigit) && row[CommuneCode] != original[CommuneCode] && row[CommuneName] == original[CommuneName],
            "sex-missing" => row[6].Length == 0 && row[1].Length == 0 && original[6].Length > 0,
            _ => false,
        };
    }

    private static string Date(int year, int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");

    private static string[] Split(string names) => names.Split(", ");

    private static string Letters(string name) => new([.. name.Where(char.IsLetter)]);

    private static string Fold(string name) => name.ToUpperInvariant();

    /// <summary>Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
