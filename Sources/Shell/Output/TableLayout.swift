import Query
import Platform

/// Lays a table out to fit a width, as DuckDB's and psql's shells do:
/// numbers right-aligned on their decimal mark and never cut, text columns
/// shortened with `…` — the widest first — until the rows fit the terminal.
struct TableLayout {
    var header: [String]
    var rows: [[String]]
    /// The decimal mark of the numbers in the cells (`,` in the report's style).
    var decimalMark: Character
    /// The widest a text column may be, whatever the room.
    var maxColumnWidth = 60
    /// The narrowest a text column is cut to: enough for a word and `…`.
    static let minColumnWidth = 8
    /// How many leading columns say what a row is (a report and an indicator
    /// in rows of several reports): kept, and cut last.
    var keyColumns = 1

    /// The table as text, at most `width` columns wide when it can be (nil:
    /// as wide as it needs). Columns that do not fit even cut are left out,
    /// and a last line names them.
    func render(width: Int?) -> String {
        let numeric = header.indices.map { column in isNumeric(column) }
        let cells = rows.map { row in header.indices.map { $0 < row.count ? row[$0] : "" } }
        let aligned = header.indices.map { column in numeric[column] ? align(cells.map { $0[column] }) : cells.map { $0[column] } }
        // Each cell measured once: for its column's width, then for its padding.
        let cellWidths = aligned.map { $0.map(TextWidth.of) }
        let natural = header.indices.map { column in
            let content = cellWidths[column].max() ?? 0
            return max(numeric[column] ? content : min(maxColumnWidth, content), TextWidth.of(header[column]))
        }
        let (visible, widths) = fit(natural, numeric: numeric, into: width)
        // A line is written into one string: each cell cut, padded and followed by two spaces.
        let lineBytes = widths.reduce(0, +) * 3 + 2 * widths.count
        func line(_ cell: (Int) -> (text: String, width: Int), header: Bool) -> String {
            var out = ""
            out.reserveCapacity(lineBytes)
            for (position, (column, columnWidth)) in zip(visible, widths).enumerated() {
                if position > 0 { out += "  " }
                let whole = cell(column)
                let (text, width) = whole.width <= columnWidth ? whole : TextWidth.fitted(whole.text, to: columnWidth)
                let padding = String(repeating: " ", count: max(0, columnWidth - width))
                if numeric[column] && header { out += padding; out += text } else { out += text; out += padding }
            }
            return out.trimmingTrailingSpaces()
        }
        let body = cells.indices.map { row in line({ (aligned[$0][row], cellWidths[$0][row]) }, header: false) }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(by: "  ")
        var lines = [line({ (header[$0], TextWidth.of(header[$0])) }, header: true), rule] + body
        let hidden = header.indices.filter { !visible.contains($0) }.map { header[$0] }
        if !hidden.isEmpty {
            let note = "(left out to fit \(width ?? 0) columns: \(hidden.joined(by: ", ")); select or .width shows them)"
            lines.append(TextWidth.truncate(note, to: width ?? note.count))
        }
        return lines.joined(by: "\n")
    }

    /// Which columns to show and how wide: text columns after the key columns
    /// (``keyColumns``, what the row is) are cut, the widest first, down to
    /// ``minColumnWidth``; if that is not enough, they are left out; then the
    /// key columns are cut, the widest first, or if that would not do, columns
    /// go from the middle. Numbers are never cut.
    func fit(_ natural: [Int], numeric: [Bool], into width: Int?) -> (visible: [Int], widths: [Int]) {
        var visible = Array(natural.indices), widths = natural
        func total() -> Int { visible.reduce(0) { $0 + widths[$1] } + 2 * max(0, visible.count - 1) }
        guard let width, total() > width else { return (visible, visible.map { widths[$0] }) }
        let keys = Array(visible.prefix(max(1, keyColumns)))
        let cuttable = visible.dropFirst(keys.count).filter { !numeric[$0] }
        while total() > width, let column = cuttable.filter({ widths[$0] > Self.minColumnWidth }).max(by: { widths[$0] < widths[$1] }) {
            widths[column] -= 1
        }
        for column in cuttable.sorted(by: { natural[$0] > natural[$1] }) where total() > width {
            visible.removeAll { $0 == column }
        }
        // Then the key columns are cut if that is enough, else columns go from
        // the middle, so that what the row is and its last column stay.
        let keyText = keys.filter { !numeric[$0] }
        while total() > width {
            let room = keyText.reduce(0) { $0 + max(0, widths[$1] - Self.minColumnWidth * 2) }
            if total() - room <= width || visible.count <= keys.count + 1 {
                while total() > width, let column = keyText.filter({ widths[$0] > Self.minColumnWidth }).max(by: { widths[$0] < widths[$1] }) {
                    widths[column] -= 1
                }
                break
            }
            visible.remove(at: visible.count - 2)
        }
        return (visible, visible.map { widths[$0] })
    }

