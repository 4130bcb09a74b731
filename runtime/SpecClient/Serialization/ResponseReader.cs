using System.Text.Json;

namespace SpecClient.Serialization;

/// <summary>
/// Reads one value of type <typeparamref name="T"/> starting at the reader's current token.
/// Generated response types provide one per class: no reflection, so trimming and NativeAOT keep working.
/// </summary>
public delegate T ResponseReader<T>(ref Utf8JsonReader reader);
