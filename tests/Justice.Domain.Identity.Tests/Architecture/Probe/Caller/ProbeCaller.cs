using Justice.Domain.Identity.Tests.Architecture.Probe.Target;

namespace Justice.Domain.Identity.Tests.Architecture.Probe.Caller;

/// <summary>Uses <see cref="ProbeTarget"/> only inside a method body, so that the namespace reader is seen to read IL.</summary>
internal static class ProbeCaller
{
    public static int Calls() => ProbeTarget.Answer() + 1;

    public static int Constant() => 1;
}
