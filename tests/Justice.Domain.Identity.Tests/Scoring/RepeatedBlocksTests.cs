using FsCheck.Xunit;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Tests.Scoring;

public class RepeatedBlocksTests
{
    /// <summary>1 or more blocks, each of 2 to 4 distinct members out of 6 records, sorted: many repeat another.</summary>
    private static Arbitrary<int[][]> MemberLists { get; } =
        Gen.Choose(0, 5).ArrayOf(4).Select(m => m.Distinct().Order().ToArray()).Where(m => m.Length >= 2).ArrayOf().Where(a => a.Length > 0).ToArbitrary();

    private static bool[] Find(int[][] lists)
    {
        var starts = new int[lists.Length];
        for (var b = 1; b < lists.Length; b++)
        {
            starts[b] = starts[b - 1] + lists[b - 1].Length;
        }

        return RepeatedBlocks.Find([.. lists.SelectMany(m => m)], starts, [.. lists.Select(m => m.Length)]);
    }

    [Property]
    public Property Find_AnyBlocks_MarksEachBlockWhoseMembersAnEarlierBlockHas()
    {
        return Prop.ForAll(MemberLists, lists =>
        {
            var expected = lists.Select((m, b) => lists.Take(b).Any(earlier => earlier.SequenceEqual(m)));
            return Find(lists).SequenceEqual(expected);
        });
    }

    [Fact]
    public void Find_TheSameMembersUnderALaterKey_MarksOnlyTheLaterBlock()
    {
        // {1, 4} under a first key, {1, 2, 4} under a second, {1, 4} again under a later rule's key.
        Assert.Equal([false, false, true], Find([[1, 4], [1, 2, 4], [1, 4]]));
    }
}
