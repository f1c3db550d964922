using System.Text.Json;
using System.Text.Json.Serialization;

namespace Justice.Domain.Core.Serialization;

/// <summary>
/// The JSON conventions shared by every Justice.Domain package: camelCase names, enums as strings, and the
/// NodaTime ISO converters of this namespace.
/// </summary>
/// <remarks>
/// Each package declares a source-generated <see cref="JsonSerializerContext"/> for its public types with the
/// same options (see <see cref="CoreJsonContext"/>), so serialisation is reflection-free and trimming-safe.
/// </remarks>
public static class JusticeJson
{
    /// <summary>Adds the NodaTime ISO converters (<see cref="NodaTimeIsoJsonConverterFactory"/>) to <paramref name="options"/>.</summary>
    /// <param name="options">Options not yet used for serialisation.</param>
    /// <returns>The same options.</returns>
    public static JsonSerializerOptions ConfigureForNodaTime(this JsonSerializerOptions options)
    {
        Guard.NotNull(options);
        options.Converters.Add(new NodaTimeIsoJsonConverterFactory());
        return options;
    }

    /// <summary>Creates options with the Justice.Domain conventions (camelCase, string enums, NodaTime ISO, indented when asked).</summary>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>New options.</returns>
    public static JsonSerializerOptions CreateOptions(bool indented = false)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        return options.ConfigureForNodaTime();
    }
}
