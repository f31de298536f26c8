import Testing
@testable import Platform
@testable import Report
@testable import Facts
@testable import FactReading
@testable import FactCache
import Query

/// The pieces the extractor reads a paragraph with, each against the plain
/// way of computing the same thing.
@Suite("Decoding, form tables and sentence words agree with the plain way")
struct ScanningPartsTests {
    static let texts = [
        "Doanh thu du lịch ước đạt 1.746 tỷ đồng, vượt 18,3% kế hoạch.",
        "ĐẠT KẾ HOẠCH; 62.609,4m<sup>2</sup> và 4 ✓ 𝟘 – “trích dẫn” **đậm** \\* hết?",
        "", "a", "ệ",
    ]

    @Test("a paragraph decoded once gives its scalars, their folding, their byte offsets and its marks", arguments: texts)
    func decodedText(_ text: String) {
        let decoded = DecodedText(text)
        let scalars = Array(text.unicodeScalars)
        #expect(decoded.scalars == scalars)
        #expect(decoded.folded == TextFolding.folded(scalars))  // spelling variants unified too
        var offsets = [0]
        for scalar in scalars { offsets.append(offsets.last! + UTF8.width(scalar)) }
        #expect(decoded.byteOffsets == offsets)
        let marks = scalars.indices.filter { ("0"..."9").contains(scalars[$0]) || ".!?;<*\\".unicodeScalars.contains(scalars[$0]) }
        #expect(Array(decoded.marks) == marks)
        #expect(decoded.hasMarkup(in: 0..<scalars.count) == scalars.contains { $0 == "<" || $0 == "*" || $0 == "\\" })
    }

    @Test("a text decoded into the storage of another, longer or shorter, is decoded as if alone")
    func decodedInPlace() {
        var decoded = DecodedText()
        // Every order of the texts: each one follows a longer and a shorter one.
        for first in Self.texts {
            for second in Self.texts {
                decoded.decode(first[...])
                let held = decoded  // a copy still held: the next decode must not write into it
                decoded.decode(second[...])
                let alone = DecodedText(second)
                #expect(decoded.scalars == alone.scalars && decoded.folded == alone.folded)
                #expect(decoded.byteOffsets == alone.byteOffsets && Array(decoded.marks) == Array(alone.marks))
                #expect(held.scalars == Array(first.unicodeScalars))
            }
        }
    }

    @Test("a sentence's words read into the storage of another sentence's are read as if alone")
    func sentenceWordsInPlace() {
        let folded = Array("uoc dat 1.746 ty dong; so voi cung ky tang 2,5%. xa".unicodeScalars)
        var words = SentenceWords()
        for sentence in [0..<48, 48..<folded.count, 0..<21, 5..<5, 0..<folded.count] {
            words.read(folded: folded, sentence: sentence)
            let alone = SentenceWords(folded: folded, sentence: sentence)
            #expect(words.words == alone.words && words.starts == alone.starts && words.ends == alone.ends)
            #expect(Array(words.words) == FoldedWord.words(folded[sentence]))
            // The word mask has no false negatives, and is the sentence's own, not the last one's.
            #expect(words.words.allSatisfy(words.mayContain))
            let absent: FoldedWord = "chua"
            if words.words.allSatisfy({ SentenceWords.bit($0) != SentenceWords.bit(absent) }) {
                #expect(!words.mayContain(absent))
            }
        }
    }

