import FoundationEssentials
import Platform
import Report

/// What a fact is to the sentence it stands in.
public enum FactRole: Hashable, Sendable {
    /// A quantity the sentence reports.
    case primary
    /// A number that compares another fact with its plan, estimate or last year.
    case comparison(ComparisonKind)

    /// Whether the number is a share of a plan or estimate, or the excess over one.
    public var isPlanShare: Bool {
        if case .comparison(let kind) = self { return kind.isPlanShare }
        return false
    }

    /// Whether the number is a change (on last year, the period before or an earlier year).
    public var isChange: Bool {
        if case .comparison(let kind) = self { return kind.isChange }
        return false
    }
}

/// One quantity of a report, exactly as the report gives it, with everything
/// needed to show where it came from.
///
/// A store holds hundreds of facts a report, and a corpus millions, and
/// every reading copies them (filtered, grouped, bound to indicators): a fact
/// is one reference to what it holds, which nothing changes once made, so a
/// copy is one count of references where a copy of its fields was one for
/// each it shares (unit, qualifiers, place). What every fact of a paragraph
/// has in common (report, section, footnote) is one ``ParagraphPlace`` for
/// all of them. The fact's text and sentence are where they stand in the
/// paragraph's text (``TextSpan``), read from it when asked, not copies of it.
///
/// Facts are equal when everything they show is: a fact read from the cache
/// holds its strings itself and equals the same fact extracted.
public struct Fact: Hashable, Sendable, Identifiable {
    /// What the fact holds, made once and never changed.
    private final class Storage: Sendable {
        let id: Int
        let quantity: Quantity
        let qualifiers: [Qualifier]
        let sentenceOffset: Int
        let location: SourceLocation
        let place: ParagraphPlace
        let upper: Decimal?
        let denominator: Decimal?
        let qualifies: Int?
        let role: FactRole
        let textSpan: TextSpan
        let sentenceSpan: TextSpan

        init(id: Int, quantity: Quantity, qualifiers: [Qualifier], sentenceOffset: Int, location: SourceLocation,
             place: ParagraphPlace, upper: Decimal?, denominator: Decimal?, qualifies: Int?, role: FactRole,
             textSpan: TextSpan, sentenceSpan: TextSpan) {
            self.id = id
            self.quantity = quantity
            self.qualifiers = qualifiers
            self.sentenceOffset = sentenceOffset
            self.location = location
            self.place = place
            self.upper = upper
            self.denominator = denominator
            self.qualifies = qualifies
            self.role = role
            self.textSpan = textSpan
            self.sentenceSpan = sentenceSpan
        }
    }

    private let storage: Storage

    /// The fact's number in the store: unique across the loaded reports.
    public var id: Int { storage.id }
    public var quantity: Quantity { storage.quantity }
    public var qualifiers: [Qualifier] { storage.qualifiers }
    /// Where the number starts in `sentence`, in Unicode scalars.
    public var sentenceOffset: Int { storage.sentenceOffset }
    public var location: SourceLocation { storage.location }
    /// The report, section and footnote, shared with the paragraph's other facts.
    public var place: ParagraphPlace { storage.place }
    /// For a comparison: the fact it qualifies.
    public var qualifies: Int? { storage.qualifies }
    public var role: FactRole { storage.role }
    /// Where the number and its unit, and the sentence, stand in the
    /// paragraph: see ``text`` and ``sentence``.
    private var textSpan: TextSpan { storage.textSpan }
    private var sentenceSpan: TextSpan { storage.sentenceSpan }

    /// A fact that shares `place` with the other facts of its paragraph; its
    /// text and sentence stand in the place's text.
    public init(id: Int, place: ParagraphPlace, quantity: Quantity, upper: Decimal?, denominator: Decimal?,
         text: TextSpan, qualifiers: [Qualifier], role: FactRole, qualifies: Int?,
         sentence: TextSpan, sentenceOffset: Int, location: SourceLocation) {
        storage = Storage(id: id, quantity: quantity, qualifiers: qualifiers, sentenceOffset: sentenceOffset,
                          location: location, place: place, upper: upper, denominator: denominator,
                          qualifies: qualifies, role: role, textSpan: text, sentenceSpan: sentence)
    }

    /// A fact with a place of its own, whose text is the fact's sentence
    /// followed by its text: each is a span of it, with no markup to rewrite.
    public init(id: Int, report: String, quantity: Quantity, upper: Decimal?, denominator: Decimal?,
                text: String, qualifiers: [Qualifier], role: FactRole, qualifies: Int?,
                sentence: String, sentenceOffset: Int, sectionPath: String, section: Int?, footnote: Int?,
                paragraph: Int, referrerLocation: SourceLocation?, part: ReportPart = .results, referrerSentence: String? = nil,
                location: SourceLocation) {
        let sentenceBytes = sentence.utf8.count
        self.init(id: id, place: ParagraphPlace(report: report, sectionPath: sectionPath, section: section, footnote: footnote,
                                                paragraph: paragraph, referrerLocation: referrerLocation, part: part,
                                                referrerSentence: referrerSentence, text: Substring(sentence + text)),
                  quantity: quantity, upper: upper, denominator: denominator,
                  text: TextSpan(bytes: sentenceBytes..<(sentenceBytes + text.utf8.count), hasMarkup: false),
                  qualifiers: qualifiers, role: role, qualifies: qualifies,
                  sentence: TextSpan(bytes: 0..<sentenceBytes, hasMarkup: false), sentenceOffset: sentenceOffset,
                  location: location)
    }

