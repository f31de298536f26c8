import FoundationEssentials
import Facts

/// A quantity found by the scanner, before qualifiers are read.
struct ScannedQuantity {
    var start: Int
    /// Offset just after the number (and its range or ratio part), before the unit.
    var numberEnd: Int
    /// Offset just after the unit.
    var end: Int
    var value: Decimal
    var upper: Decimal?
    var denominator: Decimal?
    var unit: QuantityUnit
    /// `trên`, `hơn`, `gần`, `khoảng` … when one stands right before the number.
    var approximate: String?
}

/// A number that is not a quantity.
struct ScannedReference {
    var kind: ReferenceKind
    var start: Int
    var end: Int
}

/// What the scanner read at one number, before it is put in its list (the
/// scanner keeps quantities and references apart, so that a sentence's
/// quantities are a slice of the paragraph's).
enum ScannedToken {
    case quantity(ScannedQuantity)
    case reference(ScannedReference)
}
