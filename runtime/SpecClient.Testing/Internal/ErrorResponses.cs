using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;

namespace SpecClient.Testing.Internal;

/// <summary>
/// Renders error bodies in the service's shape:
/// <c>{"RequestId","HostId","Code","Message","Recommend"}</c> in JSON, or <c>&lt;Error&gt;</c> with the same
/// children when the request asked for <c>Format=XML</c>.
/// </summary>
internal static class ErrorResponses
{
    // The real service writes URLs with a bare '&'; the default encoder would turn it into \u0026.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The troubleshooting link the real service puts in <c>Recommend</c>.</summary>
    public static string Recommend(string code, string? product)
    {
        var url = "https://api.aliyun.com/troubleshoot?q=" + Uri.EscapeDataString(code);
        return string.IsNullOrEmpty(product) ? url : url + "&product=" + Uri.EscapeDataString(product);
    }

    public static string Json(EmulatorError error, string requestId, string hostId, string? product)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("RequestId", requestId);
            writer.WriteString("HostId", hostId);
            writer.WriteString("Code", error.Code);
            writer.WriteString("Message", error.Message);
            writer.WriteString("Recommend", Recommend(error.Code, product));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Xml(EmulatorError error, string requestId, string hostId, string? product)
    {
        var document = new XElement(
            "Error",
            new XElement("RequestId", requestId),
            new XElement("HostId", hostId),
            new XElement("Code", error.Code),
            new XElement("Message", error.Message),
            new XElement("Recommend", Recommend(error.Code, product)));
        return XmlDeclaration + document.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The declaration the real service starts XML bodies with.</summary>
    public const string XmlDeclaration = "<?xml version='1.0' encoding='UTF-8'?>";
}
