import Foundation
import Platform
import Report
import Facts
import FactReading

// Ingestion benchmark: reads the embedded report into a fact store many
// times and prints the median; then ingests synthetic corpora made of N
// copies of the report (numbers varied) and prints MB/s and facts.
// Usage: baocao-ingest-bench [repeats] [copies…]   (repeats 0: corpora only;
//        run one corpus size per process to read its peak memory)
//        baocao-ingest-bench --dump REPORT…   (every fact and reference, one per
//        line, and each report's document: diff two builds' dumps to check that
//        a change to ingestion changed no output)

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

if CommandLine.arguments.dropFirst().first == "--dump" {
    for path in CommandLine.arguments.dropFirst(2) {
        guard let document = try? ReportReader.read(path: path) else {
            FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
            exit(1)
        }
        for section in document.sections { print(section) }
        for paragraph in document.paragraphs { print(paragraph) }
        let store = FactStore(documents: [document])
        // Field by field, so that the dump does not depend on how a fact stores them.
        for fact in store.facts {
            print(fact.id, fact.report, fact.quantity, String(describing: fact.upper), String(describing: fact.denominator),
                  fact.text, fact.qualifiers, fact.role, String(describing: fact.qualifies), fact.sentence, fact.sentenceOffset,
                  fact.sectionPath, String(describing: fact.section), String(describing: fact.footnote), fact.paragraph,
                  String(describing: fact.referrerLocation), fact.location, separator: " | ")
        }
        for reference in store.references { print(reference) }
        for id in 0..<store.count { print(id, store.foldedSentence(of: id)) }
    }
    exit(0)
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let repeats = arguments.first ?? 50
let copies = arguments.count > 1 ? Array(arguments.dropFirst()) : [1, 10, 100]
guard let path = EmbeddedReport.path, let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("cannot read the embedded report\n".utf8))
    exit(1)
}

// Each store is released after the clock stops: tearing a store down (freeing
// every fact's strings) is not ingesting, and baocao never does it before exit.
if repeats > 0 {
    var times: [Double] = []
    var factCount = 0
    for _ in 0..<repeats {
        var store: FactStore?
        times.append(seconds { store = FactStore(documents: [ReportReader.read(text: text, name: "report")]) })
        factCount = store?.count ?? 0
    }
    print(String(format: "ingest report (%d bytes): median %.2f ms over %d runs = %.1f MB/s, %d facts",
                 text.utf8.count, median(times) * 1000, repeats, Double(text.utf8.count) / 1_048_576 / median(times), factCount))
}

/// The report with every digit shifted by `seed`, so that copies differ in
/// their numbers. On bytes: digits are ASCII, and a Character-wise rebuild
/// took longer than ingesting the copy.
func varied(_ text: String, seed: Int) -> String {
    var bytes = Array(text.utf8)
    for index in bytes.indices where bytes[index] &- UInt8(ascii: "0") < 10 {
        bytes[index] = UInt8(ascii: "0") + (bytes[index] - UInt8(ascii: "0") + UInt8(seed % 10)) % 10
    }
    return String(decoding: bytes, as: UTF8.self)
}

// Without the report's runs, one untimed ingest first: the lexicons' one-time
// set-up is start-up (measured with the one-shot query), not throughput.
if repeats == 0 { _ = FactStore(documents: [ReportReader.read(text: text, name: "report")]).count }

for n in copies {
    let corpus = (0..<n).map { varied(text, seed: $0 % 7) }.joined(separator: "\n\n")
    let megabytes = Double(corpus.utf8.count) / 1_048_576
    var store: FactStore?
    let time = seconds { store = FactStore(documents: [ReportReader.read(text: corpus, name: "corpus")]) }
    let facts = store?.count ?? 0
    store = nil
    print(String(format: "corpus x%d: %.2f MB in %.3f s = %.1f MB/s, %d facts", n, megabytes, time, megabytes / time, facts))
}
