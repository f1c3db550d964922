using System.Collections.Immutable;
using System.Globalization;
using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Règle des mandats</i>: a condition a proxy must meet, with its article. Rules compose: a
/// <see cref="ProxyPolicy"/> applies all of them, in order, after the structural rules every proxy meets
/// (the giver is an absent member entitled to vote, gives one proxy only, the holder is present, entitled to
/// vote and gave none itself).
/// </summary>
public abstract record ProxyRule
{
    private protected ProxyRule(string name, LegalReference? reference)
    {
        Name = Guard.NotBlank(name);
        Reference = reference;
    }

    /// <summary>The rule, in a few words ("at most 2 proxies per holder").</summary>
    public string Name { get; }

    /// <summary>The article that states it, or null.</summary>
    public LegalReference? Reference { get; }

    /// <summary>At most <paramref name="cap"/> proxies per holder; proxies beyond it, in the order given (the order of deposit), are excluded.</summary>
    /// <param name="cap">The cap, 1 or more (Statuts USM, art. 15: 2; RI USM, art. 3-4: 5).</param>
    /// <param name="reference">The article.</param>
    /// <returns>The rule.</returns>
    public static ProxyRule CapPerHolder(int cap, LegalReference? reference) => new ProxyCapRule(Guard.Positive(cap), reference);

    /// <summary>
    /// Giver and holder belong to the same group (regional union), except givers in one of
    /// <paramref name="exemptCategories"/>, who may give a proxy to any member.
    /// </summary>
    /// <param name="exemptCategories">The categories exempted (RI USM, art. 3-4: auditeurs, outre-mer).</param>
    /// <param name="reference">The article.</param>
    /// <param name="groupless">
    /// How a giver of no group is treated: <see cref="GrouplessGiver.CannotGive"/> (default) or
    /// <see cref="GrouplessGiver.MayGiveToAnyMember"/>.
    /// </param>
    /// <returns>The rule.</returns>
    public static ProxyRule SameGroup(IEnumerable<string> exemptCategories, LegalReference? reference, GrouplessGiver groupless = GrouplessGiver.CannotGive) =>
        new SameGroupProxyRule([.. Guard.NoNullElements(exemptCategories)], reference, Guard.Defined(groupless));

    /// <summary>Checks one proxy.</summary>
    /// <param name="giver">The giver.</param>
    /// <param name="holder">The holder.</param>
    /// <param name="acceptedForHolder">How many proxies the holder already holds, accepted before this one.</param>
    /// <returns>Why the proxy breaks the rule, or null when it meets it.</returns>
    internal abstract string? Violation(Member giver, Member holder, int acceptedForHolder);

    private sealed record ProxyCapRule : ProxyRule
    {
        public ProxyCapRule(int cap, LegalReference? reference)
            : base("at most " + cap.ToString(CultureInfo.InvariantCulture) + " proxies per holder", reference)
        {
            Cap = cap;
        }

        public int Cap { get; }

        internal override string? Violation(Member giver, Member holder, int acceptedForHolder) =>
            acceptedForHolder >= Cap
                ? string.Create(CultureInfo.InvariantCulture, $"holder '{holder.Id}' already holds {acceptedForHolder} proxies; the cap is {Cap}")
                : null;
    }

    private sealed record SameGroupProxyRule : ProxyRule
    {
        public SameGroupProxyRule(ImmutableArray<string> exempt, LegalReference? reference, GrouplessGiver groupless)
            : base(
                (exempt.IsEmpty ? "giver and holder in the same group" : "giver and holder in the same group, except " + string.Join(", ", exempt))
                    + (groupless == GrouplessGiver.MayGiveToAnyMember ? "; a giver of no group may give to any member" : string.Empty),
                reference)
        {
            Exempt = exempt;
            Groupless = groupless;
        }

        public ImmutableArray<string> Exempt { get; }

        public GrouplessGiver Groupless { get; }

        internal override string? Violation(Member giver, Member holder, int acceptedForHolder)
        {
            if (Exempt.Any(giver.IsIn) || (giver.Group is not null && giver.Group == holder.Group)
                || (giver.Group is null && Groupless == GrouplessGiver.MayGiveToAnyMember))
            {
                return null;
            }

            return giver.Group is null
                ? "giver '" + giver.Id + "' belongs to no group and so cannot be in the same group as holder '" + holder.Id + "' (" + (holder.Group ?? "no group") + ")"
                : "giver '" + giver.Id + "' (" + giver.Group + ") and holder '" + holder.Id + "' (" + (holder.Group ?? "no group") + ") are not in the same group";
        }
    }
}
