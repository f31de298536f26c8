import Testing
import Platform
import Report
import Facts
import FactReading
import Query
@testable import PluginKit
import BuiltinPlugins

@Suite("Namespaces")
struct NamespaceTests {
    @Test("a namespace is a lower-case letter, then lower-case letters, digits and _",
          arguments: [("transport", true), ("land_use2", true), ("a", true), ("", false), ("2land", false),
                      ("Land", false), ("land-use", false), ("đất", false), ("_land", false)])
    func valid(_ name: String, _ expected: Bool) {
        #expect(PluginRegistry.isValidNamespace(name) == expected)
    }
}
