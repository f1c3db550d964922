using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Samples.Identity;

/// <summary>A persons file imported into a referential (<see cref="ReferentialCommands.ImportFile"/>).</summary>
/// <param name="Read">The file as read: how many records and its rejected rows.</param>
/// <param name="Summary">The import's counts.</param>
/// <param name="ModelNote">What was done with the model (stored, trained, kept).</param>
/// <param name="ImportTime">The time to read the file and import its records into the store.</param>
/// <param name="ModelTime">The time to store or train the model.</param>
internal sealed record ReferentialFileImport(PersonCsvStream Read, ReferentialImportSummary Summary, string ModelNote, TimeSpan ImportTime, TimeSpan ModelTime);
