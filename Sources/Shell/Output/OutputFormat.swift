import Platform
/// How results are written: `.format` in the REPL, `--format` on the command line.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned tables; single values with their qualifiers and source.
    case table
    /// One JSON document per result.
    case json
    /// One JSON object per line for lists.
    case jsonl
    case csv
    case markdown
    /// Values only, one per line, no provenance.
    case plain
}
