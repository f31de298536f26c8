import Testing
@testable import Platform
import Foundation

@Suite("Folding letters and comparing folded words")
struct FoldingTests {
    @Test("Vietnamese letters fold to their base in either case; other marked letters too; a word processor's en dash and curly quotes to ASCII",
          arguments: [("Ặ", "a"), ("ặ", "a"), ("Đ", "d"), ("Ữ", "u"), ("ỹ", "y"), ("Ç", "c"), ("ü", "u"), ("–", "-"), ("—", "—"), ("“", "\""), ("’", "'"), ("…", "…"), ("7", "7")])
    func fold(_ letter: String, _ folded: String) {
        #expect(TextFolding.fold(letter) == folded)
    }

    @Test("the written-out capitals of the Vietnamese letters are Unicode's, one for one")
    func capitalsMatchUnicode() {
        for group in TextFolding.vietnameseLetters {
            #expect(group.lower.unicodeScalars.count == group.upper.unicodeScalars.count)
            for (lower, upper) in zip(group.lower.unicodeScalars, group.upper.unicodeScalars) {
                #expect(lower.properties.uppercaseMapping == String(upper), "\(lower)")
                #expect(upper.properties.lowercaseMapping == String(lower), "\(upper)")
                #expect(TextFolding.fold(upper) == group.base)
                #expect(TextFolding.lower(upper) == lower)
            }
        }
    }

    @Test("letters and signs outside the Vietnamese alphabet still lower and fold",
          arguments: [("Ç", "ç", "c"), ("Ø", "ø", "o"), ("²", "²", "²"), ("×", "×", "×"), ("Ω", "ω", "ω"), ("É", "é", "e")])
    func otherScalars(_ scalar: Character, _ lower: Character, _ folded: Character) {
        let s = scalar.unicodeScalars.first!
        #expect(TextFolding.lower(s) == lower.unicodeScalars.first!)
        #expect(TextFolding.fold(s) == folded.unicodeScalars.first!)
    }

    @Test("letter and case flags from the tables and the punctuation shortcut are Unicode's")
    func flagsMatchUnicode() {
        for value in Array(0..<0x250) + Array(0x1E00..<0x1F00) + Array(0x2000..<0x2070) {
            guard let s = Unicode.Scalar(UInt32(value)) else { continue }
            #expect(TextFolding.isLetter(s) == s.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(TextFolding.isUppercase(s) == s.properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(TextFolding.isLowercase(s) == s.properties.isLowercase, "U+\(String(value, radix: 16))")
        }
    }

    @Test("a folded sentence keeps one scalar per scalar, so offsets carry over")
    func offsets() {
        let sentence = "Giải phóng mặt bằng 62.609,4 m² – “đạt”"
        #expect(TextFolding.foldedScalars(sentence).count == sentence.unicodeScalars.count)
        #expect(String(String.UnicodeScalarView(TextFolding.foldedScalars(sentence))) == "giai phong mat bang 62.609,4 m² - \"dat\"")
    }

    @Test("short ASCII words compare exactly; long or non-ASCII ones never equal a short one")
    func words() {
        let words = FoldedWord.words(Array("vuot ke hoach, so voi cung ky".unicodeScalars)[...])
        #expect(words == ["vuot", "ke", "hoach", "so", "voi", "cung", "ky"])
        #expect(FoldedPhrase("ke hoach").occurs(in: words))
        #expect(FoldedPhrase("so voi").occurs(in: words))
        #expect(!FoldedPhrase("du toan").occurs(in: words))
        let long = FoldedWord(scalars: "hoachhoach".unicodeScalars)
        #expect(long != "hoach")
        #expect(long == FoldedWord(scalars: "hoachhoach".unicodeScalars))
        #expect(FoldedWord(scalars: "đạt".unicodeScalars) != "dat")
    }

    @Test("a word of digits and a word of one ASCII scalar are told from its packed bits, as list marks are")
    func shapes() {
        #expect(FoldedWord("2025").isDigits && FoldedWord("4").isDigits && FoldedWord("4").isSingleASCII)
        #expect(!FoldedWord("4a").isDigits && !FoldedWord("nam").isDigits && !FoldedWord("123456789").isDigits)
        #expect(FoldedWord("a").isSingleASCII && !FoldedWord("ab").isSingleASCII)
        #expect(!FoldedWord(scalars: "đ".unicodeScalars).isSingleASCII && !FoldedWord(bits: 0).isDigits)
    }

    @Test("a word written in the code packs as the same word read from text: short, long, spaced, accented")
    func literals() {
        let words: [(FoldedWord, String)] = [("hoach", "hoach"), ("kh", "kh"), ("", ""), ("abcdefgh", "abcdefgh"),
                                             ("abcdefghi", "abcdefghi"), ("thi tran", "thi tran"), ("thanh pho", "thanh pho"),
                                             ("đạt", "đạt"), ("ạ", "ạ"), ("2025", "2025")]
        for (literal, text) in words { #expect(literal == FoldedWord(scalars: text.unicodeScalars), "\(text)") }
        #expect(FoldedWord("abcdefghi") != FoldedWord("abcdefgh") && FoldedWord("đạt") != FoldedWord("dat"))
    }
}
