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

    // Whole keys, not Metadata + name per file: five joined strings per page were 0.6 MB of a corpus run.
    private const string SpecKey = Metadata + "SpecClientSpec";
    private const string ProductKey = Metadata + "Product";
    private const string VersionKey = Metadata + "Version";
    private const string EndpointKey = Metadata + "Endpoint";
    private const string NamespaceKey = Metadata + "Namespace";
    private const string ClientNameKey = Metadata + "ClientName";

    /// <summary>The spec file, or null when the additional file is not an ApiSpec item.</summary>
    public static SpecFile? Read(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        // Cheap path check first: most additional files are not specs.
        if (!text.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !text.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        AnalyzerConfigOptions fileOptions = options.GetOptions(text);
        if (!fileOptions.TryGetValue(SpecKey, out string? flag) || !string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase))
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
                Value(fileOptions, ProductKey),
                Value(fileOptions, VersionKey),
                Value(fileOptions, EndpointKey),
                Value(fileOptions, NamespaceKey),
                Value(fileOptions, ClientNameKey),
                null));
    }

    public static string? RootNamespace(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static EmitOptions EmitOptionsOf(Compilation compilation)
    {
        LanguageVersion version = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        bool required = version >= LanguageVersion.CSharp11
            && Usable(compilation, "System.Runtime.CompilerServices.RequiredMemberAttribute")
            && Usable(compilation, "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute")
            && Usable(compilation, "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute");
        bool init = version >= LanguageVersion.CSharp9 && Usable(compilation, "System.Runtime.CompilerServices.IsExternalInit");
        bool factory = version >= LanguageVersion.CSharp11 && Usable(compilation, "SpecClient.ISpecClientFactory`1");
        bool paginators = version >= LanguageVersion.CSharp8
            && Usable(compilation, "System.Collections.Generic.IAsyncEnumerable`1")
            && Usable(compilation, "System.Runtime.CompilerServices.EnumeratorCancellationAttribute")
            && Usable(compilation, "System.Threading.Tasks.TaskAsyncEnumerableExtensions");
        return new EmitOptions(required, init, version >= LanguageVersion.CSharp8, factory, paginators);
    }

    // The compiler only uses a polyfill it can see: an internal copy inside some referenced library does not count.
    // (Polyfills that another source generator adds are invisible here; those projects get the older shapes.)
    private static bool Usable(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);

    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
