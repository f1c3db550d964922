using Justice.Domain.Core;
using Justice.Domain.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// Uses the packages as another team would: package references only.
var reference = LegalReference.UsmStatutes(15, 2);
var grade = GradeReform.AsOf(Grade.FormerHorsHierarchie, new LocalDate(2026, 3, 1));
var services = new ServiceCollection().AddJusticeDomainCore();

Check(reference.ToString() == "Statuts USM, art. 15, al. 2", "LegalReference formats as the text cites it");
Check(grade == Grade.ThirdGrade, "hors hiérarchie reads as troisième grade after the reform");
Check(services.Count >= 1, "AddJusticeDomainCore registers services");

Console.WriteLine("consumer check: Justice.Domain packages restored from the local feed and used: OK");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine("consumer check failed: " + what);
        Environment.Exit(1);
    }
}
