using System.Globalization;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// Applies one corruption class (<see cref="SyntheticGenerator.CorruptionClasses"/>) to a copy of a person. Each class
/// changes only its own fields (<see cref="FieldsOf"/>), so that a record's classes explain every difference between it
/// and the person's original record. <see cref="Apply"/> returns false, and changes nothing, when the class cannot
/// apply to this person (no usage name, a single first name, born abroad…).
/// </summary>
internal static class Corruptions
{
    /// <summary>The fields a class touches.</summary>
    [Flags]
    public enum Fields
    {
        /// <summary>No field.</summary>
        None = 0,

        /// <summary>The birth date.</summary>
        Date = 1,

        /// <summary>The birth surname (and the usage surname).</summary>
        Surname = 2,

        /// <summary>The first names.</summary>
        FirstNames = 4,

        /// <summary>The birth commune code and name.</summary>
        Commune = 8,

        /// <summary>The sex and civility.</summary>
        Sex = 16,
    }

    private static readonly string[] GluedParticles = ["DELA", "DES", "DU", "LE", "LA", "DE"];

    private static readonly Dictionary<string, string[]> FirstNameVariants = NamePools.FirstNameVariants
        .Select(line => line.Split('|'))
        .ToDictionary(group => group[0], group => group, StringComparer.Ordinal);

    /// <summary>The fields a class touches.</summary>
    /// <param name="corruption">A class of <see cref="SyntheticGenerator.CorruptionClasses"/>.</param>
    /// <returns>The fields.</returns>
    public static Fields FieldsOf(string corruption) => corruption switch
    {
        "date-missing" or "date-partial" or "date-placeholder" or "date-typo" => Fields.Date,
        "surname-usage" or "surname-particle" or "surname-compound-part" or "surname-typo" => Fields.Surname,
        "first-name-typo" or "first-name-only-first" or "first-name-order" or "first-name-variant" => Fields.FirstNames,
        "names-swapped" or "names-both-typo" or "transliteration" => Fields.Surname | Fields.FirstNames,
        "commune-other" or "commune-name-only" or "commune-postal-code" => Fields.Commune,
        "sex-missing" => Fields.Sex,
        _ => throw new ArgumentOutOfRangeException(nameof(corruption), corruption, "not a corruption class"),
    };

    /// <summary>Applies a class to a copy of a person, or returns false (the copy unchanged) when it cannot apply.</summary>
    /// <param name="corruption">The class.</param>
    /// <param name="p">The copy.</param>
    /// <param name="random">The random source.</param>
    /// <param name="otherCommune">Another commune of the same department, weighted by population (null when there is none).</param>
    /// <returns>True when applied.</returns>
    public static bool Apply(string corruption, SyntheticPerson p, Random random, Func<SyntheticCommune, Random, SyntheticCommune?> otherCommune) => corruption switch
    {
        "date-missing" => Set(p, random.NextDouble() < 0.7 ? string.Empty : "0000-00-00"),
        "date-partial" => Set(p, random.NextDouble() switch
        {
            < 0.50 => Date(p.Year, p.Month, 0),
            < 0.75 => Date(p.Year, 0, 0),
            < 0.85 => Date(p.Year, 0, p.Day),
            _ => Date(0, p.Month, p.Day),
        }),
        "date-placeholder" => !(p.Month == 1 && p.Day == 1) && Set(p, Date(p.Year, 1, 1)),
        "date-typo" => Set(p, DateTypo(p, random)),
        "surname-usage" => UsageForBirthName(p, random),
        "surname-particle" => Replace(p, Particle(p.Surname, random)),
        "surname-compound-part" => p.SurnameParts is { Length: > 1 } parts && Replace(p, parts[random.NextDouble() < 0.6 ? 0 : parts.Length - 1]),
        "surname-typo" => Replace(p, Misspelling.Misspell(p.Surname, random)),
        "first-name-typo" => FirstName(p, random.NextDouble() < 0.8 || p.FirstNames.Count == 1 ? 0 : random.Next(1, p.FirstNames.Count), f => Misspelling.Misspell(f, random)),
        "names-both-typo" => BothTypos(p, random),
        "names-swapped" => Swap(p, random),
        "first-name-only-first" => p.FirstNames.Count > 1 && Keep(p, 1),
        "first-name-order" => p.FirstNames.Count > 1 && Reorder(p, random),
        "first-name-variant" => FirstName(p, 0, f => FirstNameVariant(f, p.FirstNameSpellings[0], random)),
        "transliteration" => Transliterate(p, random),
        "commune-other" => OtherCommune(p, random, otherCommune),
        "commune-name-only" => p.Commune is not null && p.CommuneCode.Length > 0 && SetCode(p, string.Empty, p.CommuneName),
        "commune-postal-code" => PostalCode(p, random),
        "sex-missing" => p.Sex.Length > 0 && Run(() => p.Sex = string.Empty),
        _ => throw new ArgumentOutOfRangeException(nameof(corruption), corruption, "not a corruption class"),
    };

