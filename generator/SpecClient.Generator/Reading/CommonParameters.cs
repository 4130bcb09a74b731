using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The parameters the runtime adds to every call itself (RPC's Action, Version and signature fields). A request
/// class must never get a second Action or Signature: metadata files and doc pages that list them (SLS's
/// OpenSlsService page, some CDN pages' Version row) have them left out.
/// </summary>
internal static class CommonParameters
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Action", "Version", "Format", "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion",
        "SignatureNonce", "SignatureType", "Timestamp", "SecurityToken",
    };

    public static bool Contains(string name) => Names.Contains(name);
}
