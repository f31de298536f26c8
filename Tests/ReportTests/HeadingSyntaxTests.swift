import Testing
import Platform
@testable import Report

@Suite("Heading numbers read in every style the reports use")
struct HeadingSyntaxTests {
    @Test("each numbering style, its title, and what is no numbering", arguments: [
        ("1. Kinh tế", SectionNumbering.arabic(1), "Kinh tế"),
        ("2.1. Nguyên nhân", .dotted(2, 1), "Nguyên nhân"),
        ("1.2.3. Thu ngân sách", .subDotted(1, 2, 3), "Thu ngân sách"),
        ("II. Kết quả", .roman("II"), "Kết quả"),
        ("a) Thương mại", .letter("a"), "Thương mại"),
        ("A) Thương mại", .letter("a"), "Thương mại"),
        ("đ) Thành phần", .letter("đ"), "Thành phần"),
        ("Đ) Thành phần", .letter("đ"), "Thành phần"),
        ("Phần II NHIỆM VỤ", .part("II"), "NHIỆM VỤ"),
        ("PHẦN THỨ NHẤT", .part("I"), ""),
        ("PHẦN THỨ HAI: PHƯƠNG HƯỚNG", .part("II"), "PHƯƠNG HƯỚNG"),
        ("Phần I. KẾT QUẢ NĂM 2025", .part("I"), "KẾT QUẢ NĂM 2025"),
        ("phần thứ ba - KIẾN NGHỊ", .part("III"), "KIẾN NGHỊ"),
        // A part numbered in digits is the Roman one.
        ("PHẦN 1. KẾT QUẢ THỰC HIỆN", .part("I"), "KẾT QUẢ THỰC HIỆN"),
        ("Phần 2: NHIỆM VỤ NĂM 2026", .part("II"), "NHIỆM VỤ NĂM 2026"),
        ("A. KẾT QUẢ THỰC HIỆN", .lettered("A"), "KẾT QUẢ THỰC HIỆN"),
        // A slash or dash closes a part's letter as it closes a number in older documents.
        ("A/ TÌNH HÌNH 6 THÁNG ĐẦU NĂM", .lettered("A"), "TÌNH HÌNH 6 THÁNG ĐẦU NĂM"),
        ("B- NHIỆM VỤ NĂM 2026", .lettered("B"), "NHIỆM VỤ NĂM 2026"),
        // … and a small letter's, a point of a list.
        ("a/ Du lịch", .letter("a"), "Du lịch"),
        ("đ/ Thủy sản", .letter("đ"), "Thủy sản"),
        ("c- Chăn nuôi", .letter("c"), "Chăn nuôi"),
        // A dash between spaces closes a Roman or Arabic number too.
        ("II - NHIỆM VỤ NĂM 2026", .roman("II"), "NHIỆM VỤ NĂM 2026"),
        ("3 – Du lịch", .arabic(3), "Du lịch"),
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
          arguments: ["f) Không", "1) Không", "1.2.3.4. Không", "12.3.2026. Không", "1.x.2. Không", "100. Không", ". Không", "x. Không", "1.x. Không", "Tiêu đề",
                     "Phần lớn các chỉ tiêu", "F. Không"])
    func notNumbering(_ text: String) {
        #expect(HeadingSyntax.numbering(of: text) == nil)
    }

    @Test("a plain line is a heading by its shape, a sentence is not", arguments: [
        ("I. TÌNH HÌNH KINH TẾ - XÃ HỘI", true),
        ("II. Văn hóa - xã hội", true),
        // A point's number with no point closing it, as a PDF's text writes it, before a capital only.
        ("1.1 Trồng trọt", true),
        ("2.5 ha lúa bị ngập úng", false),
        ("PHẦN THỨ HAI", true),
        ("B. NHIỆM VỤ NĂM 2026", true),
        ("1. Về kinh tế", true),
        ("b) Du lịch, dịch vụ", true),
        ("1. Thực hiện tốt các nhiệm vụ được giao trong năm, đảm bảo tiến độ và chất lượng theo kế hoạch đề ra.", false),
        ("III. Tình hình thực hiện các chỉ tiêu chủ yếu", true),
        ("II. Tiếp tục triển khai các chương trình trọng điểm của huyện", false),
        ("Tổng thu ngân sách đạt 300 tỷ đồng", false),
    ] as [(String, Bool)])
    func plainLines(_ text: String, _ isHeading: Bool) {
        let found = text.withUTF8Bytes { HeadingSyntax.plainHeading(in: 0..<$0.count, of: $0) }
        #expect((found != nil) == isHeading)
    }
}
