using System.CommandLine;
using System.CommandLine.Parsing;

namespace Ballast.Cli;

/// <summary>Rejects an argument value that looks like an option and names no file, so a
/// mistyped option reads "unrecognized option", not "no such file".</summary>
internal static class OptionLikeArguments
{
    public static TArgument RejectOptions<TArgument>(this TArgument argument)
        where TArgument : Argument
    {
        argument.Validators.Add(Validate);
        return argument;
    }

    private static void Validate(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.StartsWith('-') && token.Value.Length > 1
                && !File.Exists(token.Value) && !Directory.Exists(token.Value))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        }
    }
}
