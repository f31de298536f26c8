import Foundation
import Report
import Facts
import FactReading
import FactCache
import PluginKit
import BuiltinPlugins

/// The built-in plugins, read once: every input's indicators are resolved against them.
private let registry = BuiltinPlugins.registry()

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
    // Every rule of every plugin bound in the text, with what a value derives (its parts, target, status):
    // the binding reads bytes around names and figures.
    for value in PluginCatalog(registry: registry, store: store).resolver.all {
        _ = (value.status, value.planTarget?.kind, value.previous, value.parts.count)
    }
    return 0
}
