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
               f.referrer_sentence, f.coding, s.text
        FROM facts f JOIN reports r ON r.id = f.report JOIN sentences s ON s.id = f.sentence
        """

    /// The fact of the statement's current row; nil if the row does not read as one.
    static func fact(_ row: SQLiteStatement) -> Fact? {
        guard let value = DecimalText.parseDescription(Array(row.text(2).utf8)),
              let (unit, qualifiers) = try? FactCoding.decode(row.blob(19)) else { return nil }
        let role: FactRole
        let roleName = row.text(6)
        if roleName == "primary" { role = .primary } else if let kind = ComparisonKind(rawValue: roleName) { role = .comparison(kind) } else { return nil }
        let referrer = row.optionalInt(16).map { SourceLocation(line: $0, column: row.optionalInt(17) ?? 1) }
        return Fact(id: row.int(0), report: row.text(1), quantity: Quantity(value, unit),
                    upper: row.optionalText(3).flatMap { DecimalText.parseDescription(Array($0.utf8)) },
                    denominator: row.optionalText(4).flatMap { DecimalText.parseDescription(Array($0.utf8)) },
                    text: row.text(5), qualifiers: qualifiers, role: role, qualifies: row.optionalInt(7),
                    sentence: row.text(20), sentenceOffset: row.int(15), sectionPath: row.text(8), section: row.optionalInt(9),
                    footnote: row.optionalInt(10), paragraph: row.int(11), referrerLocation: referrer,
                    part: row.text(12) == "plan" ? .plan : .results, referrerSentence: row.optionalText(18),
                    location: SourceLocation(line: row.int(13), column: row.int(14)))
    }
}
