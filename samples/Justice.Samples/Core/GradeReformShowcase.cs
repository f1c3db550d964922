using Justice.Domain.Core;
using Justice.Samples.Cli;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Justice.Samples.Core;

/// <summary>Tour step: the grade reclassification of 31 December 2025 and a date-versioned lookup.</summary>
public sealed class GradeReformShowcase : IShowcase
{
    /// <inheritdoc />
    public int Order => 100;

    /// <inheritdoc />
    public string Title => "Core: the grade reform of 31 December 2025";

    /// <inheritdoc />
    public void Run(CliContext context)
    {
        var table = new Table().AddColumns("Former grade", "Reclassified as", "Source");
        foreach (var grade in Grade.All.Where(g => g.IsFormer))
        {
            table.AddRow(grade.FrenchName, grade.Reclassified.FrenchName, Grade.ReclassificationReference.ToString());
        }

        context.Console.Write(table);

        var dates = new[] { new LocalDate(2025, 12, 30), GradeReform.EffectiveDate, new LocalDate(2026, 3, 1) };
        var lookups = new Table().AddColumns("Date", "Hierarchy in force", "Entry grade", "A former 'hors hiérarchie' reads as");
        foreach (var date in dates)
        {
            lookups.AddRow(
                LocalDatePattern.Iso.Format(date),
                GradeReform.Hierarchy.At(date).ToString(),
                GradeReform.EntryGrade.At(date).FrenchName,
                GradeReform.AsOf(Grade.FormerHorsHierarchie, date).FrenchName);
        }

        context.Console.Write(lookups);
        try
        {
            GradeReform.EntryGrade.At(new LocalDate(1950, 1, 1));
        }
        catch (ArgumentOutOfRangeException ex)
        {
            context.Console.WriteLine("Lookup before the first version fails clearly: " + ex.Message.Split('\n')[0]);
        }
    }
}
