import Platform

/// A domain's indicators, each read when first asked for: a spec read from
/// its binary cache (``PluginSpecCache``) gives their keys at once and each
/// indicator's rules, examples and texts only when it is looked up, so a
/// query about one indicator decodes one, not its domain's dozens. A spec read
/// from TOML holds them all from the start. Shared by the copies of a
/// ``DomainPlugin``; what it holds never changes, only how much is decoded.
final class IndicatorTable: @unchecked Sendable {
    /// The indicators' keys, in the spec's order.
    let keys: [String]
    /// Reads indicator `position`; nil for a table given whole.
    private let read: (@Sendable (Int) -> Indicator)?
    /// Guarded by `lock`.
    private var decoded: [Indicator?]
    private var whole: [Indicator]?
    private let lock = Lock()

    init(_ indicators: [Indicator]) {
        keys = indicators.map { $0.key }
        read = nil
        decoded = []
        whole = indicators
    }

    init(keys: [String], read: @escaping @Sendable (Int) -> Indicator) {
        self.keys = keys
        self.read = read
        decoded = Array(repeating: nil, count: keys.count)
    }

    /// Every indicator, in the spec's order.
    var all: [Indicator] {
        lock.lock()
        defer { lock.unlock() }
        if let whole { return whole }
        let all = keys.indices.map(lockedIndicator)
        whole = all
        return all
    }

    /// The indicator at `position` (which must be one of `keys`' indices).
    func indicator(at position: Int) -> Indicator {
        lock.lock()
        defer { lock.unlock() }
        if let whole { return whole[position] }
        return lockedIndicator(position)
    }

    private func lockedIndicator(_ position: Int) -> Indicator {
        if let found = decoded[position] { return found }
        guard let read else { preconditionFailure("a table given whole has every indicator") }
        let indicator = read(position)
        decoded[position] = indicator
        return indicator
    }
}
