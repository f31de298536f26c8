import Platform

/// Reads a report's header from its first paragraphs — the issuer in
/// capitals, `Số: 842/BC-UBND`, `TP. Lạng Sơn, ngày 20 tháng 11 năm 2025`,
/// the title under `BÁO CÁO` or `KẾ HOẠCH` — and the period and year its title (or, failing
/// that, its first headings) names.
enum ReportHeaderReader {
    /// How far into a report its header may go.
    static let headerParagraphs = 14

    static func read(_ paragraphs: [Paragraph], sections: [Section]) -> ReportHeader {
        readWithKind(paragraphs, sections: sections).header
    }

    /// The header, and whether the document is a plan (`KẾ HOẠCH`, `Số: 96/KH-UBND`) rather than a report:
    /// a plan's sections set targets unless their words say they assess results.
    static func readWithKind(_ paragraphs: [Paragraph], sections: [Section]) -> (header: ReportHeader, isPlan: Bool) {
        var header = ReportHeader()
        var titleParts: [String] = []
        var afterBaoCao = false
        // A plan (`KẾ HOẠCH`, `Số: 12/KH-UBND`) is titled by the year it plans, not the year it reports.
        var isPlan = false
        // A title read before the issuer, number and date: a web page's heading over the document.
        var titleBeforeHeader = false
        // Lazily: reading stops at the title, and most of the paragraphs after it are never cut into lines. A
        // legal library's table of particulars before the document is passed over, and bars between cells.
        let lines = paragraphs[libraryParticularsEnd(in: paragraphs)...].lazy
            .filter { $0.kind != .footnote && hasWordOrFigure($0.text) }.prefix(headerParagraphs).flatMap { paragraph in
                headerLines(of: withoutRules(InlineMarkup.plainText(String(paragraph.text))).trimmingWhitespace()).map { ($0, $1, paragraph.kind) }
            }
        // `Số:` on a line of its own, the number on the next (as a legal library's page lays out a header's table).
        var numberWordAlone = false
        // A word alone on its line, a cell wrapped at its width (`ỦY` over `BAN NHÂN DÂN`): read with the next line.
        var loneWord: (text: String, folded: String)?
        for (line, lineFolded, kind) in lines {
            var (text, folded) = (line, lineFolded)
            if let lone = loneWord { (text, folded, loneWord) = (lone.text + " " + line, lone.folded + " " + lineFolded, nil) }
            if numberWordAlone, let number = documentNumber(in: "Số: " + text, folded: "so: " + folded) {
                (header.number, numberWordAlone) = (number, false)
                continue
            }
            numberWordAlone = header.number == nil && folded == "so:"
            if numberWordAlone { continue }
            if isLoneWord(folded) {
                loneWord = (text, folded)
                continue
            }
            // The national name and motto say nothing of the report (and `xã hội` is no commune).
            if opensOnNationalNameOrMotto(folded) { continue }
            if header.number == nil, let number = documentNumber(in: text, folded: folded) {
                header.number = number
                // `Số 45/BC-UBND An Phú, ngày 3 tháng 6 năm 2025`: the place and date on the number's line.
                if let last = number.split(separator: "/").last, let end = text.utf8Range(of: String(last))?.upperBound {
                    let rest = String(text[end...]).trimmingWhitespace()
                    if header.date == nil, let (place, date) = placeAndDate(rest, folded: TextFolding.fold(rest), afterNumber: true) {
                        read(place: place, date: date, into: &header)
                    }
                }
            } else if header.date == nil, let (place, date) = placeAndDate(text, folded: folded) {
                read(place: place, date: date, into: &header)
            } else if isIssuer(folded) && (header.issuer == nil || header.number == nil && header.date == nil && HeadingSyntax.isMostlyCapitals(text))
                        // A body that issues the report with no council over it: `THỐNG KÊ TỈNH KHÁNH HÒA`, `SỞ TÀI CHÍNH`.
                        || header.issuer == nil && header.number == nil && opensOnBody(text) && HeadingSyntax.isMostlyCapitals(text) {
                // A body under the one named before it issues the report: `UBND TỈNH THÁI NGUYÊN` over `UBND PHƯỜNG PHAN ĐÌNH PHÙNG`.
                let superior = header.issuer != nil
                header.issuer = text
                let (kind, place) = placeName(text)
                if place != nil || superior { (header.placeKind, header.place) = (kind, place) }
            } else if let issuer = header.issuer, header.place == nil, header.number == nil, header.date == nil,
                      HeadingSyntax.isMostlyCapitals(text), case (let kind?, let place?) = placeName(text) {
                // `ỦY BAN NHÂN DÂN` on a line of its own, the place on the next: `HUYỆN SƠN THỦY`.
                header.issuer = issuer + " " + text
                (header.placeKind, header.place) = (kind, place)
            } else if let issuer = header.issuer, header.number == nil, header.date == nil, HeadingSyntax.isMostlyCapitals(text),
                      opensOnBody(text) {
                // `UBND TỈNH PHÚ THỌ` over `THỐNG KÊ TỈNH PHÚ THỌ` (or `SỞ TÀI CHÍNH`): the body under the council
                // issues the report, in the council's place; `CÔNG AN TỈNH NINH BÌNH` over `CÔNG AN HUYỆN GIA
                // VIỄN`, in the lower place it names.
                header.issuer = issuer + " " + text
                if case (let kind?, let place?) = placeName(text), PlaceKind.level(of: kind) < PlaceKind.level(of: header.placeKind) {
                    (header.placeKind, header.place) = (kind, place)
                }
            } else if folded == "bao cao" {
                // The document's own title follows: a page's heading read before it gives way.
                if titleBeforeHeader { (titleParts, titleBeforeHeader) = ([], false) }
                afterBaoCao = true
            } else if afterBaoCao, titleParts.isEmpty, documentKinds.contains(folded) {
                // `BÁO CÁO TÓM TẮT`: the kind of report, not its title.
                continue
            } else if folded == "ke hoach" || folded == "nghi quyet", !afterBaoCao, titleParts.isEmpty {
                // A council's resolution on next year's tasks (`NGHỊ QUYẾT Về nhiệm vụ … năm 2027`) sets its targets as a plan does.
                (afterBaoCao, isPlan) = (true, true)
            } else if !afterBaoCao, titleParts.isEmpty, folded.hasPrefix("bao cao ") {
                // `Báo cáo kết quả thực hiện nhiệm vụ năm 2025`: the word and the title on one line. Before the
                // issuer, number and date, it is a web page's heading over the document: they are read after it.
                titleParts.append(text)
                if header.issuer != nil || header.number != nil || header.date != nil { break }
                titleBeforeHeader = true
            } else if titleBeforeHeader {
                if header.number != nil || header.date != nil { break }
            } else if afterBaoCao || folded.containsUTF8("kinh te - xa hoi") || folded.containsUTF8("kinh te xa hoi") {
                if folded.hasPrefix("(") { continue }
                // A title goes on to a second line in lower case (`…năm 2025;` then `nhiệm vụ, giải
                // pháp năm 2026`), not to the first heading, table caption or sentence of the body.
                if !titleParts.isEmpty, kind == .heading || text.first?.isLowercase != true || text.hasSuffix(".") || text.count > 200 {
                    break
                }
                titleParts.append(text)
                if titleParts.count >= 2 || !afterBaoCao { break }
            }
        }
        // The period is read from the whole title, a note about its figures too; the title is shown without it.
        let fullTitle = titleParts.isEmpty ? nil : titleParts.joined(by: " ")
        header.title = fullTitle.map(withoutClosingNote)
        // A news article on the report names no issuer: its headline opens on the place, and is its title.
        if header.place == nil, header.issuer == nil, header.number == nil, let (kind, place, headline) = headlinePlace(in: paragraphs) {
            (header.placeKind, header.place) = (kind, place)
            if header.title == nil, headline.count <= 200 { header.title = headline }
        }
        let source = fullTitle ?? header.title ?? sections.prefix(4).map(\.title).joined(by: " ")
        (header.period, header.year, header.planYear) = period(of: TextFolding.fold(source), dated: header.date)
        header.period = monthsUpTo(header.period, in: paragraphs)
        isPlan = isPlan || header.number?.containsUTF8("/KH-") == true || header.number?.containsUTF8("/NQ-") == true
        // A plan for a term (`Kế hoạch … 5 năm 2026 - 2030`) plans its first year, as a plan's `giai đoạn` does.
        if isPlan, case .years(let first, _) = header.period { (header.period, header.year) = (.year, first) }
        if isPlan, header.period == .year, let named = header.year {
            (header.year, header.planYear) = yearsOfPlan(named: named, then: header.planYear, in: TextFolding.fold(source))
        }
        if header.year == nil, let date = header.date, let year = Int(date.prefix(4)) { header.year = year }
        if header.planYear == nil, let year = header.year {
            // A year's report plans the next year; a report on part of a year plans the rest of it.
            header.planYear = header.period.closesYear ? year + 1 : year
        }
        return (header, isPlan)
    }

