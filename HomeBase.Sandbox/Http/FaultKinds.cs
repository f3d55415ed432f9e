namespace HomeBase.Sandbox.Http;

/// <summary>What an injected fault does to a request.</summary>
public static class FaultKinds
{
    public const string Throttle = "throttle";
    public const string ThrottleWithoutRetryAfter = "throttle_without_retry_after";
    public const string ServerError = "server_error";
    public const string Unavailable = "unavailable";
    public const string Slow = "slow";

    /// <summary>403 Authorization_RequestDenied although the token has the permission (as Microsoft's known issues do).</summary>
    public const string Forbidden = "forbidden";
    public const string Truncated = "truncated";
    public const string Malformed = "malformed";
    public const string ExpiredDeltaToken = "expired_delta_token";

    /// <summary>
    /// 200 with the rule's JSON body instead of the sandbox's own answer: Microsoft's documented example responses
    /// replayed through the real connectors.
    /// </summary>
    public const string Replay = "replay";

    /// <summary>200 with a well-formed page that never ends (records of padding, up to 4 GiB): what a client must stop reading.</summary>
    public const string Oversized = "oversized";

    /// <summary>200 with the start of the real answer at once and the rest after the rule's delay: a body that trickles in.</summary>
    public const string Stalled = "stalled";

    public static IReadOnlyList<string> All { get; } =
        [Throttle, ThrottleWithoutRetryAfter, ServerError, Unavailable, Slow, Truncated, Malformed, ExpiredDeltaToken, Forbidden, Replay, Oversized, Stalled];
}
