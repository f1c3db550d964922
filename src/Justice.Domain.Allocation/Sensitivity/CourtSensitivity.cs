namespace Justice.Domain.Allocation.Sensitivity;

/// <summary>
/// <i>Sensibilité d'une juridiction</i>: how many posts one court received over the perturbed runs. Quantiles are
/// nearest-rank (the smallest count k such that at least q of the runs gave at most k), so they are counts of posts.
/// </summary>
/// <param name="CourtId">The court.</param>
/// <param name="CourtName">Its name.</param>
/// <param name="BaselinePosts">Posts it receives in the unperturbed allocation.</param>
/// <param name="RunsWithPost">Runs in which it received at least one post.</param>
/// <param name="ProbabilityOfPost">RunsWithPost ÷ runs.</param>
/// <param name="MeanPosts">The mean number of posts per run.</param>
/// <param name="Minimum">The fewest posts in a run.</param>
/// <param name="Percentile5">The 5th percentile.</param>
/// <param name="Median">The median.</param>
/// <param name="Percentile95">The 95th percentile.</param>
/// <param name="Maximum">The most posts in a run.</param>
/// <param name="Distribution">Runs by number of posts: entry k is the number of runs in which the court received k posts (0 to the posts asked for).</param>
public sealed record CourtSensitivity(
    string CourtId,
    string CourtName,
    int BaselinePosts,
    long RunsWithPost,
    double ProbabilityOfPost,
    double MeanPosts,
    int Minimum,
    int Percentile5,
    int Median,
    int Percentile95,
    int Maximum,
    IReadOnlyList<long> Distribution);
