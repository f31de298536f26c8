import FoundationEssentials

/// `Decimal.description`'s text (`-1746.5`, `0.005`, `12300`), written from
/// the decimal's digits directly.
///
/// Why: Foundation's `description` divides the mantissa by ten digit by
/// digit and reverses a string, and its first call in a process looks up a
/// handful of generic types: together a tenth of what a one-shot query adds
/// to the process's start, and 13,000 instructions for each value an import
/// writes. A `Decimal` is 20 bytes: an exponent byte, a byte of length and
/// sign (packed one way by swift-foundation, another by Apple's `NSDecimal`),
/// two reserved, eight 16-bit words of mantissa, least significant first.
/// Which packing holds is found once by writing a few values both ways; if
/// neither does, Foundation's `description` is used instead.
public enum DecimalDescription {
    /// The text of `value`, exactly as `value.description` gives it.
    public static func of(_ value: Decimal) -> String {
        guard let packing, !value.isNaN else { return value.description }
        return written(value, packing) ?? value.description
    }

    /// How the byte after the exponent holds the mantissa's length (in 16-bit
    /// words) and the sign.
    enum Packing {
        /// swift-foundation: the length in the high four bits, the sign in bit 3.
        case foundation
        /// Apple's `NSDecimal` bit fields: the length in the low four bits, the sign in bit 4.
        case nsDecimal

        func read(_ byte: UInt8) -> (length: Int, negative: Bool) {
            switch self {
            case .foundation: (Int(byte >> 4), byte & 0x08 != 0)
            case .nsDecimal: (Int(byte & 0x0F), byte & 0x10 != 0)
            }
        }
    }

    /// The packing this platform's decimals use: the one that reads two
    /// known values' bytes right (-125: one word, negative; 65536: two
    /// words); nil if neither does. (Checked by bytes, not by writing values
    /// both ways: that would cost the first call what this saves; the tests
    /// compare the two writings.)
    static let packing: Packing? = {
        func reads(_ value: Decimal, _ packing: Packing, length: Int, negative: Bool, words: (UInt8, UInt8, UInt8)) -> Bool {
            withUnsafeBytes(of: value) { bytes in
                bytes.count == 20 && bytes[0] == 0 && packing.read(bytes[1]) == (length, negative)
                    && bytes[4] == words.0 && bytes[5] == 0 && bytes[6] == words.1 && bytes[7] == words.2
            }
        }
        for packing in [Packing.foundation, .nsDecimal]
        where reads(Decimal(-125), packing, length: 1, negative: true, words: (125, 0, 0))
            && reads(Decimal(65_536), packing, length: 2, negative: false, words: (0, 1, 0)) {
            return packing
        }
        return nil
    }()

    /// The text from the decimal's bytes; nil if they are not 20.
    static func written(_ value: Decimal, _ packing: Packing) -> String? {
        withUnsafeBytes(of: value) { bytes -> String? in
            guard bytes.count == 20 else { return nil }
            let exponent = Int(Int8(bitPattern: bytes[0]))
            let (length, negative) = packing.read(bytes[1])
            guard length > 0, length <= 8 else { return length == 0 ? "0" : nil }
            // The mantissa as two 64-bit halves, then as decimal digits.
            var low: UInt64 = 0, high: UInt64 = 0
            for word in 0..<length {
                let piece = UInt64(bytes[4 + 2 * word]) | UInt64(bytes[5 + 2 * word]) << 8
                if word < 4 { low |= piece << (16 * UInt64(word)) } else { high |= piece << (16 * UInt64(word - 4)) }
            }
            if high == 0 { return small(low, exponent: exponent, negative: negative) }
            var digits = wideDigits(high: high, low: low)
            var text: [UInt8] = negative ? [UInt8(ascii: "-")] : []
            if exponent >= 0 {
                text += digits
                text += repeatElement(UInt8(ascii: "0"), count: exponent)
            } else {
                let fraction = -exponent
                if digits.count <= fraction {
                    digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: fraction - digits.count + 1), at: 0)
                }
                text += digits[..<(digits.count - fraction)]
                text.append(UInt8(ascii: "."))
                text += digits[(digits.count - fraction)...]
            }
            return String(decoding: text, as: UTF8.self)
        }
    }

    /// The text of a mantissa that fits 64 bits (nearly every value a report
    /// has), written into stack memory: no array is made for its digits.
    private static func small(_ mantissa: UInt64, exponent: Int, negative: Bool) -> String {
        // The digits go right-aligned in the first 20 bytes; the text after them. At most a sign,
        // 20 digits and 127 zeros, or a sign, `0.`, 128 zeros and the digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20 + 160) { memory in
            var first = 20, rest = mantissa
            repeat {
                first -= 1
                memory[first] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest != 0
            let digits = 20 - first
            var end = 20
            func put(_ byte: UInt8) { memory[end] = byte; end += 1 }
            func putDigits(_ range: Range<Int>) { for index in range { put(memory[first + index]) } }
            if negative { put(UInt8(ascii: "-")) }
            if exponent >= 0 {
                putDigits(0..<digits)
                for _ in 0..<exponent { put(UInt8(ascii: "0")) }
            } else {
                let fraction = -exponent
                if digits <= fraction {
                    put(UInt8(ascii: "0"))
                    put(UInt8(ascii: "."))
                    for _ in 0..<(fraction - digits) { put(UInt8(ascii: "0")) }
                    putDigits(0..<digits)
                } else {
                    putDigits(0..<(digits - fraction))
                    put(UInt8(ascii: "."))
                    putDigits((digits - fraction)..<digits)
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: memory[20..<end]), as: UTF8.self)
        }
    }

    /// The decimal digits of the 128-bit number `high`·2⁶⁴ + `low`, by long
    /// division by 10¹⁹ (the largest power of ten in 64 bits).
    private static func wideDigits(high: UInt64, low: UInt64) -> [UInt8] {
        let chunk: UInt64 = 10_000_000_000_000_000_000
        var words = [high, low], pieces: [UInt64] = []
        while words.contains(where: { $0 != 0 }) {
            var remainder: UInt64 = 0
            for index in words.indices {
                let (quotient, rest) = chunk.dividingFullWidth((remainder, words[index]))
                words[index] = quotient
                remainder = rest
            }
            pieces.append(remainder)
        }
        var digits = Array(String(pieces.removeLast()).utf8)
        for piece in pieces.reversed() {
            let text = Array(String(piece).utf8)
            digits += repeatElement(UInt8(ascii: "0"), count: 19 - text.count)
            digits += text
        }
        return digits
    }
}
