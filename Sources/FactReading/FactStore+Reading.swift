import Platform
import Report
import Facts

extension FactStore {
    /// The store of documents already read: every number of each read into facts.
    public convenience init(documents: [ReportDocument]) {
        var reports: [LoadedReport] = []
        var facts: [Fact] = []
        var references: [NumericReference] = []
        var folded: [FoldedText] = []
        for document in documents {
            let (found, refs, foldedSentences) = FactExtractor.extract(document, firstID: facts.count)
            reports.append(LoadedReport(name: document.name, document: document, factIDs: facts.count..<(facts.count + found.count)))
            // The first report's arrays are taken as they are: appending copies every fact.
            if facts.isEmpty { facts = found } else { facts += found }
            if references.isEmpty { references = refs } else { references += refs }
            if folded.isEmpty { folded = foldedSentences } else { folded += foldedSentences }
        }
        self.init(reports: reports, facts: facts, references: references, foldedSentences: folded)
    }
}
