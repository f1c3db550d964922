using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.DependencyInjection;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Validation;
using Justice.Domain.Cav.DependencyInjection;
using Justice.Domain.Cav.Election;
using Justice.Domain.Core;
using Justice.Domain.Core.DependencyInjection;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.DependencyInjection;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Ties;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.DependencyInjection;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Usm.Calendar;
using Justice.Domain.Usm.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// Uses the packages as another team would: package references only, restored from artifacts/packages.
var citation = LegalReference.UsmStatutes(15, 2);
Check(citation.ToString() == "Statuts USM, art. 15, al. 2", "Core: LegalReference formats as the text cites it");
Check(GradeReform.AsOf(Grade.FormerHorsHierarchie, new LocalDate(2026, 3, 1)) == Grade.ThirdGrade, "Core: hors hiérarchie reads as troisième grade");
Check(new ServiceCollection().AddJusticeDomainCore().Count >= 1, "Core: AddJusticeDomainCore registers services");

var art14 = LegalReference.Article(LegalText.Decree2025_659, "14");
var dhondt = SeatApportionment.Apportion(
    ApportionmentMethod.DHondt, 6, [new ListVotes("A", 100), new ListVotes("B", 80), new ListVotes("C", 30)],
    TieBreakChain.MostVotesThenLot(DrawingOfLots.Seeded(1), art14), art14);
Check(dhondt.SeatsOf("A") == 3 && dhondt.SeatsOf("B") == 2 && dhondt.SeatsOf("C") == 1, "Deliberation: D'Hondt 3/2/1");

var cav = RepresentativeSeats.Allocate(6, [new ListVotes("USM", 6099), new ListVotes("SM", 2503), new ListVotes("UM-FO", 1251), new ListVotes("CFDT", 146)], lots: null);
Check(cav.SeatsOf("USM") == 4 && cav.SeatsOf("SM") == 1 && cav.SeatsOf("UM-FO") == 1 && cav.SeatsOf("CFDT") == 0, "CAV: the 2026 result 4/1/1/0");

var calendar = ElectoralAssemblyCalendar.For(new LocalDate(2026, 11, 26), new LocalDate(2026, 11, 27));
Check(calendar["council-candidacies"].Date == new LocalDate(2026, 11, 20), "USM: candidacies by the Friday preceding the opening");

var problem = AllocationRequestValidator.Validate(SyntheticNationalDataset.Create()).GetProblemOrThrow();
var fast = new PostAllocator().Allocate(problem);
var reference = new ReferencePostAllocator().Allocate(problem);
Check(fast.Allocations.Count + fast.Unallocated == problem.Posts, "Allocation: every post allocated or counted as unallocated");
Check(fast.Allocations.Select(a => a.CourtId).SequenceEqual(reference.Allocations.Select(a => a.CourtId)), "Allocation: production = reference");

var profile = CivilStatusProfile.Default;
var a = profile.Prepare(new PersonRecord("cassiopee-1")
{
    BirthSurname = "de La Fontaine", FirstNames = ["Jean-Pierre"], Sex = Justice.Domain.Identity.Records.Sex.Male,
    BirthDate = new PartialDate(1970, 3, 12), BirthCommuneCode = "75112",
});
var b = profile.Prepare(new PersonRecord("sdp-77")
{
    BirthSurname = "FONTAINE", FirstNames = ["JEAN PIERRE"], Sex = Justice.Domain.Identity.Records.Sex.Male,
    BirthDate = new PartialDate(1970, 3, 12), BirthCommuneCode = "75056",
});
var matcher = IdentityMatcher.Create(profile.Profile, MatchModel.Initial(profile.Profile));
var comparison = matcher.Compare(a, b);
Check(comparison.ToText().Length > 0, "Identity: a comparison explains itself");
Check(IdentityLinker.Deduplicate(matcher, [a, b]) is not null, "Identity: deduplication runs");

// The SQLite referential package's README example, on a file in a temporary folder.
var folder = Directory.CreateTempSubdirectory("consumer-check-").FullName;
using (var store = await Justice.Domain.Identity.Sqlite.SqlitePersonStore.OpenFileAsync(Path.Combine(folder, "referential.db")))
{
    var referential = await Justice.Domain.Identity.Referential.PersonReferential.OpenAsync(store);
    var imported = await referential.ImportAsync(new[]
    {
        new PersonRecord("cassiopee-1") { BirthSurname = "MARTIN", FirstNames = ["Jean"], BirthDate = new PartialDate(1970, 3, 14), BirthCommuneCode = "75056" },
        new PersonRecord("cassiopee-2") { BirthSurname = "MARTINS", FirstNames = ["Jean"], BirthDate = new PartialDate(1970, 3, 14), BirthCommuneCode = "75056" },
    });
    var found = await referential.FindAsync(new PersonRecord("query") { BirthSurname = "Martin", FirstNames = ["Jean"], BirthDate = new PartialDate(1970, 3, 14) });
    Check(imported.Added == 2 && found.Count == 2, "Identity.Sqlite: the referential imports and finds");
}

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);

// The README's dependency-injection example.
var services = new ServiceCollection();
services.AddJusticeDomainCore();
services.AddJusticeDomainDeliberation();
services.AddJusticeDomainUsm();
services.AddJusticeDomainCav(formerFrom: new LocalDate(1958, 12, 22), reformedFrom: new LocalDate(2026, 2, 13));
services.AddJusticeDomainAllocation();
services.AddJusticeDomainIdentity();
using (var provider = services.BuildServiceProvider())
{
    Check(provider.GetService<IClock>() is not null, "DI: every package registers and the provider builds");
}

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
