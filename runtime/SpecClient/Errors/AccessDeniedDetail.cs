namespace SpecClient;

/// <summary>
/// The <c>AccessDeniedDetail</c> of an error body: which RAM permission the call lacked. Every field is null
/// when the service did not send it.
/// </summary>
/// <remarks>
/// Read without reflection from the JSON (or XML) error body; <see cref="Raw"/> keeps the whole object as
/// JSON text for fields this version does not name. Decode <see cref="EncodedDiagnosticMessage"/> with the
/// RAM <c>DecodeDiagnosticMessage</c> operation.
/// </remarks>
public sealed class AccessDeniedDetail
{
    /// <summary>Creates the detail.</summary>
    /// <param name="authAction">The action that was denied, for example <c>domain:QueryDomainList</c>.</param>
    /// <param name="authPrincipalType">The kind of principal, for example <c>SubUser</c>.</param>
    /// <param name="authPrincipalOwnerId">The account that owns the principal.</param>
    /// <param name="authPrincipalDisplayName">The principal's name.</param>
    /// <param name="policyType">The kind of policy that denied, for example <c>AccountLevelIdentityBasedPolicy</c>.</param>
    /// <param name="noPermissionType">Why, for example <c>ImplicitDeny</c> or <c>ExplicitDeny</c>.</param>
    /// <param name="encodedDiagnosticMessage">The encoded diagnosis.</param>
    /// <param name="raw">The whole object as JSON text.</param>
    public AccessDeniedDetail(
        string? authAction,
        string? authPrincipalType,
        string? authPrincipalOwnerId,
        string? authPrincipalDisplayName,
        string? policyType,
        string? noPermissionType,
        string? encodedDiagnosticMessage,
        string? raw)
    {
        AuthAction = authAction;
        AuthPrincipalType = authPrincipalType;
        AuthPrincipalOwnerId = authPrincipalOwnerId;
        AuthPrincipalDisplayName = authPrincipalDisplayName;
        PolicyType = policyType;
        NoPermissionType = noPermissionType;
        EncodedDiagnosticMessage = encodedDiagnosticMessage;
        Raw = raw;
    }

    /// <summary>The action that was denied, for example <c>domain:QueryDomainList</c>.</summary>
    public string? AuthAction { get; }

    /// <summary>The kind of principal that called, for example <c>SubUser</c> or <c>AssumedRoleUser</c>.</summary>
    public string? AuthPrincipalType { get; }

    /// <summary>The id of the account that owns the principal.</summary>
    public string? AuthPrincipalOwnerId { get; }

    /// <summary>The principal's display name.</summary>
    public string? AuthPrincipalDisplayName { get; }

    /// <summary>The kind of policy that decided, for example <c>AccountLevelIdentityBasedPolicy</c>.</summary>
    public string? PolicyType { get; }

    /// <summary>Why the call was denied, for example <c>ImplicitDeny</c> or <c>ExplicitDeny</c>.</summary>
    public string? NoPermissionType { get; }

    /// <summary>The encoded diagnosis (decode it with RAM's <c>DecodeDiagnosticMessage</c>).</summary>
    public string? EncodedDiagnosticMessage { get; }

    /// <summary>The whole <c>AccessDeniedDetail</c> object as JSON text, as the service sent it.</summary>
    public string? Raw { get; }

    /// <inheritdoc />
    public override string ToString() => Raw ?? string.Empty;
}
