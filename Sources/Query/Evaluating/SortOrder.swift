import FoundationEssentials
import Platform
import Facts

/// The order `sort` puts values in, whatever they are: rows of mixed units
/// never stop a sort. Quantities of one dimension compare by value (in one
/// unit); different dimensions, and different kinds of value, keep a fixed
/// order between them (numbers, then quantities by dimension name, then text,
/// then true/false); nulls go last either way.
enum SortOrder {
    /// Whether `a` comes before `b`, ascending.
    static func precedes(_ a: Value, _ b: Value) -> Bool {
        let x = a.scalar, y = b.scalar
        let (rankX, rankY) = (rank(x), rank(y))
        if rankX != rankY { return rankX < rankY }
        switch (x, y) {
        case (.number(let p), .number(let q)): return p < q
        case (.measure(let p), .measure(let q)):
            if let converted = q.converted(toUnitOf: p) { return p.value < converted.value }
            return "\(p.unit.dimension)" < "\(q.unit.dimension)"
        case (.text(let p), .text(let q)): return p < q
        case (.bool(let p), .bool(let q)): return !p && q
        default: return false
        }
    }

    /// Kinds of value in their fixed order; null last.
    private static func rank(_ value: Value) -> Int {
        switch value {
        case .number: 0
        case .measure: 1
        case .text: 2
        case .bool: 3
        case .null: 5
        default: 4
        }
    }
}
