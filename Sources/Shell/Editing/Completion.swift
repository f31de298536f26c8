import Platform

/// What Tab offers for the word before the cursor: the word as typed and the
/// candidates, each perhaps with what it is (listed beside it when several match).
public struct Completion: Equatable, Sendable {
    public struct Candidate: Equatable, Sendable {
        public var text: String
        public var description: String?

        public init(_ text: String, _ description: String? = nil) {
            self.text = text
            self.description = description
        }
    }

    /// The word being completed, ending at the cursor.
    public var word: String
    public var candidates: [Candidate]

    public init(word: String, candidates: [Candidate]) {
        self.word = word
        // One of each text, in order: the first description wins.
        var seen = Set<String>()
        self.candidates = candidates.filter { seen.insert($0.text).inserted }
    }

    public static func texts(_ word: String, _ texts: [String]) -> Completion {
        Completion(word: word, candidates: texts.sorted().map { Candidate($0) })
    }

    public var texts: [String] { candidates.map(\.text) }

    /// Whether every candidate continues the word as typed (else a candidate
    /// replaces it: `giai` completes to `giải`).
    public var extendsWord: Bool { candidates.allSatisfy { $0.text.hasPrefix(word) } }
}
