using FsCheck.Xunit;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Places;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;
using Justice.Domain.Identity.Text;
using static Justice.Domain.Identity.Tests.People;

namespace Justice.Domain.Identity.Tests.Comparison;

/// <summary>
/// <see cref="CivilStatusProfile.WritePrepared"/> and <see cref="CivilStatusProfile.TryReadPrepared"/>: a prepared
/// record read back from its form is the record the profile prepared; a form of another profile, a cut or altered
/// form is refused without an exception, so its reader prepares the document instead.
/// </summary>
public sealed class PreparedFormTests
{
    private static readonly CivilStatusProfile Profile = CivilStatusProfile.Default;

    [Property]
    public Property WriteThenRead_RandomRecords_SamePreparedRecord() =>
        Prop.ForAll(CivilStatusPreparerTests.Record.ToArbitrary(), record =>
        {
            var prepared = Profile.Prepare(record);
            Assert.True(Profile.TryReadPrepared(Profile.WritePrepared(prepared), out var read));
            CivilStatusPreparerTests.AssertSame(prepared, read);
            Assert.Equal(prepared.Completeness, read.Completeness);
        });

    [Fact]
    public void WriteThenRead_SyntheticRecords_SameRecordsAndWeights()
    {
        var records = new SyntheticGenerator().Generate(2_000, 5).Records();
        var preparer = new CivilStatusPreparer(Profile);
        var prepared = records.Select(preparer.Prepare).ToArray();
        var read = prepared.Select(p => Profile.TryReadPrepared(Profile.WritePrepared(p), out var r) ? r : throw new InvalidOperationException("not read")).ToArray();
        var matcher = IdentityMatcher.Create(Profile.Profile, MatchModel.Initial(Profile.Profile));
        for (var i = 0; i < prepared.Length; i++)
        {
            CivilStatusPreparerTests.AssertSame(prepared[i], read[i]);
            var j = (i * 7919) % prepared.Length;
            Assert.Equal(matcher.Score(prepared[i], prepared[j]).Weight, matcher.Score(read[i], read[j]).Weight);
        }
    }

    [Fact]
    public void TryRead_FormOfAnotherProfile_Refused()
    {
        var form = Profile.WritePrepared(Profile.Prepare(Person("a", "Dupont", "Jean", "1970-03-12")))!;

        Assert.False(CivilStatusProfile.WithoutNameEditRules.TryReadPrepared(form, out var read));
        Assert.Null(read);
        Assert.True(CivilStatusProfile.WithoutNameEditRules.TryReadPrepared(
            CivilStatusProfile.WithoutNameEditRules.WritePrepared(CivilStatusProfile.WithoutNameEditRules.Prepare(Person("a", "Dupont", "Jean", "1970-03-12"))), out _));
    }

    [Fact]
    public void WritePrepared_ProfileOnAnotherNormalizer_NoForm()
    {
        var custom = new CivilStatusProfile(new FrenchNameNormalizer(["de"], ["inconnu"]), CommuneDirectory.Default);
        var prepared = custom.Prepare(Person("a", "Dupont", "Jean", "1970-03-12"));

        Assert.Null(custom.WritePrepared(prepared));
        Assert.False(custom.TryReadPrepared(Profile.WritePrepared(prepared), out _));
    }

    [Fact]
    public void TryRead_EveryCutAndEveryAlteredByte_NoException()
    {
        var form = Profile.WritePrepared(Profile.Prepare(Person("a", "de La Fontaine", "Jean-Pierre,Éloïse", "1970-03-12", sex: Sex.Male)))!;
        for (var length = 0; length < form.Length; length++)
        {
            Assert.False(Profile.TryReadPrepared(form.AsSpan(0, length), out _));
        }

        Assert.False(Profile.TryReadPrepared([.. form, 0], out _));
        for (var i = 0; i < form.Length; i++)
        {
            var altered = form.ToArray();
            altered[i] ^= 0xFF;

            // A changed byte is refused or read as some record: never an exception.
            _ = Profile.TryReadPrepared(altered, out _);
        }
    }

    [Property]
    public Property TryRead_RandomBytesAfterAValidHeader_NoException()
    {
        var header = Profile.WritePrepared(Profile.Prepare(Person("a", "Dupont", "Jean", "1970-03-12")))![..9];
        return Prop.ForAll(Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().ToArbitrary(), tail =>
        {
            // Refused or read as some record: never an exception, whatever the counts and strings say.
            _ = Profile.TryReadPrepared([.. header, .. tail], out _);
        });
    }

    [Theory]
    [InlineData(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, 0)]
    [InlineData(1, 0, 0, 0, 50, 1)]
    [InlineData(1, 0, 1, 2, 0, 1)]
    [InlineData(0, 0, 3, 0, 0, 3)]
    [InlineData(1000, 0, 0, 0, 0, 1000)]
    [InlineData(2000, 0, 0, 0, 0, 2000)]
    public void TryRead_CountsNoPreparationGives_Refused(int primary, int secondary, int tokens, int phonetic, int codes, int strings)
    {
        // A valid header, then a name slot whose counts break the shape of prepared names (or whose forms are empty).
        var header = Profile.WritePrepared(Profile.Prepare(Person("a", "Dupont", "Jean", "1970-03-12")))![..9];
        var form = new List<byte>(header) { 1, (byte)'a', 2 };
        foreach (var count in new[] { primary, secondary, tokens, phonetic, codes })
        {
            for (var value = (uint)count; ; value >>= 7)
            {
                form.Add(value >= 0x80 ? unchecked((byte)(value | 0x80)) : (byte)value);
                if (value < 0x80)
                {
                    break;
                }
            }
        }

        form.AddRange(Enumerable.Repeat((byte)0, strings));

        Assert.False(Profile.TryReadPrepared(form.ToArray(), out var read));
        Assert.Null(read);
    }

    [Fact]
    public void WriteThenRead_LoneSurrogate_AsTheStoredDocumentGivesIt()
    {
        var record = Person("a\uD800", "Du\uDC00pont", "Jean", "1970-03-12") with { BirthCommuneName = "Par\uD800is" };
        var document = System.Text.Json.JsonSerializer.Serialize(record, Serialization.IdentityJsonContext.Default.PersonRecord);
        var stored = System.Text.Json.JsonSerializer.Deserialize(document, Serialization.IdentityJsonContext.Default.PersonRecord)!;

        var form = Profile.WritePrepared(Profile.Prepare(record));

        Assert.True(Profile.TryReadPrepared(form, out var read));
        CivilStatusPreparerTests.AssertSame(Profile.Prepare(stored), read);
    }

    [Fact]
    public void WritePrepared_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Profile.WritePrepared(null!));
}
