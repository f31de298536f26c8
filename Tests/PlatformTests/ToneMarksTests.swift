import Testing
@testable import Platform

@Suite("The marks folding drops: letters' shapes and words' tones")
struct ToneMarksTests {
    @Test("words that fold alike differ in their marks",
          arguments: [("đất", "đạt"), ("đỗ", "đó"), ("chè", "che"), ("bậc", "Bắc"), ("quỹ", "quý"), ("đậu", "đầu"), ("sắn", "sản")])
    func homographs(_ one: String, _ other: String) {
        #expect(TextFolding.fold(one) == TextFolding.fold(other))
        #expect(ToneMarks.signature(of: one.unicodeScalars) != ToneMarks.signature(of: other.unicodeScalars))
    }

    @Test("the same words agree whatever their case, the vowel their tone stands on, or `y` written for `i`",
          arguments: [("Đất đai", "đất đai"), ("hòa giải", "hoà giải"), ("THỦY SẢN", "thuỷ sản"), ("kỹ thuật", "kĩ thuật"), ("lớp 10", "Lớp 10")])
    func spellings(_ one: String, _ other: String) {
        #expect(ToneMarks.signature(of: one.unicodeScalars) == ToneMarks.signature(of: other.unicodeScalars))
    }

    @Test("a word's tone is its own: two words are not one with the tones swapped")
    func tonesPerWord() {
        #expect(ToneMarks.signature(of: "cá chê".unicodeScalars) != ToneMarks.signature(of: "ca chế".unicodeScalars))
    }
}