    @Test("the facts array is sized for the facts projected from the text read, growing at least by a quarter and at most to sixteen times the facts found")
    func factsArrayGrowth() {
        var facts: [Int] = []
        // A tenth of the text read, 10 facts found: room for about 100, and an eighth more.
        FactExtractor.makeRoom(in: &facts, for: 10, read: 1_000, of: 10_000)
        #expect(facts.capacity >= 100 && facts.capacity < 200)
        // Room enough already: nothing changes.
        let before = facts.capacity
        FactExtractor.makeRoom(in: &facts, for: 5, read: 5_000, of: 10_000)
        #expect(facts.capacity == before)
        // All the numbers in the first bytes of a long text: no more than sixteenfold.
        var dense: [Int] = []
        FactExtractor.makeRoom(in: &dense, for: 50, read: 100, of: 1_000_000_000)
        #expect(dense.capacity >= 50 && dense.capacity < 1_000)
        // A projection no larger than what is needed still grows by a quarter.
        var full = [Int](repeating: 0, count: 100)
        let needed = full.capacity + 1
        FactExtractor.makeRoom(in: &full, for: needed - full.count, read: 10_000, of: 10_000)
        #expect(full.capacity >= needed * 5 / 4)
    }

    @Test("scalars counted eight bytes at a time, at every length and alignment")
    func scalarCount() {
        let text = "Doanh thu du lịch ước đạt 1.746 tỷ đồng 𝟘 – “x”"
        let scalars = Array(text.unicodeScalars)
        for start in 0..<scalars.count {
            for end in start...scalars.count {
                let piece = String(scalars: scalars[start..<end])
                #expect(piece.scalarCount == end - start, "\(start)..<\(end)")
            }
        }
    }

    @Test("a form table finds the first listed form, ignores case only for lower-case forms, and ends at a word")
    func formTable() {
        let table = FormTable(["lượt khách", "lượt", "HS", "m<sup>2</sup>", "m"].map { Array($0.unicodeScalars) })
        func match(_ text: String, at index: Int = 0) -> Int? {
            Array(text.unicodeScalars).withUnsafeBufferPointer { table.match(in: $0, at: index)?.form }
        }
        #expect(match("Lượt khách quốc tế") == 0)
        #expect(match("lượt xe") == 1)
        #expect(match("lượtx") == nil)
        #expect(match("HS giỏi") == 2)
        #expect(match("hs giỏi") == nil)
        #expect(match("m<sup>2</sup>đất") == 3, "a form ending in a mark needs no boundary")
        #expect(match("12 m", at: 3) == 4)
        #expect(match("mét") == nil)
        let exact = FormTable([Array("trên".unicodeScalars)], exactCase: true)
        #expect(Array("Trên".unicodeScalars).withUnsafeBufferPointer { exact.match(in: $0, at: 0) } == nil)
    }

    @Test("a phrase list finds the first phrase ending before a number, in any case, across runs of spaces, not inside a word")
    func phraseBefore() {
        let list = ScalarText.phrases(["giai đoạn", "khoảng", "đoạn", "gần", "ngày"])
        func before(_ text: String) -> Int? {
            let scalars = Array(text.unicodeScalars)
            return ScalarText.phraseBefore(scalars, scalars.count, list)
        }
        #expect(before("trong giai đoạn ") == 0, "the first listed wins over a later one ending alike")
        #expect(before("GIAI   ĐOẠN ") == 0, "case and a run of spaces")
        #expect(before("đoạn **") == 2, "emphasis between")
        #expect(before("Khoảng") == 1)
        #expect(before("gần") == 3)
        #expect(before("vàngày ") == nil, "inside a word")
        #expect(before("ngày, ") == nil, "punctuation between")
        #expect(before("") == nil)
        #expect(before("khác ") == nil)
    }

    @Test("every window of a sentence's words equals the words of that text read afresh")
    func sentenceWordWindows() {
        let text = "Ước đạt 1.746 tỷ đồng (vượt kế hoạch); so với cùng kỳ tăng 2,5%."
        let folded = Array(text.unicodeScalars).map(TextFolding.fold)
        let sentence = 2..<(folded.count - 1)
        let words = SentenceWords(folded: folded, sentence: sentence)
        for lower in 0...folded.count {
            for upper in lower...folded.count {
                let expected = lower < upper ? FoldedWord.words(folded[lower..<upper]) : []
                #expect(Array(words.window(lower, upper)) == expected, "\(lower)..<\(upper)")
            }
        }
    }

