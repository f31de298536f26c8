import Platform
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Report
import Facts

/// What kind of unit a value must have for a rule to take it.
public enum UnitKind: Hashable, Sendable, CustomStringConvertible {
    case money
    case area
    case length
    case volume
    case mass
    case percent
    /// A count of one of some nouns (`lượt`; `công dân|thanh niên`); an empty noun accepts any count.
    case count(String)
    /// A bare number, such as a ratio written without a unit (`5.902/6.110`).
    case number
    /// Any of several kinds (`number|count:lượt`).
    indirect case anyOf([UnitKind])
    /// An amount of a kind per anything (`rate:money`: `triệu đồng/người/năm`).
    indirect case rate(UnitKind)

    /// Whether the kind is an amount in a measure of its own (money, area,
    /// length, volume, mass, or one of them per something): the unit says
    /// nothing of what is measured, the rule's words do, and they may name a
    /// share of plan as well as the figure (`Thu ngân sách đạt 128,4% dự
    /// toán`). A count's noun (`huy chương`) is what finds it, and a share has none.
    var isMeasure: Bool {
        switch self {
        case .money, .area, .length, .volume, .mass: true
        case .rate(let base): base.isMeasure
        case .anyOf(let kinds): kinds.allSatisfy(\.isMeasure)
        case .percent, .count, .number: false
        }
    }

    /// Whether the kind is a count of things (`vụ`, `doanh nghiệp`), whose
    /// change may be said relative, in percent (`Tội phạm về trật tự xã hội
    /// giảm 11,5%`).
    var isCount: Bool {
        switch self {
        case .count: true
        case .anyOf(let kinds): kinds.allSatisfy(\.isCount)
        default: false
        }
    }

    /// Whether a unit is of this kind.
    public func accepts(_ unit: QuantityUnit) -> Bool { accepts(unit.dimension) }

    /// Whether a dimension is of this kind: this kind's case asks the
    /// dimension's, where switching on the pair of them copied both.
    private func accepts(_ dimension: Dimension) -> Bool {
        switch self {
        case .anyOf(let kinds): return kinds.contains { $0.accepts(dimension) }
        case .money: if case .money = dimension { return true }
        case .area: if case .area = dimension { return true }
        case .length: if case .length = dimension { return true }
        case .volume: if case .volume = dimension { return true }
        case .mass: if case .mass = dimension { return true }
        case .percent: if case .percent = dimension { return true }
        case .number: if case .number = dimension { return true }
        case .count(let nouns):
            if case .count(let found) = dimension { return nouns.isEmpty || nouns == found || Self.alternatives(nouns, include: found) }
        case .rate(let base):
            if case .rate(let per, _) = dimension { return base.accepts(per) }
        }
        return false
    }

    /// Whether a unit is a count in the kind's first noun, the one it counts in
    /// its own right; the nouns after it count the same things another way
    /// (`count:giấy chứng nhận|giấy|hồ sơ|trường hợp`).
    func isOwnNoun(_ unit: QuantityUnit) -> Bool {
        guard case .count(let nouns) = self, case .count(let found) = unit.dimension, !found.isEmpty else { return false }
        return nouns == found || nouns.hasPrefix(found) && nouns.utf8.dropFirst(found.utf8.count).first == UInt8(ascii: "|")
    }

    /// Whether `found` is one of the `|`-separated nouns, compared where
    /// they stand: splitting them into an array at each number was most of a check.
    private static func alternatives(_ nouns: String, include found: String) -> Bool {
        guard !found.isEmpty else { return false }
        var nouns = nouns, found = found
        return nouns.withUTF8 { all in
            found.withUTF8 { target in
                var start = 0
                for end in 0...all.count where end == all.count || all[end] == UInt8(ascii: "|") {
                    if end - start == target.count, memcmp(all.baseAddress! + start, target.baseAddress!, target.count) == 0 { return true }
                    start = end + 1
                }
                return false
            }
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
        case .anyOf(let kinds): kinds.map(\.description).joined(by: " or ")
        case .rate(let base): "\(base) per something"
        }
    }
}

/// Where a rule's names may stand relative to the number they name.
public enum PhrasePosition: Hashable, Sendable {
    /// `Doanh thu du lịch ước đạt 1.234 tỷ đồng`: the name, then (further on in its clause) the number.
    case before
    /// `126 doanh nghiệp thành lập mới`, `03 người chết`: the name right after the number and its unit.
    case after
    /// Either.
    case either
}

