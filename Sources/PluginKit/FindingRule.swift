import Facts

/// Which part of the report a value comes from: Part I reports the year's
/// results, Part II sets next year's targets.
public enum ReportPart: String, Hashable, Sendable {
    case results = "Phần I"
    case plan = "Phần II"
}

/// What kind of unit a value must have for a rule to take it.
public enum UnitKind: Hashable, Sendable, CustomStringConvertible {
    case money
    case area
    case length
    case volume
    case mass
    case percent
    /// A count of one noun (`lượt`, `hộ`); an empty noun accepts any count.
    case count(String)

    /// Whether a unit is of this kind.
    public func accepts(_ unit: QuantityUnit) -> Bool {
        switch (self, unit.dimension) {
        case (.money, .money), (.area, .area), (.length, .length), (.volume, .volume), (.mass, .mass),
             (.percent, .percent):
            return true
        case (.count(let noun), .count(let found)):
            return noun.isEmpty || noun == found
        default:
            return false
        }
    }

    public var description: String {
        switch self {
        case .money: "money"
        case .area: "area"
        case .length: "length"
        case .volume: "volume"
        case .mass: "mass"
        case .percent: "%"
        case .count(let noun): noun.isEmpty ? "count" : noun
        }
    }
}

/// Where a phrase stands relative to the number it names.
public enum PhrasePosition: Hashable, Sendable {
    /// `Doanh thu du lịch ước đạt 1.234 tỷ đồng`: the phrase, then (further on) the number.
    case before
    /// `66,4 ha rừng`, `350 doanh nghiệp thành lập mới`: the phrase right after the number and its unit.
    case after
}

/// Which of several matching numbers a rule takes.
public enum Preference: Hashable, Sendable {
    /// The first number after the phrase.
    case first
    /// The first year-end estimate (`ước`) after the phrase, or failing that the first number.
    case estimate
}

/// How to find one value of an indicator in the store: words, never numbers,
/// so that the rule reads another year's report as well as this one.
public struct FindingRule: Hashable, Sendable {
    /// Phrases that name the value; any one matches. Written as in the report;
    /// matched ignoring case and diacritics.
    public var phrases: [String]
    public var part: ReportPart
    public var unit: UnitKind
    public var position: PhrasePosition
    public var preference: Preference

    public init(_ phrases: [String], in part: ReportPart = .results, unit: UnitKind,
                position: PhrasePosition = .before, prefer preference: Preference = .first) {
        self.phrases = phrases
        self.part = part
        self.unit = unit
        self.position = position
        self.preference = preference
    }

    /// A human description for docs and `.describe`: `"Doanh thu du lịch" … (money) in Phần I`.
    public var summary: String {
        let quoted = phrases.map { "“\($0)”" }.joined(separator: " or ")
        let where_ = position == .before ? "\(quoted) … [\(unit)]" : "[\(unit)] \(quoted)"
        return "\(where_) in \(part.rawValue)" + (preference == .estimate ? ", year-end estimate" : "")
    }
}