    /// The same fact with another quantity and upper bound, in the same place
    /// and sentence: a target restated with its direction (`Giảm … 5%` is −5%).
    public func restated(_ quantity: Quantity, upper: Decimal?, role: FactRole? = nil) -> Fact {
        Fact(id: id, place: place, quantity: quantity, upper: upper, denominator: denominator, text: textSpan,
             qualifiers: qualifiers, role: role ?? self.role, qualifies: qualifies, sentence: sentenceSpan,
             sentenceOffset: sentenceOffset, location: location)
    }

    /// The same fact with one more qualifier.
    public func adding(_ qualifier: Qualifier) -> Fact {
        Fact(id: id, place: place, quantity: quantity, upper: upper, denominator: denominator, text: textSpan,
             qualifiers: qualifiers + [qualifier], role: role, qualifies: qualifies, sentence: sentenceSpan,
             sentenceOffset: sentenceOffset, location: location)
    }

    /// The same fact without the report's verdict (`đạt kế hoạch`, `không
    /// đạt`), for a value whose verdict words are what it counts.
    public func withoutVerdict() -> Fact {
        Fact(id: id, place: place, quantity: quantity, upper: upper, denominator: denominator, text: textSpan,
             qualifiers: qualifiers.filter { if case .status = $0 { false } else { true } }, role: role, qualifies: qualifies,
             sentence: sentenceSpan, sentenceOffset: sentenceOffset, location: location)
    }

    /// The number and unit as written (`1.234 tỉ đồng`).
    public var text: String { textSpan.numberText(in: place.text) }
    /// The sentence, as plain text.
    public var sentence: String { sentenceSpan.sentence(in: place.text, footnote: place.footnote) }

    /// Calls `body` with the sentence's UTF-8 bytes, read in place, where reading
    /// it rewrites no markup (nearly every sentence); nil where it does.
    public func withSentenceUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard !sentenceSpan.hasMarkup else { return nil }
        return sentenceSpan.withUTF8Bytes(in: place.text, body)
    }

    /// Whether `other` stands in the same sentence: for facts that share a
    /// place (an ingest's facts of one paragraph), the same span of it (two
    /// sentences alike are two sentences); for others, the same text,
    /// compared where the bytes lie when neither holds markup. A store asks
    /// this of every fact, to group them by sentence and to write the cache,
    /// so it reads no sentence it need not.
    public func hasSameSentence(as other: Fact) -> Bool {
        if place === other.place { return sentenceSpan == other.sentenceSpan }
        guard !sentenceSpan.hasMarkup, !other.sentenceSpan.hasMarkup else { return sentence == other.sentence }
        return sentenceSpan.withUTF8Bytes(in: place.text) { mine in
            other.sentenceSpan.withUTF8Bytes(in: other.place.text) { mine.elementsEqual($0) }
        }
    }

    public static func == (left: Fact, right: Fact) -> Bool {
        if left.storage === right.storage { return true }
        return left.id == right.id && left.quantity == right.quantity && left.upper == right.upper
            && left.denominator == right.denominator
            && left.qualifiers == right.qualifiers && left.role == right.role && left.qualifies == right.qualifies
            && left.sentenceOffset == right.sentenceOffset && left.location == right.location && left.place == right.place
            && left.text == right.text && left.sentence == right.sentence
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(quantity)
        hasher.combine(location)
    }

    /// The report's name (`842-BC-UBND-2025`).
    public var report: String { place.report }
    /// The upper bound of a range (`11-12%`, `1.800 đến 2.000 người`).
    public var upper: Decimal? { storage.upper }
    /// The whole of a ratio (`1.480/1.530 HS` → 1.530).
    public var denominator: Decimal? { storage.denominator }
    /// `Phần I › II › 1 › a) Hoạt động thương mại - du lịch - dịch vụ`.
    public var sectionPath: String { place.sectionPath }
    /// The section's index in its report, nil before the first heading.
    public var section: Int? { place.section }
    /// The footnote the fact was found in, if any.
    public var footnote: Int? { place.footnote }
    /// The paragraph the fact was found in (index into the report's paragraphs).
    public var paragraph: Int { place.paragraph }
    /// For a fact in a footnote: where the paragraph that refers to the footnote starts.
    public var referrerLocation: SourceLocation? { place.referrerLocation }
    /// The part of the report the fact is in: results or plan.
    public var part: ReportPart { place.part }
    /// For a fact in a footnote: the sentence that refers to the footnote.
    public var referrerSentence: String? { place.referrerSentence }

    public var value: Decimal { storage.quantity.value }
    public var unit: QuantityUnit { storage.quantity.unit }

    /// Whether any qualifier is an estimate.
    public var isEstimate: Bool { qualifiers.contains(.estimate) }
    /// The place the figure is of when its phrase names one that is not the report's (`xã Chiềng Châu`).
    public var otherPlace: String? {
        for case .ofPlace(let place) in qualifiers { return place }
        return nil
    }

    /// The value of this fact's comparison of `kind`, if the sentence gives one.
    public func comparison(_ kind: ComparisonKind) -> (value: Decimal, unit: QuantityUnit, fact: Int)? {
        for case .comparison(let k, let value, _, let unit, let fact) in qualifiers where k == kind {
            return (value, unit, fact)
        }
        return nil
    }

    /// The report's own verdict on the fact against its plan, if it gives one.
    public var status: PlanStatus? {
        for case .status(let status) in qualifiers { return status }
        return nil
    }
}

/// A number of the report that is not a quantity: a date, a year, a document
/// number, a footnote mark or digits in a name — or one baocao could not place.
public struct NumericReference: Hashable, Sendable {
    public var kind: ReferenceKind
    public var text: String
    public var report: String
    public var paragraph: Int
    public var location: SourceLocation

    public init(kind: ReferenceKind, text: String, report: String, paragraph: Int, location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.report = report
        self.paragraph = paragraph
        self.location = location
    }
}
