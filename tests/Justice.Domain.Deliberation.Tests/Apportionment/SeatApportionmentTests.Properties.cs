using FsCheck.Xunit;
using System.Text.Json;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Serialization;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Deliberation.Tests.Apportionment;

public partial class SeatApportionmentTests
{
    private static readonly ApportionmentMethod[] AllMethods = Enum.GetValues<ApportionmentMethod>();

    private static readonly ApportionmentMethod[] DivisorMethods =
        [ApportionmentMethod.DHondt, ApportionmentMethod.SainteLague, ApportionmentMethod.HuntingtonHill];

    private static Arbitrary<(long[] Votes, int Seats)> Elections(int maxVotes = 10_000) => ElectionGen(maxVotes).ToArbitrary();

    private static Gen<(long[] Votes, int Seats)> ElectionGen(int maxVotes = 10_000) =>
        Gen.Choose(0, maxVotes).ArrayOf().Where(v => v.Length is > 0 and <= 12 && v.Any(x => x > 0))
            .Select(v => v.Select(x => (long)x).ToArray())
            .Zip(Gen.Choose(0, 40));

    private static ListVotes[] Named(long[] votes) => votes.Select((v, i) => new ListVotes("L" + i, v)).ToArray();

    private static int[] Seats(ApportionmentOutcome outcome) => outcome.Lists.Select(l => l.Seats).ToArray();

    private static TieBreakChain Lot(int seed) => TieBreakChain.MostVotesThenLot(DrawingOfLots.Seeded(seed));

    [Property]
    public Property Apportion_AnyMethod_SeatsSumToTheSeatsToFill()
    {
        return Prop.ForAll(Elections(), input =>
            AllMethods.All(m =>
            {
                var outcome = SeatApportionment.Apportion(m, input.Seats, Named(input.Votes), Lot(1));
                return outcome.IsComplete && outcome.Lists.Sum(l => l.Seats) == input.Seats;
            }));
    }

    [Property]
    public Property Apportion_AnyMethod_DoesNotDependOnListOrder()
    {
        return Prop.ForAll(Elections(20), input =>
            AllMethods.All(m =>
            {
                var lists = Named(input.Votes);
                var forward = SeatApportionment.Apportion(m, input.Seats, lists, Lot(9));
                var backward = SeatApportionment.Apportion(m, input.Seats, lists.Reverse(), Lot(9));
                return lists.All(l => forward.SeatsOf(l.Name) == backward.SeatsOf(l.Name));
            }));
    }

    [Property]
    public Property Apportion_ScalingAllVotes_ChangesNothingAbsentTies()
    {
        // The Droop quota ⌊V/(S+1)⌋ + 1 is not proportional to the votes, so Droop is not scale-invariant and is left out.
        var arb = ElectionGen().Zip(Gen.Choose(2, 50)).ToArbitrary();
        return Prop.ForAll(arb, input =>
            AllMethods.Where(m => m != ApportionmentMethod.LargestRemainderDroop).All(m =>
            {
                var ((votes, seats), k) = input;
                var plain = SeatApportionment.Apportion(m, seats, Named(votes), TieBreakChain.Unresolved);
                var scaled = SeatApportionment.Apportion(m, seats, Named(votes.Select(v => v * k).ToArray()), TieBreakChain.Unresolved);
                return !plain.Ties.IsEmpty || Seats(plain).SequenceEqual(Seats(scaled));
            }));
    }

    [Property]
    public Property Apportion_LargestRemainderHare_SatisfiesQuota()
    {
        return Prop.ForAll(Elections(), input =>
        {
            var outcome = SeatApportionment.Apportion(ApportionmentMethod.LargestRemainderHare, input.Seats, Named(input.Votes), Lot(2));
            var total = input.Votes.Sum();
            return outcome.Lists.All(l =>
            {
                var lower = l.Votes * input.Seats / total;
                var upper = (l.Votes * input.Seats % total) == 0 ? lower : lower + 1;
                return l.Seats == lower || l.Seats == upper;
            });
        });
    }

    [Property]
    public Property Apportion_DivisorMethods_AreHouseMonotone()
    {
        return Prop.ForAll(Elections(), input =>
            DivisorMethods.All(m =>
            {
                var smaller = SeatApportionment.Apportion(m, input.Seats, Named(input.Votes), TieBreakChain.Unresolved);
                var larger = SeatApportionment.Apportion(m, input.Seats + 1, Named(input.Votes), TieBreakChain.Unresolved);
                return !smaller.Ties.IsEmpty || !larger.Ties.IsEmpty
                    || Seats(smaller).Zip(Seats(larger)).All(p => p.First <= p.Second);
            }));
    }

