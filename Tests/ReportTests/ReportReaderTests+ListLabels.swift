import Testing
@testable import Report

/// Lists the genre writes under a label, and points of a letter's list
/// written as sentences: which section each of their paragraphs stands in.
extension ReportReaderTests {
    @Test("a list item's label over `+` items opens a section of its title while they last, under a letter's point too")
    func listLabel() {
        let text = "I. Kết quả\n\n1. An ninh\n\na) Trật tự\n\n- Tai nạn giao thông:\n\n+ Số vụ: 9 vụ.\n\n"
            + "+ Số người chết: 4 người.\n\n- **Thương mại, dịch vụ:**\n\n\\+ Doanh thu đạt 12 tỷ đồng.\n\n"
            + "- Công tác phòng cháy được duy trì.\n\n- Chưa có nhãn:\n\n- Số vụ cháy: 2 vụ.\n\n2. Văn hóa\n\nCó 4 trường.\n"
        #expect(Self.paths(in: text) == [
            "I › 1 › a) Trật tự", "I › 1 › a) › Tai nạn giao thông", "I › 1 › a) › Tai nạn giao thông",
            "I › 1 › a) Trật tự", "I › 1 › a) › Thương mại, dịch vụ",
            "I › 1 › a) Trật tự", "I › 1 › a) Trật tự", "I › 1 › a) Trật tự", "I › 2 Văn hóa",
        ])
        let document = ReportReader.read(text: text, name: "t")
        #expect(document.sections.filter { $0.numbering.listDepth > 0 }.map(\.part) == [.results, .results])
    }

    @Test("a label marked `*` labels the `-` items under it, and one of them may label `+` items in turn")
    func nestedListLabels() {
        let text = "I. Kết quả\n\n\\* Về an ninh trật tự:\n\n\\- Phạm pháp hình sự: 6 vụ.\n\n\\- Tai nạn giao thông:\n\n"
            + "\\+ Số vụ: 4 vụ.\n\n\\- Cháy nổ: 1 vụ.\n\n\\* Về du lịch:\n\n\\+ Doanh thu 12 tỷ đồng.\n\nCó 4 trường.\n"
        #expect(Self.paths(in: text) == [
            "I Kết quả", "I › Về an ninh trật tự", "I › Về an ninh trật tự", "I › Về an ninh trật tự › Tai nạn giao thông",
            "I › Về an ninh trật tự", "I Kết quả", "I › Về du lịch", "I Kết quả",
        ])
    }

    @Test("a word processor's marks label as markdown's do: `•` as `*`, `–` as `-`")
    func wordProcessorListLabels() {
        let text = "I. Kết quả\n\n• Về du lịch:\n\n– Doanh thu 12 tỷ đồng.\n\n– Tai nạn giao thông:\n\n+ Số vụ: 4 vụ.\n\nCó 4 trường.\n"
        #expect(Self.paths(in: text) == [
            "I Kết quả", "I › Về du lịch", "I › Về du lịch", "I › Về du lịch › Tai nạn giao thông", "I Kết quả",
        ])
    }

    @Test("a label that opens a sentence the line closes on a colon labels the items under it")
    func sentenceListLabel() {
        let text = "I. Kết quả\n\n- Tai nạn giao thông: xảy ra 4 vụ, giảm 1 vụ, cụ thể:\n\n+ Số người chết: 2 người.\n\n"
            + "- Trong năm, công tác phòng cháy, chữa cháy được duy trì thường xuyên ở các thôn, tổ dân phố:\n\n+ Số vụ cháy: 1 vụ.\n"
        // A sentence with no label of its own before its colon labels nothing: its words are too many for a title.
        #expect(Self.paths(in: text, of: { $0.text.hasPrefix("+ ") }) == ["I › Tai nạn giao thông", "I Kết quả"])
    }

    @Test("a title in bold or italics alone, closed by a colon, labels the items under it; a plain line so closed does not")
    func emphasisedListLabel() {
        let text = "I. Kết quả\n\n**Về du lịch:**\n\n- Doanh thu 12 tỷ đồng.\n\n*Tai nạn giao thông:*\n\n- Số vụ: 4 vụ.\n\n"
            + "Kết quả cụ thể như sau:\n\n- Số vụ cháy: 1 vụ.\n"
        #expect(Self.paths(in: text, of: { $0.text.hasPrefix("- ") }) == ["I › Về du lịch", "I › Tai nạn giao thông", "I Kết quả"])
    }

    @Test("a point of a letter's list written as a sentence closes the point before it, and stands in the section over the list")
    func sentencePoint() {
        let text = "I. Kết quả\n\n1. Kinh tế\n\na) Du lịch\n\nĐón 12.400 lượt khách.\n\n"
            + "b) Thương mại: doanh thu bán lẻ đạt 500 tỷ đồng, tăng 9%.\n\nc/ Công nghiệp: giá trị sản xuất đạt 820 tỷ đồng.\n\n"
            + "d) Nông nghiệp\n\na) Trồng trọt: gieo trồng 1.200 ha.\n"
        // A letter that comes no later than the open point's opens a list of its own under it.
        #expect(Self.paths(in: text) == [
            "I › 1 › a) Du lịch", "I › 1 Kinh tế", "I › 1 Kinh tế", "I › 1 › d) Nông nghiệp",
        ])
    }
}
