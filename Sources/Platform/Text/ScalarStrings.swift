// Strings to Unicode scalars and back, by hand. Reading a report decodes and
// re-encodes every paragraph and sentence; the standard library's generic
// paths (`Array(unicodeScalars)`, appending scalars one by one) are much
// slower (docs/PERFORMANCE.md).

import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Calls `body` with the string's UTF-8 bytes, read in place.
    ///
    /// `withUTF8` is mutating, so reading a string passed in took a copy of it:
    /// a retain and a release of its storage on every call. A native string (every string baocao makes)
    /// is contiguous UTF-8 and is read through `utf8` without a copy; any other
    /// is copied into native storage first.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }

    /// The number of Unicode scalars: the UTF-8 bytes that start one.
    public var scalarCount: Int { withUTF8Bytes { $0.scalarCount } }
}

extension Substring {
    /// Calls `body` with the substring's UTF-8 bytes: its range of its base
    /// string's, read in place. Through `utf8.withContiguousStorageIfAvailable`,
    /// `Slice` checks the substring's bounds on every call.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let utf8 = base.utf8
        let lower = utf8.distance(from: utf8.startIndex, to: startIndex)
        let upper = utf8.distance(from: utf8.startIndex, to: endIndex)
        return try base.withUTF8Bytes { try body(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    /// The number of Unicode scalars: the UTF-8 bytes that start one.
    public var scalarCount: Int { withUTF8Bytes { $0.scalarCount } }
}

extension String {
    /// The string's Unicode scalars, decoded from its UTF-8 in one pass, where
    /// `Array(unicodeScalars)` takes the generic path for every scalar.
    public var scalarArray: [Unicode.Scalar] {
        withUTF8Bytes { bytes in
            .written(capacity: bytes.count) { scalars in
                var index = 0, out = 0
                let count = bytes.count
                while index < count {
                    let (scalar, length) = bytes.scalar(at: index)
                    scalars.initializeElement(at: out, to: scalar)
                    out += 1
                    index += length
                }
                return out
            }
        }
    }

    /// A string from Unicode scalars, encoded in one pass rather than
    /// appended to a `String` scalar by scalar.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        if #available(macOS 26.0, *) {
            // Encoded into room for four bytes a scalar (rather than a pass
            // to count them first), then copied in as valid UTF-8.
            self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { buffer in
                String(validUTF8: UnsafeBufferPointer(rebasing: buffer[..<String.encode(scalars, into: buffer)]))
            }
        } else {
            var byteCount = 0
            for scalar in scalars { byteCount += UTF8.width(scalar) }
            self.init(unsafeUninitializedCapacity: byteCount) { String.encode(scalars, into: $0) }
        }
    }


    /// A string of bytes known to be valid UTF-8 — encoded here from scalars,
    /// or cut from valid text between scalars — copied without being validated
    /// again, as String's initialisers would.
    /// Debug builds check the promise.
    @inlinable
    public init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "String(validUTF8:) given invalid UTF-8")
        if #available(macOS 26.0, *) {
            self = String(copying: unsafe UTF8Span(unchecked: bytes.span))
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Writes the UTF-8 of `scalars` into `buffer`, which has room for it; returns the bytes written.
    @inlinable
    public static func encode<C: Collection>(_ scalars: C, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int
    where C.Element == Unicode.Scalar {
        var index = 0
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                buffer[index] = UInt8(truncatingIfNeeded: v); index += 1
            } else if v < 0x800 {
                buffer[index] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                index += 2
            } else if v < 0x10000 {
                buffer[index] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                index += 3
            } else {
                buffer[index] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                buffer[index + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                index += 4
            }
        }
        return index
    }
}

extension String {
    /// The text in precomposed form (NFC). Text without combining marks — nearly
    /// all of it — is returned as it is, skipping the costly normalisation.
    ///
    /// The standard library's NFC (`_nfcCodeUnits`, what its own string
    /// comparison uses), not Foundation's `precomposedStringWithCanonicalMapping`,
    /// which would link Foundation's NSString and ICU into baocao.
    public var precomposed: String {
        hasCombiningMarks ? String(decoding: _nfcCodeUnits, as: UTF8.self) : self
    }

    /// Whether the text holds a combining mark (U+0300–U+036F: UTF-8 `CC xx` or
    /// `CD 80`–`CD AF`), tested on the bytes with `memchr`, which looks at many
    /// bytes per step.
    public var hasCombiningMarks: Bool {
        withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress, bytes.count > 1 else { return false }
            let end = base + bytes.count - 1  // a lead byte needs one byte after it
            if memchr(base, 0xCC, end - base) != nil { return true }
            var cursor = base
            while cursor < end, let hit = memchr(cursor, 0xCD, end - cursor) {
                let lead = hit.assumingMemoryBound(to: UInt8.self)
                if lead[1] >= 0x80 && lead[1] < 0xB0 { return true }
                cursor = UnsafePointer(lead + 1)
            }
            return false
        }
    }
}

extension StringProtocol {
    /// Whether the text's UTF-8 starts with the ASCII `prefix`, compared byte
    /// by byte: `hasPrefix` compares Characters, and the generic
    /// `utf8.starts(with:)` is not specialised here.
    public func hasBytePrefix(_ prefix: StaticString) -> Bool {
        var index = utf8.startIndex
        for offset in 0..<prefix.utf8CodeUnitCount {
            guard index < utf8.endIndex, utf8[index] == prefix.utf8Start[offset] else { return false }
            index = utf8.index(after: index)
        }
        return true
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the ASCII `prefix` stands at `offset`.
    public func hasBytes(_ prefix: StaticString, at offset: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset >= 0, offset <= self.count - count, let base = baseAddress else { return false }
        return memcmp(base + offset, prefix.utf8Start, count) == 0
    }

    /// Whether the bytes of `range` are those of the ASCII `text`.
    public func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
        range.count == text.utf8CodeUnitCount && hasBytes(text, at: range.lowerBound)
    }

