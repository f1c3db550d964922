using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
namespace Justice.Domain.Identity.Preparation;

/// <summary>What a blocking rule reads of a prepared record: its two name slots, its texts and its numbers, in the profile's layout.</summary>
/// <param name="First">Name slot 0 (the civil-status surname, the FEBRL given name).</param>
/// <param name="Second">Name slot 1 (the civil-status first names, the FEBRL surname).</param>
/// <param name="Texts">The record's texts (civil status: commune, department, country, sex).</param>
/// <param name="Numbers">The record's numbers (the date's year, month and day, 0 when unknown).</param>
internal readonly record struct BlockingFields(NameForms First, NameForms Second, string?[] Texts, int[] Numbers);
