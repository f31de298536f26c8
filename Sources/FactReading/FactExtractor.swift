import FoundationEssentials
import Platform
import Report
import Facts

/// Turns a report document into facts and typed references, paragraph by
/// paragraph and sentence by sentence.
public enum FactExtractor {
    /// The facts and references of `document`; fact ids start at `firstID`.
    /// `foldedSentences` holds each fact's sentence folded for search (the facts
    /// of one sentence share one), made here from the scalars at hand.
    public static func extract(_ document: ReportDocument, firstID: Int = 0)
        -> (facts: [Fact], references: [NumericReference], foldedSentences: [FoldedText]) {
        var facts: [Fact] = []
        var references: [NumericReference] = []
        var foldedSentences: [FoldedText] = []
        // Each section's path built once, from its parent's: many paragraphs share a section.
        var paths = SectionPaths(document)
        // A paragraph's quantities and references, in text order: a sentence's
        // are a slice of them. Emptied for each paragraph but kept allocated.
        var quantities: [ScannedQuantity] = []
        var paragraphReferences: [ScannedReference] = []
        // Decoded paragraph by paragraph into the same storage.
        var decoded = DecodedText()
        var sentenceWords = SentenceWords()
        var sentences: [Range<Int>] = []
        var drafts: [QualifierReader.Draft] = []
        var plainSentences = PlainSentenceReader()
        // How much of the text has been read, for sizing the facts array.
        let textBytes = document.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
        var bytesRead = 0
        // The report's place, folded once for every paragraph's reader.
        let reportPlace = document.header.place.map { FoldedText(folding: $0).bytes }
        let reportPlaceKind = document.header.placeKind.map { Array($0.lowercased().unicodeScalars) }
        for paragraph in document.paragraphs {
            bytesRead += paragraph.text.utf8.count
            // Without a digit a paragraph holds no number and no footnote mark, unless
            // in words: such a paragraph is skipped without being decoded.
            let (hasDigit, numberWords) = paragraph.text.withUTF8Bytes { ($0.containsASCIIDigit, NumberScanner.numberWordsIn($0)) }
            guard hasDigit || !numberWords.isEmpty else { continue }
            decoded.decode(paragraph.text)
            let scalars = decoded.scalars
            NumberScanner.scan(scalars, marks: decoded.marks, numberWords: numberWords,
                               quantities: &quantities, references: &paragraphReferences)
            guard !quantities.isEmpty || !paragraphReferences.isEmpty else { continue }
            let section = document.effectiveSection(of: paragraph)
            let sectionPath = paths.path(of: section)
            // Shared by the paragraph's facts; made for the first of them.
            var place: ParagraphPlace?
            let part = document.part(of: paragraph)
            let reader = QualifierReader(decoded, reportYear: document.header.year, sectionPath: sectionPath,
                                         reportPeriod: document.header.period, reportPlace: reportPlace,
                                         reportPlaceKind: reportPlaceKind, inResults: part == .results)
            let locator = Paragraph.Locator(paragraph, byteOffsets: decoded.byteOffsets)
            // Numbers come in text order and sentences do not overlap: one cursor per list serves them all.
            var nextQuantity = 0, nextReference = 0
            SentenceSplitter.sentences(scalars, folded: decoded.folded, marks: decoded.marks, into: &sentences)
            for sentence in sentences {
                let sentenceQuantities = run(of: quantities, in: sentence, from: &nextQuantity) { $0.start }
                let sentenceReferences = run(of: paragraphReferences, in: sentence, from: &nextReference) { $0.start }
                let firstQuantity = sentenceQuantities.startIndex
                for r in sentenceReferences {
                    references.append(NumericReference(kind: r.kind, text: locator.text(r.start..<r.end),
                                                       report: document.name,
                                                       paragraph: paragraph.id,
                                                       location: locator.location(of: r.start)))
                }
                guard !sentenceQuantities.isEmpty else { continue }
                // A text without markup stands in the paragraph as it is kept; one with it, as written, rewritten when read.
                func span(_ plain: Range<Int>?, written: Range<Int>) -> TextSpan {
                    TextSpan(bytes: locator.byteRange(plain ?? written), hasMarkup: plain == nil)
                }
                let plainSentence = plainSentences.read(sentence, of: decoded, footnote: paragraph.footnote)
                let sentenceScalars = plainSentence.scalars, folded = plainSentence.folded
                let sentenceSpan = span(plainSentence.verbatim, written: sentence)
                reader.read(sentence: sentence, quantities: sentenceQuantities, references: sentenceReferences,
                            words: &sentenceWords, into: &drafts)
                makeRoom(in: &facts, for: drafts.count, read: bytesRead, of: textBytes)
                let base = firstID + facts.count
                // Only a sentence with a comparison has qualifiers naming a fact to rebase (a comparison fact's, or one
                // naming a primary: a total raised names the figure added, a figure unchanged itself); the others'
                // qualifier arrays are kept as they are, not copied.
                let comparing = drafts.contains { $0.role != .primary || $0.qualifiers.contains(where: \.isComparison) }
                var searchFrom = 0
                let shared = place ?? ParagraphPlace(report: document.name, sectionPath: sectionPath, section: section,
                                                     footnote: paragraph.footnote, paragraph: paragraph.id,
                                                     referrerLocation: paragraph.referrer.map { document.paragraphs[$0].location },
                                                     part: part,
                                                     referrerSentence: document.referringSentence(of: paragraph),
                                                     text: paragraph.text)
                place = shared
                // By index: a draft copied out of the array retained its qualifiers once more.
                for index in drafts.indices {
                    foldedSentences.append(folded)
                    let q = firstQuantity + index
                    // A level below zero is written with its minus (`-1,2%`).
                    let signed = drafts[index].falls && drafts[index].role == .primary && quantities[q].start > 0
                        && ScalarText.isMinus(scalars[quantities[q].start - 1])
                    let writtenRange = (signed ? quantities[q].start - 1 : quantities[q].start)..<quantities[q].end
                    let plainNumber = plainText(decoded, writtenRange)
                    let writtenScalars = plainNumber.scalars
                    let written = span(plainNumber.verbatim, written: writtenRange)
                    var offset = 0
                    if let sentenceRange = plainSentence.verbatim, let numberRange = plainNumber.verbatim,
                       sentenceRange.contains(numberRange.lowerBound) {
                        // Both cut from the paragraph as written: the number stands where it was scanned.
                        offset = numberRange.lowerBound - sentenceRange.lowerBound
                        searchFrom = offset + writtenScalars.count
                    } else if let found = TextFolding.firstIndex(of: writtenScalars, in: sentenceScalars, from: searchFrom) {
                        offset = found
                        searchFrom = found + writtenScalars.count
                    }
                    facts.append(Fact(
                        id: firstID + facts.count, place: shared,
                        quantity: Quantity(drafts[index].falls ? -quantities[q].value : quantities[q].value, quantities[q].unit),
                        upper: quantities[q].upper, denominator: quantities[q].denominator,
                        text: written,
                        qualifiers: comparing ? drafts[index].qualifiers.map { rebase($0, by: base) } : drafts[index].qualifiers,
                        role: drafts[index].role, qualifies: drafts[index].qualifies.map { $0 + base },
                        sentence: sentenceSpan, sentenceOffset: offset,
                        location: locator.location(of: quantities[q].start)))
                }
            }
        }
        return (facts, references, foldedSentences)
    }

