import Query
import Shell
import Platform

/// Reads the command lines nearly every run has — none at all, or `-c EXPR`
/// with the common flags — without swift-argument-parser.
///
/// ArgumentParser reflects over every command and option on each parse
/// (Mirror, and a scan of the binary's protocol conformances for each type it
/// meets), which costs more than answering the query (docs/PERFORMANCE.md). This reader accepts only lines whose meaning is plain, and
/// returns nil for anything else — a subcommand, `--help`, an unknown option,
/// a bad value, a repeated option — so that ArgumentParser still parses those
/// and gives every message and default.
enum QuickArguments {
    /// The start mode for `arguments` (without the program name), or nil to
    /// leave them to ArgumentParser.
    static func start(_ arguments: [String]) -> StartMode? {
        var settings = Settings()
        var commands: [String] = []
        var seen: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            let (name, attached) = split(argument)
            // Flags.
            switch name {
            case "--no-color", "--no-cache", "--no-init", "--keep-going":
                guard attached == nil, !seen.contains(name) else { return nil }
                seen.append(name)
                if name == "--no-color" { settings.noColor = true }
                if name == "--no-cache" { settings.noCache = true }
                if name == "--no-init" { settings.noInit = true }
                if name == "--keep-going" { settings.keepGoing = true }
                continue
            case "-c", "--format", "--numbers", "--db": break
            default: return nil
            }
            // Options with a value, attached (`--format=json`) or next.
            let value: String
            if let attached {
                value = attached
            } else {
                guard index < arguments.endIndex else { return nil }
                value = arguments[index]
                index += 1
            }
            switch name {
            case "-c":
                commands.append(value)  // whatever it is, as ArgumentParser's unconditional -c takes it
            case "--format":
                guard !seen.contains(name), let format = OutputFormat(rawValue: value) else { return nil }
                settings.format = format
            case "--db":
                guard !seen.contains(name) else { return nil }
                settings.database = value
            default:
                guard !seen.contains(name), let numbers = NumberStyle(rawValue: value) else { return nil }
                settings.numbers = numbers
            }
            if name != "-c" { seen.append(name) }
        }
        return StartMode(settings: settings, commands: commands)
    }

    /// `--name=value` as its two halves; any other argument as itself.
    private static func split(_ argument: String) -> (name: String, attached: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
