using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace SpecClient.Testing;

/// <summary>Settings of an <see cref="ApiEmulator"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>
    /// The credential an emulator accepts when <see cref="Credentials"/> is not changed:
    /// <c>emulator-key-id</c> / <c>emulator-key-secret</c>, no security token.
    /// </summary>
    public static AccessKeyCredential DefaultCredential { get; } = new("emulator-key-id", "emulator-key-secret");

    /// <summary>
    /// The operations the emulator answers, usually a generated client's descriptor list. Several products
    /// may be mixed: an action is looked up by name, then by version.
    /// </summary>
    public IEnumerable<OperationDescriptor> Operations { get; set; } = Array.Empty<OperationDescriptor>();

    /// <summary>
    /// The accepted credentials. Requests must be signed with one of their secrets; a credential with a
    /// <see cref="AccessKeyCredential.SecurityToken"/> also requires that token on every request. The first one is
    /// the one <see cref="ApiEmulator.CreateClientOptions"/> hands out.
    /// </summary>
    public IReadOnlyList<AccessKeyCredential> Credentials { get; set; } = new[] { DefaultCredential };

    /// <summary>
    /// How far a request's timestamp may be from the emulator's clock, either way. 15 minutes, as the real service.
    /// </summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The clock timestamps are checked against. Null is the system clock; tests can pin it.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>How many received requests <see cref="ApiEmulator.Requests"/> keeps (the oldest go first). 1000 by default.</summary>
    public int MaxRecordedRequests { get; set; } = 1000;

    /// <summary>The largest request body accepted, in bytes; a larger one is answered 413. 1 MiB by default.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How many shards each Simple Log Service logstore has: <c>PutLogs</c> writes to shard 0 (<c>/shards/lb</c>) or,
    /// with a hash key (<c>/shards/route?key=</c>), to the shard whose even share of the 128-bit key space holds it;
    /// <c>GetCursor</c> and <c>PullLogs</c> read a shard back. 2 by default, as a new logstore has.
    /// </summary>
    public int SlsShardCount { get; set; } = 2;

    /// <summary>
    /// Where the emulator writes one line per request (action, status, error code). Null writes nothing.
    /// Secrets, signatures and security tokens are never logged.
    /// </summary>
    public ILogger? Logger { get; set; }
}
