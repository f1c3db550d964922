using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Referential;

namespace Justice.Samples.Identity;

/// <summary>A persons file imported into a referential (<see cref="ReferentialCommands.ImportFile"/>).</summary>
/// <param name="Read">The file's records and rejected rows.</param>
/// <param name="Summary">The import's counts.</param>
/// <param name="ModelNote">What was done with the model (stored, trained, kept).</param>
/// <param name="ReadTime">The time to read the file.</param>
/// <param name="ImportTime">The time to import the records into the store.</param>
/// <param name="ModelTime">The time to store or train the model.</param>
internal sealed record ReferentialFileImport(RecordReadResult Read, ReferentialImportSummary Summary, string ModelNote, TimeSpan ReadTime, TimeSpan ImportTime, TimeSpan ModelTime);
