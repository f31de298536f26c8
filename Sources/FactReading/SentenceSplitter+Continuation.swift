import Platform

/// A sentence that opens on the report's span or the year's estimate and
/// names nothing before its figure goes on with the sentence before: `Thu
/// ngân sách tháng 9 ước đạt 1,2 nghìn tỷ đồng. Lũy kế hết tháng 9 ước đạt
/// 12,6 nghìn tỷ đồng` gives the revenue of nine months, named only in the
/// first; so does `… 9 tháng đạt 48,2 tỷ đồng. Ước cả năm đạt 70 tỷ đồng` the
/// year's. The two are read as one sentence, whose name reaches the second figure.
/// So is a sentence that opens on a comparison with last year and its change
/// (`So với cùng kỳ giảm 3 vụ, giảm 2 người chết`): its changes are the figures' before;
/// one that opens on a comparison with the plan and its share (`So với dự toán tỉnh giao đạt 103,9%`);
/// and one that says only that they did not change (`So với năm trước tương đương.`).
extension SentenceSplitter {
    /// Whether the text at `start` (folded scalars, offset for offset with
    /// the paragraph's) opens on `lũy kế`, `cộng dồn`, `tính chung`, `cả năm`,
    /// `ước cả năm`, `từ đầu năm` or `tính từ đầu năm`, then says only when
    /// (`hết tháng 9`, `9 tháng`, `từ đầu năm`, `đến ngày 25/9/2025`) and a
    /// verb (`ước đạt`, `được`, `là`, `xảy ra`) before its first figure.
    static func continuesSpan(_ folded: [Unicode.Scalar], from start: Int) -> Bool {
        // Most sentences open otherwise: the opening is compared in place before any word is built.
        guard start + 6 < folded.count, folded[start] == "l" || folded[start] == "c" || folded[start] == "t" || folded[start] == "u",
              openingPhrases.contains(where: { ScalarText.wordStands($0, in: folded, at: start) }) else { return false }
        var words: [String] = []
        var index = start
        while index < folded.count, words.count < 12 {
            let scalar = folded[index]
            if scalar == " " || scalar == "," { index += 1; continue }
            var end = index
            if ScalarText.isDigit(scalar) {
                while end < folded.count, ScalarText.isDigit(folded[end]) || folded[end] == "/" || folded[end] == "." { end += 1 }
                // A figure, unless it names a month, a quarter, a day or a count of months.
                let next = ScalarText.skipSpaces(folded, end)
                let namesTime = Self.timeWords.contains(words.last ?? "") || ScalarText.wordStands(Self.thang, in: folded, at: next)
                // After the place, only a bare figure goes on (`toàn tỉnh xảy ra 118 vụ, …`): one with its own
                // name after it (`trên địa bàn xảy ra 9 vụ tai nạn giao thông`) stands alone.
                guard namesTime else {
                    // The word that makes the figure approximate stands between the verb and it (`ước đạt trên 4.870 tỷ đồng`).
                    let opening = words.last.map(Self.approximations.contains) == true ? words.dropLast() : words[...]
                    return opening.count >= 3 && Self.verbs.contains(opening.last ?? "")
                        && (!opening.contains(where: Self.placeWords.contains) || Self.isBare(folded, after: end))
                }
                words.append("#")
            } else if ScalarText.isLetter(scalar) {
                while end < folded.count, ScalarText.isLetter(folded[end]) { end += 1 }
                let word = String(String.UnicodeScalarView(folded[index..<end]))
                guard Self.allowed.contains(word) else { return false }
                words.append(word)
            } else {
                return false
            }
            index = end
        }
        return false
    }

    /// The first two words of such an opening, folded: `lũy kế`, `cộng dồn`, `tính chung`, `cả năm`,
    /// `ước cả (năm)`, `ước tính (cả năm)`, `từ đầu (năm đến nay)`, `tính từ (đầu năm)`.
    private static let openingPhrases = ["luy ke", "cong don", "tinh chung", "ca nam", "uoc ca", "uoc tinh", "tu dau", "tinh tu"]
        .map { Array($0.unicodeScalars) }

