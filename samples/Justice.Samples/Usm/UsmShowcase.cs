using Justice.Domain.Usm.Assembly;
using Justice.Domain.Usm.Calendar;
using Justice.Samples.Cli;

namespace Justice.Samples.Usm;

/// <summary>Tour step: the calendar and the electoral assembly of 26 November 2026 from the embedded scenario.</summary>
public sealed class UsmShowcase : IShowcase
{
    /// <inheritdoc />
    public int Order => 300;

    /// <inheritdoc />
    public string Title => "USM: the electoral assembly of 26 November 2026 and its deadlines";

    /// <inheritdoc />
    public void Run(CliContext context)
    {
        UsmReport.Calendar(context, ElectoralAssemblyCalendar.For(UsmDefaultScenario.Opening, UsmDefaultScenario.Vote));
        UsmReport.Assembly(context, ElectoralAssembly.Run(UsmDefaultScenario.Create()), brief: true);
    }
}
