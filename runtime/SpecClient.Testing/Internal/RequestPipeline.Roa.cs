using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SpecClient.Signing;

namespace SpecClient.Testing.Internal;

/// <summary>
/// ROA operations: routed by method and path pattern (and <c>x-acs-action</c> / <c>x-acs-version</c> when sent),
/// authenticated with V3 (the same check as RPC, over the received path and body) or ROA's own V1
/// (<c>acs id:signature</c>), required parameters looked up in path, query, headers and the JSON body.
/// Simple Log Service operations take only SLS's <c>LOG</c> signature, and their project from the host.
/// </summary>
internal sealed partial class RequestPipeline
{
    private bool IsRoa(ReceivedRequest request)
    {
        if (request.Path != "/" || IsSls(request) || (request.Header("Authorization")?.StartsWith(RoaV1Signature.Scheme, StringComparison.Ordinal) ?? false))
        {
            return true;
        }

        // A ROA operation at the root path (SLS ListProject: GET /) is known by its x-acs-action.
        var action = request.Header("x-acs-action");
        return action is not null && _operations.Find(action).Any(o => o.Style == ApiStyle.Roa);
    }

    private object EvaluateRoa(ReceivedRequest request, Exchange exchange, string requestId)
    {
        exchange.Action = request.Header("x-acs-action");
        exchange.Version = request.Header("x-acs-version");
        bool sls = IsSls(request);
        var routes = _operations.Routes(request.Method, sls ? SlsLogStore.OperationPath(request.Path) : request.Path, request.Query)
            .Where(r => (r.Operation.Style == ApiStyle.Sls) == sls)
            .Where(r => exchange.Action is null || string.Equals(r.Operation.Action, exchange.Action, StringComparison.Ordinal))
            .OrderBy(r => r.Values.Count) // a literal segment wins over a placeholder: /instances/tags before /instances/{InstanceId} (stable: a fixed query still wins)
            .ToList();
        if (routes.Count == 0)
        {
            exchange.Product = _operations.Find(exchange.Action ?? string.Empty).FirstOrDefault()?.Product;
            return new EmulatorError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
        }

        exchange.Product = routes[0].Operation.Product;
        if (sls)
        {
            // SLS's wire protocol has no API version (x-log-apiversion is checked with the signature).
            exchange.Version = routes[0].Operation.Version;
        }
        else if (string.IsNullOrEmpty(exchange.Version))
        {
            return EmulatorError.Missing("Version");
        }

        var route = routes.FirstOrDefault(r => string.Equals(r.Operation.Version, exchange.Version, StringComparison.Ordinal));
        if (route.Operation is null)
        {
            return new EmulatorError(400, "InvalidVersion", "Specified parameter Version is not valid.");
        }

        OperationDescriptor operation = route.Operation;
        exchange.Action = operation.Action;
        exchange.Product = operation.Product;
        var body = BodyFields(request.Body);
        var hostLabel = operation.HostParameter is null ? null : HostLabel(request.Header("Host"));
        exchange.RoaParameters = route.Values
            .Concat(hostLabel is null ? Enumerable.Empty<KeyValuePair<string, string>>() : new[] { new KeyValuePair<string, string>(operation.HostParameter!, hostLabel) })
            .Concat(body.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)))
            .ToArray();

        var rejected = AuthenticateRoa(request, exchange);
        if (rejected is not null)
        {
            return rejected;
        }

        foreach (var required in operation.RequiredParameters)
        {
            bool present = route.Values.Any(v => v.Key == required)
                || (required == operation.HostParameter && hostLabel is not null)
                || RequestParameters.IsPresent(required, request.Query)
                || request.Header(required) is not null
                || body.Any(f => f.Key == required)
                || (required == "body" && request.Body.Length > 0);
            if (!present)
            {
                return EmulatorError.Missing(required);
            }
        }

        if (_overrides.TryGetValue(operation.Action, out var answer))
        {
            return answer.Error ?? (object)new Success(answer.Json!, isXml: false);
        }

        // SLS's logs: PutLogs stores them, GetCursor and PullLogs read them back.
        if (sls && _slsLogs.Answer(operation.Action, request, hostLabel, SlsBody.Read(request).Body) is { } stored)
        {
            return stored;
        }

        return Sample(operation, exchange.WantsXml, requestId);
    }

    private EmulatorError? AuthenticateRoa(ReceivedRequest request, Exchange exchange)
    {
        var authorization = request.Header("Authorization");
        if (authorization is null)
        {
            return new EmulatorError(400, "MissingAuthorization", "Authorization is mandatory for this action.");
        }

        if (authorization.StartsWith(SlsLogSignature.Scheme, StringComparison.Ordinal))
        {
            exchange.SignatureVersion = SignatureVersion.V1;
            if (!RoaV1Signature.TryParse(authorization, SlsLogSignature.Scheme, out var slsKeyId, out var slsSignature))
            {
                return new EmulatorError(401, "Unauthorized", "The Authorization header is not of the form LOG AccessKeyId:Signature.");
            }

            exchange.AccessKeyId = slsKeyId;
            return _authenticator.AuthenticateSls(request, slsKeyId, slsSignature);
        }

        if (authorization.StartsWith(RoaV1Signature.Scheme, StringComparison.Ordinal))
        {
            exchange.SignatureVersion = SignatureVersion.V1;
            if (!RoaV1Signature.TryParse(authorization, out var accessKeyId, out var signature))
            {
                return new EmulatorError(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards. Expected acs AccessKeyId:Signature.");
            }

            exchange.AccessKeyId = accessKeyId;
            return _authenticator.AuthenticateRoaV1(request, accessKeyId, signature);
        }

        if (!Acs3Authorization.TryParse(authorization, out var acs3, out var problem))
        {
            return new EmulatorError(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards. " + problem);
        }

        exchange.SignatureVersion = SignatureVersion.V3;
        exchange.AccessKeyId = acs3!.Credential;
        return _authenticator.AuthenticateV3(request, acs3, exchange);
    }

    private static bool IsSls(ReceivedRequest request) =>
        request.Header("Authorization")?.StartsWith(SlsLogSignature.Scheme, StringComparison.Ordinal) ?? false;

    // The project of "my-project.127.0.0.1:5000" or "my-project.localhost:5000": on loopback the host label
    // comes before an address that has no sub-domains; null when the Host names no label.
    private static string? HostLabel(string? host)
    {
        if (host is null || host.StartsWith("[", StringComparison.Ordinal))
        {
            return null;
        }

        var colon = host.LastIndexOf(':');
        var name = colon < 0 ? host : host.Substring(0, colon);
        var dot = name.IndexOf('.');
        if (dot <= 0 || System.Net.IPAddress.TryParse(name, out _))
        {
            return null;
        }

        var rest = name.Substring(dot + 1);
        return System.Net.IPAddress.TryParse(rest, out _) || string.Equals(rest, "localhost", StringComparison.OrdinalIgnoreCase)
            ? name.Substring(0, dot)
            : null;
    }

    // The top-level fields of a JSON object body (scalars as text, others as null); none for any other body.
    private static List<KeyValuePair<string, string?>> BodyFields(byte[] body)
    {
        var fields = new List<KeyValuePair<string, string?>>();
        if (body.Length == 0)
        {
            return fields;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    string? text = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null => null,
                        _ => property.Value.GetRawText(),
                    };
                    fields.Add(new KeyValuePair<string, string?>(property.Name, text));
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the required-parameter check finds no body field.
        }

        return fields;
    }
}
