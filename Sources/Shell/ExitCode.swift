/// baocao's exit statuses, documented in the README.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// A query failed at run time (unknown name, unit mismatch, division by zero …).
    case queryFailed = 1
    /// Bad usage, or a file (report, script) that cannot be read.
    case usage = 2
    /// A query that does not parse.
    case syntaxError = 3
}
