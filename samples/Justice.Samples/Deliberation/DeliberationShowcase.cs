using Justice.Domain.Core;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Ties;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.Deliberation;

/// <summary>Tour step: seats by D'Hondt and by the CAV's quotient and largest remainder, an RFC 3797 drawing, and a meeting decided.</summary>
public sealed class DeliberationShowcase : IShowcase
{
    /// <inheritdoc />
    public int Order => 200;

    /// <inheritdoc />
    public string Title => "Deliberation: seats, drawing of lots, a meeting decided";

    /// <inheritdoc />
    public void Run(CliContext context)
    {
        context.Console.WriteLine("justice seats --method dhondt --seats 6 --votes A=100,B=80,C=30");
        SeatsCommand.Print(context, SeatApportionment.Apportion(
            ApportionmentMethod.DHondt, 6, [new ListVotes("A", 100), new ListVotes("B", 80), new ListVotes("C", 30)], TieBreakChain.Unresolved));

        var art14 = LegalReference.Article(LegalText.Decree2025_659, "14");
        context.Console.WriteLine("CAV 2026 (shares of valid votes in hundredths of a percent), quotient then largest remainder:");
        SeatsCommand.Print(context, SeatApportionment.Apportion(
            ApportionmentMethod.LargestRemainderHare,
            6,
            [new ListVotes("USM", 6099), new ListVotes("SM", 2503), new ListVotes("UM-FO", 1251), new ListVotes("CFDT", 146)],
            TieBreakChain.MostVotesThenLot(DrawingOfLots.Seeded(2026), art14),
            art14));

        var lots = DrawingOfLots.FromSources(
            EntropySource.Integers("source 1", 9319),
            EntropySource.Integers("source 2", 2, 5, 12, 8, 10),
            EntropySource.Integers("source 3", 9, 18, 26, 34, 41, 45));
        var pool = new[]
        {
            "John", "Mary", "Bashful", "Dopey", "Sleepy", "Grouchy", "Doc", "Sneazy", "Handsome", "Cassandra",
            "Pollyanna", "Pendragon", "Pandora", "Faith", "Hope", "Charity", "Lee", "Longsuffering", "Chastity", "Smith",
            "Pride", "Sloth", "Envy", "Anger", "Kasczynski",
        };
        var draw = lots.Draw(pool, 10);
        context.Console.WriteLine("RFC 3797, § 6 worked example, key \"" + draw.KeyString + "\": " + string.Join(", ", draw.Selected));

        foreach (var outcome in DeliberateCommand.Run(DeliberateCommand.ExampleScenario))
        {
            DeliberateCommand.Print(context, outcome);
        }
    }
}