    [Fact]
    public void Apportion_LargestRemainderHare_ExhibitsTheAlabamaParadox()
    {
        // Populations 6, 6, 2: with 10 seats C gets 2 (remainder 3/7 beats 2/7); with 11 seats C gets only 1.
        var lists = Lists(("A", 6), ("B", 6), ("C", 2));
        var ten = SeatApportionment.Apportion(ApportionmentMethod.LargestRemainderHare, 10, lists, TieBreakChain.Unresolved);
        var eleven = SeatApportionment.Apportion(ApportionmentMethod.LargestRemainderHare, 11, lists, TieBreakChain.Unresolved);
        Assert.Equal([4, 4, 2], Seats(ten));
        Assert.Equal([5, 5, 1], Seats(eleven));
    }

    [Property]
    public Property Apportion_QuotaThenHighestAverage_EqualsDHondtAbsentTies()
    {
        return Prop.ForAll(Elections(), input =>
        {
            var dhondt = SeatApportionment.Apportion(ApportionmentMethod.DHondt, input.Seats, Named(input.Votes), TieBreakChain.Unresolved);
            var quotaFirst = SeatApportionment.Apportion(ApportionmentMethod.QuotaThenHighestAverage, input.Seats, Named(input.Votes), TieBreakChain.Unresolved);
            return !dhondt.Ties.IsEmpty || !quotaFirst.Ties.IsEmpty || Seats(dhondt).SequenceEqual(Seats(quotaFirst));
        });
    }

    [Property]
    public Property Apportion_Heap_EqualsNaiveScan()
    {
        var arb = ElectionGen(30).Zip(Gen.Choose(0, 5).ArrayOf(12)).ToArbitrary();
        return Prop.ForAll(arb, input =>
            DivisorMethods.All(m =>
            {
                var ((votes, seats), initial) = input;
                var lists = votes.Select((v, i) => new ListVotes("L" + i, v, initial[i])).ToArray();
                var heap = SeatApportionment.Apportion(m, seats, lists, Lot(4));
                var naive = SeatApportionment.ApportionNaive(m, seats, lists, Lot(4));
                return Seats(heap).SequenceEqual(Seats(naive)) && heap.Ties.Length == naive.Ties.Length;
            }));
    }

    [Property]
    public Property Outcome_JsonRoundTrip_IsLossless()
    {
        return Prop.ForAll(Elections(30), input =>
            AllMethods.All(m =>
            {
                var outcome = SeatApportionment.Apportion(m, input.Seats, Named(input.Votes), Lot(6));
                var json = JsonSerializer.Serialize(outcome, DeliberationJsonContext.Default.ApportionmentOutcome);
                var back = JsonSerializer.Deserialize(json, DeliberationJsonContext.Default.ApportionmentOutcome)!;
                return json == JsonSerializer.Serialize(back, DeliberationJsonContext.Default.ApportionmentOutcome)
                    && Seats(back).SequenceEqual(Seats(outcome));
            }));
    }

    [Fact]
    public void Apportion_HuntingtonHill_GivesEveryListWithVotesASeatFirst()
    {
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.HuntingtonHill, 3, Lists(("A", 1000), ("B", 2), ("C", 1)), TieBreakChain.Unresolved);
        Assert.Equal([1, 1, 1], Seats(outcome));
    }

    [Fact]
    public void Apportion_Droop_UsesTheDroopQuota()
    {
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.LargestRemainderDroop, 6, Lists(("A", 100), ("B", 80), ("C", 30)), TieBreakChain.Unresolved);
        Assert.Equal("31", outcome.Quota); // ⌊210 / 7⌋ + 1
        Assert.Equal([3, 2, 0], outcome.Lists.Select(l => l.QuotaSeats).ToArray());
        Assert.Equal(6, outcome.Lists.Sum(l => l.Seats));
    }

    [Fact]
    public void Apportion_SainteLague_FavoursSmallerListsThanDHondt()
    {
        var lists = Lists(("A", 100), ("B", 80), ("C", 30));
        Assert.Equal([3, 2, 1], Seats(SeatApportionment.Apportion(ApportionmentMethod.SainteLague, 6, lists, TieBreakChain.Unresolved)));
        Assert.Equal([2, 2, 1], Seats(SeatApportionment.Apportion(ApportionmentMethod.SainteLague, 5, lists, TieBreakChain.Unresolved)));
    }
}