    /// The date of a place-and-date line, and the place where the issuer named none:
    /// `Sơn Thủy, ngày …` names the place without its kind.
    private static func read(place: String, date: String, into header: inout ReportHeader) {
        header.date = date
        if !place.isEmpty, header.place == nil {
            let (kind, name) = placeName(place)
            // `ĐẢNG ỦY XÃ` over `Vạn Ninh, ngày …`: the issuer named the kind of place, the date line its name.
            (header.placeKind, header.place) = (kind ?? header.placeKind, name ?? titleCased(place))
        }
    }

    /// A header paragraph as the lines it joins: a paragraph of several
    /// lines reads as one (`UBND HUYỆN NGỌC LẶC Số: 301/BC-UBND`), and a
    /// converted two-column header puts the motto beside the issuer. It is
    /// cut before the document number and before the national name and
    /// motto, and after a `BÁO CÁO` or `KẾ HOẠCH` in capitals that opens it.
    static func headerLines(of text: String) -> [(text: String, folded: String)] {
        let scalars = text.scalarArray
        // Folding keeps a scalar for each scalar: the text and its folding are cut alike.
        let folded = TextFolding.folded(scalars)
        // A paragraph of the body is no header's lines: only short ones are looked into.
        guard text.utf8.count <= maxHeaderLength else { return [(text, String(scalars: folded))] }
        var starts: [Int] = []
        for marker in lineMarkers where marker.count < folded.count {
            // (Its first two scalars, a space and a letter, compared first: comparing a slice at every place
            // cost most of reading a header.)
            for index in 1...(folded.count - marker.count)
            where folded[index + 1] == marker[1] && folded[index] == marker[0]
                && folded[index..<(index + marker.count)].elementsEqual(marker) {
                // `Số: 301/…` or `Số 301/…`: a number follows the word.
                if marker == lineMarkers[0] {
                    var after = index + marker.count
                    while after < folded.count, folded[after] == ":" || folded[after] == " " { after += 1 }
                    guard after > index + marker.count, after < folded.count, ("0"..."9").contains(folded[after]) else { continue }
                }
                // A second issuing body in capitals after the first (`UBND TỈNH THÁI NGUYÊN UBND PHƯỜNG …`),
                // not the council named in a title or a sentence (`… của UBND huyện`).
                if issuerMarkers.contains(where: { $0 == marker }),
                   !HeadingSyntax.isMostlyCapitals(String(scalars: scalars[0..<index]))
                    || !HeadingSyntax.isMostlyCapitals(String(scalars: scalars[index..<min(index + marker.count + 12, scalars.count)])) {
                    continue
                }
                starts.append(index + 1)
                // The national name and the motto end their lines: a PDF's text may run the next line on after them.
                if let end = endOfNameOrMotto(folded, at: index + 1) { starts.append(end) }
            }
        }
        if let end = endOfNameOrMotto(folded, at: 0) { starts.append(end) }
        // Columns set side by side with spaces, as a PDF's text laid out writes a header (`ỦY BAN NHÂN DÂN      CỘNG
        // HÒA …`): a run of six spaces or more parts two lines (fewer pad a number: `Số:    215  /BC-UBND`), as a tab
        // does where a word processor saved the header as text (`ỦY BAN NHÂN DÂN⇥⇥CỘNG HÒA …`).
        var run = 0
        for index in scalars.indices {
            if scalars[index] == " " { run += 1; continue }
            if scalars[index] == "\t" { run += 6; continue }
            if run >= 6, index > run {
                starts.append(index)
                if let end = endOfNameOrMotto(folded, at: index) { starts.append(end) }
            }
            run = 0
        }
        // `BÁO CÁO` or `KẾ HOẠCH` in capitals, the title after it on the next line.
        for kind in ["bao cao ", "ke hoach "] where folded.starts(with: kind.unicodeScalars)
            && HeadingSyntax.isMostlyCapitals(String(scalars: scalars.prefix(kind.count - 1))) {
            starts.append(kind.count)
        }
        guard !starts.isEmpty else { return [(text, String(scalars: folded))] }
        let bounds = [0] + Set(starts).sorted() + [scalars.count]
        return zip(bounds, bounds.dropFirst()).map { range in
            (String(scalars: scalars[range.0..<range.1]).trimmingWhitespace(), String(scalars: folded[range.0..<range.1]).trimmingWhitespace())
        }.filter { !$0.0.isEmpty }
    }

