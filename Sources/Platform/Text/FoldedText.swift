
/// A sentence folded for search (``TextFolding``), kept as UTF-8.
///
/// Folded Vietnamese is nearly all ASCII, so its UTF-8 is far smaller than its
/// scalars, and the store keeps one for every sentence that holds a fact.
/// Offsets are bytes; ``scalarOffset(ofByte:)`` and ``byteOffset(ofScalar:)``
/// convert them to and from the scalar offsets facts record (folding maps each
/// scalar to one scalar, so a scalar offset in the folded text is one in the sentence).
///
/// The bytes are always valid UTF-8: they are encoded from scalars, or checked
/// when read from the cache.
public struct FoldedText: Equatable, Sendable, CustomStringConvertible {
    /// The UTF-8 bytes.
    public let bytes: [UInt8]

    /// The folded scalars, encoded.
    public init(folded scalars: [Unicode.Scalar]) {
        self.init(folded: scalars[...])
    }

    /// The folded scalars, encoded: written into a scratch buffer in one
    /// pass, then copied out at their exact size. Eight ASCII scalars (nearly
    /// every folded scalar is ASCII) are tested and narrowed to bytes at once.
    public init(folded scalars: ArraySlice<Unicode.Scalar>) {
        bytes = scalars.withUnsafeBufferPointer { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count * 4) { buffer in
                let written = Self.encode(source, into: buffer)
                return [UInt8](UnsafeBufferPointer(rebasing: buffer[..<written]))
            }
        }
    }

    /// Writes the UTF-8 of `source` into `buffer` (room for four bytes a scalar); returns the bytes written.
    private static func encode(_ source: UnsafeBufferPointer<Unicode.Scalar>,
                               into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard let base = source.baseAddress, let out = buffer.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base), count = source.count
        let nonASCII = SIMD4<UInt32>(repeating: ~0x7F)
        var index = 0, written = 0
        while index < count {
            if index + 8 <= count {
                // Two halves tested together: one comparison with zero, where a
                // whole eight-lane comparison compiled to lane-by-lane tests.
                let low = raw.loadUnaligned(fromByteOffset: index * 4, as: SIMD4<UInt32>.self)
                let high = raw.loadUnaligned(fromByteOffset: index * 4 + 16, as: SIMD4<UInt32>.self)
                if (low | high) & nonASCII == .zero {
                    let chunk = SIMD8<UInt32>(lowHalf: low, highHalf: high)
                    UnsafeMutableRawPointer(out + written).storeBytes(of: SIMD8<UInt8>(truncatingIfNeeded: chunk),
                                                                      as: SIMD8<UInt8>.self)
                    index += 8
                    written += 8
                    continue
                }
            }
            // A chunk with a wider scalar, or the last few: one scalar at a time to the chunk's end.
            let end = min(index + 8, count)
            written += String.encode(UnsafeBufferPointer(rebasing: source[index..<end]),
                                     into: UnsafeMutableBufferPointer(rebasing: buffer[written...]))
            index = end
        }
        return written
    }

    /// `text`, folded.
    public init(folding text: String) {
        self.init(folded: TextFolding.foldedScalars(text))
    }

    /// Bytes known to be valid UTF-8 of folded text.
    public init(validUTF8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// Where `needle` first occurs at or after byte `start`; nil for an empty
    /// needle. A match found is whole scalars: UTF-8 never starts a scalar
    /// inside another.
    public func firstIndex(of needle: FoldedText, from start: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { text in
            needle.bytes.withUnsafeBufferPointer { TextFolding.firstIndex(of: $0, in: text, from: start) }
        }
    }

    /// Whether `needle` occurs; an empty needle always does.
    public func contains(_ needle: FoldedText) -> Bool {
        needle.bytes.isEmpty || firstIndex(of: needle, from: 0) != nil
    }

    /// Whether `needle` stands at byte `offset`.
    public func hasPrefix(_ needle: FoldedText, at offset: Int) -> Bool {
        guard offset >= 0, offset + needle.bytes.count <= bytes.count else { return false }
        return bytes[offset..<(offset + needle.bytes.count)].elementsEqual(needle.bytes)
    }

    /// Whether the scalar just before byte `offset` is a letter (false at the start).
    public func isLetter(before offset: Int) -> Bool {
        guard offset > 0, offset <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { TextFolding.isLetter($0.scalar(at: $0.scalarStart(atOrBefore: offset - 1)).scalar) }
    }

    /// Whether the scalar at byte `offset` is a letter (false at the end).
    public func isLetter(at offset: Int) -> Bool {
        guard offset >= 0, offset < bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { TextFolding.isLetter($0.scalar(at: $0.scalarStart(atOrBefore: offset)).scalar) }
    }

    /// The number of scalars before byte `offset`.
    public func scalarOffset(ofByte offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[..<min(max(offset, 0), $0.count)]).scalarCount }
    }

    /// The byte where scalar `offset` starts (the end, past the last scalar).
    public func byteOffset(ofScalar offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { $0.byteOffset(ofScalar: offset) }
    }

    /// The words of the text (runs of letters, and of digits when asked), as
    /// ``FoldedWord/words(_:includingDigits:)`` reads them from scalars.
    public func words(includingDigits: Bool = false) -> [FoldedWord] {
        // Folded text is nearly always ASCII, whose bytes are its scalars: read as they lie.
        if let words = bytes.withUnsafeBufferPointer({ FoldedWord.asciiWords($0, includingDigits: includingDigits) }) { return words }
        return FoldedWord.words(description.scalarArray[...], includingDigits: includingDigits)
    }
}
