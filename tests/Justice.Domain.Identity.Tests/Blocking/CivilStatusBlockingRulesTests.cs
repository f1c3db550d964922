using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Identity.Tests.Blocking;

public sealed class CivilStatusBlockingRulesTests
{
    private static readonly CivilStatusProfile Profile = CivilStatusProfile.Default;

    private static readonly SyntheticDataset Data = new SyntheticGenerator().Generate(1500, 17);

    [Fact]
    public void Rules_EveryIdentifyingField_LeftUnreadByAtLeastThreeRules()
    {
        foreach (var field in CivilStatusProfile.IdentifyingFields)
        {
            var unread = Profile.Profile.BlockingRules.Where(r => !r.Reads(field)).Select(r => r.Name).ToArray();
            Assert.True(unread.Length >= 3, $"{field}: only {unread.Length} rules do not read it ({string.Join(", ", unread)})");
        }
    }

    [Fact]
    public void Rules_NamesAreDistinctAndFieldsAreCompared()
    {
        var rules = Profile.Profile.BlockingRules;
        Assert.Equal(rules.Count, rules.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rules, r => Assert.All(r.Fields, f => Assert.Contains(f, Profile.Profile.Comparisons.Select(c => c.Name))));
    }

    [Fact]
    public void Keys_FieldARuleDoesNotRead_DoesNotChangeItsKeys()
    {
        // What a rule declares is what its key reads: emptying any other field leaves its keys as they were.
        var rules = Profile.Profile.BlockingRules;
        foreach (var record in Data.Records().Take(400))
        {
            var keys = Profile.Prepare(record).BlockingKeys.ToArray();
            foreach (var field in CivilStatusProfile.IdentifyingFields)
            {
                var without = Profile.Prepare(CivilStatusProfile.WithoutField(record, field)).BlockingKeys.ToArray();
                for (var r = 0; r < rules.Count; r++)
                {
                    if (!rules[r].Reads(field))
                    {
                        Assert.Equal(keys.Where(k => BlockingKey.Rule(k) == r + 1), without.Where(k => BlockingKey.Rule(k) == r + 1));
                    }
                }
            }
        }
    }

    [Fact]
    public void Keys_AnyOneFieldMissing_RecordStillSharesAKeyWithItself()
    {
        // A true pair whose only difference is one field left empty on one side is always blocked.
        foreach (var record in Data.Records().Where(r => r.BirthDate is { IsComplete: true } && r.BirthCommuneCode is not null).Take(400))
        {
            var keys = Profile.Prepare(record).BlockingKeys.ToArray();
            foreach (var field in CivilStatusProfile.IdentifyingFields)
            {
                var without = Profile.Prepare(CivilStatusProfile.WithoutField(record, field)).BlockingKeys.ToArray();
                Assert.True(without.AsSpan().ContainsAny(keys), $"{record.Id} without {field} shares no key with itself");
            }
        }
    }

    [Fact]
    public void FieldLoss_AnyOneFieldRemovedFromOneSideOfANoisyPair_MostTruePairsStillBlocked()
    {
        var records = Data.Records();
        var persons = Data.Truth.Values.Distinct().Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var labels = records.Select(r => persons[Data.Truth[r.Id]]).ToArray();
        var losses = BlockingAnalysis.FieldLoss(Profile, records, labels);
        Assert.Equal(CivilStatusProfile.IdentifyingFields, losses.Select(l => l.Field));
        Assert.All(losses, l =>
        {
            Assert.True(l.TruePairs > 500, l.ToString());
            Assert.True(l.RulesNotReadingIt >= 3, l.ToString());
            // The pairs already carry one to three corruptions; losing a whole field on top of them leaves most blocked.
            Assert.True(l.RecallCeiling >= 0.85, l.ToString());
        });
    }

    [Fact]
    public void WithoutField_UnknownField_ThrowsNamingTheFields()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CivilStatusProfile.WithoutField(new PersonRecord("x"), "sex"));
        Assert.Contains("surname, first_names, birth_date, birth_place", error.Message, StringComparison.Ordinal);
    }
}
