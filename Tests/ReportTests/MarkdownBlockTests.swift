import Testing
import Platform
@testable import Report

@Suite("A block's kind, read from its markers")
struct MarkdownBlockTests {
    @Test("each kind of block, in the styles the PDF conversion wrote", arguments: [
        ("---", MarkdownBlock.Kind.rule),
        ("***", .rule),
        ("## **2. Công tác quản lý đô thị**", .heading(.arabic(2), title: "Công tác quản lý đô thị", trailingText: nil)),
        ("#### *a) Hoạt động thương mại*", .heading(.letter("a"), title: "Hoạt động thương mại", trailingText: nil)),
        ("- ##### c) Chuyển đổi số", .heading(.letter("c"), title: "Chuyển đổi số", trailingText: nil)),
        ("# Phần II  NHIỆM VỤ NĂM 2024", .heading(.part("II"), title: "NHIỆM VỤ NĂM 2024", trailingText: nil)),
        ("### 2.1. Nguyên nhân khách quan:", .heading(.dotted(2, 1), title: "Nguyên nhân khách quan:", trailingText: nil)),
        // A markdown heading's `2.1` needs no point after it; a plain line's does (it may open a figure).
        ("### 2.1 Thủy sản", .heading(.dotted(2, 1), title: "Thủy sản", trailingText: nil)),
        ("2.1 triệu lượt khách đến tham quan", .paragraph),
        ("## BÁO CÁO", .unnumberedHeading("BÁO CÁO", level: 2)),
        ("## ***Tình hình chung***", .unnumberedHeading("Tình hình chung", level: 2)),
        ("###", .unnumberedHeading("", level: 3)),
        ("<sup>12</sup> Theo số liệu của Cục Thống kê", .footnote(12)),
        ("<sup>x</sup> không phải chú thích", .paragraph),
        ("[^3]: Theo số liệu của Chi cục Thống kê", .footnote(3)),
        ("[^3] không phải chú thích", .paragraph),
        ("**8.** Tập trung chỉ đạo", .heading(.arabic(8), title: "", trailingText: "Tập trung chỉ đạo")),
        ("**100.** Không phải mục", .paragraph),
        // A numbered title in bold running into its paragraph: the title is the section's, the rest its text.
        ("**2. Thu chi ngân sách.** Thu ngân sách 9 tháng được 7.865 triệu đồng",
         .heading(.arabic(2), title: "Thu chi ngân sách", trailingText: "Thu ngân sách 9 tháng được 7.865 triệu đồng")),
        ("**1.2. Chăn nuôi**: Tổng đàn trâu 1.520 con", .heading(.dotted(1, 2), title: "Chăn nuôi", trailingText: "Tổng đàn trâu 1.520 con")),
        ("**II. AN NINH:** Xảy ra 3 vụ", .heading(.roman("II"), title: "AN NINH", trailingText: "Xảy ra 3 vụ")),
        ("**Ghi chú 2.** xem phụ lục", .paragraph),
        // A figure in bold opening a paragraph is no title: it stays the text's.
        ("**1. Thu ngân sách đạt 45 tỷ đồng.** Trong đó thu nội địa 40 tỷ đồng", .paragraph),
        ("*II. Kết quả chủ yếu*", .heading(.roman("II"), title: "Kết quả chủ yếu", trailingText: nil)),
        // A dash closing the number, as older documents write it; a list's dash alone is none.
        ("I- VỀ KINH TẾ", .heading(.roman("I"), title: "VỀ KINH TẾ", trailingText: nil)),
        ("2- Tài chính", .heading(.arabic(2), title: "Tài chính", trailingText: nil)),
        ("3/ Văn hóa - xã hội", .heading(.arabic(3), title: "Văn hóa - xã hội", trailingText: nil)),
        ("- Tài chính", .paragraph),
        ("*\\* Dự kiến*", .paragraph),
        ("**Tổng thu** ngân sách đạt 1.234 tỷ đồng", .paragraph),
        // A topic's title alone in bold is a heading with no number; a label, a sentence, capitals or a figure are not.
        ("**Về kinh tế**", .heading(.unnumbered(level: 3), title: "Về kinh tế", trailingText: nil)),
        ("**Chỉ tiêu chủ yếu:**", .paragraph),
        ("**Thu ngân sách vượt dự toán.**", .paragraph),
        ("**BÁO CÁO**", .paragraph),
        ("**Năm 2026 có nhiều khó khăn**", .paragraph),
        ("Tổng thu ngân sách", .paragraph),
        ("", .paragraph),
    ] as [(String, MarkdownBlock.Kind)])
    func kind(_ text: String, _ expected: MarkdownBlock.Kind) {
        #expect(MarkdownBlock.classify(text[...]) == expected)
    }