    @Test("a list of items numbered in brackets splits into its items; a bracket after a point that opens no item does not")
    func itemsInBrackets() {
        let sentences = Self.sentences(of: "(4) Tỷ lệ hộ nghèo 2,1% - Không đạt. (5) Tỷ lệ tham gia BHYT 96,4%. Đạt 3 cơ sở. (kèm phụ lục) Hết.")
        #expect(sentences == ["(4) Tỷ lệ hộ nghèo 2,1% - Không đạt.", "(5) Tỷ lệ tham gia BHYT 96,4%.", "Đạt 3 cơ sở. (kèm phụ lục) Hết."])
    }

    @Test("a leader of dots between a list's name and its figure ends no sentence; an ellipsis of three may")
    func dotLeaders() {
        let sentences = Self.sentences(of: "Thu ngân sách ........ 52,4 tỷ đồng. Sản xuất phục hồi, ... Bên cạnh đó còn khó khăn.")
        #expect(sentences == ["Thu ngân sách ........ 52,4 tỷ đồng.", "Sản xuất phục hồi, ...", "Bên cạnh đó còn khó khăn."])
    }

    /// The sentences the splitter cuts a paragraph into, with its points as the marks.
    static func sentences(of paragraph: String) -> [String] {
        let text = Array(paragraph.unicodeScalars)
        let marks = text.indices.filter { text[$0] == "." }
        var ranges: [Range<Int>] = []
        SentenceSplitter.sentences(text, folded: TextFolding.folded(text), marks: marks[...], into: &ranges)
        return ranges.map { String(String.UnicodeScalarView(text[$0])) }
    }

    @Test("a sentence that opens on the report's span and names nothing before its figure is read with the one before", arguments: [
        ("Thu ngân sách tháng 9 ước đạt 1,2 nghìn tỷ đồng. Lũy kế hết tháng 9 ước đạt 12,6 nghìn tỷ đồng, bằng 81% dự toán.", 1),
        ("Xuất khẩu tháng 5 đạt 138 triệu USD. Cộng dồn 5 tháng đạt 664 triệu USD.", 1),
        // The word that makes the figure approximate, between the verb and it.
        ("Thu ngân sách tháng 8 được 95 tỷ đồng. Lũy kế đến hết tháng 8 ước đạt trên 910 tỷ đồng, bằng 70% dự toán.", 1),
        ("Xuất khẩu tháng 5 đạt 138 triệu USD. Cộng dồn 5 tháng đạt gần 660 triệu USD.", 1),
        ("Xuất khẩu tháng 5 đạt 138 triệu USD. Lũy kế từ đầu năm, toàn tỉnh có 412 doanh nghiệp thành lập mới.", 2),
        ("Tháng 9 xảy ra 2 vụ. Tính chung 9 tháng, trên địa bàn xảy ra 9 vụ tai nạn giao thông.", 2),
        ("Tháng 11 xảy ra 9 vụ tai nạn giao thông. Tính chung 11 tháng, toàn tỉnh xảy ra 118 vụ, làm chết 74 người.", 1),
        ("Trong tháng 9 xảy ra 2 vụ tai nạn giao thông. Tính chung 9 tháng, xảy ra 13 vụ.", 1),
        ("Chỉ tiêu 4: Trồng rừng mới 900 ha. Thực hiện: 942 ha. Đánh giá: Vượt.", 1),
        ("Trồng rừng mới 900 ha. Thực hiện Nghị quyết, huyện cấp 42 giấy phép.", 2),
        ("Lũy kế đạt 12 tỷ đồng. Lũy kế 9 tháng.", 2),
        ("Thu ngân sách 9 tháng đạt 48,2 tỷ đồng. Ước cả năm đạt 70 tỷ đồng, bằng 103% dự toán.", 1),
        ("Xuất khẩu tháng 9 đạt 41 triệu USD. Tính chung 9 tháng đạt 352 triệu USD.", 1),
        ("Thu ngân sách 9 tháng đạt 48,2 tỷ đồng. Ước tính cả năm, chi ngân sách đạt 91 tỷ đồng.", 2),
        ("Tháng 10 xảy ra 2 vụ tai nạn giao thông, chết 1 người. Từ đầu năm đến nay xảy ra 17 vụ, chết 12 người.", 1),
        ("Thu ngân sách tháng 10 đạt 14,2 tỷ đồng. Từ đầu năm đến nay đạt 131,6 tỷ đồng.", 1),
        ("Tháng 11 xảy ra 14 vụ tai nạn giao thông. Tính từ đầu năm đến ngày 30/11, xảy ra 168 vụ, làm chết 97 người.", 1),
        ("Xuất khẩu tháng 5 đạt 138 triệu USD. Từ đầu năm đến nay, tỉnh thu hút 29 dự án đầu tư mới.", 2),
        ("Tháng 10 xảy ra 2 vụ. Từ đầu năm đến nay, toàn huyện xảy ra 17 vụ tai nạn giao thông.", 2),
    ])
    func spanGoesOn(_ paragraph: String, _ count: Int) {
        let text = Array(paragraph.unicodeScalars)
        let marks = text.indices.filter { text[$0] == "." }
        var ranges: [Range<Int>] = []
        SentenceSplitter.sentences(text, folded: TextFolding.folded(text), marks: marks[...], into: &ranges)
        #expect(ranges.count == count, "\(ranges)")
    }

