using Justice.Domain.Allocation.Input;
using Justice.Domain.Allocation.Model;

namespace Justice.Domain.Allocation.Tests.Mutation;

/// <summary>
/// Each error of <see cref="AllocationInputReader"/> names the item, the field and what was expected, once: wrong
/// shapes of arrays, objects and values, enum texts, and the errors the validator would repeat.
/// </summary>
public class InputReaderErrorTests
{
    private const string Court = """{ "id": "T1", "nonSpecialized": 1, "values": { "k": [1] } }""";

    private static IReadOnlyList<Justice.Domain.Allocation.Validation.AllocationInputError> Errors(string json) => AllocationInputReader.Read(json).Errors;

    [Fact]
    public void CriteriaAndCourtsNotArrays_SaySo_AndNothingElse()
    {
        var errors = Errors("""{ "posts": 1, "criteria": { "id": "k" }, "courts": 3 }""");
        Assert.Equal([("request", "criteria", "must be an array"), ("request", "courts", "must be an array")], errors.Select(e => (e.Item, e.Field, e.Message)));
    }

    [Fact]
    public void CriteriaOrCourtsMissing_NamedAndNoRequestBuilt()
    {
        var errors = Errors("""{ "posts": 1, "courts": [] }""");
        var error = Assert.Single(errors);
        Assert.Equal(("request", "criteria", "is missing"), (error.Item, error.Field, error.Message));
        Assert.False(AllocationInputReader.Read("""{ "posts": 1, "criteria": [] }""").IsValid);
        Assert.Contains(Errors("""{ "posts": 1, "criteria": [] }"""), e => e.Field == "courts" && e.Message == "is missing");
    }

    [Fact]
    public void ElementsOfTheWrongKind_NamedByPosition()
    {
        var errors = Errors("{ \"posts\": 1, \"criteria\": [ 5, { \"id\": \"k\" } ], \"specializedShare\": [ 7, { \"percent\": 2 } ], \"courts\": [ \"x\", " + Court + " ] }");
        Assert.Contains(errors, e => (e.Item, e.Field, e.Message) == ("criterion #1", "$", "must be an object with an id"));
        Assert.Contains(errors, e => (e.Item, e.Field, e.Message) == ("specializedShare", "[0]", "must be an object with maxSeatCount and percent"));
        Assert.Contains(errors, e => (e.Item, e.Field, e.Message) == ("court #1", "$", "must be an object"));
    }

    [Fact]
    public void ValuesNotAnObjectOrYearsNotAnArray_NameTheCourtAndCriterion()
    {
        var errors = Errors("""
            { "posts": 1, "criteria": [ { "id": "k" } ],
              "courts": [ { "id": "T1", "nonSpecialized": 1, "values": [1] },
                          { "id": "T2", "nonSpecialized": 1, "values": { "k": 4 } } ] }
            """);
        Assert.Contains(errors, e => (e.Item, e.Field) == ("court 'T1'", "values") && e.Message.StartsWith("must be an object", StringComparison.Ordinal));
        Assert.Contains(errors, e => (e.Item, e.Field, e.Message) == ("court 'T2'", "values.k", "must be an array of yearly values"));

        // The validator's "is missing" for the same field is not repeated.
        Assert.Single(errors, e => e.Item == "court 'T2'");
        Assert.Single(errors, e => e.Item == "court 'T1'");
    }

    [Fact]
    public void NullValuesAndNullTable_TakenAsAbsent()
    {
        var validation = AllocationInputReader.Read("""
            { "posts": 1, "specializedShare": null, "criteria": [ { "id": "k", "weight": null } ],
              "courts": [ { "id": "T1", "nonSpecialized": 1, "maxPosts": null, "values": { "k": [1] } } ] }
            """);
        Assert.True(validation.IsValid, validation.Describe());
        var request = validation.Problem!.Request;
        Assert.Same(SpecializedShareTable.Circular2000, request.SpecializedShare);
        Assert.Equal(1m, request.Criteria[0].Weight);
        Assert.Null(request.Courts[0].MaxPosts);
    }

