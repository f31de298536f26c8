import Platform

/// The plugins baocao knows, by namespace. A plugin may be registered by its
/// namespace and a way to read its spec: the spec is read when the plugin is
/// first used, so that a query about the economy reads the economy's spec
/// and no other.
public struct PluginRegistry: Sendable {
    private var entries: [Entry] = []

    public init(_ plugins: [DomainPlugin] = []) {
        for plugin in plugins { try? register(plugin) }
    }

    /// Why a plugin could not be registered.
    public enum RegistrationError: Error, Equatable, CustomStringConvertible {
        case duplicateNamespace(String)

        public var description: String {
            switch self {
            case .duplicateNamespace(let name): "a plugin with namespace '\(name)' is already registered"
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

    /// Adds a plugin already read; its namespace must be new.
    public mutating func register(_ plugin: DomainPlugin) throws(RegistrationError) {
        try register(namespace: plugin.namespace, origin: plugin.origin) { plugin }
    }

    /// Adds a plugin by its namespace, to be read by `load` when first used;
    /// its namespace must be new. A plugin that fails to load is kept empty,
    /// with the error (``loadErrors``).
    public mutating func register(namespace: String, origin: String,
                                  load: @escaping @Sendable () throws(PluginSpecError) -> DomainPlugin) throws(RegistrationError) {
        guard !namespaces.contains(namespace) else { throw .duplicateNamespace(namespace) }
        entries.append(Entry(namespace: namespace, origin: origin, load: load))
    }

    /// The namespaces registered, in order, without reading any spec.
    public var namespaces: [String] { entries.map(\.namespace) }

    /// Every plugin, read.
    public var plugins: [DomainPlugin] { entries.map(\.plugin) }

    /// The plugin of `namespace`, read when first asked for.
    public func plugin(named namespace: String) -> DomainPlugin? {
        entries.first { $0.namespace == namespace }?.plugin
    }

    /// Where each plugin that failed to load went wrong.
    public var loadErrors: [PluginSpecError] { entries.compactMap(\.error) }

    /// Every indicator path, derived ones included: `economy.tourism.revenue`, …
    public var indicatorPaths: [String] { plugins.flatMap(\.paths) }

    /// A registered plugin: its namespace, and its spec once read.
    private final class Entry: @unchecked Sendable {
        let namespace: String
        let origin: String
        private let load: @Sendable () throws(PluginSpecError) -> DomainPlugin
        private let lock = Lock()
        private var loaded: (plugin: DomainPlugin, error: PluginSpecError?)?

        init(namespace: String, origin: String, load: @escaping @Sendable () throws(PluginSpecError) -> DomainPlugin) {
            self.namespace = namespace
            self.origin = origin
            self.load = load
        }

        var plugin: DomainPlugin { read().plugin }
        var error: PluginSpecError? { read().error }

        private func read() -> (plugin: DomainPlugin, error: PluginSpecError?) {
            lock.lock()
            defer { lock.unlock() }
            if let loaded { return loaded }
            let result: (DomainPlugin, PluginSpecError?)
            do throws(PluginSpecError) {
                result = (try load(), nil)
            } catch {
                result = (DomainPlugin(namespace: namespace, title: LocalizedText(vi: namespace, en: namespace),
                                       summary: "(its spec could not be read: \(error.message))", origin: origin, indicators: []), error)
            }
            loaded = result
            return result
        }
    }
}
