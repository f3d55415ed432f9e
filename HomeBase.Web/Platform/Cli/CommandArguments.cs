namespace HomeBase.Web.Platform.Cli;

/// <summary>A verb (<c>tenants create</c>) and its <c>--option value</c> pairs.</summary>
public sealed record CommandArguments(string Group, string Verb, IReadOnlyDictionary<string, string> Options)
{
    public static CommandArguments Parse(string[] args)
    {
        if (args.Length < 2) throw new CommandLineException($"'{args.FirstOrDefault()}' needs a verb.");
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 2; i < args.Length; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length < 3)
            {
                throw new CommandLineException($"Unexpected argument '{name}'.");
            }
            if (i + 1 >= args.Length) throw new CommandLineException($"{name} needs a value.");
            if (!options.TryAdd(name[2..], args[++i])) throw new CommandLineException($"{name} is given twice.");
        }
        return new CommandArguments(args[0], args[1], options);
    }

    public string Required(string option) =>
        Options.TryGetValue(option, out var value) ? value : throw new CommandLineException($"{Group} {Verb} needs --{option}.");

    public void AllowOnly(params string[] allowed)
    {
        var unknown = Options.Keys.Except(allowed).ToList();
        if (unknown.Count > 0) throw new CommandLineException($"{Group} {Verb} does not take --{string.Join(", --", unknown)}.");
    }
}
