using System;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Which response headers are an operation's own answer (SLS's <c>x-log-progress</c>, <c>x-log-count</c>): the
/// <c>x-log-*</c> and <c>x-acs-*</c> ones, but for those the transport itself handles (the request id, the body's
/// size and compression). Server, Date, Content-Type and the like are HTTP's, not the operation's. Both readers
/// use it: the metadata lists headers apart, doc pages put a header table in the response section.
/// </summary>
internal static class ResponseHeaderNames
{
    private static readonly string[] TransportHeaders = { "x-log-requestid", "x-acs-request-id", "x-log-bodyrawsize", "x-log-compresstype" };

    public static bool IsOperationHeader(string name)
    {
        string lower = name.Trim().ToLowerInvariant();
        return (lower.StartsWith("x-log-", StringComparison.Ordinal) || lower.StartsWith("x-acs-", StringComparison.Ordinal))
            && Array.IndexOf(TransportHeaders, lower) < 0;
    }

    /// <summary>A page's top-level response rows named like the operation's headers are header fields: no JSON body carries such names.</summary>
    public static EquatableArray<ResponseField> MarkHeaders(EquatableArray<ResponseField> fields)
    {
        bool any = false;
        foreach (ResponseField field in fields)
        {
            any |= field.Shape == ValueShape.Scalar && IsOperationHeader(field.WireName);
        }

        if (!any)
        {
            return fields;
        }

        var marked = new ResponseField[fields.Count];
        for (int i = 0; i < marked.Length; i++)
        {
            ResponseField field = fields[i];
            marked[i] = field.Shape == ValueShape.Scalar && IsOperationHeader(field.WireName) ? field with { FromHeader = true } : field;
        }

        return marked.ToEquatableArray();
    }
}
