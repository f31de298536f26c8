import Query
import Platform

extension ErrorReport {
    /// For `-c`: the expression with a caret under the spot, then the message.
    public static func inlinePublic(_ error: QueryError, input: String) -> String { inline(error, input: input) }
}

/// Formats query errors for people: the message, and where the location is
/// known, the line with a caret under the spot.
public enum ErrorReport {
    /// `FILE:LINE:COL: error: …` with the source line and a caret, for scripts.
    static func inScript(_ error: QueryError, file: String, source: String, firstLine: Int) -> String {
        guard let location = error.location else { return "\(file):\(firstLine): error: \(error.description)" }
        let line = firstLine + location.line - 1
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let (text, column) = window(location.line - 1 < lines.count ? String(lines[location.line - 1]) : "", column: location.column)
        return "\(file):\(line):\(location.column): error: \(error.description)\n  \(text)\n  \(caret(at: column, in: text))"
    }

    /// A caret line under the REPL's input (which the terminal already shows), then the message.
    static func inREPL(_ error: QueryError, input: String, promptWidth: Int) -> String {
        guard let location = error.location else { return "error: \(error.description)" }
        let lines = input.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count == 1 {
            return String(repeating: " ", count: promptWidth) + caret(at: location.column, in: input) + "\nerror: \(error.description)"
        }
        let text = location.line - 1 < lines.count ? String(lines[location.line - 1]) : ""
        return "error: line \(location.line), column \(location.column): \(error.description)\n  \(text)\n  \(caret(at: location.column, in: text))"
    }

    /// For `-c`: the expression with a caret, then the message.
    static func inline(_ error: QueryError, input: String) -> String {
        guard let location = error.location, !input.contains(where: { $0 == "\n" }) else {
            return "error: \(error.description)" + (error.location.map { " (at \($0))" } ?? "")
        }
        let (text, column) = window(input, column: location.column)
        return "error: \(error.description)\n  \(text)\n  \(caret(at: column, in: text))"
    }

    /// A long line is shown as a window around the column, so a 1 MB line is not echoed whole.
    static func window(_ text: String, column: Int) -> (text: String, column: Int) {
        let limit = 160
        guard text.count > limit else { return (text, column) }
        let characters = Array(text)
        let start = max(0, min(column - 1 - limit / 2, characters.count - limit))
        let end = min(characters.count, start + limit)
        let prefix = start > 0 ? "…" : "", suffix = end < characters.count ? "…" : ""
        return (prefix + String(characters[start..<end]) + suffix, column - start + prefix.count)
    }

    /// Spaces up to `column` (counting display width, so Vietnamese lines up), then `^`.
    static func caret(at column: Int, in text: String) -> String {
        let before = String(text.prefix(max(0, column - 1)))
        return String(repeating: " ", count: TextWidth.of(before)) + "^"
    }
}
