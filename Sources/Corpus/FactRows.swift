import FoundationEssentials
import Platform
import Report
import Facts

/// A fact as a row of the corpus database, and back: the plain columns and
/// the coded unit and qualifiers (``FactCoding``).
enum FactRows {
    /// The columns ``fact(_:)`` reads, in its order.
    static let select = """
        SELECT f.id, r.name, f.value, f.upper, f.denominator, f.text, f.role, f.qualifies, f.section, f.section_index,
               f.footnote, f.paragraph, f.part, f.line, f.column, f.sentence_offset, f.referrer_line, f.referrer_column,
               f.referrer_sentence, f.coding, s.text, f.sentence
        FROM facts f JOIN reports r ON r.id = f.report JOIN sentences s ON s.id = f.sentence
        """

    /// The facts of one sentence share a place holding the sentence's text; a
    /// fact's text is a span of it (``Facts/TextSpan``), as extracted facts' are of their paragraph.
    struct SentencePlaces {
        var places: [Int: (place: ParagraphPlace, bytes: [UInt8])] = [:]
    }

    /// The fact of the statement's current row; nil if the row does not read as one.
    static func fact(_ row: SQLiteStatement, places: inout SentencePlaces) -> Fact? {
        guard let value = DecimalText.parseDescription(Array(row.text(2).utf8)),
              let (unit, qualifiers) = try? FactCoding.decode(row.blob(19)) else { return nil }
        let role: FactRole
        let roleName = row.text(6)
        if roleName == "primary" { role = .primary } else if let kind = ComparisonKind(rawValue: roleName) { role = .comparison(kind) } else { return nil }
        let referrer = row.optionalInt(16).map { SourceLocation(line: $0, column: row.optionalInt(17) ?? 1) }
        let quantity = Quantity(value, unit)
        let upper = row.optionalText(3).flatMap { DecimalText.parseDescription(Array($0.utf8)) }
        let denominator = row.optionalText(4).flatMap { DecimalText.parseDescription(Array($0.utf8)) }
        let text = row.text(5), offset = row.int(15)
        let location = SourceLocation(line: row.int(13), column: row.int(14))
        let sentenceID = row.int(21)
        let shared: (place: ParagraphPlace, bytes: [UInt8])
        if let known = places.places[sentenceID] {
            shared = known
        } else {
            let sentence = row.text(20)
            shared = (ParagraphPlace(report: row.text(1), sectionPath: row.text(8), section: row.optionalInt(9), footnote: row.optionalInt(10),
                                     paragraph: row.int(11), referrerLocation: referrer, part: row.text(12) == "plan" ? .plan : .results,
                                     referrerSentence: row.optionalText(18), text: Substring(sentence)),
                      Array(sentence.utf8))
            places.places[sentenceID] = shared
        }
        // The number's text where it stands in the sentence: at or after its scalar offset, which no byte offset is below.
        let needle = Array(text.utf8)
        if !needle.isEmpty, needle.count <= shared.bytes.count,
           let at = (min(offset, shared.bytes.count - needle.count)...(shared.bytes.count - needle.count))
               .first(where: { shared.bytes[$0] == needle[0] && shared.bytes[$0..<($0 + needle.count)].elementsEqual(needle) }) {
            return Fact(id: row.int(0), place: shared.place, quantity: quantity, upper: upper, denominator: denominator,
                        text: TextSpan(bytes: at..<(at + needle.count), hasMarkup: false), qualifiers: qualifiers, role: role,
                        qualifies: row.optionalInt(7), sentence: TextSpan(bytes: 0..<shared.bytes.count, hasMarkup: false),
                        sentenceOffset: offset, location: location)
        }
        return Fact(id: row.int(0), report: row.text(1), quantity: quantity, upper: upper, denominator: denominator,
                    text: text, qualifiers: qualifiers, role: role, qualifies: row.optionalInt(7),
                    sentence: String(decoding: shared.bytes, as: UTF8.self), sentenceOffset: offset, sectionPath: row.text(8),
                    section: row.optionalInt(9), footnote: row.optionalInt(10), paragraph: row.int(11), referrerLocation: referrer,
                    part: row.text(12) == "plan" ? .plan : .results, referrerSentence: row.optionalText(18), location: location)
    }
}
