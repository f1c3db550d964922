using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation;

/// <summary>
/// <i>Données de la localisation, contrôlées</i>: an <see cref="AllocationRequest"/> that passed
/// <see cref="Validation.AllocationRequestValidator"/>, with its figures turned into exact integers once: each
/// criterion's yearly values are scaled by a power of ten (at most 10^6) so that sums, averages and loads compare
/// exactly. Immutable; both allocators read it.
/// </summary>
public sealed class AllocationProblem
{
    internal AllocationProblem(AllocationRequest request, int posts, CompiledCourts compiled)
    {
        Request = request;
        Posts = posts;
        Compiled = compiled;
    }

    /// <summary>The validated request (its <see cref="AllocationRequest.Posts"/> may differ from <see cref="Posts"/> after <see cref="WithPosts"/>).</summary>
    public AllocationRequest Request { get; }

    /// <summary>The number of posts to allocate.</summary>
    public int Posts { get; }

    /// <summary>The courts, in input order.</summary>
    public IReadOnlyList<Court> Courts => Request.Courts;

    /// <summary>The criteria, in input order.</summary>
    public IReadOnlyList<Criterion> Criteria => Request.Criteria;

    /// <summary>The tie convention.</summary>
    public TieConvention TieConvention => Request.TieConvention;

    /// <summary>The specialised-share table.</summary>
    public SpecializedShareTable SpecializedShare => Request.SpecializedShare;

    internal CompiledCourts Compiled { get; }

    /// <summary>The same problem with another number of posts (the figures are not checked again).</summary>
    /// <param name="posts">The number of posts, 0 to 10,000,000.</param>
    /// <returns>The problem.</returns>
    public AllocationProblem WithPosts(int posts)
    {
        Guard.InRange(posts, 0, Validation.AllocationRequestValidator.MaxPosts);
        return new AllocationProblem(Request with { Posts = posts }, posts, Compiled);
    }
}
