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

    // Compared in place, character by character as string.ToLowerInvariant would lower them: every response
    // field's name is asked, and lowering each into a new string was most of the time spent here.
    public static bool IsOperationHeader(string name)
    {
        ReadOnlySpan<char> trimmed = name.AsSpan().Trim();
        if (!(StartsLowered(trimmed, "x-log-") || StartsLowered(trimmed, "x-acs-")))
        {
            return false;
        }

        foreach (string transport in TransportHeaders)
        {
            if (trimmed.Length == transport.Length && StartsLowered(trimmed, transport))
            {
                return false;
            }
        }

        return true;
    }

    // True when text, lowered, starts with lower (which is lower case already).
    private static bool StartsLowered(ReadOnlySpan<char> text, string lower)
    {
        if (text.Length < lower.Length)
        {
            return false;
        }

        for (int i = 0; i < lower.Length; i++)
        {
            if (char.ToLowerInvariant(text[i]) != lower[i])
            {
                return false;
            }
        }

        return true;
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
