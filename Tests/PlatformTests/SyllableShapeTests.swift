import Testing
@testable import Platform

@Suite("The shape of a Vietnamese syllable, which reports' abbreviations lack")
struct SyllableShapeTests {
    @Test("a place's words, folded, are syllables", arguments: ["tan", "nua", "khoang", "nghia", "quy", "ea", "ia", "chu", "lang"])
    func syllables(_ word: String) {
        #expect(SyllableShape.isSyllable(word.unicodeScalars))
    }

    @Test("abbreviations, folded, are not", arguments: ["ntm", "bhyt", "thcs", "dbkk", "attp", "ubnd", "tx"])
    func abbreviations(_ word: String) {
        #expect(!SyllableShape.isSyllable(word.unicodeScalars))
    }
}
