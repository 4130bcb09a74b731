using System;
using System.Collections.Generic;
using System.Threading;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Json;
using SpecClient.Generator.Reading.Metadata;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Reads Alibaba Cloud's OpenAPI metadata (<c>api-docs.json</c>): one product, one operation per
/// <c>apis.&lt;Name&gt;</c>. Pure and total like <see cref="MarkdownSpecReader"/>: text in, operations and
/// diagnostics out; a file that is not JSON is reported where it stops being JSON, and a reader bug costs
/// one operation (or at worst the file), never the generator's output.
/// </summary>
internal static class MetadataSpecReader
{
    public static SpecReadResult Read(SpecFile file, CancellationToken cancellationToken) => Read(file, documentedView: false, cancellationToken);

    /// <summary>
    /// Reads the file; with <paramref name="documentedView"/>, requests as the doc pages present them, for
    /// comparing (see <see cref="MetadataContext.DocumentedView"/>).
    /// </summary>
    public static SpecReadResult Read(SpecFile file, bool documentedView, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            return new SpecReadResult(ReadOperations(file, documentedView, diagnostics, cancellationToken).ToEquatableArray(), diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            diagnostics.Add(DiagnosticIds.InternalError, "The file could not be read: " + exception.GetType().Name + ": " + exception.Message, LocationInfo.FileStart(file.Path));
            return new SpecReadResult(EquatableArray<Operation>.Empty, diagnostics.ToEquatableArray());
        }
    }

    private static List<Operation> ReadOperations(SpecFile file, bool documentedView, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var operations = new List<Operation>();
        var lines = new LineIndex(file.Path, file.Text);
        JsonValue root;
        try
        {
            root = JsonParser.Parse(file.Text);
        }
        catch (JsonParseException exception)
        {
            diagnostics.Add(DiagnosticIds.InternalError, "The file is not valid JSON: " + exception.Reason + ".", lines.At(exception.Line, exception.Column, 1));
            return operations;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (root is not JsonObject document || document.GetObject("apis") is not { } apis)
        {
            diagnostics.Add(DiagnosticIds.UnsupportedSpec, "The JSON file is not api-docs.json metadata (it has no \"apis\" object); it is skipped.", LocationInfo.FileStart(file.Path));
            return operations;
        }

        JsonObject? info = document.GetObject("info");
        string? style = info?.GetString("style");
        ApiStyleKind kind = string.Equals(style, "ROA", StringComparison.OrdinalIgnoreCase) || string.Equals(style, "SLS", StringComparison.OrdinalIgnoreCase)
            ? ApiStyleKind.Roa
            : ApiStyleKind.Rpc;
        EquatableArray<RegionEndpoint> endpoints = MetadataEndpoints.Read(document);
        SpecOptions options = file.Options;
        var product = new ProductFacts(
            options.Product ?? Blank(info?.GetString("product")),
            options.Version ?? Blank(info?.GetString("version")),
            options.Endpoint ?? MetadataEndpoints.Default(endpoints),
            options.Namespace,
            options.ClientName,
            kind,
            endpoints);

        var context = new MetadataContext(lines, diagnostics, document.GetObject("components")?.GetObject("schemas"), xmlShapedResponses: kind == ApiStyleKind.Rpc, documentedView);
        var reader = new MetadataOperationReader(context, product);
        foreach (JsonProperty entry in apis.Properties)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Value is not JsonObject)
            {
                diagnostics.Add(DiagnosticIds.MalformedRow, "apis." + entry.Name + " is not an object; it is skipped.", context.At(entry));
                continue;
            }

            try
            {
                operations.Add(reader.Read(entry, file.Path));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A reader bug must cost one operation, not the product.
                diagnostics.Add(DiagnosticIds.InternalError, "The operation " + entry.Name + " could not be read: " + exception.GetType().Name + ": " + exception.Message, context.At(entry));
            }
        }

        return operations;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
