import Testing
import Platform

/// `containsUTF8` and `utf8Range(of:)` must answer what `contains` and `firstRange(of:)` do for NFC text.
@Suite("Text found in text byte for byte")
struct UTF8SearchTests {
    static let texts: [String] = ["", "ke hoach nam 2026", " tỷ lệ (%) ", "Lạng Sơn, ngày 20 tháng 11 năm 2025",
                                  "Doanh thu<br>du lịch", "%", "đ đ đạt", "aaab", "ngay ngay 5"]
    static let parts: [String] = ["", "%", "ke hoach", " nam ", "tỷ lệ", "ngày ", "<br", "đạt", "ab", "aab", "ngay 5", "x", "Sơn,"]

    @Test("the same answers as the standard library's, in strings and substrings")
    func agreesWithStandardLibrary() {
        for text in Self.texts {
            for part in Self.parts {
                #expect(text.containsUTF8(part) == text.contains(part), "\(text) holds \(part)")
                if part.isEmpty { #expect(text.utf8Range(of: part) == nil); continue }
                #expect(text.utf8Range(of: part) == text.firstRange(of: part), "\(text): where \(part)")
                let inner = text.dropFirst(min(1, text.count))
                #expect(inner.containsUTF8(part) == inner.contains(part), "\(inner) holds \(part)")
                #expect(inner.utf8Range(of: part) == inner.firstRange(of: part), "\(inner): where \(part)")
            }
        }
    }

    @Test("a range that slices the text to what was sought")
    func rangeSlices() throws {
        let text = "UBND THÀNH PHỐ LẠNG SƠN"
        let range = try #require(text.utf8Range(of: "LẠNG"))
        #expect(text[range] == "LẠNG")
        #expect(text[range.upperBound...] == " SƠN")
    }
}
