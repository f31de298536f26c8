import Platform
import Facts

/// What the language offers, for help and completion in the shell.
public enum LanguageReference {
    /// One thing `.help NAME` explains: how it is written, what it does, an example.
    public struct Entry: Sendable {
        public var name: String
        public var usage: String
        public var summary: String
        public var example: String

        public init(name: String, usage: String, summary: String, example: String) {
            self.name = name
            self.usage = usage
            self.summary = summary
            self.example = example
        }
    }

    /// The built-in functions with their signatures and examples.
    public static var builtins: [BuiltinFunction] { Builtins.all }

    /// The fields a value offers (`.target`, `.status` … of an indicator).
    public static func fields(of value: Value) -> [String] { Fields.names(of: value) }

    /// The pipeline steps.
    public static var steps: [String] { Stage.verbs }

    /// The sources the language itself offers (the plugins add views: `QueryCatalog.sourceEntries`).
    public static let sources: [Entry] = [
        Entry(name: "facts", usage: "facts",
              summary: "every quantity of the loaded reports; fields: " + Fields.factFields.joined(by: " "),
              example: "facts | where unit == \"ha\" | sort value desc | take 5"),
        Entry(name: "reports", usage: "reports",
              summary: "the reports loaded, with what their headers say; fields: name place place_kind issuer number date period year plan_year title facts",
              example: "reports | select name, place, year, period"),
        Entry(name: "search", usage: "search \"TEXT\"",
              summary: "the facts whose sentence contains TEXT, case, accents and i/y spellings (tỉ, tỷ) ignored",
              example: "search \"giải phóng mặt bằng\" | count"),
    ]

    /// The pipeline steps, as `.help` explains them.
    public static let stepEntries: [Entry] = [
        Entry(name: "where", usage: "| where CONDITION",
              summary: "the rows for which CONDITION is true; a row it cannot decide (units that do not compare, a null) is left out and counted in a note",
              example: "facts | where unit == \"tỷ đồng\" and estimate"),
        Entry(name: "sort", usage: "| sort FIELD [asc|desc]",
              summary: "the rows ordered by a field: rows of several units by dimension, then value; nulls last",
              example: "indicators | sort attainment desc | take 5"),
        Entry(name: "take", usage: "| take N", summary: "the first N rows", example: "facts | take 10"),
        Entry(name: "select", usage: "| select [NAME =] EXPRESSION, …",
              summary: "a table of fields or expressions of each row; a cell that cannot be computed is null",
              example: "indicators | select path, change = growth(actual, previous)"),
        Entry(name: "count", usage: "| count", summary: "how many rows", example: "missed | count"),
        Entry(name: "sum", usage: "| sum [FIELD]", summary: "the total of the rows' values (or of a field), converted to the first one's unit",
              example: "[3 ha, 5000 m2] | sum"),
        Entry(name: "avg", usage: "| avg [FIELD]", summary: "the mean of the rows' values (or of a field)", example: "[1 ha, 3 ha] | avg"),
        Entry(name: "min", usage: "| min [FIELD]", summary: "the smallest of the rows' values (or of a field)", example: "[2 ha, 5000 m2] | min"),
        Entry(name: "max", usage: "| max [FIELD]", summary: "the largest of the rows' values (or of a field)", example: "indicators | max attainment"),
        Entry(name: "group", usage: "| group by FIELD", summary: "the rows grouped by a field's value: the value, a count, and the rows",
              example: "facts | group by dimension | select dimension, count"),
    ]
}
