namespace Justice.Domain.Benchmarks.Identity;

/// <summary>Rows of fields laid out one after another in one text, with each field's range, as a CSV reader's buffer.</summary>
internal static class RowText
{
    /// <summary>The text and, per row, its fields' ranges.</summary>
    public static (string Text, Range[][] Ranges) Layout(IReadOnlyList<string[]> rows)
    {
        var builder = new System.Text.StringBuilder();
        var ranges = new Range[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            ranges[r] = new Range[rows[r].Length];
            for (var f = 0; f < rows[r].Length; f++)
            {
                var start = builder.Length;
                builder.Append(rows[r][f]);
                ranges[r][f] = start..builder.Length;
            }
        }

        return (builder.ToString(), ranges);
    }
}
