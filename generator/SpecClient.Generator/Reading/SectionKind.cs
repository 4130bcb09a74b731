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
        string text = heading.Trim().ToLowerInvariant();
        if (text.StartsWith("request parameter", StringComparison.Ordinal) || text.StartsWith("请求参数", StringComparison.Ordinal) || text == "requestbody")
        {
            return SectionKind.Request;
        }

        if (text.StartsWith("response parameter", StringComparison.Ordinal) || text.StartsWith("return parameter", StringComparison.Ordinal)
            || text.StartsWith("returns parameter", StringComparison.Ordinal) || text.StartsWith("response element", StringComparison.Ordinal)
            || text.StartsWith("返回数据", StringComparison.Ordinal) || text.StartsWith("返回参数", StringComparison.Ordinal))
        {
            return SectionKind.Response;
        }

        if (text.StartsWith("example", StringComparison.Ordinal) || text.StartsWith("sample", StringComparison.Ordinal)
            || text.StartsWith("示例", StringComparison.Ordinal) || text.Contains("examples"))
        {
            return SectionKind.Examples;
        }

        if (text.StartsWith("error code", StringComparison.Ordinal) || text.StartsWith("错误码", StringComparison.Ordinal))
        {
            return SectionKind.Errors;
        }

        return SectionKind.Other;
    }
}
