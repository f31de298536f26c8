import TOMLKit

/// Why a plugin spec could not be read: `FILE:LINE: error: …`.
public struct PluginSpecError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): error: \(message)" }
}

extension PluginSpecError {
    /// `text` as TOML, or the error at its line: for a spec and the vocabulary alike.
    static func table(_ text: String, path: String) throws(PluginSpecError) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw PluginSpecError(file: path, line: error.source.begin.line, "bad TOML: \(error.description)")
        } catch {
            throw PluginSpecError(file: path, line: 1, "bad TOML: \(error)")
        }
    }
}
