using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Justice.Samples.Cli;

/// <summary>
/// The CLI's JSON output: the packages' source-generated contracts, written with accents and other non-ASCII letters
/// as they are (<c>"troisième"</c>, not <c>"troisi\u00E8me"</c>). The relaxed encoder is right here because the output
/// goes to a terminal, a file or a pipe, never into an HTML page or a script block; it still escapes what JSON requires
/// (quotes, backslashes, control characters).
/// </summary>
internal static class CliJson
{
    private static readonly ConcurrentDictionary<JsonSerializerOptions, JsonSerializerOptions> Relaxed = new();

    /// <summary>Serializes <paramref name="value"/> with <paramref name="info"/>'s contract and options, accents kept.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="info">The contract (e.g. <c>AllocationJsonContext.Default.AllocationResult</c>).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value, JsonTypeInfo<T> info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var options = Relaxed.GetOrAdd(info.Options, o => new JsonSerializerOptions(o) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return JsonSerializer.Serialize(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }

    /// <summary>The options for values without a contract (anonymous report objects), accents kept.</summary>
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
