/// Whether bytes are well-formed UTF-8 (Unicode's table of well-formed byte
/// sequences: no overlong forms, no surrogates, nothing past U+10FFFF), read
/// by a state machine: each byte is a class, and the class and the state
/// before give the state after, from a table.
///
/// A report's bytes are checked once as they are read, and its text is then
/// made a string with no second check (``Swift/String/init(validUTF8:)``). The
/// standard library's check branches on each sequence's length, and in
/// Vietnamese, where one- and multi-byte letters alternate, the branches
/// mispredict: a table look-up a byte takes no branch but the loop's.
public enum UTF8Validation {
    /// Whether all of `bytes` is well-formed UTF-8.
    ///
    /// A long text is read as four parts at once, each cut where a sequence
    /// starts: each byte's next state waits on the state before, and four
    /// chains of look-ups wait on each other none.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        classes.withUnsafeBufferPointer { classes in
            transitions.withUnsafeBufferPointer { transitions in
                @inline(__always) func next(_ state: UInt8, _ index: Int) -> UInt8 {
                    transitions[Int(state) &* classCount &+ Int(classes[Int(bytes[index])])]
                }
                @inline(__always) func read(_ range: Range<Int>, from state: UInt8) -> UInt8 {
                    var state = state
                    for index in range { state = next(state, index) }
                    return state
                }
                let count = bytes.count
                // A short text (a name, a word of a cache) in one chain.
                guard count >= 256 else { return read(0..<count, from: accept) == accept }
                // A part starts at the first byte at or after its quarter that is no continuation byte.
                func start(_ quarter: Int) -> Int {
                    var index = count * quarter / 4
                    while index < count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                    return index
                }
                let (b, c, d) = (start(1), start(2), start(3))
                let shortest = min(b, c - b, d - c, count - d)
                var (sa, sb, sc, sd) = (accept, accept, accept, accept)
                for offset in 0..<shortest {
                    sa = next(sa, offset)
                    sb = next(sb, b &+ offset)
                    sc = next(sc, c &+ offset)
                    sd = next(sd, d &+ offset)
                }
                // Each part's rest, one after another.
                return read(shortest..<b, from: sa) == accept && read((b + shortest)..<c, from: sb) == accept
                    && read((c + shortest)..<d, from: sc) == accept && read((d + shortest)..<count, from: sd) == accept
            }
        }
    }

    /// The states: between sequences; needing one, two or three more
    /// continuation bytes of any value; after `E0` (the next is A0–BF), `ED`
    /// (80–9F, no surrogate), `F0` (90–BF) or `F4` (80–8F, nothing past
    /// U+10FFFF); and rejected, which no byte leaves.
    private static let accept: UInt8 = 0, needOne: UInt8 = 1, needTwo: UInt8 = 2, needThree: UInt8 = 3,
                       afterE0: UInt8 = 4, afterED: UInt8 = 5, afterF0: UInt8 = 6, afterF4: UInt8 = 7, rejected: UInt8 = 8
    private static let stateCount = 9

    /// The classes of bytes: ASCII; continuation bytes 80–8F, 90–9F and A0–BF;
    /// lead bytes of two bytes (C2–DF), of three (E1–EC, EE–EF) and of four
    /// (F1–F3); the leads `E0`, `ED`, `F0`, `F4`, each with its own second
    /// byte's range; and bytes never in UTF-8 (C0, C1, F5–FF).
    private static let ascii: UInt8 = 0, low: UInt8 = 1, middle: UInt8 = 2, high: UInt8 = 3, leadTwo: UInt8 = 4,
                       leadThree: UInt8 = 5, leadFour: UInt8 = 6, leadE0: UInt8 = 7, leadED: UInt8 = 8, leadF0: UInt8 = 9,
                       leadF4: UInt8 = 10, never: UInt8 = 11
    private static let classCount = 12

    /// Each byte's class.
    private static let classes: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x00...0x7F: ascii
        case 0x80...0x8F: low
        case 0x90...0x9F: middle
        case 0xA0...0xBF: high
        case 0xC2...0xDF: leadTwo
        case 0xE0: leadE0
        case 0xED: leadED
        case 0xE1...0xEF: leadThree
        case 0xF0: leadF0
        case 0xF4: leadF4
        case 0xF1...0xF3: leadFour
        default: never
        }
    }

    /// The state after a byte of each class in each state, `classCount` a state.
    private static let transitions: [UInt8] = {
        var table = [UInt8](repeating: rejected, count: stateCount * classCount)
        func set(_ state: UInt8, _ byteClass: UInt8, _ next: UInt8) { table[Int(state) * classCount + Int(byteClass)] = next }
        set(accept, ascii, accept)
        set(accept, leadTwo, needOne)
        set(accept, leadThree, needTwo)
        set(accept, leadFour, needThree)
        set(accept, leadE0, afterE0)
        set(accept, leadED, afterED)
        set(accept, leadF0, afterF0)
        set(accept, leadF4, afterF4)
        for continuation in [low, middle, high] {
            set(needOne, continuation, accept)
            set(needTwo, continuation, needOne)
            set(needThree, continuation, needTwo)
        }
        set(afterE0, high, needOne)
        set(afterED, low, needOne)
        set(afterED, middle, needOne)
        set(afterF0, middle, needTwo)
        set(afterF0, high, needTwo)
        set(afterF4, low, needTwo)
        return table
    }()
}
