import Report
import Facts
import FactReading
import Query
import PluginKit
import BuiltinPlugins

/// The context is built once: fuzzing is about the query, not the report.
let store = FactStore(documents: [(try? EmbeddedReport.read()) ?? ReportReader.read(text: "", name: "empty")])
let context = QueryContext(store: store, catalog: PluginCatalog(registry: BuiltinPlugins.registry(), store: store))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let session = QuerySession(context: context)
    _ = try? session.run(text)
    _ = Parser.needsContinuation(text)
    return 0
}
