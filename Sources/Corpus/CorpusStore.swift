import FoundationEssentials
import Platform
import Report
import Facts
import PluginKit

/// A corpus database opened for questions: its reports, facts and indicators'
/// values as the language asks for them, read when asked. An indicator over
/// a thousand reports reads a thousand rows and the facts they name, not the
/// reports; `search` asks the database's index; only `facts` reads them all.
public final class CorpusStore: FactSource, IndicatorSource, @unchecked Sendable {
    public let registry: PluginRegistry
    let database: SQLiteDatabase
    /// Each report's id, name and facts, read on opening; what its header says is read when first asked for.
    private let entries: [(id: Int, name: String, factIDs: Range<Int>)]
    /// The database's id of each report, by name, and each report's name by id.
    private let reportIDs: [String: Int]
    private let reportNamesByID: [Int: String]
    /// Whether `indicator_values` has a `share` column (not in formats 3 and 4).
    private let keepsShares: Bool
    /// Whether `indicator_values` has a `change_without_verdict` column (this format, not an earlier one).
    private let keepsBareChanges: Bool
    private let lock = Lock()
    private var allFacts: [Fact]?
    private var resolved: [String: [IndicatorValue]] = [:]
    /// Guards `loadedReports` (apart from `lock`, which `values(of:in:)` holds while it reads them).
    private let reportsLock = Lock()
    private var loadedReports: [LoadedReport]?

    /// Opens the corpus at `path` read-only; refuses a file that is not one, or of another format.
    public init(path: String, registry: PluginRegistry) throws(CorpusError) {
        guard FileStatus.size(path) != nil else { throw CorpusError("\(path): no such corpus (build one with: baocao import REPORTS… --db \(path))") }
        database = try SQLiteDatabase(path: path, writable: false)
        // A corpus of an earlier format keeps what it lacks only once the next import brings it up.
        let format = try CorpusSchema.check(database, empty: false)
        keepsShares = CorpusSchema.keepsShares(format)
        keepsBareChanges = format == CorpusSchema.format
        // Pages are read into SQLite's small cache, not mapped: mapped, every page a question touched
        // stayed in the process's memory, several times the memory for no time saved (docs/PERFORMANCE.md).
        // A search's sets and sorts stay in memory too, not in temporary files written and read back.
        try database.execute("PRAGMA temp_store = MEMORY")
        self.registry = registry
        let rows = try database.prepare("SELECT id, name, first_fact, fact_count FROM reports ORDER BY id")
        var entries: [(id: Int, name: String, factIDs: Range<Int>)] = [], ids: [String: Int] = [:], names: [Int: String] = [:]
        while try rows.step() {
            let id = rows.int(0), name = rows.text(1), first = rows.int(2)
            entries.append((id, name, first..<(first + rows.int(3))))
            ids[name] = id
            names[id] = name
        }
        self.entries = entries
        reportIDs = ids
        reportNamesByID = names
    }

    /// How many of the corpus's reports were read otherwise than `reading`
    /// (``CorpusReading``) names: by another baocao or under other specs,
    /// or before reports kept how they were read (format 3: all of them).
    public func reportsRead(otherwiseThan reading: String) -> Int {
        guard let rows = try? database.prepare("SELECT count(*) FROM reports WHERE reading IS NOT ?") else { return entries.count }
        rows.bind([.text(reading)])
        return ((try? rows.step()) ?? false) ? rows.int(0) : 0
    }

