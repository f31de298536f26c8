import Foundation

// The floor for one-shot timings: a Swift program that only imports
// Foundation and reads the report file, then prints its size.
let path = CommandLine.arguments.dropFirst().first ?? "report.md"
let data = FileManager.default.contents(atPath: path) ?? Data()
print(data.count)
