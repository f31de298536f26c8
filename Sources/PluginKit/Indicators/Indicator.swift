import Platform

/// One indicator of a domain: its key, labels, unit and the rules that find
/// its value for the year reported on and its target for the year planned.
public struct Indicator: Sendable {
    /// The key within the plugin's namespace: `tourism.revenue`.
    public var key: String
    public var label: LocalizedText
    /// The unit a value is expected in, for documentation (`tỷ đồng`).
    public var unit: String
    /// What the indicator is, in a sentence or two, when the spec says.
    public var description: String?
    /// The rule for the year's value (the results part of a report).
    public var actual: FindingRule
    /// The rule for next year's target (the plan part), if reports set one.
    public var target: FindingRule?
    /// Invented sentences and what the rules must read from them: documentation and test at once.
    public var examples: [IndicatorExample]
    /// Words that name the indicator in a verdict elsewhere (`02 chỉ tiêu không
    /// đạt là tiêu chí về tai nạn giao thông`); by default its phrases of several words.
    public var shortfallPhrases: [String]
    /// Whether less is better (`better = "lower"`: the poverty rate, traffic
    /// accidents): a value under its target reaches it.
    public var lowerIsBetter: Bool
    /// Whether a value has a status against a plan (`status = false`: the
    /// words of meeting or missing a plan are what the indicator counts, as in
    /// `02 chỉ tiêu không đạt`, not a verdict on its value).
    public var hasStatus: Bool
    /// Whether a change on last year said with no figure of the indicator's is
    /// its answer (`change_alone = false`: the output's change in percent,
    /// `GTSX tăng 7,4%`, is the growth, another indicator's value).
    public var takesChangeAlone: Bool
    /// Whether a share of plan said with no figure of the indicator's is its
    /// answer (`Thu ngân sách đạt 128,4% dự toán`): by default an amount's (money,
    /// area …), whose words name what is measured; not a count's, whose noun is
    /// what finds it and a share has none, unless its words name it alone
    /// (`share_alone = true`: `Giao quân đạt 100% chỉ tiêu` is the recruits').
    public var takesShareAlone: Bool
    /// Whether the number after a figure's slash is the quota it was set (`quota = true`: `Giao 12/12 thanh niên
    /// nhập ngũ, đạt 100%`, the recruits handed over of those the district asked for): its plan, where for other
    /// counts it is more often the whole the figure is part of (`9/13 xã`).
    public var slashIsQuota: Bool
    public init(_ key: String, label: LocalizedText, unit: String, description: String? = nil, actual: FindingRule,
                target: FindingRule? = nil, shortfallPhrases: [String]? = nil, lowerIsBetter: Bool = false,
                hasStatus: Bool = true, takesChangeAlone: Bool = true, takesShareAlone: Bool? = nil, slashIsQuota: Bool = false,
                examples: [IndicatorExample] = []) {
        self.key = key
        self.label = label
        self.unit = unit
        self.description = description
        self.actual = actual
        self.target = target
        // A phrase of several words naming the value is specific enough to
        // recognise the indicator in a verdict elsewhere, and so is an
        // abbreviation (`BHYT`: `01 chỉ tiêu không đạt là tỷ lệ tham gia BHYT`);
        // another one word is not, nor one that needs its sentence's label (`du lịch: doanh thu`).
        self.shortfallPhrases = shortfallPhrases
            ?? (actual.position != .after ? actual.names.filter {
                (Self.hasSeveralWords($0) || Self.isAbbreviation($0)) && !$0.contains(":")
            } : [])
        self.lowerIsBetter = lowerIsBetter
        self.hasStatus = hasStatus
        self.takesChangeAlone = takesChangeAlone
        self.takesShareAlone = takesShareAlone ?? actual.unit.isMeasure
        self.slashIsQuota = slashIsQuota
        self.examples = examples
    }

    /// Whether `phrase` has two words or more.
    static func hasSeveralWords(_ phrase: String) -> Bool {
        phrase.split(separator: " ").count >= 2
    }

    /// Whether `phrase` is an abbreviation: three capitals or more and nothing else (`BHYT`, `TNGT`, `GRDP`).
    static func isAbbreviation(_ phrase: String) -> Bool {
        phrase.unicodeScalars.count >= 3 && phrase.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || $0 == "Đ" }
    }
}

extension Indicator {
    /// A shortfall phrase folded, and its first word: once for every report it
    /// is looked for in (an import asks in each, from every core).
    static func folded(shortfallPhrase phrase: String) -> (bytes: [UInt8], first: FoldedWord?) {
        // Keyed by the phrase's bytes: a `String` key normalises Vietnamese text at every look-up.
        foldedShortfallPhrases.value(for: TextKey(phrase)) {
            let folded = FoldedText(folding: phrase)
            return (folded.bytes, folded.words(includingDigits: true).first)
        }
    }

    private static let foldedShortfallPhrases = Memo<TextKey, (bytes: [UInt8], first: FoldedWord?)>()
}
