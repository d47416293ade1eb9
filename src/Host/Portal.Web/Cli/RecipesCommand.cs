using Portal.Core.Recipes;

namespace Portal.Web.Cli;

internal static class RecipesCommand
{
    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services)
    {
        if (line.Sub != "run" || line.Words.Count < 3)
        {
            throw new CommandLineException("用法：recipes run FILE [--tenant NAME]。");
        }

        var changes = await services.GetRequiredService<RecipeRunner>().RunFileAsync(line.Words[2], line.Option("tenant"));
        if (line.Json)
        {
            CliOutput.Message(line, "", new { changes });
        }
        else
        {
            Console.Out.WriteLine(changes.Count == 0 ? "配方已运行：没有需要改变的内容。" : $"配方已运行，{changes.Count} 项改变：");
            foreach (var change in changes)
            {
                Console.Out.WriteLine("  " + change);
            }
        }

        return 0;
    }
}