    /// The reports with what their headers say: read from the database the first time they are asked for
    /// (a search or a count of facts names reports, and needs no more of them).
    public var reports: [LoadedReport] {
        reportsLock.lock()
        defer { reportsLock.unlock() }
        if let loadedReports { return loadedReports }
        var headers: [Int: ReportHeader] = [:]
        if let rows = try? database.prepare("""
            SELECT id, place, place_kind, issuer, number, date, title, period, period_count, year, plan_year FROM reports
            """) {
            while (try? rows.step()) == true {
                headers[rows.int(0)] = ReportHeader(number: rows.optionalText(4), issuer: rows.optionalText(3), place: rows.optionalText(1),
                                                    placeKind: rows.optionalText(2), date: rows.optionalText(5), title: rows.optionalText(6),
                                                    period: Self.period(rows.text(7), rows.optionalInt(8)), year: rows.optionalInt(9),
                                                    planYear: rows.optionalInt(10))
            }
        }
        let reports = entries.map { LoadedReport(name: $0.name, document: nil, factIDs: $0.factIDs, header: headers[$0.id]) }
        loadedReports = reports
        return reports
    }

    /// A span's first and last months (`months 7-11`) or a term's first and last years
    /// (`years 2021-2025`) from its name; a year if it does not read.
    private static func span(_ name: String) -> ReportPeriod {
        let bounds = name.drop { $0 != " " }.dropFirst().split(separator: "-").compactMap { Int($0) }
        guard bounds.count == 2 else { return .year }
        return name.hasPrefix("years ") ? .years(first: bounds[0], last: bounds[1]) : .span(first: bounds[0], last: bounds[1])
    }

    static func period(_ name: String, _ count: Int?) -> ReportPeriod {
        switch name {
        case "year": .year
        case "school year": .schoolYear
        case _ where name.hasPrefix("last"): .lastMonths(count ?? 0)
        case _ where name.hasPrefix("months ") || name.hasPrefix("years "): span(name)
        case _ where name.hasSuffix("months"): .months(count ?? 0)
        case _ where name.hasPrefix("Q"): .quarter(count ?? 0)
        default: .month(count ?? 0)
        }
    }

    // MARK: - Facts

    public var count: Int { entries.reduce(0) { $0 + $1.factIDs.count } }

    public var facts: [Fact] {
        lock.lock()
        defer { lock.unlock() }
        if let allFacts { return allFacts }
        let found = (try? read(FactRows.select + " ORDER BY f.id", [])) ?? []
        allFacts = found
        return found
    }

    public func fact(id: Int) -> Fact? {
        lock.lock()
        defer { lock.unlock() }
        return (try? read(FactRows.select + " WHERE f.id = ?", [.int(id)]))?.first
    }

    /// The facts of the sentences whose words (folded: no case, accents, đ or
    /// i/y spelling) hold the text's words in order.
    public func search(_ text: String) -> [Fact] {
        guard let phrase = Self.matchPhrase(text) else { return [] }
        lock.lock()
        defer { lock.unlock() }
        // Not `ORDER BY f.id`: SQLite would sort the whole rows, sentences and all, in a
        // temporary B-tree; the rows come by sentence, nearly in id order already.
        var found = (try? read(FactRows.selectMatching, [.text(phrase)])) ?? []
        if !zip(found, found.dropFirst()).allSatisfy({ $0.id < $1.id }) { found.sort { $0.id < $1.id } }
        return found
    }

    /// How many facts `search` finds, from the index and each found sentence's count of facts:
    /// no fact row read, none made (a corpus's rows all read as facts, so the two agree).
    public func searchCount(_ text: String) -> Int {
        guard let phrase = Self.matchPhrase(text) else { return 0 }
        lock.lock()
        defer { lock.unlock() }
        guard let statement = try? database.prepare(FactRows.countMatching) else { return 0 }
        statement.bind([.text(phrase)])
        return ((try? statement.step()) ?? false) ? statement.int(0) : 0
    }

    /// The full-text index's phrase for a search's text: its folded words, in order; nil if it has none.
    private static func matchPhrase(_ text: String) -> String? {
        let words = FoldedText(folding: text).description.letterAndDigitRuns.map(String.init)
        return words.isEmpty ? nil : "\"" + words.joined(by: " ") + "\""
    }

