using System;

namespace SpecClient.Generator.Reading;

/// <summary>The sections of a doc page the reader looks for, recognised from their headings in English and Chinese.</summary>
internal enum SectionKind
{
    Other,
    Request,
    Response,
    Examples,
    Errors,
}

internal static class SectionKinds
{
    public static SectionKind Classify(string heading)
    {
        // Lower-cased in place (LowerText's buffer): every heading is classified, several times per page.
        ReadOnlySpan<char> text = LowerText.Of(heading.AsSpan().Trim());
        if (text.StartsWith("request parameter".AsSpan()) || text.StartsWith("请求参数".AsSpan()) || text.SequenceEqual("requestbody".AsSpan()))
        {
            return SectionKind.Request;
        }

        if (text.StartsWith("response parameter".AsSpan()) || text.StartsWith("return parameter".AsSpan())
            || text.StartsWith("returns parameter".AsSpan()) || text.StartsWith("response element".AsSpan())
            || text.StartsWith("返回数据".AsSpan()) || text.StartsWith("返回参数".AsSpan()))
        {
            return SectionKind.Response;
        }

        if (text.StartsWith("example".AsSpan()) || text.StartsWith("sample".AsSpan())
            || text.StartsWith("示例".AsSpan()) || text.IndexOf("examples".AsSpan()) >= 0)
        {
            return SectionKind.Examples;
        }

        if (text.StartsWith("error code".AsSpan()) || text.StartsWith("错误码".AsSpan()))
        {
            return SectionKind.Errors;
        }

        return SectionKind.Other;
    }
}
