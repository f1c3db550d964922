using System.Globalization;
using Justice.Domain.Allocation.Sensitivity;

namespace Justice.Samples.Allocation;

/// <summary>A PNG bar chart of the courts' probabilities of receiving at least one post in a sensitivity study (ScottPlot).</summary>
internal static class ProbabilityChart
{
    /// <summary>Writes the chart of the <paramref name="top"/> courts most likely to receive a post (those with a probability above 0), highest at the top.</summary>
    /// <param name="result">The study's result.</param>
    /// <param name="path">The PNG file.</param>
    /// <param name="top">How many courts to show.</param>
    public static void Write(SensitivityResult result, string path, int top)
    {
        var courts = result.Courts
            .Where(c => c.RunsWithPost > 0)
            .OrderByDescending(c => c.ProbabilityOfPost)
            .ThenByDescending(c => c.MeanPosts)
            .ThenBy(c => c.CourtId, StringComparer.Ordinal)
            .Take(top)
            .Reverse()
            .ToArray();
        var plot = new ScottPlot.Plot();
        var bars = courts.Select((c, i) => new ScottPlot.Bar
        {
            Position = i,
            Value = c.ProbabilityOfPost,
            FillColor = c.BaselinePosts > 0 ? ScottPlot.Colors.SteelBlue : ScottPlot.Colors.DarkOrange,
            Size = 0.8,
        }).ToArray();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.SetTicks(
            courts.Select((_, i) => (double)i).ToArray(),
            courts.Select(c => c.CourtName.Replace("TJ synthétique ", "TJ ", StringComparison.Ordinal)).ToArray());
        plot.Axes.SetLimitsX(0, 1.05);
        plot.Axes.SetLimitsY(-0.7, courts.Length - 0.3);
        plot.XLabel("Probability of at least one post");
        var noise = result.Perturbation.Noise.ToString(CultureInfo.InvariantCulture);
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"{result.Posts} posts, {result.Runs:N0} runs, noise {noise} ({result.Perturbation.Distribution}), seed {result.Seed}"));
        var inBaseline = plot.Add.Marker(double.NaN, double.NaN);
        inBaseline.Color = ScottPlot.Colors.SteelBlue;
        inBaseline.LegendText = "receives a post in the unperturbed allocation";
        var outside = plot.Add.Marker(double.NaN, double.NaN);
        outside.Color = ScottPlot.Colors.DarkOrange;
        outside.LegendText = "receives none in the unperturbed allocation";
        plot.ShowLegend(ScottPlot.Alignment.LowerRight);
        plot.SavePng(path, 1000, Math.Max(400, 120 + (courts.Length * 18)));
    }
}
