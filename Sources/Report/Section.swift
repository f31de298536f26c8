import Platform

/// How a heading is numbered; its rank orders the levels of the section tree.
public enum SectionNumbering: Hashable, Sendable {
    /// `Phần I`, `Phần II` (also `PHẦN THỨ NHẤT`, read as `Phần I`).
    case part(String)
    /// `A.`, `B.`: a report parted by capital letters.
    case lettered(String)
    /// `I.`, `II.`, `III.`
    case roman(String)
    /// `1.`, `2.`
    case arabic(Int)
    /// `\*` — an unnumbered sub-heading such as "\* Dự kiến một số chỉ tiêu chủ yếu".
    case star
    /// `2.1.` — a numbered sub-point under an arabic section.
    case dotted(Int, Int)
    /// `2.1.3.` — a point under a dotted one. Boxed: few reports number so
    /// deep, and three numbers inline would widen every numbering copied.
    indirect case subDotted(Int, Int, Int)
    /// `a)` … `e)`, including `đ)`: under whichever numbered section is open, `2.1.` or `2.1.3.` too.
    case letter(String)
    /// `Điều 1.`, `Điều 2:`: an article of a council's resolution, ranked as a Roman section.
    case article(Int)
    /// A markdown heading with no number (`## NHIỆM VỤ, GIẢI PHÁP NĂM 2026`), as a word processor's
    /// numbered headings lose their numbers on the way to markdown: ranked by its `#`s.
    case unnumbered(level: Int)
    /// A list item's label over the items under it (`- Tai nạn giao thông:` over `+` items), by the
    /// depth of its mark (`*` 1, `-` 2): the deepest, and open only while its items last
    /// (``DocumentBuilder/openListLabel(over:)``).
    case listLabel(depth: Int)

    /// Depth in the tree: a heading closes every open section of equal or deeper rank.
    /// Capital letters part a report, or a part: `PHẦN I. KẾT QUẢ …` over `A. LĨNH VỰC KINH TẾ`.
    public var rank: Int {
        switch self {
        case .part: 0
        case .lettered: 1
        case .roman, .article: 2
        case .arabic: 3
        case .star: 4
        case .dotted: 5
        case .subDotted: 6
        case .letter: 7
        // `#` a part, `##` a Roman section, `###` an Arabic one, deeper a point.
        case .unnumbered(let level): level <= 1 ? 0 : level == 2 ? 2 : level == 3 ? 3 : 5
        case .listLabel(let depth): 7 + depth
        }
    }

    /// The letters of a list's points (``letter(_:)``) in their order, as the genre letters them: the
    /// Vietnamese alphabet's, `a` to `h` with `đ` after `d` and no `f`.
    static let pointLetters = ["a", "b", "c", "d", "đ", "e", "g", "h"]

    /// Whether the numbering parts a report when no part stands over it: `Phần I`, `A.`.
    public var isPart: Bool {
        switch self {
        case .part, .lettered: true
        default: false
        }
    }

    /// The depth of a list label's mark (``listLabel(depth:)``); 0 for any other section.
    public var listDepth: Int {
        if case .listLabel(let depth) = self { depth } else { 0 }
    }

    /// Whether the section has no number, only its title: a markdown heading's or a list item's label.
    public var isUnnumbered: Bool {
        switch self {
        case .unnumbered, .listLabel: true
        default: false
        }
    }

    /// The number as the report writes it, for section paths: `Phần I`, `II`, `1`, `2.1`, `a)`.
    public var label: String {
        // Concatenated, not interpolated: every fact's section path is made of them.
        switch self {
        case .part(let n): "Phần " + n
        case .lettered(let letter): letter
        case .roman(let n): n
        case .article(let n): "Điều " + String(n)
        case .arabic(let n): String(n)
        case .star: "*"
        case .dotted(let a, let b): String(a) + "." + String(b)
        case .subDotted(let a, let b, let c): String(a) + "." + String(b) + "." + String(c)
        case .letter(let l): l + ")"
        case .unnumbered, .listLabel: ""
        }
    }
}

/// A heading of the report and its place in the section tree.
public struct Section: Hashable, Sendable, Identifiable {
    public var id: Int
    public var numbering: SectionNumbering
    public var title: String
    /// The enclosing section, nil for a top-level part.
    public var parent: Int?
    public var location: SourceLocation
    /// What the section is about — results, their assessment, the plan — by its
    /// own heading's words or, if they say nothing, its parent's; nil if no heading says.
    public var meaning: SectionMeaning?

    public init(id: Int, numbering: SectionNumbering, title: String, parent: Int?, location: SourceLocation,
                meaning: SectionMeaning? = nil) {
        self.id = id
        self.numbering = numbering
        self.title = title
        self.parent = parent
        self.location = location
        self.meaning = meaning
    }

    /// The part of the report the section is in (results unless it is about the plan).
    public var part: ReportPart { meaning?.part ?? .results }

    /// `a) Hoạt động thương mại - du lịch - dịch vụ`.
    public var heading: String {
        if numbering.isUnnumbered { return title }
        return title.isEmpty ? numbering.label : numbering.label + " " + title
    }

    /// What stands for the section in its children's paths: its number (`II`, `1`), or its title where it has none.
    public var pathLabel: String {
        if numbering.isUnnumbered { return title }
        return numbering.label
    }
}
