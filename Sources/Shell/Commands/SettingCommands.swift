import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Query
import Platform

/// A setting of the shell: given no argument its command shows the current
/// value (as sqlite's `.mode` does), and `.show` lists them all.
struct ShellSetting: Sendable {
    var name: String
    /// The values it takes, for `.help` and completion (`N` for a number).
    var values: [String]
    var summary: String
    var current: @Sendable (ShellEngine) -> String
    /// What no argument means, where a habit says (`.output` alone is
    /// stdout again, as in sqlite); nil: show the current value.
    var bare: String? = nil
    /// Sets it from the argument, or says why not.
    var set: @Sendable (String, ShellEngine) -> QueryError?

    var command: DotCommand {
        DotCommand(name: name, usage: ".\(name) \(values.joined(by: "|"))", summary: summary) { [self] given, engine in
            guard let argument = given.isEmpty ? bare : given else { return .output("\(name): \(current(engine))") }
            if let error = set(argument, engine) { return .failure(error) }
            return .output("")
        }
    }
}

enum SettingCommands {
    static let settings: [ShellSetting] = [
        ShellSetting(name: "format", values: OutputFormat.allCases.map(\.rawValue), summary: "how results are written",
                     current: { $0.renderer.format.rawValue }) { argument, engine in
            guard let format = OutputFormat(rawValue: argument) else {
                return .runtime("unknown format '\(argument)'", hint: "one of: \(OutputFormat.allCases.map(\.rawValue).joined(by: ", "))")
            }
            engine.renderer.format = format
            return nil
        },
        ShellSetting(name: "numbers", values: ["vi", "en"], summary: "write numbers as the report does (1.234,5) or internationally (1,234.5)",
                     current: { $0.renderer.formatter.style.rawValue }) { argument, engine in
            guard let style = NumberStyle(rawValue: argument) else { return .runtime("unknown number style '\(argument)'", hint: "vi or en") }
            engine.renderer.formatter.style = style
            return nil
        },
        ShellSetting(name: "precision", values: ["N", "exact"],
                     summary: "significant digits of computed numbers (4 by default); values of the report always print as written",
                     current: { $0.renderer.formatter.significantDigits.map { "\($0) significant digits" } ?? "exact" }) { argument, engine in
            if argument == "exact" {
                engine.renderer.formatter.significantDigits = nil
                return nil
            }
            guard let digits = Int(argument), (1...34).contains(digits) else {
                return .runtime("'.precision' takes a number of significant digits from 1 to 34, or exact", hint: ".precision 6")
            }
            engine.renderer.formatter.significantDigits = digits
            return nil
        },
        ShellSetting(name: "maxrows", values: ["N", "all"], summary: "the most rows a table shows; the rest are counted",
                     current: { $0.renderer.maxRows.map(String.init) ?? "all" }) { argument, engine in
            if argument == "all" {
                engine.renderer.maxRows = nil
                return nil
            }
            guard let rows = Int(argument), rows > 0 else { return .runtime("'.maxrows' takes a number of rows, or all", hint: ".maxrows 20") }
            engine.renderer.maxRows = rows
            return nil
        },
        ShellSetting(name: "width", values: ["N", "auto"], summary: "how wide tables may be; auto: the terminal's width (80 when not a terminal)",
                     current: { engine in engine.renderer.width.map(String.init) ?? "auto (\(engine.renderer.tableWidth) columns now)" }) { argument, engine in
            if argument == "auto" {
                engine.renderer.width = nil
                return nil
            }
            guard let columns = Int(argument), columns >= 20 else { return .runtime("'.width' takes a number of columns (20 or more), or auto", hint: ".width 160") }
            engine.renderer.width = columns
            return nil
        },
        ShellSetting(name: "pager", values: ["on", "off", "COMMAND"], summary: "show results longer than the screen through a pager ($PAGER, else less)",
                     current: { $0.pager.map { "on (\($0))" } ?? "off" }) { argument, engine in
            switch argument {
            case "off": engine.pager = nil
            case "on": engine.pager = Pager.defaultCommand() ?? "more"
            default: engine.pager = argument
            }
            return nil
        },
        ShellSetting(name: "timer", values: ["on", "off"], summary: "show how long each query takes",
                     current: { $0.timer ? "on" : "off" }) { argument, engine in
            guard argument == "on" || argument == "off" else { return .runtime("'.timer' takes on or off") }
            engine.timer = argument == "on"
            return nil
        },
        ShellSetting(name: "output", values: ["FILE", "stdout"], summary: "send results to FILE (appended); .output alone sends them here again",
                     current: { $0.outputFile ?? "stdout" }, bare: "stdout") { argument, engine in
            if argument == "stdout" || argument == "-" {
                engine.outputFile = nil
                engine.onceFile = nil
                return nil
            }
            if let problem = writableProblem(argument) { return problem }
            engine.outputFile = argument
            engine.onceFile = nil
            return nil
        },
    ]

    static var commands: [DotCommand] {
        settings.map(\.command) + [
            DotCommand(name: "show", usage: ".show", summary: "every setting and its current value") { _, engine in
                let width = settings.map { $0.name.count }.max() ?? 0
                return .output(settings.map { TextWidth.pad($0.name, to: width, right: true) + ": " + $0.current(engine) }.joined(by: "\n"))
            },
            DotCommand(name: "once", usage: ".once FILE", summary: "send the next result to FILE") { argument, engine in
                guard !argument.isEmpty else { return .failure(.runtime("'.once' needs a file name", hint: ".once result.csv")) }
                if let problem = writableProblem(argument) { return .failure(problem) }
                engine.onceFile = argument
                return .output("")
            },
        ]
    }

    /// Why results cannot be written to `path`, checked when it is set rather than at the next result.
    static func writableProblem(_ path: String) -> QueryError? {
        if FileStatus.isDirectory(path) { return .runtime("cannot write to '\(path)': it is a folder") }
        guard let file = fopen(path, "a") else {
            return .runtime("cannot write to '\(path)': \(String(cString: strerror(errno)))", hint: "give a file in a folder that exists")
        }
        fclose(file)
        return nil
    }
}
