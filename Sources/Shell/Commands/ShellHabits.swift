import Platform

/// What people used to sqlite3, DuckDB and psql type out of habit, and what
/// baocao says they meant: the hint of the error such an entry gets, naming
/// baocao's own way (`.mode csv` → `.format`, `\q` → `.quit`, `SELECT … FROM
/// facts` → `facts | select …`). Nothing is run in their place: a habit
/// answered silently would teach nothing, and some mean another thing here.
enum ShellHabits {
    /// The hint for a dot-command baocao does not have but another shell does
    /// (`name` without its dot); `sources`: the sources the session can query.
    static func dotCommandMeant(_ name: String, sources: [String]) -> String? {
        switch name.lowercased() {
        case "tables", "schema", "databases":
            return "baocao queries sources, not tables: \(sources.joined(by: ", ")); `.help NAME` lists a source's fields"
        case "mode": return "did you mean '.format'? (table, json, jsonl, csv, markdown or plain)"
        case "read", "source": return "did you mean '.run'?"
        case "headers", "header": return "tables always show their column names; `.format plain` writes values alone"
        case "import": return "a corpus is made from the shell: baocao import REPORTS… --db FILE"
        case "open": return "open a corpus when starting: baocao --db FILE"
        default: return nil
        }
    }

    /// The hint for psql's backslash commands (`\q`, `\?`, `\d`, `\i FILE`,
    /// `\timing`, `\o FILE`): the dot-command that does the same; nil for any
    /// other entry.
    static func backslashMeant(_ entry: String, sources: [String]) -> String? {
        guard entry.hasPrefix("\\") else { return nil }
        let name = entry.dropFirst().prefix { $0.isLetter || $0 == "?" }
        switch name {
        case "q": return "commands start with a dot here: did you mean '.quit'?"
        case "?", "h", "help": return "commands start with a dot here: did you mean '.help'?"
        case "d", "dt", "l": return "commands start with a dot here; the sources are \(sources.joined(by: ", ")) (`.help NAME` lists fields)"
        case "i", "ir": return "commands start with a dot here: did you mean '.run FILE'?"
        case "timing": return "commands start with a dot here: did you mean '.timer on'?"
        case "o": return "commands start with a dot here: did you mean '.output FILE'?"
        default: return "commands start with a dot here: see .help"
        }
    }

    /// The hint for an SQL query (`SELECT value, unit FROM facts WHERE …`):
    /// baocao starts from the source and pipes it through its steps.
    static func sqlMeant(_ entry: String) -> String? {
        let words = entry.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        guard words.first == "select", let from = words.firstIndex(of: "from"), from + 1 < words.count else { return nil }
        let source = String(words[from + 1].filter { $0 != ";" })
        return "baocao is no SQL: start from the source and pipe it, as in \(source) | where … | select …"
    }
}
