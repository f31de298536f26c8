import Testing
@testable import Platform

/// Folded sentences kept as UTF-8 answer what the same sentences as scalars
/// answered: the rule matcher's searches, offsets and words.
@Suite("Folded text as UTF-8 agrees with folded scalars")
struct FoldedTextTests {
    static let texts = [
        "Doanh thu du lịch ước đạt 1.746 tỷ đồng (vượt kế hoạch), so với cùng kỳ tăng 2,5%.",
        "“Trích dẫn” – 62.609,4m² và 4 ✓ 𝟘 ĐẠT KẾ HOẠCH",
        "", "a", "ệ", "abcdefgh", "abcdefghi²", "²abcdefghijklmnop",
        "Xây dựng nông thôn mới kiểu mẫu: 12 xã, 2025abc, phườngxãthịtrấn9 (k1l2);  cuối",
    ]

    @Test("encoding at every length and alignment is the string's own UTF-8", arguments: texts)
    func encoding(_ text: String) {
        let folded = TextFolding.foldedScalars(text)
        for start in 0...folded.count {
            for end in start...folded.count {
                let piece = folded[start..<end]
                #expect(FoldedText(folded: piece).bytes == Array(String(scalars: piece).utf8), "\(start)..<\(end)")
            }
        }
        #expect(FoldedText(folding: text).description == TextFolding.fold(text))
    }

    @Test("a needle is found where the scalar search finds it, in bytes", arguments: texts)
    func search(_ text: String) {
        let folded = TextFolding.foldedScalars(text)
        let haystack = FoldedText(folded: folded)
        for start in 0..<folded.count {
            for end in (start + 1)...min(folded.count, start + 6) {
                let needle = Array(folded[start..<end])
                let expected = TextFolding.firstIndex(of: needle, in: folded)
                let found = haystack.firstIndex(of: FoldedText(folded: needle))
                #expect(found.map(haystack.scalarOffset(ofByte:)) == expected, "\(start)..<\(end)")
                #expect(haystack.contains(FoldedText(folded: needle)))
                if let found { #expect(haystack.hasPrefix(FoldedText(folded: needle), at: found)) }
            }
        }
        #expect(haystack.contains(FoldedText(folded: [])) && haystack.firstIndex(of: FoldedText(folded: [])) == nil)
    }

    @Test("scalar and byte offsets convert both ways; letters are tested either side of an offset", arguments: texts)
    func offsets(_ text: String) {
        let folded = TextFolding.foldedScalars(text)
        let utf8 = FoldedText(folded: folded)
        var byte = 0
        for (offset, scalar) in folded.enumerated() {
            #expect(utf8.byteOffset(ofScalar: offset) == byte)
            #expect(utf8.scalarOffset(ofByte: byte) == offset)
            #expect(utf8.isLetter(at: byte) == TextFolding.isLetter(scalar))
            #expect(utf8.isLetter(before: byte) == (offset > 0 && TextFolding.isLetter(folded[offset - 1])))
            byte += UTF8.width(scalar)
        }
        #expect(utf8.byteOffset(ofScalar: folded.count) == utf8.bytes.count)
        #expect(utf8.byteOffset(ofScalar: folded.count + 5) == utf8.bytes.count)
        #expect(utf8.scalarOffset(ofByte: utf8.bytes.count) == folded.count)
        #expect(!utf8.isLetter(at: utf8.bytes.count) && !utf8.isLetter(before: 0))
    }

    @Test("words are those of the scalars, digits included when asked", arguments: texts)
    func words(_ text: String) {
        let folded = TextFolding.foldedScalars(text)
        for digits in [false, true] {
            #expect(FoldedText(folded: folded).words(includingDigits: digits)
                    == FoldedWord.words(folded[...], includingDigits: digits))
        }
    }
}