/// Which of several matching numbers a rule takes.
public enum Preference: Hashable, Sendable {
    /// The first number the rule finds.
    case first
    /// The first year-end estimate (`ước`) it finds, or failing that the first number.
    case estimate
}

/// How to find one value of an indicator in a report: words, never numbers,
/// so that the rule reads any report of the genre as well as the one it was
/// written for. A number is the indicator's when, in the number's sentence,
/// one of the rule's *names* stands before it in its clause (`Tổng thu từ hoạt
/// động du lịch ước đạt khoảng 640 tỉ đồng`) or right after it (`đã thành lập
/// mới được 126 doanh nghiệp`, `có 18 trường đạt chuẩn quốc gia`), or one of
/// its *verbs* right before it (`đón 2,1 triệu lượt khách`); and its unit is
/// of the rule's kind, its context words are about, and its part of the
/// report is the rule's. Names and verbs are matched as whole words, ignoring
/// case, diacritics and spelling variants (`tỉ`/`tỷ`); `…` in a name stands
/// for a few words (`tổng thu từ … du lịch`).
public struct FindingRule: Hashable, Sendable {
    /// The hash of the parts ``hash(into:)`` hashes, kept as they change: rules are looked up by
    /// value (``CompiledRule/of(_:)``) for each indicator of each report, and hashing their words
    /// each time cost much of an import. First, so that `==` tells most other rules apart by it.
    private var hashKey = 0
    /// Words that name the value (subject words); any one matches.
    public var names: [String] { didSet { rehash() } }
    /// Words that report the value right before its number (`đón`, `thu hồi`, `thành lập mới`).
    public var verbs: [String] { didSet { rehash() } }
    /// Words one of which the sentence, the sentence its footnote hangs on, the
    /// sentence before it or its section must have (`tai nạn giao thông`); empty: any.
    public var context: [String]
    /// Words that, in the number's phrase (between the punctuation or other
    /// numbers around it), mean it is something else.
    public var exclude: [String]
    /// Words that, in the number's phrase, make it a narrower figure of the
    /// same thing (`khu vực nông thôn`: the rural income, a part of the
    /// whole's): it is the value only where the report gives no other.
    public var narrower: [String]
    /// Words of other topics (`cơ cấu` for growth, `hình sự` for traffic deaths):
    /// in a sentence that has one, a number is the rule's only when one of its
    /// context words stands nearer before it than any of these.
    public var unless: [String]
    public var part: ReportPart { didSet { rehash() } }
    public var unit: UnitKind
    public var position: PhrasePosition
    public var preference: Preference
    /// Words the fact's section path must contain (any one), when a name
    /// alone is too common: `["tư pháp"]`. Empty: any section of the part.
    public var sections: [String]
    /// Which of the numbers after a name before them to take: 0 is the first.
    public var nth: Int { didSet { rehash() } }
    /// The names of the shared vocabulary's concepts the rule draws its words from.
    public var concepts: [String]
    /// Whether a change on last year is a value of the rule (`Giá trị sản xuất
    /// … tăng 8,7% so với năm trước`, `… đạt 2.486 tỷ đồng, tăng 7,2%` are the growth).
    public var takesChanges: Bool
    /// Whether a share of plan is a value of the rule, for a rate the report
    /// gives as the share of another figure (`giải ngân 318,2 tỷ đồng, đạt
    /// 77,1% kế hoạch` is the disbursement rate).
    public var takesShares: Bool
    /// Whether a figure the report states as the target of another is a value
    /// of the rule, for an indicator that is itself a plan (`Kế hoạch vốn đầu
    /// tư công là 842,6 tỷ đồng, thực hiện giải ngân 613,2 tỷ đồng`).
    public var takesTargets: Bool
    /// Names of the parts a report may count the value in, in one sentence
    /// (`12 chỉ tiêu vượt kế hoạch, 7 chỉ tiêu đạt kế hoạch` for the targets
    /// met or exceeded): where it does, the value is their sum (``PartsSum``).
    public var parts: [String]
    /// Whether the value is published a year late, as an index of the
    /// administration is (`Chỉ số cải cách hành chính năm 2024 đạt 86,74%` in
    /// a report on 2025): a figure dated alone to the year before the report's is its latest value.
    public var lagged: Bool
    /// Whether the value is published month by month, as the national portal's
    /// index of service is (`Chỉ số phục vụ người dân, doanh nghiệp tháng 8 đạt
    /// 89,4 điểm` in a report on nine months): a month's figure within the
    /// report's period is its latest value, where another is only a part.
    public var monthly: Bool
    /// Whether the rule finds a count to date or its target (`cumulative = true`
    /// in a spec: communes meeting the new-rural standard): a count the plan
    /// adds (`Phấn đấu có thêm 2 xã đạt chuẩn`) is a change on it, not its
    /// level, and a count added yields to a total its sentence raises the count to.
    public var addsToCount: Bool

