using Justice.Domain.Identity.Tests.Architecture.Probe.Caller;

namespace Justice.Domain.Identity.Tests.Architecture.Probe.Target;

/// <summary>Calls back into <see cref="ProbeCaller"/>: the two probe namespaces form a cycle the reader must report.</summary>
internal static class ProbeTarget
{
    public static int Answer() => ProbeCaller.Constant() * 41;
}