    /// Whether every cell of a column that says anything is a number (`1.234 tỷ`, `-5%`, `#15`, `1.200–1.400`).
    func isNumeric(_ column: Int) -> Bool {
        var any = false
        for row in rows where column < row.count && !row[column].isEmpty && row[column] != "—" && row[column] != "null" {
            guard Self.numberPrefixLength(row[column]) > 0, !Self.isName(row[column]) else { return false }
            any = true
        }
        return any
    }

    /// Whether a cell opening on digits is a name (`842-BC-UBND-2025`,
    /// `20-yen-binh-2025`, a document's number `842/BC-UBND`): its digits
    /// run on into a hyphen or a slash and a letter.
    static func isName(_ text: String) -> Bool {
        let rest = text[numberPrefixEnd(text)...]
        guard rest.first == "-" || rest.first == "/", let next = rest.dropFirst().first else { return false }
        return next.isLetter
    }

    /// A numeric column's cells aligned: on their decimal marks (or the ends
    /// of their whole numbers) when all have one unit — `10 tỷ đồng` over
    /// `1,5 tỷ đồng` — else each flush right.
    func align(_ cells: [String]) -> [String] {
        // Each cell split before its decimal mark (a mark followed by a digit, within its number),
        // or at the end of its number; the cells' units compared as they go.
        let mark = decimalMark.asciiValue ?? UInt8(ascii: ",")
        var split: [(whole: Substring, rest: Substring)] = []
        split.reserveCapacity(cells.count)
        var unit: [UInt8]?, oneUnit = true
        for var cell in cells {
            let end = Self.numberPrefixEnd(cell)
            let endOffset = cell.utf8.distance(from: cell.startIndex, to: end)
            let markOffset = cell.withUTF8 { bytes in
                let found = (0..<max(0, endOffset - 1)).first { bytes[$0] == mark && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0 + 1]) }
                if oneUnit, !bytes.isEmpty {
                    let cellUnit = UnsafeBufferPointer(rebasing: bytes[endOffset...])
                    if let unit { oneUnit = unit.elementsEqual(cellUnit) } else { unit = Array(cellUnit) }
                }
                return found ?? endOffset
            }
            let markIndex = cell.utf8.index(cell.startIndex, offsetBy: markOffset)
            split.append((cell[..<markIndex], cell[markIndex...]))
        }
        guard oneUnit else {
            let width = cells.map(TextWidth.of).max() ?? 0
            return cells.map { TextWidth.pad($0, to: width, right: true) }
        }
        let wholeWidths = split.map { TextWidth.of(String($0.whole)) }
        let whole = wholeWidths.max() ?? 0
        return zip(split, wholeWidths).map { part, width in
            String(repeating: " ", count: max(0, whole - width)) + part.whole + part.rest
        }
    }

    /// Where the number at the start of `text` ends (``numberPrefixLength(_:)``), as an index of `text`.
    static func numberPrefixEnd(_ text: String) -> String.Index {
        var text = text
        if let bytes = text.withUTF8({ asciiNumberPrefixLength($0) }) { return text.utf8.index(text.startIndex, offsetBy: bytes) }
        return text.index(text.startIndex, offsetBy: numberPrefixLengthByCharacters(text))
    }

    /// How many characters at the start of `text` are a number: a sign or `#`, then digits with `.` or `,` between.
    static func numberPrefixLength(_ text: String) -> Int {
        var text = text
        if let bytes = text.withUTF8({ asciiNumberPrefixLength($0) }) { return bytes }
        return numberPrefixLengthByCharacters(text)
    }

    /// ``numberPrefixLength(_:)`` read character by character: for any text.
    static func numberPrefixLengthByCharacters(_ text: String) -> Int {
        var count = 0, digits = 0
        var characters = text[...]
        if let first = characters.first, first == "-" || first == "+" || first == "#" || first == "−" {
            characters = characters.dropFirst()
            count = 1
        }
        for (offset, character) in characters.enumerated() {
            if character.isNumber && character.isASCII {
                digits += 1
            } else if character == "." || character == "," {
                let rest = characters.dropFirst(offset + 1)
                guard rest.first?.isNumber == true else { break }
            } else {
                break
            }
            count += 1
        }
        return digits > 0 ? count : 0
    }

    /// ``numberPrefixLength(_:)`` read from the bytes, for the cells that allow
    /// it (nearly all): a number of ASCII characters followed by an ASCII byte
    /// or nothing, where each byte is a character. Nil sends the rest (a `−`
    /// sign, a digit that a combining mark could join) to the reading by characters.
    static func asciiNumberPrefixLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var index = 0, digits = 0
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "#") { index = 1 }
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                digits += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                guard index + 1 < bytes.count, bytes[index + 1] < 0x80 else { return nil }
                guard isDigit(bytes[index + 1]) else { break }
            } else {
                break
            }
            index += 1
        }
        guard index == bytes.count || bytes[index] < 0x80 else { return nil }
        return digits > 0 ? index : 0
    }
}
