using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Tests.Architecture;

/// <summary>The namespaces of Justice.Domain.Identity are the stages of one pipeline: data flows one way between them.</summary>
public sealed class NamespaceDependencyTests
{
    private const string Root = "Justice.Domain.Identity";

    [Fact]
    public void IdentityNamespaces_NoTwoReachEachOther()
    {
        var graph = NamespaceReferences.Of(typeof(PersonRecord).Assembly, Root);
        var cycles = NamespaceReferences.Cycles(graph);

        Assert.True(cycles.Count == 0, "namespaces that reference each other (directly or through others):\n" + string.Join(
            "\n",
            cycles.Select(group => string.Join(" <-> ", group) + "\n  " + string.Join(
                "\n  ",
                group.Select(ns => ns + " -> " + string.Join(", ", graph[ns].Where(group.Contains).Order(StringComparer.Ordinal)))))));
    }

    [Fact]
    public void Of_TestAssembly_SeesACallInAMethodBody()
    {
        // Only the body of Probe.Calls uses Target: the reader must find IL references, not only signatures.
        var graph = NamespaceReferences.Of(typeof(NamespaceDependencyTests).Assembly, "Justice.Domain.Identity.Tests.Architecture.Probe");

        Assert.Contains("Justice.Domain.Identity.Tests.Architecture.Probe.Target", graph["Justice.Domain.Identity.Tests.Architecture.Probe.Caller"]);
        Assert.Equal(["Justice.Domain.Identity.Tests.Architecture.Probe.Caller", "Justice.Domain.Identity.Tests.Architecture.Probe.Target"], Assert.Single(NamespaceReferences.Cycles(graph)));
    }
}
