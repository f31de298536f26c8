import Foundation
import Report
import Facts
import PluginKit
import BuiltinPlugins
import Query

/// Loads the reports named on the command line (or the embedded one) and
/// builds the query context every mode of the shell uses.
public enum ReportLoader {
    /// A report file that could not be loaded, said plainly.
    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func context(reportPaths: [String]) throws(LoadError) -> QueryContext {
        var documents: [ReportDocument] = []
        do {
            if reportPaths.isEmpty {
                documents.append(try EmbeddedReport.read())
            } else {
                for path in reportPaths { documents.append(try ReportReader.read(path: path)) }
            }
        } catch let error as ReportError {
            throw LoadError(description: error.description)
        } catch {
            throw LoadError(description: "cannot read report: \(error)")
        }
        return QueryContext(store: FactStore(documents: documents), registry: BuiltinPlugins.registry())
    }
}
