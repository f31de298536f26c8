import FoundationEssentials
import Platform
import Report
import Facts

/// A fact as a row of the corpus database, and back: the plain columns and
/// the coded unit and qualifiers (``FactCoding``).
enum FactRows {
    /// The columns ``fact(_:places:reportNames:)`` reads, in its order. The
    /// report is its id: the reader names it from the reports it holds, not a
    /// join that looks the reports table up for every row.
    static let select = "SELECT " + columns + " FROM facts f JOIN sentences s ON s.id = f.sentence"

    /// The same columns for the facts of chosen sentences (`WHERE s.id …`):
    /// each sentence's facts read as the range of ids its row names, with no index between.
    static let selectBySentence = "SELECT " + columns
        + " FROM sentences s JOIN facts f ON f.id BETWEEN s.first_fact AND s.first_fact + s.fact_count - 1"

    private static let columns = """
        f.id, f.report, f.value, f.upper, f.denominator, f.text, f.role, f.qualifies, f.section, f.section_index,
        f.footnote, f.paragraph, f.part, f.line, f.column, f.sentence_offset, f.referrer_line, f.referrer_column,
        f.referrer_sentence, f.coding, s.text, f.sentence
        """

    /// The facts of one sentence share a place holding the sentence's text; a
    /// fact's text is a span of it (``Facts/TextSpan``), as extracted facts' are of their paragraph.
    struct SentencePlaces {
        var places: [Int: (place: ParagraphPlace, bytes: [UInt8])] = [:]
    }

    /// The fact of the statement's current row; nil if the row does not read as one.
    static func fact(_ row: SQLiteStatement, places: inout SentencePlaces, reportNames: [Int: String]) -> Fact? {
        guard let report = reportNames[row.int(1)] else { return nil }
        guard let value = row.withBytes(2, { DecimalText.parseDescription($0) }),
              let (unit, qualifiers) = row.withBytes(19, { try? FactCoding.decode($0) }) else { return nil }
        let role: FactRole
        if row.withBytes(6, { $0.elementsEqual("primary".utf8) }) {
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
            let sentence = row.text(20)
            shared = (ParagraphPlace(report: report, sectionPath: row.text(8), section: row.optionalInt(9), footnote: row.optionalInt(10),
                                     paragraph: row.int(11), referrerLocation: referrer, part: row.text(12) == "plan" ? .plan : .results,
                                     referrerSentence: row.optionalText(18), text: Substring(sentence)),
                      row.withBytes(20) { Array($0) })
            places.places[sentenceID] = shared
        }
        // The number's text where it stands in the sentence: at or after its scalar offset, which no byte offset is below.
        let sentence = shared.bytes
        let found = row.withBytes(5) { (needle: UnsafeBufferPointer<UInt8>) -> Range<Int>? in
            let count = needle.count
            guard count > 0, count <= sentence.count else { return nil }
            let last = sentence.count - count
            for start in min(offset, last)...last where sentence[start] == needle[0] {
                if sentence[start..<(start + count)].elementsEqual(needle) { return start..<(start + count) }
            }
            return nil
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