    /// Where the national name or the motto starting at `start` of `folded` ends, if one does and text follows.
    private static func endOfNameOrMotto(_ folded: [Unicode.Scalar], at start: Int) -> Int? {
        for phrase in [nationalName, motto] where start + phrase.count < folded.count
            && folded[start..<(start + phrase.count)].elementsEqual(phrase) {
            return start + phrase.count
        }
        return nil
    }

    /// Whether a folded line opens on the national name or the motto (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA …`, `Độc lập - Tự do …`).
    static func opensOnNationalNameOrMotto(_ folded: String) -> Bool {
        folded.hasPrefix("cong hoa xa hoi chu nghia") || folded.hasPrefix("doc lap - tu do")
    }

    private static let nationalName = Array("cong hoa xa hoi chu nghia viet nam".unicodeScalars)
    private static let motto = Array("doc lap - tu do - hanh phuc".unicodeScalars)

    /// Where a header's lines run together: before the document number, the national name and motto.
    private static let lineMarkers = [" so", " cong hoa xa hoi chu nghia", " doc lap - tu do"].map { Array($0.unicodeScalars) }
        + issuerMarkers
    /// Where a second issuing body's line starts, the superior body having come first.
    private static let issuerMarkers = [" ubnd ", " uy ban nhan dan"].map { Array($0.unicodeScalars) }

