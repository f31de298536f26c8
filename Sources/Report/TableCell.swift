import Platform

/// One cell of a table, whatever its layout (pipe, grid, simple or HTML):
/// its text, trimmed, and where that text starts in the report.
struct TableCell {
    var text: Substring
    var location: SourceLocation
}

extension TableCell {
    /// Another piece of the same cell (a grid row's next line, a header over
    /// two lines) added after a space; an empty cell takes the piece's place,
    /// so the cell starts where its first piece does.
    mutating func append(_ piece: TableCell) {
        if text.isEmpty { self = piece } else if !piece.text.isEmpty { text = Substring(text + " " + piece.text) }
    }

    /// A value: digits, and no letters but those of a unit written in it (`%`),
    /// of a bound a plan sets (`Không dưới 61,5`, `Tối thiểu 1.200`, `4 trở lên`),
    /// of a change's verb (`Giảm 3,4`) or of the level to reach (`Giảm còn 2`).
    var isValue: Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) }
            && (!hasLetters || isBounded || changeOpening != nil || levelOpening != nil)
    }

    /// A level said with the words of reaching it (`Giảm còn 2`, `Còn 2`,
    /// `Giảm xuống 1,8`, `Tăng lên 95`), as a table of targets writes a rate to
    /// bring down or up: the value after them, a level, no change.
    var levelOpening: TableCell? {
        var rest = text[...], words: [String] = []
        while let space = rest.firstIndex(of: " "), words.count < 3, !(rest.first?.isNumber ?? true) {
            words.append(rest[..<space].lowercased())
            // (Asked of every cell with letters, a row's name too: left at the first word that opens no level's words.)
            guard Self.levelOpenings.contains(where: { $0.starts(with: words) }) else { return nil }
            rest = rest[rest.index(after: space)...].drop { $0 == " " }
        }
        guard Self.levelOpenings.contains(words) else { return nil }
        var location = location
        location.column += text.utf8.distance(from: text.startIndex, to: rest.startIndex)
        let value = TableCell(text: rest, location: location)
        return value.isValue ? value : nil
    }

    private static let levelOpenings: [[String]] = [["giảm", "còn"], ["giảm", "xuống"], ["giảm", "xuống", "còn"], ["xuống", "còn"],
                                                    ["còn"], ["tăng", "lên"], ["lên"]]

    /// A value said with a change's verb before it (`Giảm 3,4%`, `Tăng 120`), as a
    /// table of targets writes a reduction: the verb, lower-cased, and the value after it.
    var changeOpening: (verb: String, value: TableCell)? {
        guard levelOpening == nil, let (verb, rest) = Self.openingChangeVerb(text) else { return nil }
        var location = location
        location.column += text.utf8.distance(from: text.startIndex, to: rest.startIndex)
        let value = TableCell(text: rest, location: location)
        return value.isValue ? (verb, value) : nil
    }

    /// The change's verb `text` opens on (`giảm`, `tăng`, lower-cased) and the
    /// words after it; nil for any other first word. Most cells open on another:
    /// only a first word of four letters is lower-cased to be compared.
    static func openingChangeVerb(_ text: Substring) -> (verb: String, rest: Substring)? {
        guard let space = text.firstIndex(of: " "), text[..<space].count == 4,
              case let verb = text[..<space].lowercased(), verb == "giảm" || verb == "tăng" else { return nil }
        return (verb, text[text.index(after: space)...].drop { $0 == " " })
    }

    /// Whether the cell's words are a bound's alone, around its number: a
    /// short cell (a name with a number in it is longer, and is not asked word by word).
    var isBounded: Bool {
        text.utf8.count <= 32 && text.split(whereSeparator: { !$0.isLetter }).allSatisfy { Self.boundWords.contains($0.lowercased()) }
    }

    /// The words of a bound: `không dưới`, `tối thiểu`, `tối đa`, `trở lên`, `trên`, `dưới`, `ít nhất`, `khoảng`.
    private static let boundWords: Set<String> = ["không", "dưới", "trên", "tối", "thiểu", "đa", "trở", "lên", "ít", "nhất",
                                                  "khoảng", "hơn"]

    var hasLetters: Bool {
        text.unicodeScalars.contains { TextFolding.isLetter($0) }
    }

    /// The text with its line breaks (`Doanh thu<br>du lịch`, as tables
    /// converted from documents write them) as spaces, so that its words are words.
    var joiningLines: String {
        guard text.containsUTF8("<br") else { return String(text) }
        var result = String(text)
        for tag in ["<br />", "<br/>", "<br>", "<BR>"] { result = result.replacing(tag, with: " ") }
        return result
    }

    /// The unit as written after a number: `%` closes up to it, and so does
    /// the `%` of `% dân số` (`95,7% dân số`); other units follow a space.
    var afterNumber: String {
        text.hasPrefix("%") ? unitWords : " " + unitWords
    }

    /// A unit cell's words as a sentence writes them: a word capitalised as a
    /// column's first letter is (`Thôn`, `Người`, `Triệu đồng`) in lower case,
    /// so that it names the unit a count or an amount is read in; an
    /// abbreviation (`USD`, `TTHC`) and a symbol (`M2`) as they are.
    var unitWords: String {
        let text = joiningLines
        guard text.unicodeScalars.contains(where: { TextFolding.isUppercase($0) }) else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let letters = word.unicodeScalars.filter { TextFolding.isLetter($0) }
            guard letters.count >= 2, TextFolding.isUppercase(letters.first!),
                  letters.dropFirst().allSatisfy({ TextFolding.isLowercase($0) }) else { return String(word) }
            return word.prefix(1).lowercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// The unit a header or a name gives in its closing parentheses:
    /// `Thực hiện (tỷ đồng)`, `Tổng thu ngân sách (tỷ đồng)`. In a name
    /// (`strict`) only `%` or a word in lower case is a unit: `(GRDP)` is not.
    func parenthesisedUnit(strict: Bool) -> TableCell? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard let first = inner.first, inner.count <= 12, !inner.contains(where: \.isNumber) else { return nil }
        if strict && !(inner == "%" || first.isLowercase) { return nil }
        let column = location.column + text.utf8.distance(from: text.startIndex, to: inner.startIndex)
        return TableCell(text: inner, location: SourceLocation(line: location.line, column: column))
    }

    /// What a row's name counts when it names no unit: the two words after
    /// `Số` (`Số người chết do tai nạn giao thông` → `người chết`, `Số vụ
    /// cháy` → `vụ cháy`), which the scanner reads as a count's noun after
    /// the value. Nil for any other name, and for `Số lượng`, `Số tiền`, `Số liệu`.
    var countedNoun: TableCell? {
        let name = joiningLines
        let words = name.split(separator: " ", maxSplits: 3)
        guard words.count >= 3, words[0].lowercased() == "số", !Self.notCounted.contains(words[1].lowercased()) else { return nil }
        let column = location.column + name.utf8.distance(from: name.startIndex, to: words[1].startIndex)
        return TableCell(text: name[words[1].startIndex..<words[2].endIndex], location: SourceLocation(line: location.line, column: column))
    }

    private static let notCounted: Set<String> = ["lượng", "tiền", "liệu", "hóa", "hoá"]

    /// What a header calls its column, its unit and line breaks left out:
    /// `Tổng mức đầu tư (tỷ đồng)` → `tổng mức đầu tư`.
    var name: String {
        var name = joiningLines
        if let unit = parenthesisedUnit(strict: false), let open = name.lastIndex(of: "("),
           name[name.index(after: open)...].dropLast() == unit.joiningLines {
            name = String(name[..<open]).trimmingWhitespace()
        }
        return name.prefix(1).lowercased() + name.dropFirst()
    }
}
