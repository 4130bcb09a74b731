using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;

namespace SpecClient.Generator;

/// <summary>Reads the generator's inputs out of the compiler's objects, so that no compiler object reaches a model.</summary>
internal static class SpecInputs
{
    private const string Metadata = "build_metadata.AdditionalFiles.";

    /// <summary>The spec file, or null when the additional file is not an ApiSpec item.</summary>
    public static SpecFile? Read(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        // Cheap path check first: most additional files are not specs.
        if (!text.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !text.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        AnalyzerConfigOptions fileOptions = options.GetOptions(text);
        if (!fileOptions.TryGetValue(Metadata + "SpecClientSpec", out string? flag) || !string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? content = text.GetText(cancellationToken)?.ToString();
        if (content is null)
        {
            return null;
        }

        return new SpecFile(
            text.Path,
            content,
            new SpecOptions(
                Value(fileOptions, "Product"),
                Value(fileOptions, "Version"),
                Value(fileOptions, "Endpoint"),
                Value(fileOptions, "Namespace"),
                Value(fileOptions, "ClientName"),
                null));
    }

    public static string? RootNamespace(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static EmitOptions EmitOptionsOf(Compilation compilation)
    {
        LanguageVersion version = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        bool required = version >= LanguageVersion.CSharp11
            && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.RequiredMemberAttribute") is not null
            && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute") is not null;
        bool init = version >= LanguageVersion.CSharp9
            && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.IsExternalInit") is not null;
        bool factory = version >= LanguageVersion.CSharp11
            && compilation.GetTypeByMetadataName("SpecClient.ISpecClientFactory`1") is not null;
        return new EmitOptions(required, init, version >= LanguageVersion.CSharp8, factory);
    }

    private static string? Value(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Metadata + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
