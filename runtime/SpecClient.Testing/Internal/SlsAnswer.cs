using System;
using System.Collections.Generic;

namespace SpecClient.Testing.Internal;

/// <summary>A success the emulator's SLS log store makes itself: a body of any bytes, its content type, and SLS's headers.</summary>
internal sealed class SlsAnswer
{
    public SlsAnswer(byte[] body, string contentType, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        Body = body;
        ContentType = contentType;
        Headers = headers;
    }

    /// <summary>The answer of a write: no body (SLS answers PutLogs with headers only).</summary>
    public static SlsAnswer Empty { get; } = new(Array.Empty<byte>(), "application/json", Array.Empty<KeyValuePair<string, string>>());

    public byte[] Body { get; }

    public string ContentType { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }
}
