using Microsoft.Extensions.Options;

namespace HomeBase.Web.Platform.Hosting;

/// <summary>Refuses to start with a proxy entry that is not an address or a network, naming each one.</summary>
internal sealed class ReverseProxyOptionsValidator : IValidateOptions<ReverseProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ReverseProxyOptions options) =>
        options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
