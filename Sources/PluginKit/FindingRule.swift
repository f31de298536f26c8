import Facts
import Platform

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
    /// A bare number, such as a ratio written without a unit (`5.902/6.110`).
    case number

    /// Whether a unit is of this kind.
    public func accepts(_ unit: QuantityUnit) -> Bool {
        switch (self, unit.dimension) {
        case (.money, .money), (.area, .area), (.length, .length), (.volume, .volume), (.mass, .mass),
             (.percent, .percent):
            return true
        case (.count(let noun), .count(let found)):
            return noun.isEmpty || noun == found
        case (.number, .number):
            return true
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
        case .number: "number"
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
    /// Words the fact's section path must contain (any one), when a phrase
    /// alone is too common: `["tư pháp"]`. Empty: any section of the part.
    public var sections: [String]
    /// Which of the matching numbers after the phrase to take: 0 is the first.
    /// `Hậu quả làm chết 08 người, bị thương 27 người`: the injured are the second.
    public var nth: Int

    public init(_ phrases: [String], in part: ReportPart = .results, unit: UnitKind,
                position: PhrasePosition = .before, prefer preference: Preference = .first,
                sections: [String] = [], nth: Int = 0) {
        self.phrases = phrases
        self.part = part
        self.unit = unit
        self.position = position
        self.preference = preference
        self.sections = sections
        self.nth = nth
    }

    /// A human description for docs and `.describe`: `"Doanh thu du lịch" … (money) in Phần I`.
    public var summary: String {
        let quoted = phrases.map { "“\($0)”" }.joined(by: " or ")
        let where_ = position == .before ? "\(quoted) … [\(unit)]" : "[\(unit)] \(quoted)"
        var text = "\(where_) in \(part.rawValue)"
        if !sections.isEmpty { text += " (section: " + sections.joined(by: " or ") + ")" }
        if nth > 0 { text += ", number \(nth + 1) after the phrase" }
        return text + (preference == .estimate ? ", year-end estimate" : "")
    }
}
