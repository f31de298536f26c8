import Platform

/// A spec's text, for pointing errors at the line that holds a value:
/// TOMLKit gives positions for syntax errors only.
struct PluginSpecSource {
    let lines: [Substring]

    init(_ text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The first line at or after `start` that contains `needle` (1-based); `start` if none does.
    func line(of needle: String, from start: Int = 1) -> Int {
        guard start >= 1 else { return 1 }
        // `firstRange(of:)`: the standard library's search (`contains` on strings would
        // resolve to Foundation's, through TOMLKit, and link the rest of Foundation).
        for index in (start - 1)..<lines.count where lines[index].firstRange(of: needle) != nil { return index + 1 }
        return start
    }

    /// The line of the `count`-th (0-based) table header `[[name]]`.
    func tableLine(_ name: String, index: Int) -> Int {
        var seen = -1
        for (offset, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces) == "[[\(name)]]" {
            seen += 1
            if seen == index { return offset + 1 }
        }
        return 1
    }
}

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var text = self
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}

extension Set where Element == Character {
    static let whitespaces: Set<Character> = [" ", "\t", "\r"]
}
