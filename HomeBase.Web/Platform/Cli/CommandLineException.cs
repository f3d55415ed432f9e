namespace HomeBase.Web.Platform.Cli;

public sealed class CommandLineException(string message) : Exception(message);
