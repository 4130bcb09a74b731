using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SpecClient.Generator.Diagnostics;

/// <summary>
/// The Roslyn descriptors of the generator's diagnostics. Reading problems are warnings: a page the reader
/// cannot fully understand yet must never fail a build, but it must never pass silently either.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SpecClient";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [DiagnosticIds.InternalError] = Warning(DiagnosticIds.InternalError, "Spec file could not be read"),
        [DiagnosticIds.NoOperationName] = Warning(DiagnosticIds.NoOperationName, "Operation name not found"),
        [DiagnosticIds.NoRequestTable] = Info(DiagnosticIds.NoRequestTable, "No request parameters"),
        [DiagnosticIds.NoResponseTable] = Info(DiagnosticIds.NoResponseTable, "No response parameters"),
        [DiagnosticIds.MalformedRow] = Warning(DiagnosticIds.MalformedRow, "Malformed table row"),
        [DiagnosticIds.UnknownType] = Warning(DiagnosticIds.UnknownType, "Unknown type"),
        [DiagnosticIds.AmbiguousNesting] = Warning(DiagnosticIds.AmbiguousNesting, "Nesting of response fields not told"),
        [DiagnosticIds.UnknownProduct] = Warning(DiagnosticIds.UnknownProduct, "Product or version unknown"),
        [DiagnosticIds.UnsupportedParameter] = Warning(DiagnosticIds.UnsupportedParameter, "Parameter shape not supported"),
        [DiagnosticIds.DuplicateName] = Warning(DiagnosticIds.DuplicateName, "Duplicate name"),
        [DiagnosticIds.UnreadableSample] = Info(DiagnosticIds.UnreadableSample, "Sample response not readable"),
        [DiagnosticIds.ConflictingPages] = Warning(DiagnosticIds.ConflictingPages, "Pages disagree"),
        [DiagnosticIds.DuplicateOperation] = Warning(DiagnosticIds.DuplicateOperation, "Operation described twice"),
        [DiagnosticIds.NotInSample] = Info(DiagnosticIds.NotInSample, "Field not in the sample response"),
        [DiagnosticIds.UnsupportedSpec] = Warning(DiagnosticIds.UnsupportedSpec, "Spec format not supported"),
        [DiagnosticIds.CaseAlias] = Info(DiagnosticIds.CaseAlias, "Another spelling of a name"),
        [DiagnosticIds.PageMetadataDisagree] = Warning(DiagnosticIds.PageMetadataDisagree, "Doc page and metadata disagree"),
        [DiagnosticIds.SampleFieldNotDocumented] = Warning(DiagnosticIds.SampleFieldNotDocumented, "Sample field not in the response tables"),
        [DiagnosticIds.SampleTypeMismatch] = Warning(DiagnosticIds.SampleTypeMismatch, "Sample value does not match the documented type"),
        [DiagnosticIds.LanguageVersion] = Error(DiagnosticIds.LanguageVersion, "C# 8 or later needed"),
    };

    public static DiagnosticDescriptor Get(string id) =>
        ById.TryGetValue(id, out DiagnosticDescriptor? descriptor) ? descriptor : ById[DiagnosticIds.InternalError];

    private static DiagnosticDescriptor Warning(string id, string title) => new(id, title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private static DiagnosticDescriptor Info(string id, string title) => new(id, title, "{0}", Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

    private static DiagnosticDescriptor Error(string id, string title) => new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
