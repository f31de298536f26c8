import Foundation
import Report
import Facts

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReport(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: count))
    guard let document = try? ReportReader.read(data: bytes, name: "fuzz") else { return 0 }
    let store = FactStore(documents: [document])
    _ = store.search("giai phong")
    return 0
}