    /// Facts a query reads; call under `lock`.
    private func read(_ sql: String, _ values: [SQLiteValue?]) throws(CorpusError) -> [Fact] {
        let statement = try database.prepare(sql)
        statement.bind(values)
        var facts: [Fact] = []
        var places = FactRows.SentencePlaces()
        while try statement.step() {
            if let fact = FactRows.fact(statement, places: &places, reportNames: reportNamesByID) { facts.append(fact) }
        }
        return facts
    }

    // MARK: - Indicators

    public var reportNames: [String] { entries.map(\.name) }

    public func value(of indicator: Indicator, in plugin: DomainPlugin, report: String?) -> IndicatorValue {
        let all = values(of: indicator, in: plugin)
        return all.first { $0.report == (report ?? entries.first?.name) } ?? all.first
            ?? IndicatorValue(path: "\(plugin.namespace).\(indicator.key)", namespace: plugin.namespace, indicator: indicator,
                              actual: nil, target: nil)
    }

    /// The indicator in each report, as the import resolved it: a report where it was not found has a row with no value.
    public func values(of indicator: Indicator, in plugin: DomainPlugin) -> [IndicatorValue] {
        let path = "\(plugin.namespace).\(indicator.key)"
        lock.lock()
        defer { lock.unlock() }
        if let cached = resolved[path] { return cached }
        var rows: [Int: (actual: Int?, target: Int?, change: Int?, shortfall: String?, share: Int?, bareChange: Bool)] = [:]
        var needed: [Int] = []
        let share = keepsShares ? "share" : "NULL", bare = keepsBareChanges ? "change_without_verdict" : "NULL"
        if let statement = try? database.prepare(
            "SELECT report, actual, target, change, shortfall, \(share), \(bare) FROM indicator_values WHERE path = ?") {
            statement.bind([.text(path)])
            while (try? statement.step()) == true {
                let row = (statement.optionalInt(1), statement.optionalInt(2), statement.optionalInt(3), statement.optionalText(4),
                           statement.optionalInt(5), statement.optionalInt(6) == 1)
                rows[statement.int(0)] = row
                needed += [row.0, row.1, row.2, row.4].compactMap { $0 }
            }
        }
        let found = (try? read(FactRows.select + " WHERE f.id IN (SELECT value FROM json_each(?))",
                               [.text("[" + needed.map(String.init).joined(by: ",") + "]")])) ?? []
        let facts = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let values = reports.map { report -> IndicatorValue in
            let row = reportIDs[report.name].flatMap { rows[$0] }
            let actual = row?.actual.flatMap { facts[$0] }
            // A value counted in parts is stored as its first part, and summed again from its sentence.
            let summed = actual.flatMap { summingParts($0, rule: indicator.actual) }
            var value = IndicatorValue(path: path, namespace: plugin.namespace, indicator: indicator,
                                       actual: summed?.value ?? actual, target: row?.target.flatMap { facts[$0] },
                                       shortfallSentence: row?.shortfall,
                                       change: row?.change.flatMap { facts[$0] }.map { row?.bareChange == true ? $0.withoutVerdict() : $0 },
                                       share: row?.share.flatMap { facts[$0] })
            value.report = report.name
            value.header = report.header
            value.parts = summed?.parts ?? []
            return value
        }
        resolved[path] = values
        return values
    }

    /// The sum of the parts `fact`'s sentence counts it in (``PartsSum``), for a rule with parts; call under `lock`.
    private func summingParts(_ fact: Fact, rule: FindingRule) -> (value: Fact, parts: [Fact])? {
        // The sentence's facts by the range of their ids, which the primary key answers (`facts` has no index on `sentence`).
        let first = "(SELECT sentence FROM facts WHERE id = ?)"
        guard rule.parts.count >= 2,
              let sentence = try? read(FactRows.select + " WHERE f.id BETWEEN \(first) AND (SELECT s.id + s.sentence_facts - 1 FROM facts s"
                                       + " WHERE s.id = \(first)) ORDER BY f.id", [.int(fact.id), .int(fact.id)]) else { return nil }
        return PartsSum(rule: rule).value(of: fact, sentenceFacts: sentence[...])
    }
}
