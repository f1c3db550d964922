using Justice.Domain.Cav.Composition;
using Justice.Domain.Cav.Election;
using Justice.Domain.Cav.Grades;
using Justice.Domain.Core;
using Justice.Samples.Cli;
using NodaTime;
using Spectre.Console;
using static Justice.Samples.Cav.CavCliOptions;

namespace Justice.Samples.Cav;

/// <summary>Tour step: the CAV election of February 2026, the composition in force and a promotion eligibility.</summary>
public sealed class CavShowcase : IShowcase
{
    /// <inheritdoc />
    public int Order => 400;

    /// <inheritdoc />
    public string Title => "CAV: the February 2026 election, the reformed composition, promotion eligibility";

    /// <inheritdoc />
    public void Run(CliContext context)
    {
        context.Console.WriteLine("justice cav seats --seats 6 --votes USM=6099,SM=2503,UMFO=1251,CFDT=146");
        var outcome = RepresentativeSeats.Allocate(6, VoteListParser.Parse("USM=6099,SM=2503,UMFO=1251,CFDT=146"), null);
        CavSeatsCommand.Print(context, outcome);

        var date = new LocalDate(2026, 3, 1);
        context.Console.WriteLine();
        context.Console.WriteLine("justice cav composition --at 2026-03-01");
        var timeline = CavRegimes.Timeline(DefaultFormerFrom, DefaultReformedFrom);
        CavCompositionCommand.Print(context, timeline.At(date), date, timeline.VersionAt(date).From);

        context.Console.WriteLine();
        context.Console.WriteLine("justice cav eligibility --grade premier --installed 2019-09-01 --echelon7-since 2024-01-01 --at 2026-01-01");
        CavEligibilityCommand.Print(context, PromotionRules.SecondGrade(Grade.FirstGrade, new LocalDate(2019, 9, 1), new LocalDate(2024, 1, 1), new LocalDate(2026, 1, 1)));
    }
}