    public init(_ names: [String], verbs: [String] = [], context: [String] = [], exclude: [String] = [], unless: [String] = [],
                in part: ReportPart = .results, unit: UnitKind, position: PhrasePosition = .either, prefer preference: Preference = .first,
                sections: [String] = [], nth: Int = 0, concepts: [String] = [], takesChanges: Bool = false,
                takesShares: Bool = false, takesTargets: Bool = false, parts: [String] = [], lagged: Bool = false,
                monthly: Bool = false, addsToCount: Bool = false, narrower: [String] = []) {
        self.names = names
        self.verbs = verbs
        self.context = context
        self.exclude = exclude
        self.unless = unless
        self.part = part
        self.unit = unit
        self.position = position
        self.preference = preference
        self.sections = sections
        self.nth = nth
        self.concepts = concepts
        self.takesChanges = takesChanges
        self.takesShares = takesShares
        self.takesTargets = takesTargets
        self.parts = parts
        self.lagged = lagged
        self.monthly = monthly
        self.addsToCount = addsToCount
        self.narrower = narrower
        rehash()
    }

    /// The hash of a few of the rule's parts, kept (``hashKey``). Equal rules still
    /// hash alike; rules that differ elsewhere are told apart by `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(hashKey)
    }

    /// Keeps the hash of the rule's first name and verb, its count of names, part and `nth`.
    private mutating func rehash() {
        var hasher = Hasher()
        hasher.combine(names.count)
        Self.combine(names.first, into: &hasher)
        Self.combine(verbs.first, into: &hasher)
        hasher.combine(part)
        hasher.combine(nth)
        hashKey = hasher.finalize()
    }

    /// A word's bytes in precomposed form: what `String` hashes, without normalising every
    /// time a word with tone marks is hashed, which cost more than the rest of a rule's look-up.
    private static func combine(_ text: String?, into hasher: inout Hasher) {
        guard let text else { return hasher.combine(-1) }
        text.precomposed.withUTF8Bytes { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }

    /// The rule's names: what a rule of earlier specs called its phrases.
    public var phrases: [String] { names }

    /// A human description for docs and `.describe`: `“doanh thu du lịch” … [money] in the results`.
    public var summary: String {
        let quoted = names.map { "“\($0)”" }.joined(by: " or ")
        var text: String
        switch position {
        case .before: text = "\(quoted) … [\(unit)]"
        case .after: text = "[\(unit)] \(quoted)"
        case .either: text = "\(quoted) [\(unit)]"
        }
        if !verbs.isEmpty { text += "; or " + verbs.map { "“\($0)”" }.joined(by: ", ") + " [\(unit)]" }
        text += part == .plan ? " in the plan" : " in the results"
        if !context.isEmpty { text += ", about " + context.map { "“\($0)”" }.joined(by: " or ") }
        if !exclude.isEmpty { text += ", not " + exclude.map { "“\($0)”" }.joined(by: " or ") }
        if !unless.isEmpty { text += ", not where nearer to " + unless.map { "“\($0)”" }.joined(by: " or ") }
        if !narrower.isEmpty { text += ", “" + narrower.joined(by: "” or “") + "” only where nothing else is found" }
        if !sections.isEmpty { text += " (section: " + sections.joined(by: " or ") + ")" }
        if nth > 0 { text += ", number \(nth + 1) after the name" }
        if takesShares { text += ", or its share of plan" }
        if takesTargets { text += ", or a figure stated as another's target" }
        if lagged { text += ", or its figure of the year before (published a year late)" }
        if monthly { text += ", or its figure of a month within the period (published monthly)" }
        if !parts.isEmpty { text += ", or the sum of its parts " + parts.map { "“\($0)”" }.joined(by: " and ") + " in one sentence" }
        if !concepts.isEmpty { text += " (concept" + (concepts.count > 1 ? "s " : " ") + concepts.joined(by: ", ") + ")" }
        return text + (preference == .estimate ? ", year-end estimate" : "")
    }
}
