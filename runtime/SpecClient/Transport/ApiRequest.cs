using System;
using System.Collections.Generic;
using System.Globalization;

namespace SpecClient;

/// <summary>
/// The wire parameters of one call, in the order they were added. Generated request classes write
/// themselves into it; the transport adds the common parameters, signs and sends it.
/// </summary>
public sealed class ApiRequest
{
    private readonly List<KeyValuePair<string, string>> _parameters = new(8);

    /// <summary>Starts a request for <paramref name="operation"/>.</summary>
    public ApiRequest(OperationDescriptor operation)
    {
        Operation = operation ?? throw new ArgumentNullException(nameof(operation));
    }

    /// <summary>The operation this request calls.</summary>
    public OperationDescriptor Operation { get; }

    /// <summary>The parameters added so far, as wire names and invariant-culture values.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    /// <summary>Adds a string parameter; a null value is left out.</summary>
    public void Add(string name, string? value)
    {
        if (value is not null)
        {
            _parameters.Add(new KeyValuePair<string, string>(name, value));
        }
    }

    /// <summary>Adds an integer parameter; a null value is left out.</summary>
    public void Add(string name, int? value)
    {
        if (value is { } v)
        {
            _parameters.Add(new KeyValuePair<string, string>(name, v.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Adds a 64-bit integer parameter; a null value is left out.</summary>
    public void Add(string name, long? value)
    {
        if (value is { } v)
        {
            _parameters.Add(new KeyValuePair<string, string>(name, v.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Adds a boolean parameter as <c>true</c> or <c>false</c>; a null value is left out.</summary>
    public void Add(string name, bool? value)
    {
        if (value is { } v)
        {
            _parameters.Add(new KeyValuePair<string, string>(name, v ? "true" : "false"));
        }
    }

    /// <summary>Adds a floating-point parameter (round-trip format); a null value is left out.</summary>
    public void Add(string name, double? value)
    {
        if (value is { } v)
        {
            _parameters.Add(new KeyValuePair<string, string>(name, v.ToString("R", CultureInfo.InvariantCulture)));
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
}
