import Testing
@testable import Platform
@testable import Report
@testable import Facts
@testable import FactReading
@testable import FactCache
import Query
import Foundation

@Suite("How a fact is stored")
struct FactStorageTests {
    static let store = FactStore(documents: [ReportReader.read(text: """
        ## 1. Kinh tế
        Tăng trưởng đạt 10-11%. Có 1.480/1.530 học sinh đạt chuẩn và 12 tỷ đồng vốn.

        Thu ngân sách 1.234 tỷ đồng<sup>2</sup>.

        <sup>2</sup> Trong đó thu tiền sử dụng đất 567 tỷ đồng.
        """, name: "bao-cao-thu")])

    @Test("the facts of one paragraph share one place; other paragraphs have their own")
    func sharedPlace() throws {
        let facts = Self.store.facts
        let first = facts.filter { $0.paragraph == facts[0].paragraph }
        #expect(first.count == 3)
        #expect(first.allSatisfy { $0.place === first[0].place })
        let others = facts.filter { $0.paragraph != facts[0].paragraph }
        #expect(others.count == 2)
        #expect(others.allSatisfy { $0.place !== first[0].place })
        let footnoted = try #require(facts.first { $0.footnote == 2 })
        #expect(footnoted.report == "bao-cao-thu" && footnoted.sectionPath == facts[0].sectionPath, "\(footnoted.sectionPath)")
        #expect(footnoted.referrerLocation?.line == 4)
    }

    @Test("a range's upper bound and a ratio's whole are kept; other facts hold neither")
    func bounds() {
        let byText = Dictionary(Self.store.facts.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["10-11%"]?.upper == 11 && byText["10-11%"]?.denominator == nil)
        #expect(byText["1.480/1.530 học sinh"]?.denominator == 1530 && byText["1.480/1.530 học sinh"]?.upper == nil)
        #expect(byText["12 tỷ đồng"]?.upper == nil && byText["12 tỷ đồng"]?.denominator == nil)
    }

    @Test("a fact is one reference: copying one copies no fields")
    func size() {
        // 272 bytes before the paragraph's place and the bounds were held
        // apart, 136 before its text and sentence became spans, 120 before
        // its fields were held in one object.
        #expect(MemoryLayout<Fact>.stride == MemoryLayout<AnyObject>.stride)
    }

    @Test("a fact's text and sentence are read from its paragraph, markup rewritten as they are read")
    func spans() throws {
        let store = FactStore(documents: [ReportReader.read(text: """
            Diện tích **đất** 62.609,4m<sup>2</sup>, vốn 12 tỷ đồng<sup>3</sup>. Thu 5 tỷ đồng.

            <sup>3</sup> Trong đó 7 tỷ đồng.
            """, name: "bao-cao-thu")])
        let texts = store.facts.map(\.text), sentences = store.facts.map(\.sentence)
        #expect(texts == ["62.609,4m²", "12 tỷ đồng", "5 tỷ đồng", "7 tỷ đồng"])
        #expect(sentences[0] == sentences[1] && !sentences[0].contains("<") && !sentences[0].contains("**"), "\(sentences[0])")
        #expect(sentences[2] == "Thu 5 tỷ đồng.")
        #expect(sentences[3] == "Trong đó 7 tỷ đồng.", "a footnote's own mark is dropped")
        // The facts of one sentence are one sentence to the store; the next is another.
        #expect(FactStore.sharesSentence(store.facts, 1) && !FactStore.sharesSentence(store.facts, 2))
        #expect(store.sentenceStarts() == [0, 2, 3])
        // Two sentences of one paragraph that read alike are two sentences, in the cache too.
        let twice = FactStore(documents: [ReportReader.read(text: "Thu 5 tỷ đồng<sup>1</sup>. Thu 5 tỷ đồng<sup>1</sup>.\n",
                                                             name: "hai-cau")])
        #expect(twice.count == 2 && twice.facts[0].sentence == twice.facts[1].sentence)
        #expect(twice.sentenceStarts() == [0, 1])
        #expect(try FactCache.decode(FactCache.encode(twice), name: "hai-cau").sentenceStarts() == [0, 1])
        // A fact read from the cache holds its strings itself, and equals the fact extracted.
        let cached = try FactCache.decode(FactCache.encode(store), name: "bao-cao-thu")
        #expect(cached.facts == store.facts)
        #expect(cached.facts.map(\.sentence) == sentences && cached.facts.map(\.text) == texts)
    }
}