    private static let thang = Array("thang".unicodeScalars)

    /// Words before a number that make it a time, not a figure (`tháng 9`, `quý III`, `ngày 25/9`, `năm 2025`).
    private static let timeWords: Set<String> = ["thang", "quy", "ngay", "nam"]
    /// Verbs that end the opening, right before the figure: `xảy ra` of incidents (`Tính chung 11 tháng, xảy ra 9 vụ`).
    private static let verbs: Set<String> = ["dat", "duoc", "la", "hien", "uoc", "ra"]
    /// Every word the opening may hold: the span's, a time's, a verb's, and the place's as a whole.
    private static let allowed = Set(["luy", "ke", "cong", "don", "tinh", "chung", "het", "den", "tu", "dau", "nam", "thang",
                                      "quy", "ngay", "nay", "ca", "uoc", "dat", "thuc", "hien", "duoc", "la", "xay", "ra",
                                      "i", "ii", "iii", "iv"]).union(placeWords).union(approximations)
    /// Words right before the figure that make it approximate: `trên`, `hơn`, `gần`, `khoảng`.
    private static let approximations: Set<String> = ["tren", "hon", "gan", "khoang"]
    /// The words that name the place as a whole (`Tính chung 11 tháng, toàn tỉnh xảy ra 118 vụ`, `trên địa
    /// bàn huyện`), but `tỉnh`, which folds as `tính` of `tính chung`.
    private static let placeWords: Set<String> = ["toan", "tren", "dia", "ban", "huyen", "xa", "thanh", "pho", "phuong", "thi", "tran", "quan"]

    /// Whether a figure ending at `end` (folded) is bare: its counter or unit, three words at most, then
    /// punctuation or the text's end (`118 vụ,`, `12,6 nghìn tỷ đồng.`).
    private static func isBare(_ folded: [Unicode.Scalar], after end: Int) -> Bool {
        var index = end, words = 0
        while index < folded.count {
            let scalar = folded[index]
            if ScalarText.isLetter(scalar) {
                words += 1
                while index < folded.count, ScalarText.isLetter(folded[index]) { index += 1 }
                if words > 3 { return false }
            } else if scalar == " " || ScalarText.isDigit(scalar) || scalar == "%" {
                index += 1
            } else {
                return true
            }
        }
        return true
    }

    /// Whether the text at `start` (folded) opens on a comparison with last
    /// year and then its change's verb, naming nothing else: `So với cùng kỳ
    /// giảm 3 vụ, giảm 2 người chết` after `Tai nạn giao thông xảy ra 14 vụ,
    /// làm chết 9 người.` compares the sentence before, as it would after `;`.
    /// The count may be named before the verb (`So với cùng kỳ, số vụ giảm 6 vụ`).
    static func continuesComparison(_ folded: [Unicode.Scalar], from start: Int) -> Bool {
        guard start + 8 < folded.count, folded[start] == "s", ScalarText.wordStands(so, in: folded, at: start) else { return false }
        // `So với cùng kỳ, số vụ giảm 6 vụ`: the count a change is of may stand before its verb, named by `số`.
        var index = start, words = 0, counted: Int?
        while index < folded.count, words < 12 {
            let scalar = folded[index]
            if scalar == " " || scalar == "," || scalar == ":" { index += 1; continue }
            var end = index
            if ScalarText.isDigit(scalar) {
                while end < folded.count, ScalarText.isDigit(folded[end]) { end += 1 }
            } else if ScalarText.isLetter(scalar) {
                while end < folded.count, ScalarText.isLetter(folded[end]) { end += 1 }
                let word = String(String.UnicodeScalarView(folded[index..<end]))
                if word == "tang" || word == "giam" { return words >= 2 && counted.map { words - $0 >= 2 } != false }
                // `So với dự toán tỉnh giao đạt 103,9%`, `So với cùng kỳ bằng 108%`: a share of the plan or of last year's.
                if counted == nil, words >= 3, shareVerbs.contains(word) { return true }
                // `So với năm trước tương đương.`: the figures before did not change.
                if counted == nil, words >= 2, unchangedWords.contains(word) { return saysOnlyUnchanged(folded, from: index) }
                if counted == nil, word == "so", words >= 2 {
                    counted = words
                } else if let counted {
                    guard words - counted <= 4 else { return false }
                } else {
                    guard comparisonWords.contains(word) || planWords.contains(word) else { return false }
                }
            } else {
                return false
            }
            words += 1
            index = end
        }
        return false
    }