    @Test("blocks end at blank lines, headings and list items, in order, with their lines' anchors")
    func blocks() {
        var blocks: [MarkdownBlock] = []
        let text = "Một dòng\n  dòng hai  \n\n## 1. Mục\n- mục một\n\n---\n"
        MarkdownBlock.forEachBlock(of: text) { blocks.append($0) }
        #expect(blocks.map(\.text) == ["Một dòng dòng hai", "## 1. Mục", "- mục một", "---"])
        // A `#` heading is one line: the line right after it is a paragraph of its own.
        var run: [MarkdownBlock] = []
        MarkdownBlock.forEachBlock(of: "### III. AN NINH\nXảy ra 6 vụ.\nGiảm 2 vụ.\n") { run.append($0) }
        #expect(run.map(\.text) == ["### III. AN NINH", "Xảy ra 6 vụ. Giảm 2 vụ."])
        // A block of one line is a slice of the text; one of several lines, a string of its own.
        #expect(blocks.dropFirst().allSatisfy { $0.text.base == text })
        #expect(blocks[0].text.base == "Một dòng dòng hai")
        #expect(blocks.map(\.kind) == [.paragraph, .heading(.arabic(1), title: "Mục", trailingText: nil), .paragraph, .rule])
        #expect(blocks[0].anchors == [TextAnchor(offset: 0, location: Platform.SourceLocation(line: 1, column: 1)),
                                      TextAnchor(offset: 9, location: Platform.SourceLocation(line: 2, column: 3))])
    }

    @Test("lines with no blank line between, as a PDF's text runs, break at headings and at the header's short lines")
    func pdfLines() {
        var blocks: [MarkdownBlock] = []
        let text = """
            ỦY BAN NHÂN DÂN
            HUYỆN AN LẠC
            Số: 88/BC-UBND
            An Lạc, ngày 2 tháng 12 năm 2026
            BÁO CÁO
            Tình hình kinh tế - xã hội năm 2026 và phương hướng, nhiệm vụ
            năm 2027
            I. KẾT QUẢ THỰC HIỆN
            1. Kinh tế
            Thu ngân sách trên địa bàn ước đạt 48,2 tỷ đồng, đạt 104% dự toán, tăng
            6,1% so với cùng kỳ.
            2. Xã hội
            Giải quyết việc làm cho 1.120 lao động.
            1. Tổng thu ngân sách nhà nước trên địa bàn huyện ước thực hiện
            đạt 48,2 tỷ đồng.
            II. PHƯƠNG HƯỚNG NĂM 2027

            """
        MarkdownBlock.forEachBlock(of: text) { blocks.append($0) }
        #expect(blocks.map(\.text) == [
            "ỦY BAN NHÂN DÂN", "HUYỆN AN LẠC", "Số: 88/BC-UBND", "An Lạc, ngày 2 tháng 12 năm 2026", "BÁO CÁO",
            "Tình hình kinh tế - xã hội năm 2026 và phương hướng, nhiệm vụ năm 2027", "I. KẾT QUẢ THỰC HIỆN", "1. Kinh tế",
            "Thu ngân sách trên địa bàn ước đạt 48,2 tỷ đồng, đạt 104% dự toán, tăng 6,1% so với cùng kỳ.", "2. Xã hội",
            // A numbered line as long as a printed one goes on in the next.
            "Giải quyết việc làm cho 1.120 lao động.",
            "1. Tổng thu ngân sách nhà nước trên địa bàn huyện ước thực hiện đạt 48,2 tỷ đồng.",
            "II. PHƯƠNG HƯỚNG NĂM 2027",
        ])
    }

    @Test("below the header, a title in capitals with no number ends its block; its second line in capitals goes on with it")
    func capitalsTitleLines() {
        var blocks: [MarkdownBlock] = []
        let text = """
            ỦY BAN NHÂN DÂN
            THỊ XÃ BẢO AN
            BÁO CÁO
            Tình hình kinh tế - xã hội năm 2026
            PHẦN THỨ NHẤT
            KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI
            NĂM 2026
            Thu ngân sách ước đạt 61,5 tỷ đồng.
            PHẦN THỨ HAI
            KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027
            Phấn đấu thu ngân sách đạt 66 tỷ đồng; giải quyết việc làm cho 900
            lao động.

            """
        MarkdownBlock.forEachBlock(of: text) { blocks.append($0) }
        #expect(blocks.map(\.text) == [
            "ỦY BAN NHÂN DÂN", "THỊ XÃ BẢO AN", "BÁO CÁO", "Tình hình kinh tế - xã hội năm 2026", "PHẦN THỨ NHẤT",
            "KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026", "Thu ngân sách ước đạt 61,5 tỷ đồng.",
            "PHẦN THỨ HAI", "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027",
            "Phấn đấu thu ngân sách đạt 66 tỷ đồng; giải quyết việc làm cho 900 lao động.",
        ])
    }

    @Test("a list item opens on `-`, `+` or `*` and a space, or on a word processor's bullet; a bold opening or a dash in a word is no item")
    func listItems() {
        var blocks: [MarkdownBlock] = []
        let text = "Kết quả:\n• Thu 12 tỷ đồng.\n●Chi 9 tỷ đồng.\n* Vay 1 tỷ đồng.\n**Nợ** 2 tỷ đồng\n+ Dư 3 tỷ đồng\n-5 hộ\n"
        MarkdownBlock.forEachBlock(of: text) { blocks.append($0) }
        #expect(blocks.map { String($0.text) } == ["Kết quả:", "• Thu 12 tỷ đồng.", "●Chi 9 tỷ đồng.", "* Vay 1 tỷ đồng. **Nợ** 2 tỷ đồng",
                                                   "+ Dư 3 tỷ đồng -5 hộ"])
        // Arrows, checks, squares and the bullets Symbol and Wingdings leave in the private use area.
        let marks = ["➢", "➤", "✓", "✔", "❖", "■", "◆", "○", "►", "→", "\u{F0A7}", "\u{F0B7}", "\u{F0D8}"]
        var marked: [MarkdownBlock] = []
        MarkdownBlock.forEachBlock(of: "Kết quả:\n" + marks.map { "\($0) Thu 12 tỷ đồng." }.joined(by: "\n") + "\n") { marked.append($0) }
        #expect(marked.map { String($0.text) } == ["Kết quả:"] + marks.map { "\($0) Thu 12 tỷ đồng." })
    }

    @Test("an en dash and a space before a word opens a list item too; before a number it is a range's dash in a wrapped line")
    func enDashItems() {
        var blocks: [MarkdownBlock] = []
        let text = "Giai đoạn 2021\n– 2025 đạt 12 tỷ đồng.\n– Tai nạn giao thông:\n+ Số vụ: 4 vụ.\n"
        MarkdownBlock.forEachBlock(of: text) { blocks.append($0) }
        #expect(blocks.map { String($0.text) } == ["Giai đoạn 2021 – 2025 đạt 12 tỷ đồng.", "– Tai nạn giao thông:", "+ Số vụ: 4 vụ."])
    }
}