    /// The longest paragraph, in UTF-8 bytes, that may be a header's lines run together.
    static let maxHeaderLength = 400

    /// The text without the rules typed under a header's lines (`-------`,
    /// `______`): they are drawn, not written, and are no part of a name.
    static func withoutRules(_ text: String) -> String {
        // Most lines have none: three rule characters in a row are looked for in the bytes first.
        var run = 0
        guard text.utf8.contains(where: { byte in
            run = Self.ruleBytes.contains(byte) ? run + 1 : 0
            return run == 3
        }) else { return text }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.contains(where: isRule) else { return text }
        return words.filter { !isRule($0) }.map(String.init).joined(by: " ")
    }

    private static let ruleBytes: [UInt8] = Array("-_=*~".utf8)

    private static func isRule(_ word: Substring) -> Bool {
        word.utf8.count >= 3 && word.utf8.allSatisfy { ruleBytes.contains($0) }
    }

    /// `Số: 842/BC-UBND` → `842/BC-UBND`.
    static func documentNumber(in text: String, folded: String) -> String? {
        guard folded.hasPrefix("so:") || folded.hasPrefix("so ") else { return nil }
        // `Số:    215  /BC-UBND`: spaces left where a number was filled in a form.
        let rest = closingSpacesAroundSlashes(text.dropFirst(3).trimmingWhitespace())
        guard let first = rest.unicodeScalars.first, ("0"..."9").contains(first), rest.contains("/") else { return nil }
        // `Số: 402/BC-UBND, ngày 10/12/2026`: the comma parts the number from the date.
        return String(rest.split(separator: " ").first ?? Substring(rest)).trimmingCharacters(",;")
    }