    private static let so = Array("so".unicodeScalars)
    /// The verbs of a share after such an opening: `đạt`, `bằng`, `vượt`.
    private static let shareVerbs: Set<String> = ["dat", "bang", "vuot"]
    /// The words that name a plan in such an opening (`so với kế hoạch`, `so với dự toán HĐND huyện giao`, `so KH`).
    private static let planWords: Set<String> = ["ke", "hoach", "kh", "du", "toan", "dt", "chi", "tieu", "muc", "giao",
                                                 "hdnd", "tinh", "huyen", "thanh", "pho", "thi", "xa", "phuong", "de", "ra"]

    /// The words that say figures did not change, with no year: `tương đương`, `không thay đổi`, `không tăng,
    /// không giảm`, `giữ nguyên`.
    private static let unchangedWords: Set<String> = ["tuong", "duong", "khong", "thay", "doi", "tang", "giam", "giu", "nguyen"]

    /// Whether the text from `start` to its sentence's `.` (or the paragraph's end) holds only such words,
    /// two at least.
    private static func saysOnlyUnchanged(_ folded: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start, words = 0
        while index < folded.count, folded[index] != "." {
            let scalar = folded[index]
            if scalar == " " || scalar == "," { index += 1; continue }
            guard ScalarText.isLetter(scalar) else { return false }
            var end = index
            while end < folded.count, ScalarText.isLetter(folded[end]) { end += 1 }
            guard unchangedWords.contains(String(String.UnicodeScalarView(folded[index..<end]))) else { return false }
            words += 1
            index = end
        }
        return words >= 2
    }

    /// Whether the text at `start` (folded) opens on a label of what was done
    /// for the target the sentence before states, or of its verdict, then a
    /// colon: `Chỉ tiêu 2: Thu ngân sách 52 tỷ đồng. Thực hiện: 49,6 tỷ đồng.
    /// Đánh giá: Không đạt.` is one statement of a target, its result and verdict.
    static func continuesLabel(_ folded: [Unicode.Scalar], from start: Int) -> Bool {
        guard start + 8 < folded.count else { return false }
        func opens(_ label: [Unicode.Scalar]) -> Bool {
            guard start + label.count < folded.count, ScalarText.wordStands(label, in: folded, at: start) else { return false }
            let colon = ScalarText.skipSpaces(folded, start + label.count)
            return colon < folded.count && folded[colon] == ":"
        }
        // The label's first letter picks the labels to compare: most sentences open on none of them.
        switch folded[start] {
        case "t": return opens(thucHien)
        case "u": return opens(uocThucHien)
        case "k": return opens(ketQuaThucHien) || opens(ketQua)
        case "d": return opens(danhGia)
        default: return false
        }
    }

    /// The labels of a target's result and verdict, folded: `Thực hiện`, `Ước thực hiện`, `Kết quả`, `Kết quả thực hiện`, `Đánh giá`.
    private static let thucHien = Array("thuc hien".unicodeScalars), uocThucHien = Array("uoc thuc hien".unicodeScalars),
        ketQua = Array("ket qua".unicodeScalars), ketQuaThucHien = Array("ket qua thuc hien".unicodeScalars),
        danhGia = Array("danh gia".unicodeScalars)
    /// The words that name last year in such an opening (`so với cùng kỳ năm trước`, `so CK`, `so CKNT`, `so năm 2025`).
    private static let comparisonWords: Set<String> = ["so", "voi", "cung", "ki", "ky", "nam", "truoc", "ck", "cknt"]
}
