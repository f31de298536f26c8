import Facts

/// An invented sentence in the report's style and the value an indicator's
/// rule must read from it: documentation, test and code at once. It keeps
/// the place it is written so that a failing example is reported there.
public struct IndicatorExample: Sendable {
    public var sentence: String
    /// The value as the report would write it (`900 tỷ đồng`).
    public var expected: String
    /// Which part of a report the sentence belongs in.
    public var part: ReportPart
    public var fileID: String
    public var filePath: String
    public var line: Int
    public var column: Int

    public init(_ sentence: String, yields expected: String, in part: ReportPart = .results,
                fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        self.sentence = sentence
        self.expected = expected
        self.part = part
        self.fileID = fileID
        self.filePath = filePath
        self.line = line
        self.column = column
    }
}

extension IndicatorExample {
    /// A small report in the real layout with the example in its part, under a
    /// section titled with the rule's section words, for checking the rule on it.
    public func report(for rule: FindingRule) -> String {
        let section = rule.sections.first ?? "Lĩnh vực"
        let results = part == .results ? sentence : "Không có số liệu."
        let plan = part == .plan ? sentence : "- Không có chỉ tiêu."
        return """
        ### Phần I

        ## TÌNH HÌNH THỰC HIỆN

        ## II. KẾT QUẢ CHỦ YẾU

        ### 1. \(section)

        \(results)

        ## Phần II

        ## KẾ HOẠCH

        ##### a) Các chỉ tiêu \(rule.sections.first ?? "")

        \(plan)
        """
    }
}

/// One indicator of a domain: its key, labels, unit and the rules that find
/// its 2023 value and its next-year target in the store.
public struct Indicator: Sendable {
    /// The key within the plugin's namespace: `tourism.revenue`.
    public var key: String
    public var label: LocalizedText
    /// The unit a value is expected in, for documentation (`tỷ đồng`).
    public var unit: String
    /// The rule for the year's value (Part I).
    public var actual: FindingRule
    /// The rule for next year's target (Part II), if the report sets one.
    public var target: FindingRule?
    public var examples: [IndicatorExample]
    /// Words that name the indicator in a verdict elsewhere (`02 chỉ tiêu không
    /// đạt là tiêu chí về tai nạn giao thông`); by default its phrases.
    public var shortfallPhrases: [String]

    public init(_ key: String, vi: String, en: String, unit: String, actual: FindingRule,
                target: FindingRule? = nil, shortfallPhrases: [String]? = nil, examples: [IndicatorExample] = []) {
        self.key = key
        self.label = LocalizedText(vi: vi, en: en)
        self.unit = unit
        self.actual = actual
        self.target = target
        // A phrase of several words naming the value is specific enough to
        // recognise the indicator in a verdict elsewhere; one word is not.
        self.shortfallPhrases = shortfallPhrases
            ?? (actual.position == .before ? actual.phrases.filter(Self.hasSeveralWords) : [])
        self.examples = examples
    }
}

extension Indicator {
    /// Whether `phrase` has two words or more. On the bytes: splitting a
    /// String on Characters cost more than the rest of registering a plugin.
    static func hasSeveralWords(_ phrase: String) -> Bool {
        var words = 0, inWord = false
        for byte in phrase.utf8 {
            if byte == UInt8(ascii: " ") { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words >= 2
    }
}

/// An indicator computed from others by a query-language expression.
public struct DerivedIndicator: Sendable {
    public var key: String
    public var label: LocalizedText
    /// The expression, in the query language, over the plugin's indicators.
    public var expression: String

    public init(_ key: String, vi: String, en: String, expression: String) {
        self.key = key
        self.label = LocalizedText(vi: vi, en: en)
        self.expression = expression
    }
}
