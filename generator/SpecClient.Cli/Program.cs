using System;
using SpecClient.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
