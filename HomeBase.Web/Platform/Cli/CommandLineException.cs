using HomeBase.Core.Platform.Persistence;
using HomeBase.Web.Platform.Hosting;

namespace HomeBase.Web.Platform.Cli;

public sealed class CommandLineException(string message) : Exception(message);
