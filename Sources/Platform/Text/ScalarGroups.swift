/// Positions in a list grouped by a scalar of each entry (a form's first
/// letter, a phrase's last), in list order, so that a look-up compares only
/// the entries that can match.
///
/// Flat: the ASCII groups are spans of one array, indexed by code, and the
/// few others (`đ`, `ố` …) a short list. A look-up hands out a buffer of the
/// group, retaining no inner array (the scanner looks up after every number).
public struct ScalarGroups: Sendable {
    /// Every ASCII group, one after another.
    @usableFromInline let asciiPositions: [Int]
    /// The group of ASCII code `c`: `asciiPositions[asciiSpans[c]]`.
    @usableFromInline let asciiSpans: [Range<Int>]
    /// The groups of scalars outside ASCII.
    @usableFromInline let other: [(scalar: Unicode.Scalar, positions: [Int])]

    /// The groups of `keys`, the scalar of each position; a nil key is in no group.
    public init(_ keys: [Unicode.Scalar?]) {
        var ascii = [[Int]](repeating: [], count: 128)
        var other: [(scalar: Unicode.Scalar, positions: [Int])] = []
        for (position, key) in keys.enumerated() {
            guard let key else { continue }
            if key.isASCII {
                ascii[Int(key.value)].append(position)
            } else if let existing = other.firstIndex(where: { $0.scalar == key }) {
                other[existing].positions.append(position)
            } else {
                other.append((key, [position]))
            }
        }
        asciiPositions = ascii.flatMap { $0 }
        var spans: [Range<Int>] = []
        for group in ascii {
            let start = spans.last?.upperBound ?? 0
            spans.append(start..<(start + group.count))
        }
        asciiSpans = spans
        self.other = other
    }

    /// `body` applied to the positions whose scalar is `scalar`, in list order;
    /// nil when there are none. Inlinable: the scanners of other modules call
    /// it after every number, and a generic call across modules is not specialised.
    @inlinable @inline(__always)
    public func withPositions<Result>(of scalar: Unicode.Scalar, _ body: (UnsafeBufferPointer<Int>) -> Result?) -> Result? {
        if scalar.isASCII {
            let span = asciiSpans[Int(scalar.value)]
            guard !span.isEmpty else { return nil }
            return asciiPositions.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span])) }
        }
        guard let positions = other.first(where: { $0.scalar == scalar })?.positions else { return nil }
        return positions.withUnsafeBufferPointer(body)
    }
}
