/// Many short scalar sequences (a table's forms, a list's phrases) packed one
/// after another into a single array, so that a look-up compares them in
/// place and retains one array, not one per sequence.
public struct PackedScalars: Sendable {
    /// Every sequence's scalars, one after another.
    public let scalars: [Unicode.Scalar]
    /// Where sequence `i` starts in `scalars`; it ends where `i + 1` starts.
    private let starts: [Int]

    public init(_ sequences: [[Unicode.Scalar]]) {
        var scalars: [Unicode.Scalar] = [], starts: [Int] = []
        for sequence in sequences {
            starts.append(scalars.count)
            scalars += sequence
        }
        starts.append(scalars.count)
        self.scalars = scalars
        self.starts = starts
    }

    /// Where sequence `i` stands in ``scalars``.
    @inline(__always)
    public func range(of i: Int) -> Range<Int> { starts[i]..<starts[i + 1] }
}
