import FoundationEssentials
import Platform
import Report
import Facts
import FactReading
import PluginKit

/// Writes reports into a corpus database, inside the importer's transaction,
/// through statements prepared once.
final class CorpusWriter {
    let database: SQLiteDatabase
    private let insertReport, insertSearch, insertFact, insertValue: SQLiteStatement

    init(_ database: SQLiteDatabase) throws(CorpusError) {
        self.database = database
        insertReport = try database.prepare("""
            INSERT INTO reports (name, path, checksum, bytes, place, place_kind, issuer, number, date, title,
                                 period, period_count, year, plan_year, first_fact, fact_count, imported_at, reading)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'), ?)
            """)
        insertSearch = try database.prepare("INSERT INTO sentences_search (rowid, folded) VALUES (?, ?)")
        insertFact = try database.prepare("""
            INSERT INTO facts (id, report, sentence, value, value_number, upper, denominator, unit, dimension, text, role,
                               qualifies, section, section_index, footnote, paragraph, part, line, column, sentence_offset,
                               referrer_line, referrer_column, referrer_sentence, coding, sentence_text, sentence_facts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertValue = try database.prepare(
            "INSERT INTO indicator_values (report, path, actual, target, change, shortfall, share, change_without_verdict) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    }

    /// Whether a report is in the database already: the same bytes read the
    /// same way, or the same bytes under another name (`same`: skipped); under
    /// its name, the same bytes read by another baocao or other specs
    /// (`reread`) or other bytes (`changed`); or not at all.
    enum Existing: Equatable { case absent, same, reread(Int), changed(Int) }

    func existing(name: String, checksum: String, reading: String) throws(CorpusError) -> Existing {
        let named = try database.prepare("SELECT id, checksum = ?, reading IS ? FROM reports WHERE name = ?")
        named.bind([.text(checksum), .text(reading), .text(name)])
        if try named.step() {
            if named.int(1) == 0 { return .changed(named.int(0)) }
            return named.int(2) == 1 ? .same : .reread(named.int(0))
        }
        let same = try database.prepare("SELECT 1 FROM reports WHERE checksum = ? LIMIT 1")
        same.bind([.text(checksum)])
        return try same.step() ? .same : .absent
    }

    /// Removes a report and all it gave: its facts and sentences (and their
    /// search rows), found by the report's range of fact ids, and its values.
    func remove(report id: Int) throws(CorpusError) {
        let range = try database.prepare("SELECT first_fact, first_fact + fact_count - 1 FROM reports WHERE id = ?")
        range.bind([.int(id)])
        if try range.step() {
            let ids: [SQLiteValue?] = [.int(range.int(0)), .int(range.int(1))]
            let sentences = try database.prepare("SELECT id, sentence_text FROM facts WHERE id BETWEEN ? AND ? AND sentence_text IS NOT NULL")
            sentences.bind(ids)
            let forget = try database.prepare("INSERT INTO sentences_search (sentences_search, rowid, folded) VALUES ('delete', ?, ?)")
            while try sentences.step() {
                try forget.run([.int(sentences.int(0)), .text(FoldedText(folding: sentences.text(1)).description)])
            }
            try database.prepare("DELETE FROM facts WHERE id BETWEEN ? AND ?").run(ids)
        }
        try database.prepare("DELETE FROM indicator_values WHERE report = ?").run([.int(id)])
        try database.prepare("DELETE FROM reports WHERE id = ?").run([.int(id)])
    }

    /// A report read and its indicators resolved, ready to write: the work
    /// that needs no database, done for several reports at once.
    struct Prepared: @unchecked Sendable {
        var store: FactStore
        var path: String
        var checksum: String
        var bytes: Int
        /// How it was read (``CorpusReading``).
        var reading: String
        var values: [IndicatorValue]
        /// The report's sentences, in order: worked out here, on the worker
        /// cores, so that the thread writing the database only binds and steps.
        var sentences: [Sentence]

        /// A sentence: its facts (ids in the store), its text and its folded bytes, as the search index takes them.
        struct Sentence {
            var facts: Range<Int>
            var text: String
            var folded: [UInt8]
        }
    }

    /// Reads a report's facts and resolves every indicator of `registry` in it.
    /// `indicators`: every indicator of `registry`, prepared once for all the reports of an import.
    static func prepare(_ document: ReportDocument, path: String, checksum: String, bytes: Int,
                        registry: PluginRegistry, indicators: [PreparedIndicator], reading: String) -> Prepared {
        let store = FactStore(documents: [document])
        let resolver = IndicatorResolver(registry: registry, store: store, resolvingAll: true)
        // Appended as resolved, not mapped and then filtered: a value is large, and each copy costs.
        var values: [IndicatorValue] = []
        for indicator in indicators {
            if let value = resolver.valueIfStated(indicator) { values.append(value) }
        }
        return Prepared(store: store, path: path, checksum: checksum, bytes: bytes, reading: reading, values: values,
                        sentences: sentences(of: store))
    }

    /// The store's sentences, as the store groups its facts into them.
    static func sentences(of store: FactStore) -> [Prepared.Sentence] {
        let facts = store.facts
        let starts = store.sentenceStarts()
        return starts.indices.map { position in
            let start = starts[position], end = position + 1 < starts.count ? starts[position + 1] : facts.count
            return Prepared.Sentence(facts: start..<end, text: facts[start].sentence, folded: store.foldedSentence(of: start).bytes)
        }
    }

    /// Writes a prepared report: the report, its sentences, facts and indicators' values.
    func write(_ prepared: Prepared) throws(CorpusError) {
        let store = prepared.store, path = prepared.path, checksum = prepared.checksum, bytes = prepared.bytes, reading = prepared.reading
        guard let report = store.reports.first else { return }
        let next = try database.prepare("SELECT coalesce(max(id), -1) + 1 FROM facts")
        let base = try next.step() ? next.int(0) : 0
        let header = report.header
        func text(_ value: String?) -> SQLiteValue? { value.map(SQLiteValue.text) }
        func int(_ value: Int?) -> SQLiteValue? { value.map(SQLiteValue.int) }
        try insertReport.run([.text(report.name), .text(path), .text(checksum), .int(bytes), text(header.place), text(header.placeKind),
                              text(header.issuer), text(header.number), text(header.date), text(header.title),
                              .text(header.period.name), int(Self.periodCount(header.period)), int(header.year), int(header.planYear),
                              .int(base), .int(store.count), .text(reading)])
        let reportID = database.lastInsertedRow
        // Sentence by sentence: the first of a sentence's facts holds its text and
        // how many they are, and its id names the sentence.
        let facts = store.facts
        for sentence in prepared.sentences {
            let sentenceID = sentence.facts.lowerBound + base
            try insertSearch.run { $0.int(sentenceID); $0.text(utf8: sentence.folded) }
            for index in sentence.facts {
                let first = index == sentence.facts.lowerBound
                try insertFact.run { Self.bind(facts[index], base: base, report: reportID, sentence: sentenceID,
                                               sentenceText: first ? sentence.text : nil, sentenceFacts: first ? sentence.facts.count : nil,
                                               to: &$0) }
            }
        }
        for value in prepared.values {
            // A change taken without its sentence's verdict (a change said elsewhere) is read back so.
            let bare = value.takesChangeWithoutVerdict(of: store.fact(id:))
            try insertValue.run([.int(reportID), .text(value.path), int(value.actual.map { $0.id + base }),
                                 int(value.target.map { $0.id + base }), int(value.change.map { $0.id + base }),
                                 text(value.shortfallSentence), int(value.share.map { $0.id + base }), bare ? .int(1) : nil])
        }
    }

    /// The plugins' versions the values were resolved with, for `.corpus` and a later check.
    func writeMeta(registry: PluginRegistry) throws(CorpusError) {
        let versions = registry.plugins.map { "\($0.namespace) \($0.version)" }.joined(by: ", ")
        try database.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('plugins', ?)").run([.text(versions)])
        try database.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('baocao', ?)").run([.text(PluginSpecReader.baocaoVersion)])
    }

    /// Binds the columns of a fact's row, in `insertFact`'s order.
    static func bind(_ fact: Fact, base: Int, report: Int, sentence: Int, sentenceText: String?, sentenceFacts: Int?,
                     to row: inout SQLiteStatement.Parameters) {
        let role: String
        if case .comparison(let kind) = fact.role { role = kind.rawValue } else { role = "primary" }
        let value = DecimalDescription.of(fact.value)
        row.int(fact.id + base)
        row.int(report)
        row.int(sentence)
        row.text(value)
        row.double(DecimalText.double(ofDescription: value) ?? 0)
        row.text(fact.upper.map(DecimalDescription.of))
        row.text(fact.denominator.map(DecimalDescription.of))
        row.text(fact.unit.symbol)
        row.text(fact.unit.dimension.family)
        row.text(fact.text)
        row.text(role)
        row.int(fact.qualifies.map { $0 + base })
        row.text(fact.sectionPath)
        row.int(fact.section)
        row.int(fact.footnote)
        row.int(fact.paragraph)
        row.text(fact.part == .plan ? "plan" : "results")
        row.int(fact.location.line)
        row.int(fact.location.column)
        row.int(fact.sentenceOffset)
        row.int(fact.referrerLocation?.line)
        row.int(fact.referrerLocation?.column)
        row.text(fact.referrerSentence)
        row.blob(FactCoding.encode(unit: fact.unit, qualifiers: fact.qualifiers, idOffset: base))
        row.text(sentenceText)
        row.int(sentenceFacts)
    }

    /// The months, quarter or month number a period names, or a term's years (nil for a year or a school year).
    static func periodCount(_ period: ReportPeriod) -> Int? {
        switch period {
        case .year, .schoolYear: nil
        case .months(let count), .lastMonths(let count): count
        case .quarter(let number): number
        case .month(let number): number
        case .span(let first, let last): last - first + 1
        case .years(let first, let last): last - first + 1
        }
    }
}
