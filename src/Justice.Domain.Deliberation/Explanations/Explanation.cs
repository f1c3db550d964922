using System.Collections.Immutable;

namespace Justice.Domain.Deliberation.Explanations;

/// <summary>Formats the explanation lines that every outcome carries as readable text.</summary>
public static class Explanation
{
    /// <summary>Joins <paramref name="lines"/> as a numbered list, one line each.</summary>
    /// <param name="title">The first line (what was decided).</param>
    /// <param name="lines">The explanation lines.</param>
    /// <returns>The text.</returns>
    public static string ToText(string title, ImmutableArray<ExplanationLine> lines)
    {
        var builder = new System.Text.StringBuilder(title).Append('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append("  ").Append((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(". ")
                .Append(lines[i].ToString()).Append('\n');
        }

        return builder.ToString();
    }
}
