namespace Justice.Domain.Identity.Synthetic;

/// <summary>A commune as the generator uses it: INSEE code and name, population, department, former codes, arrondissements, postal codes.</summary>
/// <param name="Code">The INSEE code.</param>
/// <param name="Name">The name.</param>
/// <param name="Population">The population (the weight of births there).</param>
/// <param name="Department">The department code.</param>
/// <param name="FormerCodes">Codes of the communes merged into it.</param>
/// <param name="Arrondissements">Its municipal arrondissements (Paris, Lyon, Marseille), else empty.</param>
/// <param name="PostalCodes">Its postal codes.</param>
internal sealed record SyntheticCommune(string Code, string Name, int Population, string Department, string[] FormerCodes, SyntheticCommune[] Arrondissements, string[] PostalCodes);
