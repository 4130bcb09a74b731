using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Some JSON samples wrap the response in one object named after the operation, as its XML sample's root
/// element is (<c>{"DescribeMasterSlaveServerGroupAttributeResponse": {...}}</c>, <c>{"AddVServerGroupBackendServers": {...}}</c>).
/// The service sends the fields themselves, so nesting is resolved, and the sample checked, against what the
/// envelope holds; <see cref="SampleXml"/> drops the XML root the same way.
/// </summary>
internal static class SampleEnvelope
{
    /// <summary>The envelope property when <paramref name="sample"/> is one, else null.</summary>
    public static KeyValuePair<string, SampleNode>? Find(SampleNode? sample, string operationName)
    {
        if (sample is not { Kind: SampleNodeKind.Object, Properties.Count: 1 })
        {
            return null;
        }

        KeyValuePair<string, SampleNode> only = sample.Properties[0];
        bool named = only.Key.EndsWith("Response", StringComparison.OrdinalIgnoreCase)
            || string.Equals(only.Key, operationName, StringComparison.OrdinalIgnoreCase);
        return named && only.Value.Kind == SampleNodeKind.Object ? only : null;
    }
}
