/// A spec's text, for pointing errors and examples at the line that holds a
/// value: TOMLKit gives positions for syntax errors only. Lines are kept as
/// UTF-8 bytes and searched as bytes.
struct PluginSpecSource {
    /// Each line's bytes, without its line break.
    private let lines: [[UInt8]]
    /// The lines of each table-array header (`[[indicators]]` → its lines), in order.
    private let headers: [String: [Int]]

    init(_ text: String) {
        var lines: [[UInt8]] = [[]]
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { lines.append([]) } else { lines[lines.count - 1].append(byte) }
        }
        var headers: [String: [Int]] = [:]
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            guard trimmed.starts(with: [UInt8(ascii: "["), UInt8(ascii: "[")]),
                  let close = trimmed.firstIndex(of: UInt8(ascii: "]")) else { continue }
            let name = String(decoding: trimmed[(trimmed.startIndex + 2)..<close], as: UTF8.self)
            headers[name, default: []].append(index + 1)
        }
        self.lines = lines
        self.headers = headers
    }

    /// The first line at or after `start` that contains `needle` (1-based); `start` if none does.
    func line(of needle: String, from start: Int = 1) -> Int {
        guard start >= 1 else { return 1 }
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return start }
        for index in (start - 1)..<lines.count where Self.contains(lines[index], pattern) { return index + 1 }
        return start
    }

    /// The line of the `index`-th (0-based) table header `[[name]]`; 1 if there is none.
    func tableLine(_ name: String, index: Int) -> Int {
        guard let lines = headers[name], lines.indices.contains(index) else { return 1 }
        return lines[index]
    }

    private static func contains(_ line: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard pattern.count <= line.count else { return false }
        for start in 0...(line.count - pattern.count) where line[start] == pattern[0] {
            if line[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }
}
