using System.Globalization;
using System.Text.Json;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Validation;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation.Input;

/// <summary>
/// <i>Lecture des données de la localisation</i>: reads the JSON input of an allocation (documented in
/// docs/allocation.md) and validates it. Every problem is reported with the court (or criterion, bracket) and the field:
/// a wrong type, a missing field, then every rule of <see cref="AllocationRequestValidator"/>. Extra fields are allowed
/// and ignored. Defaults: weight 1, perMagistrate true, direction descending, specialized 0, parquetMagistrates 0,
/// populationGrowth 0, previousPosts 0, maxPosts absent or null = no cap, eligible true, tieConvention competition,
/// specializedShare the 2000 table, specializedShareBasis sizeBeforeEachPost, populationGrowthCondition tieBreakOnly. O(size of the input).
/// </summary>
public static class AllocationInputReader
{
    /// <summary>Reads and validates a JSON document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="postsOverride">A number of posts that replaces the document's <c>posts</c> (the CLI's <c>--posts</c>), or null.</param>
    /// <returns>The validated problem, or every error.</returns>
    public static AllocationValidation Read(string json, int? postsOverride = null)
    {
        Guard.NotNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return AllocationValidation.Invalid([new AllocationInputError("input", ex.Path ?? "$", "is not valid JSON: " + ex.Message)]);
        }

