using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests;

/// <summary>The worked example of docs/allocation.md (also docs/allocation/example.json): four courts, two criteria, four posts.</summary>
internal static class WorkedExample
{
    public const string Json = """
        {
          "posts": 4,
          "tieConvention": "competition",
          "criteria": [
            { "id": "civil_flow", "weight": 1, "perMagistrate": true, "direction": "descending" },
            { "id": "criminal_flow" }
          ],
          "courts": [
            { "id": "TJ-A", "name": "A", "nonSpecialized": 5, "specialized": 25, "populationGrowth": 0.01,
              "values": { "civil_flow": [1400, 1500, 1550, 1550], "criminal_flow": [700, 750, 800, 750] } },
            { "id": "TJ-B", "name": "B", "nonSpecialized": 10, "specialized": 4, "populationGrowth": 0.03,
              "values": { "civil_flow": [1900, 2000, 2100, 2000], "criminal_flow": [1250, 1300, 1342, 1292] } },
            { "id": "TJ-C", "name": "C", "nonSpecialized": 4, "specialized": 2, "populationGrowth": 0.02,
              "values": { "civil_flow": [800, 850, 880, 854], "criminal_flow": [470, 460, 480, 470] } },
            { "id": "TJ-D", "name": "D", "nonSpecialized": 20, "specialized": 10,
              "values": { "civil_flow": [3300, 3400, 3360, 3380], "criminal_flow": [1700, 1660, 1680, 1680] } }
          ]
        }
        """;

    public static AllocationRequest Request()
    {
        Criterion[] criteria = [new("civil_flow"), new("criminal_flow")];
        Court[] courts =
        [
            Court("TJ-A", 5, 25, 0.01m, [1400, 1500, 1550, 1550], [700, 750, 800, 750]),
            Court("TJ-B", 10, 4, 0.03m, [1900, 2000, 2100, 2000], [1250, 1300, 1342, 1292]),
            Court("TJ-C", 4, 2, 0.02m, [800, 850, 880, 854], [470, 460, 480, 470]),
            Court("TJ-D", 20, 10, 0m, [3300, 3400, 3360, 3380], [1700, 1660, 1680, 1680]),
        ];
        return new AllocationRequest(4, criteria, courts);
    }

    public static AllocationProblem Problem() => AllocationRequestValidator.Validate(Request()).GetProblemOrThrow();

    /// <summary>The worked example's request with the court <paramref name="id"/> changed by <paramref name="change"/>.</summary>
    public static AllocationRequest WithCourt(string id, Func<Court, Court> change)
    {
        var request = Request();
        return request with { Courts = request.Courts.Select(c => c.Id == id ? change(c) : c).ToArray() };
    }

    /// <summary>The values of <paramref name="court"/> with those of <paramref name="criterion"/> replaced.</summary>
    public static Dictionary<string, IReadOnlyList<decimal>> WithValues(Court court, string criterion, decimal[] values)
    {
        var copy = court.Values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        copy[criterion] = values;
        return copy;
    }

    private static Court Court(string id, int nonSpecialized, int specialized, decimal growth, decimal[] civil, decimal[] criminal) =>
        new(id, id[3..], new Dictionary<string, IReadOnlyList<decimal>> { ["civil_flow"] = civil, ["criminal_flow"] = criminal }, nonSpecialized, specialized)
        {
            PopulationGrowth = growth,
        };
}
