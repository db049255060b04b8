using System.CommandLine;
using DhrLibrary.Bench.Commands;

var root = new RootCommand("Benchmarks for the DHR library generator: corpus, whole build (with the Hugo peer), serve latency, search page in a browser, lunr.js payload comparison")
{
    CorpusCommand.Create(),
    BuildBenchCommand.Create(),
    ServeBenchCommand.Create(),
    BrowserBenchCommand.Create(),
    LunrCommand.Create(),
    PagesBenchCommand.Create(),
    LighthouseCommand.Create(),
    ReportsBenchCommand.Create(),
    YamlBenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