    /// <summary>Formats a date, 0 for an unknown part (it may be impossible: that is the point of a typo).</summary>
    public static string Date(int year, int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");

    /// <summary>Whether year-month-day is a date of the calendar.</summary>
    public static bool IsPossible(int year, int month, int day) => year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool Run(Action action)
    {
        action();
        return true;
    }

    private static bool Set(SyntheticPerson p, string? text)
    {
        if (text is null || string.Equals(text, p.BirthDate, StringComparison.Ordinal))
        {
            return false;
        }

        p.BirthDateText = text;
        return true;
    }

    private static string? DateTypo(SyntheticPerson p, Random random)
    {
        int y = p.Year, m = p.Month, d = p.Day;
        var start = random.Next(5);
        for (var k = 0; k < 5; k++)
        {
            switch ((start + k) % 5)
            {
                case 0:
                    // One digit of the date mistyped (not the century), leaving a readable month 1–13 and day 1–31.
                    for (var attempt = 0; attempt < 10; attempt++)
                    {
                        var text = Date(y, m, d).ToCharArray();
                        var at = random.Next(6) switch { 0 => 2, 1 => 3, 2 => 5, 3 => 6, 4 => 8, _ => 9 };
                        text[at] = (char)('0' + ((text[at] - '0' + random.Next(1, 10)) % 10));
                        var (ty, tm, td) = (int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture), int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture), int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture));
                        if (tm is >= 1 and <= 13 && td is >= 1 and <= 31)
                        {
                            return Date(ty, tm, td);
                        }
                    }

                    break;
                case 1:
                    if (d <= 12 && d != m)
                    {
                        return Date(y, d, m);
                    }

                    break;
                case 2:
                    return Date(y + (random.NextDouble() < 0.5 ? -1 : 1), m, d);
                case 3:
                    if (y % 10 != (y / 10) % 10)
                    {
                        return Date((y / 100 * 100) + ((y % 10) * 10) + ((y / 10) % 10), m, d);
                    }

                    break;
                default:
                    var daysInMonth = DateTime.DaysInMonth(y, m);
                    return daysInMonth < 31 && random.NextDouble() < 0.6 ? Date(y, m, random.Next(daysInMonth + 1, 32)) : Date(y, 13, d);
            }
        }

        return null;
    }

    private static bool UsageForBirthName(SyntheticPerson p, Random random)
    {
        if (p.Usage is null || string.Equals(p.Usage, p.Surname, StringComparison.Ordinal))
        {
            return false;
        }

        p.Surname = p.Usage;
        p.Usage = random.NextDouble() < 0.6 ? null : p.Usage;
        p.SurnameSpellings = [p.Surname];
        p.SurnameParts = null;
        return true;
    }

    private static bool Replace(SyntheticPerson p, string? surname)
    {
        if (surname is null || surname.Length == 0 || string.Equals(surname, p.Surname, StringComparison.Ordinal))
        {
            return false;
        }

        p.Surname = surname;
        return true;
    }

    /// <summary>A particle dropped (DE LA FONTAINE → FONTAINE), glued (→ DELAFONTAINE, LAFONTAINE) or split off (LEROY → LE ROY).</summary>
    private static string? Particle(string surname, Random random)
    {
        foreach (var particle in NamePools.Particles)
        {
            if (surname.StartsWith(particle, StringComparison.Ordinal) && surname.Length > particle.Length + 1)
            {
                var rest = surname[particle.Length..];
                var words = particle.TrimEnd().Split(' ');
                return random.Next(3) switch
                {
                    0 => rest,
                    1 when words.Length > 1 => words[^1].TrimEnd('\'') + rest,
                    _ => string.Concat(words).Replace("'", string.Empty, StringComparison.Ordinal) + rest,
                };
            }
        }

        if (!surname.All(char.IsAsciiLetterUpper))
        {
            return null;
        }

        foreach (var glued in GluedParticles)
        {
            var rest = surname.Length - glued.Length >= 3 && surname.StartsWith(glued, StringComparison.Ordinal) ? surname[glued.Length..] : null;
            if (rest is not null && !"AEIOUY".Contains(rest[0], StringComparison.Ordinal) && ("AEIOUYRLH".Contains(rest[1], StringComparison.Ordinal)))
            {
                return glued == "DELA" ? "DE LA " + rest : glued + " " + rest;
            }
        }

        return null;
    }

    private static bool FirstName(SyntheticPerson p, int index, Func<string, string?> change)
    {
        var changed = change(p.FirstNames[index]);
        if (changed is null || changed.Trim().Length == 0 || string.Equals(changed, p.FirstNames[index], StringComparison.Ordinal) || changed.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        p.FirstNames[index] = changed;
        return true;
    }

    private static bool BothTypos(SyntheticPerson p, Random random)
    {
        var surname = Misspelling.Misspell(p.Surname, random);
        var first = Misspelling.Misspell(p.FirstNames[0], random);
        if (surname is null || first is null || first.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        p.Surname = surname;
        p.FirstNames[0] = first;
        return true;
    }

    private static bool Swap(SyntheticPerson p, Random random)
    {
        var first = p.FirstNames[0];
        var surname = p.Surname;
        p.Surname = random.NextDouble() < 0.5 ? first.ToUpperInvariant() : first;
        var rest = random.NextDouble() < 0.3 ? p.FirstNames.Skip(1).ToList() : [];
        p.FirstNames = [random.NextDouble() < 0.5 ? surname : Misspelling.TitleCase(surname), .. rest];
        p.FirstNameSpellings = [[surname], .. rest.Select(r => new[] { r })];
        p.SurnameParts = null;
        return true;
    }

    private static bool Keep(SyntheticPerson p, int count)
    {
        p.FirstNames = p.FirstNames.Take(count).ToList();
        p.FirstNameSpellings = p.FirstNameSpellings.Take(count).ToList();
        return true;
    }

    private static bool Reorder(SyntheticPerson p, Random random)
    {
        var order = Enumerable.Range(0, p.FirstNames.Count).ToArray();
        if (order.Length == 2 || random.NextDouble() < 0.6)
        {
            (order[0], order[1]) = (order[1], order[0]);
        }
        else
        {
            // The usual first name moved to the end, or a later one moved first.
            order = random.NextDouble() < 0.5 ? [.. order.Skip(1), order[0]] : [order[^1], .. order.SkipLast(1)];
        }

        var names = order.Select(i => p.FirstNames[i]).ToList();
        if (names.SequenceEqual(p.FirstNames, StringComparer.Ordinal))
        {
            return false;
        }

        p.FirstNameSpellings = order.Select(i => p.FirstNameSpellings[i]).ToList();
        p.FirstNames = names;
        return true;
    }

    /// <summary>Jean-Pierre → Jean Pierre, J-Pierre, J.-Pierre, JeanPierre; Catherine → Cathy; Mohamed → Mohammed.</summary>
    private static string? FirstNameVariant(string name, string[] spellings, Random random)
    {
        var hyphen = name.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && hyphen < name.Length - 1)
        {
            var (a, b) = (name[..hyphen], name[(hyphen + 1)..]);
            return random.Next(5) switch
            {
                0 => a + " " + b,
                1 => a[0] + "-" + b,
                2 => a[0] + ".-" + b,
                3 => a + b.ToLowerInvariant(),
                _ => a + "-" + b[0] + ".",
            };
        }

        var group = FirstNameVariants.GetValueOrDefault(name) ?? (spellings.Length > 1 ? spellings : null);
        if (group is null)
        {
            return null;
        }

        var others = group.Where(g => !string.Equals(g, name, StringComparison.Ordinal)).ToArray();
        return others.Length == 0 ? null : others[random.Next(others.Length)];
    }

    private static bool Transliterate(SyntheticPerson p, Random random)
    {
        if (!Misspelling.IsTransliterated(p.Origin))
        {
            return false;
        }

        var surname = Misspelling.Transliterate(p.Surname, p.SurnameSpellings, p.Origin, random);
        if (surname is not null && (random.NextDouble() < 0.7 || p.FirstNameSpellings[0].Length < 2))
        {
            p.Surname = surname;
            return true;
        }

        return FirstName(p, 0, f => Misspelling.Transliterate(f, p.FirstNameSpellings[0], p.Origin, random)) || Replace(p, surname);
    }

    private static bool SetCode(SyntheticPerson p, string code, string name)
    {
        if (string.Equals(code, p.CommuneCode, StringComparison.Ordinal))
        {
            return false;
        }

        p.CommuneCode = code;
        p.CommuneName = name;
        return true;
    }

    private static bool OtherCommune(SyntheticPerson p, Random random, Func<SyntheticCommune, Random, SyntheticCommune?> otherCommune)
    {
        if (p.Commune is not { } commune || p.CommuneCode.Length == 0)
        {
            return false;
        }

        var start = random.Next(4);
        for (var k = 0; k < 4; k++)
        {
            switch ((start + k) % 4)
            {
                case 0 when commune.FormerCodes.Length > 0:
                    return SetCode(p, commune.FormerCodes[random.Next(commune.FormerCodes.Length)], p.CommuneName);
                case 1 when commune.Arrondissements.Length > 0:
                    if (p.CommuneCode != commune.Code)
                    {
                        return SetCode(p, commune.Code, commune.Name);
                    }

                    var arrondissement = commune.Arrondissements[random.Next(commune.Arrondissements.Length)];
                    return SetCode(p, arrondissement.Code, arrondissement.Name);
                case 2 when otherCommune(commune, random) is { } other && other.Code != commune.Code:
                    return SetCode(p, other.Code, other.Name);
                case 3:
                    var code = p.CommuneCode.ToCharArray();
                    var at = random.Next(2, 5);
                    code[at] = (char)('0' + ((code[at] - '0' + random.Next(1, 10)) % 10));
                    return SetCode(p, new string(code), p.CommuneName);
                default:
                    break;
            }
        }

        return false;
    }

    private static bool PostalCode(SyntheticPerson p, Random random)
    {
        if (p.Commune is not { } commune || p.CommuneCode.Length == 0)
        {
            return false;
        }

        var written = commune.Arrondissements.FirstOrDefault(a => a.Code == p.CommuneCode) ?? commune;
        var postal = written.PostalCodes.Where(c => c != p.CommuneCode).ToArray();
        return postal.Length > 0 && SetCode(p, postal[random.Next(postal.Length)], p.CommuneName);
    }
}
