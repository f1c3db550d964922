using Justice.Samples.Cli;

return JusticeCli.Run(args, CliContext.ForProcess());
