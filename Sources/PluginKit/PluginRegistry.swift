/// The plugins baocao knows, by namespace: what the shell asks for
/// namespaces, indicator paths, completion candidates and help.
public struct PluginRegistry: Sendable {
    public private(set) var plugins: [any DomainPlugin] = []

    /// `checkingKeys: false` registers plugins whose indicator keys a test
    /// checks instead (the built-in ones): checking them reads every plugin's
    /// tables, which a run that asks about one domain need not read.
    public init(_ plugins: [any DomainPlugin] = [], checkingKeys: Bool = true) {
        for plugin in plugins { try? register(plugin, checkingKeys: checkingKeys) }
    }

    /// Why a plugin could not be registered.
    public enum RegistrationError: Error, Equatable, CustomStringConvertible {
        case duplicateNamespace(String)
        case duplicateIndicator(String)

        public var description: String {
            switch self {
            case .duplicateNamespace(let name): "a plugin with namespace '\(name)' is already registered"
            case .duplicateIndicator(let path): "indicator '\(path)' is defined twice"
            }
        }
    }

    /// Whether `name` can be a namespace: a lower-case letter, then lower-case
    /// letters, digits and `_` (`transport`, `land_use`).
    public static func isValidNamespace(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return false }
        return bytes.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_") }
    }

    /// Adds a plugin; its namespace and indicator keys must be new.
    public mutating func register(_ newPlugin: any DomainPlugin, checkingKeys: Bool = true) throws(RegistrationError) {
        let namespace = newPlugin.namespace
        guard plugin(named: namespace) == nil else { throw RegistrationError.duplicateNamespace(namespace) }
        let registered = newPlugin as? RegisteredPlugin ?? RegisteredPlugin(newPlugin)
        guard checkingKeys else {
            plugins.append(registered)
            return
        }
        // Sorted, a repeated key stands next to itself. (A Set cost half of
        // registering the built-in plugins: its first use and growth.)
        let keys = (registered.indicators.map(\.key) + registered.derived.map(\.key)).sorted()
        for index in keys.indices.dropFirst() where keys[index] == keys[index - 1] {
            throw RegistrationError.duplicateIndicator("\(namespace).\(keys[index])")
        }
        plugins.append(registered)
    }

    public func plugin(named namespace: String) -> (any DomainPlugin)? {
        plugins.first { $0.namespace == namespace }
    }

    /// Every indicator path, derived ones included: `economy.tourism.revenue`, …
    public var indicatorPaths: [String] {
        plugins.flatMap { plugin in
            (plugin.indicators.map(\.key) + plugin.derived.map(\.key)).map { "\(plugin.namespace).\($0)" }
        }
    }

    /// The indicator at `path`, with its plugin.
    public func indicator(at path: String) -> (plugin: any DomainPlugin, indicator: Indicator)? {
        guard let dot = path.firstIndex(of: "."), let plugin = plugin(named: String(path[..<dot])) else { return nil }
        let key = String(path[path.index(after: dot)...])
        return plugin.indicators.first { $0.key == key }.map { (plugin, $0) }
    }

    /// The derived indicator at `path`, with its plugin.
    public func derivedIndicator(at path: String) -> (plugin: any DomainPlugin, derived: DerivedIndicator)? {
        guard let dot = path.firstIndex(of: "."), let plugin = plugin(named: String(path[..<dot])) else { return nil }
        let key = String(path[path.index(after: dot)...])
        return plugin.derived.first { $0.key == key }.map { (plugin, $0) }
    }
}