    /// `range` without leading and trailing spaces, tabs and form feeds (a
    /// PDF's text opens each page's first line on one): a cut next to ASCII,
    /// so between scalars.
    public func trimmingSpaces(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, self[start] == 0x20 || self[start] == 0x09 || self[start] == 0x0C { start += 1 }
        while end > start, self[end - 1] == 0x20 || self[end - 1] == 0x09 || self[end - 1] == 0x0C { end -= 1 }
        return start..<end
    }

    /// The bytes of `range`, cut between scalars, as a String.
    public func string(_ range: Range<Int>) -> String {
        String(validUTF8: UnsafeBufferPointer(rebasing: self[range]))
    }

    /// The text between two UTF-8 offsets, as a new string; an offset inside a
    /// scalar is moved back to the scalar's start, as `String.Index` rounds it.
    ///
    /// Cut from the bytes: a slice of valid UTF-8 that starts and ends between
    /// scalars is valid, and is copied unchecked, where `String(text[index..<index])`
    /// checks both indices and copies through the substring (a fact's text and
    /// sentence are cut this way, thousands a report).
    public func string(cutAt range: Range<Int>) -> String {
        string(scalarStart(atOrBefore: range.lowerBound)..<scalarStart(atOrBefore: range.upperBound))
    }

    /// The scalar whose UTF-8 starts at `index`, and how many bytes it takes.
    /// The bytes must be valid UTF-8 (a String's are), so that the lead byte
    /// announces the length truly.
    @inlinable @inline(__always)
    public func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(self[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(truncatingIfNeeded: lead)), 1) }
        let value: UInt32, length: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(self[index + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(self[index + 1] & 0x3F) << 6 | UInt32(self[index + 2] & 0x3F)
            length = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(self[index + 1] & 0x3F) << 12
                | UInt32(self[index + 2] & 0x3F) << 6 | UInt32(self[index + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The byte where scalar `offset` starts (the end, past the last scalar).
    @inlinable
    public func byteOffset(ofScalar offset: Int) -> Int {
        var scalars = 0, index = 0
        while index < count, scalars < offset {
            index += 1
            // Continuation bytes (10xxxxxx) belong to the scalar before.
            while index < count, self[index] & 0xC0 == 0x80 { index += 1 }
            scalars += 1
        }
        return index
    }

    /// Where the scalar holding byte `offset` starts: back over continuation
    /// bytes to its lead. An offset at or past the end is returned as it is.
    @inlinable
    public func scalarStart(atOrBefore offset: Int) -> Int {
        var offset = offset
        while offset > 0, offset < count, self[offset] & 0xC0 == 0x80 { offset -= 1 }
        return offset
    }

    /// The number of Unicode scalars in UTF-8 bytes: the bytes that start one.
    /// Counted eight bytes at a time, without a branch per byte: one mispredicted
    /// on Vietnamese, where one- and multi-byte letters alternate (a byte loop
    /// was a twentieth of reading a report).
    public var scalarCount: Int {
        guard let base = baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let high: UInt64 = 0x8080_8080_8080_8080
        var continuations = 0, offset = 0
        while offset + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // A continuation byte is 10xxxxxx: its top bit set and the next one
            // clear. The marks, moved to each byte's lowest bit, are summed into
            // the top byte by one multiplication (`nonzeroBitCount` is a loop
            // on the x86-64 baseline, which has no POPCNT).
            let marks = (word & high & ~(word << 1)) >> 7
            continuations &+= Int(truncatingIfNeeded: (marks &* 0x0101_0101_0101_0101) >> 56)
            offset += 8
        }
        while offset < count {
            if base[offset] & 0xC0 == 0x80 { continuations += 1 }
            offset += 1
        }
        return count - continuations
    }

    /// Whether the bytes hold an ASCII digit. Eight bytes at a time: the
    /// extractor asks it of every paragraph, most of whose bytes come before
    /// its first digit or hold none.
    public var containsASCIIDigit: Bool {
        guard let base = baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= count {
            // XOR makes each digit a byte below 10, and no other byte one. A
            // byte below 10 borrows when 10 is subtracted, setting its top bit
            // where the byte's own is clear: exact for whether there is one
            // (a borrow can mark a higher byte only after marking a true one).
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ 0x3030_3030_3030_3030
            if (word &- 0x0A0A_0A0A_0A0A_0A0A) & ~word & 0x8080_8080_8080_8080 != 0 { return true }
            offset += 8
        }
        while offset < count {
            if base[offset] &- UInt8(ascii: "0") < 10 { return true }
            offset += 1
        }
        return false
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII digit, `0` to `9`.
    @inlinable
    public var isASCIIDigit: Bool { self &- UInt8(ascii: "0") < 10 }
}

extension Unicode.Scalar {
    /// Whether the scalar is an ASCII digit, `0` to `9`: a report's figures are written in no other.
    @inlinable
    public var isASCIIDigit: Bool { value &- 48 < 10 }
}

extension Int {
    /// The value of ASCII digits, as `Int(String)` reads them: nil when empty,
    /// when any byte is not a digit, or when the value does not fit.
    @inlinable
    public init?<Digits: Sequence<UInt8>>(asciiDigits digits: Digits) {
        var value = 0, any = false
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (tens, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowedAgain) = tens.addingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
            guard !overflowed, !overflowedAgain else { return nil }
            value = sum
            any = true
        }
        guard any else { return nil }
        self = value
    }
}
