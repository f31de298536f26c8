import Foundation
import Report
import Facts
import FactReading
import FactCache

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReport(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: count))
    guard let document = try? ReportReader.read(data: bytes, name: "fuzz") else { return 0 }
    let store = FactStore(documents: [document])
    _ = store.search("giai phong")
    // A fact's text and sentence are read from its paragraph when asked, markup
    // rewritten then; the cache reads every sentence and groups facts by them.
    for fact in store.facts { _ = (fact.text, fact.sentence) }
    _ = try? FactCache.decode(FactCache.encode(store), name: "fuzz").sentenceStarts()
    return 0
}