        using (document)
        {
            var errors = new List<AllocationInputError>();
            var request = ReadRequest(document.RootElement, postsOverride, errors);
            if (request is null)
            {
                return AllocationValidation.Invalid(errors);
            }

            var validation = AllocationRequestValidator.Validate(request);
            if (errors.Count == 0)
            {
                return validation;
            }

            // A field the reader could not read is reported once, not again by the validator (as missing or zero).
            var reported = errors.ToList();
            errors.AddRange(validation.Errors.Where(e => !reported.Exists(r => r.Item == e.Item
                && (r.Field == e.Field || r.Field.StartsWith(e.Field + "[", StringComparison.Ordinal) || r.Field.StartsWith(e.Field + ".", StringComparison.Ordinal)))));
            return AllocationValidation.Invalid(errors);
        }
    }

    private static AllocationRequest? ReadRequest(JsonElement root, int? postsOverride, List<AllocationInputError> errors)
    {
        const string Item = "request";
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(Item, "$", "must be a JSON object with posts, criteria and courts"));
            return null;
        }

        var fields = new Fields(root, Item, errors);
        var posts = postsOverride ?? fields.Int("posts");
        if (posts is null && postsOverride is null && !root.TryGetProperty("posts", out _))
        {
            errors.Add(new(Item, "posts", "is missing (or pass --posts)"));
        }

        var convention = fields.Enum("tieConvention", TieConvention.Competition);
        var shareBasis = fields.Enum("specializedShareBasis", SpecializedShareBasis.SizeBeforeEachPost);
        var growthCondition = fields.Enum("populationGrowthCondition", PopulationGrowthCondition.TieBreakOnly);
        var criteria = ReadArray(root, "criteria", Item, errors, ReadCriterion);
        var table = root.TryGetProperty("specializedShare", out var share) && share.ValueKind != JsonValueKind.Null
            ? new SpecializedShareTable(ReadArray(root, "specializedShare", Item, errors, ReadBracket).Select(b => b.Bracket).ToList())
            : SpecializedShareTable.Circular2000;
        var courts = ReadArray(root, "courts", Item, errors, (element, index, list) => ReadCourt(element, index, list, criteria));
        if (!root.TryGetProperty("criteria", out _) || !root.TryGetProperty("courts", out _))
        {
            return null;
        }

        return new AllocationRequest(posts ?? 0, criteria, courts) { TieConvention = convention, SpecializedShare = table, SpecializedShareBasis = shareBasis, PopulationGrowthCondition = growthCondition };
    }

    private static List<T> ReadArray<T>(JsonElement root, string name, string item, List<AllocationInputError> errors, Func<JsonElement, int, List<AllocationInputError>, T?> read)
        where T : class
    {
        var result = new List<T>();
        if (!root.TryGetProperty(name, out var array))
        {
            errors.Add(new(item, name, "is missing"));
            return result;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new(item, name, "must be an array"));
            return result;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (read(element, index, errors) is { } value)
            {
                result.Add(value);
            }

            index++;
        }

        return result;
    }

    private static Criterion? ReadCriterion(JsonElement element, int index, List<AllocationInputError> errors)
    {
        var item = Invariant($"criterion #{index + 1}");
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(item, "$", "must be an object with an id"));
            return null;
        }

        var id = new Fields(element, item, errors).String("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(new(item, "id", "is missing: a criterion needs a non-empty id"));
            return null;
        }

        var fields = new Fields(element, "criterion '" + id + "'", errors);
        return new Criterion(id)
        {
            Weight = fields.Decimal("weight") ?? 1m,
            PerMagistrate = fields.Bool("perMagistrate") ?? true,
            Direction = fields.Enum("direction", RankDirection.Descending),
        };
    }

    private static BracketBox? ReadBracket(JsonElement element, int index, List<AllocationInputError> errors)
    {
        var item = "specializedShare";
        var field = Invariant($"[{index}]");
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(item, field, "must be an object with maxSeatCount and percent"));
            return null;
        }

        var fields = new Fields(element, item, errors, field + ".");
        var percent = fields.Int("percent");
        if (percent is null)
        {
            errors.Add(new(item, field + ".percent", "is missing"));
            return null;
        }

        return new BracketBox(new SpecializedShareBracket(fields.Int("maxSeatCount"), percent.Value));
    }

    private static Court? ReadCourt(JsonElement element, int index, List<AllocationInputError> errors, IReadOnlyList<Criterion> criteria)
    {
        var fallback = Invariant($"court #{index + 1}");
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(fallback, "$", "must be an object"));
            return null;
        }

        var id = new Fields(element, fallback, errors).String("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(new(fallback, "id", "is missing: a court needs a non-empty id"));
            return null;
        }

        var item = "court '" + id + "'";
        var fields = new Fields(element, item, errors);
        var nonSpecialized = fields.Int("nonSpecialized");
        if (nonSpecialized is null && !element.TryGetProperty("nonSpecialized", out _))
        {
            errors.Add(new(item, "nonSpecialized", "is missing: the budgeted non-specialised siège headcount is required"));
        }

        var values = new Dictionary<string, IReadOnlyList<decimal>>(StringComparer.Ordinal);
        if (element.TryGetProperty("values", out var statistics) && statistics.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in statistics.EnumerateObject())
            {
                var years = ReadYears(property, item, errors);
                if (years is not null)
                {
                    values[property.Name] = years;
                }
            }
        }
        else if (element.TryGetProperty("values", out statistics) && statistics.ValueKind != JsonValueKind.Null)
        {
            errors.Add(new(item, "values", "must be an object: criterion id → array of yearly values"));
        }

        return new Court(id, fields.String("name") ?? id, values, nonSpecialized ?? 0, fields.Int("specialized") ?? 0)
        {
            Kind = fields.Enum("kind", CourtKind.TribunalJudiciaire),
            AppealCourtId = fields.String("appealCourtId"),
            Department = fields.String("department"),
            ParquetMagistrates = fields.Int("parquetMagistrates") ?? 0,
            PopulationGrowth = fields.Decimal("populationGrowth") ?? 0m,
            PreviousPosts = fields.Int("previousPosts") ?? 0,
            MaxPosts = fields.Int("maxPosts"),
            Eligible = fields.Bool("eligible") ?? true,
        };
    }

    private static decimal[]? ReadYears(JsonProperty property, string item, List<AllocationInputError> errors)
    {
        var field = "values." + property.Name;
        if (property.Value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new(item, field, "must be an array of yearly values"));
            return null;
        }

        var years = new decimal[property.Value.GetArrayLength()];
        var y = 0;
        var ok = true;
        foreach (var value in property.Value.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out years[y]))
            {
                errors.Add(new(item, Invariant($"{field}[{y}]"), "must be a finite number (was " + value.GetRawText() + ")"));
                ok = false;
            }

            y++;
        }

        return ok ? years : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A reference box so that brackets (a struct) go through the shared array reader.</summary>
    private sealed record BracketBox(SpecializedShareBracket Bracket);

    /// <summary>Typed reads of optional fields of one JSON object, reporting wrong types against the item.</summary>
    private readonly struct Fields(JsonElement element, string item, List<AllocationInputError> errors, string prefix = "")
    {
        public string? String(string name) =>
            Read(name, JsonValueKind.String, "a string", e => e.GetString());

        public bool? Bool(string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? value.GetBoolean()
                : Read<bool?>(name, JsonValueKind.True, "true or false", _ => null);

        public int? Int(string name) =>
            Read(name, JsonValueKind.Number, "a whole number", e => e.TryGetInt32(out var v) ? v : (int?)null, mustSucceed: true);

        public decimal? Decimal(string name) =>
            Read(name, JsonValueKind.Number, "a finite number", e => e.TryGetDecimal(out var v) ? v : (decimal?)null, mustSucceed: true);

        public TEnum Enum<TEnum>(string name, TEnum fallback)
            where TEnum : struct, System.Enum
        {
            var text = String(name);
            if (text is null)
            {
                return fallback;
            }

            if (System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !text.Any(char.IsDigit))
            {
                return parsed;
            }

            errors.Add(new(item, prefix + name, "must be one of " + string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..])) + " (was \"" + text + "\")"));
            return fallback;
        }

        private T? Read<T>(string name, JsonValueKind kind, string expected, Func<JsonElement, T?> read, bool mustSucceed = false)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return default;
            }

            if (value.ValueKind == kind)
            {
                var result = read(value);
                if (!mustSucceed || result is not null)
                {
                    return result;
                }
            }

            errors.Add(new(item, prefix + name, "must be " + expected + " (was " + value.GetRawText() + ")"));
            return default;
        }
    }
}
