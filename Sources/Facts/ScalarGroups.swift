/// Positions in a list grouped by a scalar of each entry (a form's first
/// letter, a phrase's last), in list order: the ASCII ones in a table by code,
/// the few others in a short list. A look-up then compares only the entries
/// that can match.
struct ScalarGroups {
    /// The positions whose scalar is ASCII code `c`, at `ascii[c]`.
    let ascii: [[Int]]
    /// The positions whose scalar is not ASCII (`đ`, `ố` …), by scalar.
    let other: [(scalar: Unicode.Scalar, positions: [Int])]

    /// The groups of `keys`, the scalar of each position; a nil key is in no group.
    init(_ keys: [Unicode.Scalar?]) {
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
        self.ascii = ascii
        self.other = other
    }

    /// The positions whose scalar is `scalar`, in list order.
    func positions(of scalar: Unicode.Scalar) -> [Int] {
        scalar.isASCII ? ascii[Int(scalar.value)] : other.first { $0.scalar == scalar }?.positions ?? []
    }
}