    @Test("a phrase occurs where its words stand one space apart")
    func phraseOccurrences() {
        let folded = Array("dat ke hoach, dat  ke hoach; dat ke-hoach dat ke hoach".unicodeScalars)
        let words = SentenceWords(folded: folded, sentence: 0..<folded.count)
        #expect(words.occurrences(of: "dat ke hoach") == [0..<12, 42..<54])
        #expect(words.occurrences(of: "hoach") == [7..<12, 22..<27, 36..<41, 49..<54])
    }

    @Test("a sentence read with or without markup has the plain text and folding of the plain way, and reads the same alone")
    func plainSentences() {
        let paragraph = "<sup>3</sup> Doanh thu **ước** đạt 1.746 tỷ đồng<sup>4</sup>. Diện tích 62.609,4m<sup>2</sup>; "
            + "\\* và < hết. [3] không phải dấu. Đạt kế hoạch."
        let decoded = DecodedText(paragraph)
        let scalars = decoded.scalars
        var reader = PlainSentenceReader()
        var ranges: [Range<Int>] = []
        SentenceSplitter.sentences(scalars, folded: decoded.folded, marks: decoded.marks, into: &ranges)
        #expect(ranges.count >= 3)
        for footnote in [nil, 3, 4] {
            for range in ranges + [0..<scalars.count, 3..<9] {
                let sentence = reader.read(range, of: decoded, footnote: footnote)
                // The plain way: rewrite the markup, drop the footnote's own mark, encode, fold.
                var plain = InlineMarkup.plainScalars(scalars[range])
                if let footnote, plain.starts(with: Array("[\(footnote)]".unicodeScalars)) {
                    plain = plain.dropFirst("[\(footnote)]".unicodeScalars.count)
                    while plain.first == " " { plain = plain.dropFirst() }
                }
                #expect(Array(sentence.scalars) == Array(plain))
                // What a fact keeps of a sentence with markup is the sentence as written, read again when asked.
                let written = String(String.UnicodeScalarView(scalars[range]))
                #expect(InlineMarkup.plainSentence(written, footnote: footnote) == String(String.UnicodeScalarView(plain)))
                #expect(sentence.folded == FoldedText(folded: TextFolding.folded(plain)))
                #expect((sentence.verbatim != nil) == !InlineMarkup.hasMarkup(scalars[range]))
                if let verbatim = sentence.verbatim { #expect(Array(scalars[verbatim]) == Array(plain)) }
            }
        }
    }

}
