import Platform

/// A domain of the genre — economy, land, education, security … — as its
/// spec describes it: its indicators, the words that find them, what derives
/// from them and the functions it adds. Built-in domains and users' plugins
/// are the same thing, read from the same TOML (``PluginSpecReader``); a
/// built-in domain may add functions written in Swift.
public struct DomainPlugin: Sendable {
    /// The namespace in the query language: `economy` in `economy.tourism.revenue`.
    public var namespace: String
    public var title: LocalizedText
    /// One or two sentences on what the plugin covers.
    public var summary: String
    /// The spec's own version.
    public var version: String
    /// Where the plugin came from, for `.plugins`: "built in" or a manifest's path.
    public var origin: String
    public var indicators: [Indicator] {
        get { indicatorTable.all }
        set {
            indicatorTable = IndicatorTable(newValue)
            indicatorPositions = Self.positions(of: indicatorTable.keys)
        }
    }
    /// The indicators, decoded as they are asked for when the spec came from its cache.
    private var indicatorTable: IndicatorTable
    public var derived: [DerivedIndicator] { didSet { derivedPositions = Self.positions(of: derived.map(\.key)) } }
    /// Functions of the plugin's own, called as `namespace.name(…)`.
    public var functions: [PluginFunction] { didSet { functionPositions = Self.positions(of: functions.map(\.name)) } }

    /// A name for the spec's bytes (and the vocabulary's, and the binary that
    /// read them), set by ``PluginSpecCache``: what is worked out from the
    /// spec (resolved indicators) may be cached under it. Nil: not keyed.
    public var specKey: String?

    /// Positions by key, so that a path is looked up, not searched for.
    private var indicatorPositions: [String: Int] = [:]
    private var derivedPositions: [String: Int] = [:]
    private var functionPositions: [String: Int] = [:]

    public init(namespace: String, title: LocalizedText, summary: String, version: String = "1.0.0", origin: String = "built in",
                indicators: [Indicator], derived: [DerivedIndicator] = [], functions: [PluginFunction] = []) {
        self.init(namespace: namespace, title: title, summary: summary, version: version, origin: origin,
                  indicatorTable: IndicatorTable(indicators), derived: derived, functions: functions)
    }

    init(namespace: String, title: LocalizedText, summary: String, version: String, origin: String,
         indicatorTable: IndicatorTable, derived: [DerivedIndicator], functions: [PluginFunction]) {
        self.namespace = namespace
        self.title = title
        self.summary = summary
        self.version = version
        self.origin = origin
        self.indicatorTable = indicatorTable
        self.derived = derived
        self.functions = functions
        indicatorPositions = Self.positions(of: indicatorTable.keys)
        derivedPositions = Self.positions(of: derived.map(\.key))
        functionPositions = Self.positions(of: functions.map(\.name))
    }

    /// Each key's first position. A plain loop: `enumerated()` and arrays of
    /// tuples are generic types the runtime looks up the first time they are
    /// used, a cost every one-shot query paid.
    private static func positions(of keys: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(keys.count)
        for position in keys.indices where positions[keys[position]] == nil { positions[keys[position]] = position }
        return positions
    }

    /// The indicator with key `key` (`tourism.revenue`).
    public func indicator(key: String) -> Indicator? { indicatorPositions[key].map { indicatorTable.indicator(at: $0) } }
    /// The derived indicator with key `key`.
    public func derivedIndicator(key: String) -> DerivedIndicator? { derivedPositions[key].map { derived[$0] } }
    /// The function called `name` (without the namespace).
    public func function(named name: String) -> PluginFunction? { functionPositions[name].map { functions[$0] } }

    /// A description of an indicator, derived indicator or function, by key, when the spec gives one.
    public func description(of key: String) -> String? {
        indicator(key: key)?.description ?? derivedIndicator(key: key)?.description ?? function(named: key)?.summary
    }

    /// Every path the plugin defines: indicators, then derived indicators.
    public var paths: [String] { (indicatorKeys + derived.map(\.key)).map { "\(namespace).\($0)" } }

    /// The indicators' keys, in the spec's order, without reading the indicators.
    public var indicatorKeys: [String] { indicatorTable.keys }
}
