import FoundationEssentials
import Report

/// What a fact is to the sentence it stands in.
public enum FactRole: Hashable, Sendable {
    /// A quantity the sentence reports.
    case primary
    /// A number that compares another fact with its plan, estimate or last year.
    case comparison(ComparisonKind)
}

/// One quantity of a report, exactly as the report gives it, with everything
/// needed to show where it came from.
public struct Fact: Hashable, Sendable, Identifiable {
    /// The fact's number in the store: unique across the loaded reports.
    public var id: Int
    /// The report's name (`842-BC-UBND-2025`).
    public var report: String
    public var quantity: Quantity
    /// The upper bound of a range (`11-12%`, `1.800 đến 2.000 người`).
    public var upper: Decimal?
    /// The whole of a ratio (`1.480/1.530 HS` → 1.530).
    public var denominator: Decimal?
    /// The number and unit as written (`1.234 tỉ đồng`).
    public var text: String
    public var qualifiers: [Qualifier]
    public var role: FactRole
    /// For a comparison: the fact it qualifies.
    public var qualifies: Int?
    /// The sentence, as plain text.
    public var sentence: String
    /// Where the number starts in `sentence`, in Unicode scalars.
    public var sentenceOffset: Int
    /// `Phần I › II › 1 › a) Hoạt động thương mại - du lịch - dịch vụ`.
    public var sectionPath: String
    /// The section's index in its report, nil before the first heading.
    public var section: Int?
    /// The footnote the fact was found in, if any.
    public var footnote: Int?
    /// The paragraph the fact was found in (index into the report's paragraphs).
    public var paragraph: Int
    /// For a fact in a footnote: where the paragraph that refers to the footnote starts.
    public var referrerLocation: SourceLocation?
    public var location: SourceLocation

    public var value: Decimal { quantity.value }
    public var unit: QuantityUnit { quantity.unit }

    /// The value as the report would write it, with a range's upper bound and a ratio's whole:
    /// `10-11%`, `1.480/1.530 học sinh`, `1.234 tỷ đồng`.
    public func formattedValue(_ style: NumberStyle = .vietnamese) -> String {
        var number = VietnameseNumber.format(value, style: style)
        if let upper { number += "-" + VietnameseNumber.format(upper, style: style) }
        if let denominator { number += "/" + VietnameseNumber.format(denominator, style: style) }
        if unit.symbol.isEmpty { return number }
        return unit.dimension == .percent ? number + "%" : "\(number) \(unit.symbol)"
    }

    /// Whether any qualifier is an estimate.
    public var isEstimate: Bool { qualifiers.contains(.estimate) }

    /// The value of this fact's comparison of `kind`, if the sentence gives one.
    public func comparison(_ kind: ComparisonKind) -> (value: Decimal, unit: QuantityUnit, fact: Int)? {
        for case .comparison(let k, let value, let unit, let fact) in qualifiers where k == kind {
            return (value, unit, fact)
        }
        return nil
    }

    /// The report's own verdict on the fact against its plan, if it gives one.
    public var status: PlanStatus? {
        for case .status(let status) in qualifiers { return status }
        return nil
    }
}

/// A number of the report that is not a quantity: a date, a year, a document
/// number, a footnote mark or digits in a name — or one baocao could not place.
public struct NumericReference: Hashable, Sendable {
    public var kind: ReferenceKind
    public var text: String
    public var report: String
    public var paragraph: Int
    public var location: SourceLocation
}
