using System.Text.Json.Serialization;

namespace Justice.Samples.Deliberation;

/// <summary>The JSON scenario of <c>justice deliberate</c> (schema in docs/deliberation.md).</summary>
internal sealed class Scenario
{
    public string Body { get; set; } = "assembly";

    public string Date { get; set; } = "2026-01-01";

    public string? InquorateMeetingDate { get; set; }

    public List<ScenarioMember> Members { get; set; } = [];

    public List<string> Present { get; set; } = [];

    public List<ScenarioProxy> Proxies { get; set; } = [];

    public ScenarioRules? Rules { get; set; }

    public List<ScenarioMotion> Motions { get; set; } = [];
}

/// <summary>A member of the scenario.</summary>
internal sealed class ScenarioMember
{
    public string Id { get; set; } = string.Empty;

    public string Voice { get; set; } = "deliberative";

    public bool Chair { get; set; }

    public string? Group { get; set; }

    public List<string> Categories { get; set; } = [];

    public bool DuesUpToDate { get; set; } = true;
}

/// <summary>A proxy of the scenario.</summary>
internal sealed class ScenarioProxy
{
    public string Giver { get; set; } = string.Empty;

    public string Holder { get; set; } = string.Empty;
}

/// <summary>The rules of the scenario.</summary>
internal sealed class ScenarioRules
{
    public ScenarioQuorum? Quorum { get; set; }

    public ScenarioMajority? Majority { get; set; }

    public ScenarioProxies? Proxies { get; set; }

    public ScenarioTie? Tie { get; set; }

    public bool VotersMustBeUpToDateWithDues { get; set; }

    public string? VotersArticle { get; set; }
}

/// <summary>The quorum rule of the scenario.</summary>
internal sealed class ScenarioQuorum
{
    public string? Base { get; set; }

    public string? Threshold { get; set; }

    public string? Counting { get; set; }

    public string? Article { get; set; }

    public int? ReconvenedAfterDays { get; set; }

    public string? ReconvenedArticle { get; set; }
}

/// <summary>The majority rule of the scenario.</summary>
internal sealed class ScenarioMajority
{
    public string? Base { get; set; }

    public string? Threshold { get; set; }

    public string? Article { get; set; }
}

/// <summary>The proxy policy of the scenario.</summary>
internal sealed class ScenarioProxies
{
    public string? Article { get; set; }

    public int? CapPerHolder { get; set; }

    public string? CapArticle { get; set; }

    public bool SameGroup { get; set; }

    public List<string> ExemptCategories { get; set; } = [];

    public string? SameGroupArticle { get; set; }
}

/// <summary>The tie rule of the scenario.</summary>
internal sealed class ScenarioTie
{
    public string? Rule { get; set; }

    public string? Article { get; set; }

    public long? Seed { get; set; }

    public string? Entropy { get; set; }
}

/// <summary>A motion of the scenario.</summary>
internal sealed class ScenarioMotion
{
    public string Title { get; set; } = string.Empty;

    public int Yes { get; set; }

    public int No { get; set; }

    public int Abstentions { get; set; }

    public int Blank { get; set; }

    public int Spoiled { get; set; }

    public string? ChairVote { get; set; }
}

/// <summary>Source-generated JSON metadata of the scenario (camelCase, comments and trailing commas allowed).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(Scenario))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext
{
}