    /// `215  /BC-UBND` → `215/BC-UBND`.
    static func closingSpacesAroundSlashes(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "/" { while result.last?.isWhitespace == true { result.removeLast() } }
            if character.isWhitespace, result.last == "/" { continue }
            result.append(character)
        }
        return result
    }

    /// The kind of report `BÁO CÁO` may be followed by before the title (`BÁO CÁO TÓM TẮT`), folded.
    static let documentKinds: Set<String> = ["tom tat", "nhanh", "tong hop", "so bo", "tham tra", "giam sat"]

    /// `TP. Lạng Sơn, ngày 20 tháng 11 năm 2025` → (`TP. Lạng Sơn`, `2023-11-24`);
    /// `Lạng Sơn, ngày 05/12/2025` alike, on a short line naming its place first
    /// or `afterNumber`, the document's number (`Số: 402/BC-UBND, ngày 10/12/2026`).
    static func placeAndDate(_ text: String, folded: String, afterNumber: Bool = false) -> (String, String)? {
        guard let ngay = folded.utf8Range(of: "ngay ") else { return nil }
        let inWords = folded.containsUTF8(" thang ") && folded.containsUTF8(" nam ")
        let inFigures = folded[ngay.upperBound...].prefix(10).containsUTF8("/") && (afterNumber || ngay.lowerBound > folded.startIndex)
            && folded.count <= 60
        guard inWords || inFigures else { return nil }
        let numbers = folded[ngay.upperBound...].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 3, (1...31).contains(numbers[0]), (1...12).contains(numbers[1]), (1900...2100).contains(numbers[2]) else {
            return nil
        }
        let offset = folded.distance(from: folded.startIndex, to: ngay.lowerBound)
        guard !isInOpenBracket(text.prefix(offset)) else { return nil }
        let place = String(text.prefix(offset)).trimmingWhitespace().trimmingCharacters(",")
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return (place, "\(numbers[2])-\(two(numbers[1]))-\(two(numbers[0]))")
    }

    /// A line naming the issuing body: `ỦY BAN NHÂN DÂN THÀNH PHỐ LẠNG SƠN`, `UBND HUYỆN BẮC SƠN`.
    static func isIssuer(_ folded: String) -> Bool {
        issuerOpenings.contains { folded.hasPrefix($0) }
    }

    /// How an issuer line opens, folded: the People's Committee, the People's
    /// Council, and the Party's committees, which report a place's year too
    /// (`HUYỆN ỦY CAO LỘC`, `ĐẢNG ỦY XÃ TÂN LẬP`).
    static let issuerOpenings = ["uy ban nhan dan", "ubnd ", "hoi dong nhan dan", "hdnd ", "dang bo ", "dang uy "]
        + PlaceKind.issuers.compactMap { $0.partyCommittee.map { $0 + " " } }

    /// The kind and name of a place in an issuer or place line:
    /// `THÀNH PHỐ LẠNG SƠN` → (`thành phố`, `Lạng Sơn`); `TP. Hòa Bình` → (`thành phố`, `Hòa Bình`);
    /// `PHƯỜNG 12` → (`phường`, `Phường 12`).
    /// A body under the place's council ends the name (`UBND TỈNH CAO BẰNG SỞ VĂN HÓA …`, two lines read as one).
    static func placeName(_ text: String) -> (String?, String?) {
        let folded = TextFolding.fold(text)
        for (kind, forms) in placeKinds {
            for form in forms {
                // (`THƯƠNG BINH VÀ XÃ HỘI`: society, no commune.)
                guard let range = folded.utf8Range(of: form), form != "xa " || !folded[range.upperBound...].hasPrefix("hoi") else { continue }
                let offset = folded.distance(from: folded.startIndex, to: range.upperBound)
                let name = beforeBody(String(text.dropFirst(offset))).trimmingWhitespace().trimmingCharacters(",.")
                guard !name.isEmpty else { continue }
                return (kind, name.allSatisfy(\.isNumber) ? numbered(name, kind: kind) : titleCased(name))
            }
        }
        // `ĐẢNG ỦY XÃ`: the kind of place closing the line, its name left to the place-and-date line.
        let words = folded.split(separator: " ")
        if words.count >= 2, let kind = placeKinds.first(where: { _, forms in forms.contains { $0.dropLast() == words.last! } })?.0 {
            return (kind, nil)
        }
        return (nil, nil)
    }

    /// A place named by its number (`PHƯỜNG 12`, `QUẬN 3`), called with its kind: `Phường 12`.
    static func numbered(_ number: String, kind: String) -> String {
        kind.prefix(1).uppercased() + kind.dropFirst() + " " + number
    }

    /// Each kind of place with the folded forms that open its name in an issuer line, each with the space
    /// after it: first every Party committee (`HUYỆN ỦY CAO LỘC` is the district's, not a place `Ủy Cao Lộc`),
    /// then the kinds and their short forms in ``PlaceKind/all``'s order.
    static let placeKinds: [(String, [String])] =
        PlaceKind.issuers.compactMap { kind in kind.partyCommittee.map { (kind.name, [$0 + " "]) } }
        + PlaceKind.issuers.map { kind in (kind.name, ([kind.folded] + kind.abbreviations).map { $0 + " " }) }

    /// `LẠNG SƠN` → `Lạng Sơn`; a name already in mixed case is kept.
    static func titleCased(_ name: String) -> String {
        guard HeadingSyntax.isMostlyCapitals(name) else { return name }
        return name.split(separator: " ").map { word in
            word.prefix(1) + word.dropFirst().lowercased()
        }.joined(by: " ")
    }

    /// `i` … `iv`, or `1` … `4`.
    static func quarterNumber(_ word: String) -> Int? {
        switch word {
        case "i", "1": 1
        case "ii", "2": 2
        case "iii", "3": 3
        case "iv", "4": 4
        default: nil
        }
    }
}

extension String {
    /// The text without the given characters at either end.
    func trimmingCharacters(_ characters: String) -> String {
        var text = Substring(self)
        while let first = text.first, characters.contains(first) { text = text.dropFirst() }
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
