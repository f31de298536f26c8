import Testing
import Platform

/// Well-formed UTF-8 as the standard library judges it.
@Suite("UTF-8 is checked as the standard library checks it")
struct UTF8ValidationTests {
    func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    }

    @Test("every edge of the table: overlong forms, surrogates, past U+10FFFF, cut short, stray continuations")
    func edges() {
        let cases: [[UInt8]] = [
            [], Array("Thu ngân sách đạt 128,4% dự toán".utf8), Array("😀 ₫ ² 𝄞".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xC2], [0x80], [0xBF, 0x41],
            [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xE1, 0x80],
            [0xF0, 0x8F, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xF0, 0x90, 0x80], [0xF1, 0x80, 0x80, 0x80], [0xEE, 0x80, 0x80],
            Array("abcdefgh".utf8) + [0xE1, 0xBA, 0xA1, 0xFF] + Array("xyz".utf8),
        ]
        for bytes in cases { #expect(isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)") }
        #expect(!isValid([0xED, 0xA0, 0x80]) && isValid(Array("Lạng Sơn".utf8)))
    }

    @Test("every scalar's bytes are valid, and random bytes are judged as the standard library judges them")
    func random() {
        // Every scalar, a few thousand apart, and the edges of each length.
        for value in stride(from: 0, through: 0x10FFFF, by: 997) + [0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(isValid(Array(String(scalar).utf8)), "U+\(String(value, radix: 16))")
        }
        var generator = SystemRandomNumberGenerator()
        let text = Array("Năm 2025, doanh thu du lịch ước đạt 1.746 tỷ đồng; 62.609,4m² 😀 đất".utf8)
        for round in 0..<20_000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                // Mostly bytes around the table's edges, some ASCII.
                bytes = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
                    Bool.random(using: &generator) ? UInt8.random(in: 0x7E...0xFF, using: &generator) : UInt8.random(in: 0...0xFF, using: &generator)
                }
            } else {
                bytes = text
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...0xFF, using: &generator)
            }
            #expect(isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test("a long text, read as four parts at once, is judged as the standard library judges it: whole, cut anywhere, a byte broken anywhere")
    func long() {
        let sentence = "Năm 2025, doanh thu du lịch ước đạt 1.746 tỷ đồng 😀; diện tích 62.609,4m² — Lạng Sơn. "
        let text = Array(String(repeating: sentence, count: 12).utf8)
        #expect(text.count > 1_000 && isValid(text))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            // A slice that may start or end inside a letter.
            let start = Int.random(in: 0..<text.count / 2, using: &generator), end = Int.random(in: (start + 300)...text.count, using: &generator)
            var bytes = Array(text[start..<end])
            #expect(isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
            bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...0xFF, using: &generator)
            #expect(isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
        // A sequence cut by a part's start: the continuation bytes there belong to the part before.
        var cut = Array(String(repeating: "ạ", count: 200).utf8)
        cut[cut.count / 4] = 0x41
        #expect(!isValid(cut) && String(validating: cut, as: UTF8.self) == nil)
    }
}
