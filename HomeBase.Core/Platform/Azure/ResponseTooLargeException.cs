namespace HomeBase.Core.Platform.Azure;

/// <summary>An answer from Azure grew past <c>Azure:MaxResponseMegabytes</c> while it was read.</summary>
internal sealed class ResponseTooLargeException(long limit)
    : IOException($"The answer was larger than {limit / (1024 * 1024)} MB (Azure:MaxResponseMegabytes), so HomeBase stopped reading it.")
{
    public long Limit { get; } = limit;
}
