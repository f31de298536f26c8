import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform
import Report
import Facts

/// A fact as a row of the corpus database, and back: the plain columns and
/// the coded unit and qualifiers (``FactCoding``).
enum FactRows {
    /// The columns ``fact(_:places:reportNames:)`` reads, in its order, with
    /// each fact's sentence from the fact that holds it (`h`, the sentence's
    /// first, on the same page nearly always). The report is its id: the reader
    /// names it from the reports it holds, not a join that looks the reports table up for every row.
    static let select = "SELECT " + columns + " FROM facts f JOIN facts h ON h.id = f.sentence"

    /// The same columns for the facts of the sentences the full-text index
    /// finds (bind the match): each sentence's facts read as the range of ids
    /// that starts at its id, with no index between. The index is the outer
    /// loop, so its sentences come in id order with no list of them built first.
    static let selectMatching = "SELECT " + columns
        + " FROM sentences_search x JOIN facts h ON h.id = x.rowid"
        + " JOIN facts f ON f.id BETWEEN h.id AND h.id + h.sentence_facts - 1 WHERE sentences_search MATCH ?"

    /// How many facts the sentences the full-text index finds hold (bind the match), read from each sentence's first fact.
    static let countMatching = "SELECT coalesce(sum(h.sentence_facts), 0)"
        + " FROM sentences_search x JOIN facts h ON h.id = x.rowid WHERE sentences_search MATCH ?"

    private static let columns = """
        f.id, f.report, f.value, f.upper, f.denominator, f.text, f.role, f.qualifies, f.section, f.section_index,
        f.footnote, f.paragraph, f.part, f.line, f.column, f.sentence_offset, f.referrer_line, f.referrer_column,
        f.referrer_sentence, f.coding, h.sentence_text, f.sentence
        """

    /// What the facts of one read share. The facts of one sentence share a
    /// place holding the sentence's text; a fact's text is a span of it
    /// (``Facts/TextSpan``), as extracted facts' are of their paragraph. Facts
    /// of the same unit and qualifiers share one decoding of them: a corpus
    /// holds a few hundred codings over thousands of facts, and the decoded
    /// strings are shared, not made again for each fact.
    struct SentencePlaces {
        var places: [Int: (place: ParagraphPlace, bytes: [UInt8])] = [:]
        /// The lock of the read's sentences, made strings when first shown (``Facts/LazyText``).
        let textLock = Lock()
        var codings = ByteTable<(unit: QuantityUnit, qualifiers: [Qualifier])>()
        /// Section paths and referring sentences by their bytes: a section's sentences share one string.
        var texts = ByteTable<String>()

        /// The unit and qualifiers of a coding, decoded once for the read. A
        /// coding naming another fact (a comparison's) is decoded each time: it is one fact's own.
        mutating func decode(_ coding: UnsafeBufferPointer<UInt8>) -> (unit: QuantityUnit, qualifiers: [Qualifier])? {
            if let known = codings.value(for: coding) { return known }
            guard let decoded = try? FactCoding.decode(coding) else { return nil }
            if !decoded.qualifiers.contains(where: \.isComparison) { codings.insert(decoded, for: coding) }
            return decoded
        }

        /// A text of the sentence's place, made a string once for the read.
        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            texts.value(for: bytes) { String(decoding: bytes, as: UTF8.self) }
        }
    }

    /// Whether a column's bytes are `word` (an ASCII word of the schema: a role, a part).
    static func isWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount && (bytes.isEmpty || memcmp(bytes.baseAddress!, word.utf8Start, bytes.count) == 0)
    }

    /// The fact of the statement's current row; nil if the row does not read as one.
    static func fact(_ row: SQLiteStatement, places: inout SentencePlaces, reportNames: [Int: String]) -> Fact? {
        guard let report = reportNames[row.int(1)] else { return nil }
        guard let value = row.withBytes(2, { DecimalText.parseDescription($0) }),
              let (unit, qualifiers) = row.withBytes(19, { places.decode($0) }) else { return nil }
        let role: FactRole
        if row.withBytes(6, { Self.isWord($0, "primary") }) {
            role = .primary
        } else if let kind = ComparisonKind(rawValue: row.text(6)) {
            role = .comparison(kind)
        } else {
            return nil
        }
        let referrer = row.optionalInt(16).map { SourceLocation(line: $0, column: row.optionalInt(17) ?? 1) }
        let quantity = Quantity(value, unit)
        let upper = row.isNull(3) ? nil : row.withBytes(3) { DecimalText.parseDescription($0) }
        let denominator = row.isNull(4) ? nil : row.withBytes(4) { DecimalText.parseDescription($0) }
        let offset = row.int(15)
        let location = SourceLocation(line: row.int(13), column: row.int(14))
        let sentenceID = row.int(21)
        let shared: (place: ParagraphPlace, bytes: [UInt8])
        if let known = places.places[sentenceID] {
            shared = known
        } else {
            let bytes = row.withBytes(20) { Array($0) }
            let part: ReportPart = row.withBytes(12) { Self.isWord($0, "plan") } ? .plan : .results
            shared = (ParagraphPlace(report: report, sectionPath: row.withBytes(8) { places.text($0) }, section: row.optionalInt(9),
                                     footnote: row.optionalInt(10), paragraph: row.int(11), referrerLocation: referrer, part: part,
                                     referrerSentence: row.isNull(18) ? nil : row.withBytes(18) { places.text($0) }, lazyText: LazyText(bytes: bytes, lock: places.textLock)),
                      bytes)
            places.places[sentenceID] = shared
        }
        // The number's text where it stands in the sentence: at or after its scalar offset, which no byte offset is below.
        let sentence = shared.bytes
        let found = row.withBytes(5) { needle in
            sentence.withUnsafeBufferPointer { TextFolding.firstIndex(of: needle, in: $0, from: min(offset, $0.count - needle.count)) }
                .map { $0..<($0 + needle.count) }
        }
        if let at = found {
            return Fact(id: row.int(0), place: shared.place, quantity: quantity, upper: upper, denominator: denominator,
                        text: TextSpan(bytes: at, hasMarkup: false), qualifiers: qualifiers, role: role,
                        qualifies: row.optionalInt(7), sentence: TextSpan(bytes: 0..<shared.bytes.count, hasMarkup: false),
                        sentenceOffset: offset, location: location)
        }
        return Fact(id: row.int(0), report: report, quantity: quantity, upper: upper, denominator: denominator,
                    text: row.text(5), qualifiers: qualifiers, role: role, qualifies: row.optionalInt(7),
                    sentence: String(decoding: shared.bytes, as: UTF8.self), sentenceOffset: offset, sectionPath: row.text(8),
                    section: row.optionalInt(9), footnote: row.optionalInt(10), paragraph: row.int(11), referrerLocation: referrer,
                    part: row.text(12) == "plan" ? .plan : .results, referrerSentence: row.optionalText(18), location: location)
    }
}
