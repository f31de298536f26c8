import FoundationEssentials
import Report
import Query
import Platform

/// `baocao check`: runs scripts whose statements carry their expected result
/// in a comment (`economy.tourism.revenue  # => 1.234 tỷ đồng`), like the
/// sqlite3 shell's `.testcase`/`.check`, and reports each mismatch where it is.
public struct ScriptChecker {
    public var engine: ShellEngine

    public init(engine: ShellEngine) { self.engine = engine }

    /// What checking a script found.
    public struct Summary: Equatable, Sendable {
        public var passed = 0
        public var failed = 0
        /// One line per problem: `FILE:LINE: expected …, got …`.
        public var messages: [String] = []
    }

    /// Runs every statement of `source`; those with `# =>` are compared, as `plain` output.
    public func check(source: String, name: String) -> Summary {
        var summary = Summary()
        let formatter = ValueFormatter(style: engine.renderer.formatter.style)
        for entry in ScriptRunner.entries(of: source) {
            let expected = Self.expectation(in: entry.text)
            let lastLine = entry.firstLine + entry.text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            switch engine.handle(entry.text) {
            case .failure(let error):
                summary.failed += 1
                summary.messages.append(ErrorReport.inScript(error, file: name, source: entry.text, firstLine: entry.firstLine))
            case .output, .quit:
                guard let expected else { continue }
                let actual = engine.last.map(formatter.inline) ?? ""
                if actual == expected {
                    summary.passed += 1
                } else {
                    summary.failed += 1
                    summary.messages.append("\(name):\(lastLine): expected \(expected), got \(actual)")
                }
            }
        }
        return summary
    }

    /// The text after `# =>` on the entry's last line, if any.
    static func expectation(in entry: String) -> String? {
        guard let last = entry.split(separator: "\n").last, let marker = last.firstRange(of: "# =>") else { return nil }
        return last[marker.upperBound...].trimmingWhitespace()
    }
}