    [Fact]
    public void WrongScalarTypes_NameTheExpectedKindAndTheRawValue()
    {
        var errors = Errors("""
            { "posts": 1.5, "criteria": [ { "id": "k", "weight": "2", "perMagistrate": 1, "direction": 3 } ],
              "courts": [ { "id": "T1", "name": 4, "nonSpecialized": 1, "values": { "k": [1] } } ] }
            """);
        Assert.Contains(errors, e => (e.Item, e.Field, e.Message) == ("request", "posts", "must be a whole number (was 1.5)"));
        Assert.Contains(errors, e => (e.Item, e.Field, e.Message) == ("criterion 'k'", "weight", "must be a finite number (was \"2\")"));
        Assert.Contains(errors, e => (e.Item, e.Field, e.Message) == ("criterion 'k'", "perMagistrate", "must be true or false (was 1)"));
        Assert.Contains(errors, e => (e.Item, e.Field, e.Message) == ("criterion 'k'", "direction", "must be a string (was 3)"));
        Assert.Contains(errors, e => (e.Item, e.Field, e.Message) == ("court 'T1'", "name", "must be a string (was 4)"));

        // A posts field that cannot be read is reported once, not again as missing.
        Assert.Single(errors, e => e.Field == "posts");
    }

    [Theory]
    [InlineData("ascending", RankDirection.Ascending)]
    [InlineData("DESCENDING", RankDirection.Descending)]
    public void EnumText_IgnoresCase(string text, RankDirection expected)
    {
        var validation = AllocationInputReader.Read("{ \"posts\": 1, \"criteria\": [ { \"id\": \"k\", \"direction\": \"" + text + "\" } ], \"courts\": [ " + Court + " ] }");
        Assert.Equal(expected, validation.GetProblemOrThrow().Request.Criteria[0].Direction);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("descending1")]
    [InlineData("sideways")]
    public void EnumText_NumbersAndUnknownWords_Refused(string text)
    {
        var error = Assert.Single(Errors("{ \"posts\": 1, \"criteria\": [ { \"id\": \"k\", \"direction\": \"" + text + "\" } ], \"courts\": [ " + Court + " ] }"));
        Assert.Equal(("criterion 'k'", "direction"), (error.Item, error.Field));
        Assert.Equal("must be one of descending, ascending (was \"" + text + "\")", error.Message);
    }

    [Fact]
    public void BracketField_NamedWithItsPosition()
    {
        var error = Assert.Single(Errors("{ \"posts\": 1, \"specializedShare\": [ { \"percent\": 5 }, { \"maxSeatCount\": \"x\", \"percent\": 2 } ], \"criteria\": [ { \"id\": \"k\" } ], \"courts\": [ " + Court + " ] }"),
            e => e.Field.StartsWith("[1]", StringComparison.Ordinal));
        Assert.Equal(("specializedShare", "[1].maxSeatCount"), (error.Item, error.Field));
        Assert.Equal("must be a whole number (was \"x\")", error.Message);
    }

    [Fact]
    public void PostsOverride_StandsForAMissingPosts()
    {
        var json = "{ \"criteria\": [ { \"id\": \"k\" } ], \"courts\": [ " + Court + " ] }";
        Assert.Equal(3, AllocationInputReader.Read(json, 3).GetProblemOrThrow().Posts);
        var error = Assert.Single(Errors(json));
        Assert.Equal(("request", "posts", "is missing (or pass --posts)"), (error.Item, error.Field, error.Message));
    }

    [Fact]
    public void InvalidJson_NamesThePath()
    {
        var error = Assert.Single(Errors("{ \"posts\": 1, \"criteria\": [ { \"id\": } ] }"));
        Assert.Equal("input", error.Item);
        Assert.StartsWith("$", error.Field, StringComparison.Ordinal);
        Assert.StartsWith("is not valid JSON: ", error.Message, StringComparison.Ordinal);
    }
}