    /// The items (in text order, each starting at `start`) that start within
    /// `sentence`, from `cursor` on; `cursor` is moved past them. A slice, read
    /// in place: a copy of a quantity would retain its unit and its approximating word.
    @inline(__always)
    private static func run<Item>(of items: [Item], in sentence: Range<Int>, from cursor: inout Int,
                                  start: (Item) -> Int) -> ArraySlice<Item> {
        while cursor < items.count, start(items[cursor]) < sentence.lowerBound { cursor += 1 }
        let first = cursor
        while cursor < items.count, start(items[cursor]) < sentence.upperBound { cursor += 1 }
        return items[first..<cursor]
    }

    /// Makes room for `count` more facts. A full array is sized for the facts
    /// found so far scaled up to the whole text (`read` of `total` bytes), and an
    /// eighth more, where growing it by doubling would copy every fact several
    /// times over and touch far more memory than they need. Each step grows it at least by a
    /// quarter, so that growth stays linear, and to at most sixteen times the
    /// facts found, so that a text whose numbers all come first cannot make it
    /// reserve room for millions it will never hold (room it does not fill
    /// costs address space, not memory).
    static func makeRoom<Element>(in facts: inout [Element], for count: Int, read: Int, of total: Int) {
        let needed = facts.count + count
        guard needed > facts.capacity else { return }
        let (scaled, overflow) = needed.multipliedReportingOverflow(by: total)
        let projected = read > 0 && !overflow ? scaled / read : needed
        let least = needed + needed / 4 + 16
        facts.reserveCapacity(max(least, min(projected + projected / 8, needed * 16)))
    }

    /// Comparison qualifiers name facts by their index in the sentence: make them store ids.
    private static func rebase(_ qualifier: Qualifier, by base: Int) -> Qualifier {
        if case .comparison(let kind, let value, let upper, let unit, let fact) = qualifier {
            return .comparison(kind, value: value, upper: upper, unit: unit, fact: fact + base)
        }
        return qualifier
    }

    /// A number's text (a range of the paragraph) as plain text, as scalars.
    /// `verbatim` is where the text stands in `scalars` when it is a slice of
    /// them (no markup to rewrite). The slice's indices are those of
    /// `scalars`, or of the rewritten text.
    private static func plainText(_ text: DecodedText, _ range: Range<Int>) -> (scalars: ArraySlice<Unicode.Scalar>, verbatim: Range<Int>?) {
        let source = text.scalars[range.lowerBound..<min(range.upperBound, text.scalars.count)]
        let hasMarkup = text.hasMarkup(in: source.indices)
        let plain = InlineMarkup.plainScalars(source, hasMarkup: hasMarkup)
        // Without markup, `plainScalars` returns a slice of `scalars` itself, at its offsets.
        return (plain, hasMarkup ? nil : plain.startIndex..<plain.endIndex)
    }
}
