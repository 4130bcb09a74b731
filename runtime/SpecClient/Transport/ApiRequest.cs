using System;
using System.Collections.Generic;
using System.Globalization;

namespace SpecClient;

/// <summary>
/// The wire parameters of one call, in the order they were added. Generated request classes write
/// themselves into it; the transport adds the common parameters, signs and sends it. ROA operations also put
/// parameters into the path, headers and a JSON body (<see cref="ParameterLocation"/>, ApiRequest.Roa.cs).
/// </summary>
public sealed partial class ApiRequest
{
    private const string RegionIdName = "RegionId";

    private readonly List<KeyValuePair<string, string>> _parameters = new(8);

    /// <summary>Starts a request for <paramref name="operation"/>.</summary>
    public ApiRequest(OperationDescriptor operation)
    {
        Operation = operation ?? throw new ArgumentNullException(nameof(operation));

        // A path can carry fixed query parameters (SLS: /logstores/{logstore}/shards/{shard}?action=split):
        // they travel, and are signed, as query parameters of every call.
        int question = operation.Path.IndexOf('?');
        if (question >= 0)
        {
            foreach (string pair in operation.Path.Substring(question + 1).Split('&'))
            {
                int equals = pair.IndexOf('=');
                if (pair.Length > 0)
                {
                    _parameters.Add(equals < 0
                        ? new KeyValuePair<string, string>(pair, string.Empty)
                        : new KeyValuePair<string, string>(pair.Substring(0, equals), pair.Substring(equals + 1)));
                }
            }
        }
    }

    /// <summary>The operation this request calls.</summary>
    public OperationDescriptor Operation { get; }

    /// <summary>The parameters added so far, as wire names and invariant-culture values.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    /// <summary>Adds a string parameter; a null value is left out.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    /// <param name="location">Where it travels: the query (RPC, and ROA's default), or a ROA path, header or JSON body field.</param>
    public void Add(string name, string? value, ParameterLocation location = ParameterLocation.Query)
    {
        if (value is null)
        {
            return;
        }

        if (location == ParameterLocation.Body)
        {
            Body.Add(name, value);
        }
        else
        {
            AddText(name, value, location);
        }
    }

    /// <summary>Adds an integer parameter; a null value is left out.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    /// <param name="location">Where it travels (see <see cref="Add(string, string, ParameterLocation)"/>).</param>
    public void Add(string name, int? value, ParameterLocation location = ParameterLocation.Query) => Add(name, (long?)value, location);

    /// <summary>Adds a 64-bit integer parameter; a null value is left out.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    /// <param name="location">Where it travels (see <see cref="Add(string, string, ParameterLocation)"/>).</param>
    public void Add(string name, long? value, ParameterLocation location = ParameterLocation.Query)
    {
        if (value is not { } v)
        {
            return;
        }

        if (location == ParameterLocation.Body)
        {
            Body.Add(name, v);
        }
        else
        {
            AddText(name, v.ToString(CultureInfo.InvariantCulture), location);
        }
    }

    /// <summary>Adds a boolean parameter as <c>true</c> or <c>false</c>; a null value is left out.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    /// <param name="location">Where it travels (see <see cref="Add(string, string, ParameterLocation)"/>).</param>
    public void Add(string name, bool? value, ParameterLocation location = ParameterLocation.Query)
    {
        if (value is not { } v)
        {
            return;
        }

        if (location == ParameterLocation.Body)
        {
            Body.Add(name, v);
        }
        else
        {
            AddText(name, v ? "true" : "false", location);
        }
    }

    /// <summary>Adds a floating-point parameter (round-trip format); a null value is left out.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    /// <param name="location">Where it travels (see <see cref="Add(string, string, ParameterLocation)"/>).</param>
    public void Add(string name, double? value, ParameterLocation location = ParameterLocation.Query)
    {
        if (value is not { } v)
        {
            return;
        }

        if (location == ParameterLocation.Body)
        {
            Body.Add(name, v);
        }
        else
        {
            AddText(name, v.ToString("R", CultureInfo.InvariantCulture), location);
        }
    }

    /// <summary>
    /// Adds the operation's <c>RegionId</c> parameter. A null value is filled by the client from
    /// <see cref="SpecClientOptions.RegionId"/> when the call is sent (a required one must then come from one of the two).
    /// </summary>
    public void AddRegionId(string? value)
    {
        TakesRegionId = true;
        Add(RegionIdName, value);
    }

    /// <summary>True once <see cref="AddRegionId"/> was called: the operation has a RegionId parameter.</summary>
    internal bool TakesRegionId { get; private set; }

    /// <summary>
    /// Sends <paramref name="regionId"/> as the RegionId of an operation that takes one and was given none, once;
    /// the parameters' order does not matter (signing sorts them).
    /// </summary>
    /// <exception cref="ArgumentException">The operation requires a RegionId and neither the request nor the options give one.</exception>
    internal void FillRegionId(string? regionId)
    {
        if (!TakesRegionId || HasParameter(RegionIdName))
        {
            return;
        }

        if (regionId is not null)
        {
            Add(RegionIdName, regionId);
        }
        else if (Contains(Operation.RequiredParameters, RegionIdName))
        {
            throw new ArgumentException(
                "The request parameter 'RegionId' is required: set it on the request, or set SpecClientOptions.RegionId.", RegionIdName);
        }
    }

    /// <summary>Throws when a parameter the docs mark as required was not given a value.</summary>
    public static void ThrowIfMissing(object? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentException("The request parameter '" + parameterName + "' is required.", parameterName);
        }
    }

    private bool HasParameter(string name)
    {
        foreach (KeyValuePair<string, string> parameter in _parameters)
        {
            if (string.Equals(parameter.Key, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
