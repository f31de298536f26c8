import FoundationEssentials
import Platform
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Query
import Facts
import Shell
import PluginKit
import BuiltinPlugins

struct Baocao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baocao",
        abstract: "Question a municipal socio-economic report: facts, indicators and a small query language.",
        discussion: """
        With no arguments on a terminal, starts the REPL. With input piped in, runs it as a script.

        Options people use most (`baocao start --help` lists all):
          -c EXPR              run EXPR, print the result and exit (repeatable)
          --report PATH        reports to load (files, folders, globs)
          --db FILE            open a corpus database made by `baocao import`
          --format FORMAT      table, json, jsonl, csv, markdown or plain
          --numbers vi|en      1.234,5 as the report writes numbers, or 1,234.5
          --plugins DIR        load the manifest plugins in DIR
          --keep-going         go on after a failing statement

        Exit status: 0 success, 1 a query failed, 2 usage, an unreadable file
        or a broken plugin, 3 a query that does not parse.
        """,
        version: PluginSpecReader.baocaoVersion,
        subcommands: [Start.self, Run.self, Check.self, Import.self, PluginCommand.self, Docs.self],
        defaultSubcommand: Start.self
    )
}

/// `baocao [-c EXPR]…`: the REPL, piped input, or one-shot expressions.
struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "(default) Start the REPL, or run -c expressions or piped input.")


    @OptionGroup var options: CommonOptions

    // Unconditional: `-c -12` is the expression -12, as a shell's -c would take it.
    @Option(name: .customShort("c"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("Run this expression, print the result and exit (repeatable).", valueName: "expr"))
    var commands: [String] = []

    func run() throws {
        try StartMode(settings: options.settings, commands: commands).run()
    }
}

/// `baocao run FILE…`: run saved query scripts.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run saved query scripts (.bq files).")

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("The scripts to run; - reads standard input.", valueName: "file"))
    var files: [String]

    func run() throws {
        let engine = try options.engine()
        var failed: ExitStatus?
        for file in files {
            let read = file == "-" ? Data(StandardStreams.readAllInput()) : FileManager.default.contents(atPath: file)
            guard let data = read else {
                Output.error("error: cannot read script '\(file)'")
                throw ExitCodeError(status: .usage)
            }
            guard let source = String(validating: data, as: UTF8.self) else {
                Output.error("error: script '\(file)' is not UTF-8 text")
                throw ExitCodeError(status: .usage)
            }
            let status = ScriptRunner(engine: engine, keepGoing: options.keepGoing).run(source: source, name: file == "-" ? "<stdin>" : file)
            if status != ExitStatus.success {
                guard options.keepGoing else { throw ExitCodeError(status: status) }
                failed = failed ?? status
            }
        }
        if let failed { throw ExitCodeError(status: failed) }
        if engine.startupErrors > 0 { throw ExitCodeError(status: .usage) }
    }
}

/// `baocao check FILE…`: run scripts whose statements carry `# => expected` and report mismatches.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check saved scripts against the results written in their `# =>` comments.")

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("The scripts to check.", valueName: "file"))
    var files: [String]

    func run() throws {
        var passed = 0, failed = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file), let source = String(validating: data, as: UTF8.self) else {
                Output.error("error: cannot read script '\(file)' as UTF-8 text")
                throw ExitCodeError(status: .usage)
            }
            // Each script starts afresh, as it would when run on its own.
            let summary = ScriptChecker(engine: try options.engine()).check(source: source, name: file)
            summary.messages.forEach(Output.error)
            passed += summary.passed
            failed += summary.failed
        }
        Output.standard("checked \(files.count) script(s): \(passed) expectation(s) met, \(failed) not")
        if failed > 0 { throw ExitCodeError(status: .queryFailed) }
    }
}

/// `baocao docs indicators|vocabulary`: references rendered from the plugins
/// and the shared vocabulary (docs/INDICATORS.md, docs/VOCABULARY.md).
struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Print documentation generated from the code: `indicators` (docs/INDICATORS.md) or `vocabulary` (docs/VOCABULARY.md).")

    @Argument(help: "What to print: indicators or vocabulary.")
    var topic: String

    func run() throws {
        switch topic {
        case "indicators":
            print(IndicatorDocumentation.markdown(for: BuiltinPlugins.all), terminator: "")
        case "vocabulary":
            print(VocabularyDocumentation.markdown(for: BuiltinPlugins.vocabulary, plugins: BuiltinPlugins.all), terminator: "")
        default:
            Output.error("error: unknown topic '\(topic)'; the topics are: indicators, vocabulary")
            throw ExitCodeError(status: .usage)
        }
    }
}
