import Testing
import Platform
@testable import Report

@Suite("Heading numbers read in every style the reports use")
struct HeadingSyntaxTests {
    @Test("each numbering style, its title, and what is no numbering", arguments: [
        ("1. Kinh tế", SectionNumbering.arabic(1), "Kinh tế"),
        ("2.1. Nguyên nhân", .dotted(2, 1), "Nguyên nhân"),
        ("II. Kết quả", .roman("II"), "Kết quả"),
        ("a) Thương mại", .letter("a"), "Thương mại"),
        ("A) Thương mại", .letter("a"), "Thương mại"),
        ("đ) Thành phần", .letter("đ"), "Thành phần"),
        ("Đ) Thành phần", .letter("đ"), "Thành phần"),
        ("Phần II NHIỆM VỤ", .part("II"), "NHIỆM VỤ"),
        ("* Dự kiến", .star, "Dự kiến"),
        ("99. **Cuối**", .arabic(99), "Cuối"),
        // As `Int` reads a number, a sign included.
        ("+1. Lạ", .arabic(1), "Lạ"),
    ] as [(String, SectionNumbering, String)])
    func numbering(_ text: String, _ expected: SectionNumbering, _ title: String) throws {
        let (numbering, rest) = try #require(HeadingSyntax.numbering(of: text))
        #expect(numbering == expected && rest == title)
    }

    @Test("words that only look like numbering are none",
          arguments: ["f) Không", "1) Không", "1.2.3. Không", "100. Không", ". Không", "x. Không", "1.x. Không", "Tiêu đề"])
    func notNumbering(_ text: String) {
        #expect(HeadingSyntax.numbering(of: text) == nil)
    }
}
