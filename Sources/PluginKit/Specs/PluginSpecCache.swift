import FoundationEssentials
import Platform
import Report
import Query

/// A plugin spec as read, kept on disk so that a one-shot query need not
/// parse TOML: `<folder>/<spec>-<key>.spec`, keyed by the bytes of the spec
/// and of the vocabulary it draws on, and by the baocao binary that read them
/// (like the fact cache). A missing, stale or unreadable file is ignored and
/// rewritten; the spec itself stays the truth, and every error in it is
/// reported as if there were no cache (a spec that does not read is never cached).
public enum PluginSpecCache {
    static let magic = "baocao-spec-15"

    /// The plugin of the spec at `path`, from the cache in `folder` when it
    /// holds one, else read by `read` and cached. `vocabularyPath` is the
    /// vocabulary the spec draws on; nil `folder` reads without a cache, and
    /// the plugin still gets its key (a corpus names how it read reports by it).
    public static func plugin(specAt path: String, vocabularyAt vocabularyPath: String?, folder: String?,
                              read: () throws(PluginSpecError) -> DomainPlugin) throws(PluginSpecError) -> DomainPlugin {
        guard let spec = Checksum.ofFile(atPath: path) else { return try read() }
        var checksum = Checksum()
        withUnsafeBytes(of: spec.littleEndian) { checksum.add($0) }
        if let vocabularyPath, let vocabulary = Checksum.ofFile(atPath: vocabularyPath) {
            withUnsafeBytes(of: vocabulary.littleEndian) { checksum.add($0) }
        }
        checksum.add(bytes: ExecutableLocation.identity.utf8)
        checksum.add(bytes: magic.utf8)
        var name = path.split(separator: "/").last.map(String.init) ?? "spec"
        if name.hasSuffix(".toml") { name.removeLast(5) }
        let key = "\(name)-\(String(checksum.value, radix: 16))"
        guard let folder else {
            var plugin = try read()
            plugin.specKey = key
            return plugin
        }
        let file = "\(folder)/\(key).spec"
        if let data = MappedFile.data(atPath: file), var plugin = try? decode(data) {
            plugin.specKey = key
            return plugin
        }
        var plugin = try read()
        plugin.specKey = key
        CacheFile.write(encode(plugin), to: file, in: folder)
        return plugin
    }

    // MARK: - Encoding

    /// Layout: the magic, a checksum of all that follows, then the plugin.
    static func encode(_ plugin: DomainPlugin) -> Data {
        var body = BinaryWriter()
        encodeBody(plugin, &body)
        return CacheFile.framed(body, magic: magic)
    }

    static func encodeBody(_ plugin: DomainPlugin, _ out: inout BinaryWriter) {
        out.string(plugin.namespace)
        text(plugin.title, &out)
        out.string(plugin.summary)
        out.string(plugin.version)
        out.string(plugin.origin)
        // Each indicator as its key and the length of the rest, so that one is read without the others.
        out.int(plugin.indicators.count)
        for indicator in plugin.indicators {
            var body = BinaryWriter()
            encode(indicator, &body)
            out.string(indicator.key)
            out.int(body.count)
            out.append(body)
        }
        out.int(plugin.derived.count)
        for derived in plugin.derived {
            out.string(derived.key)
            text(derived.label, &out)
            out.string(derived.expression)
            out.optional(derived.description) { $0.string($1) }
        }
        // Functions written in Swift are added by their domain after reading; only the spec's own are kept.
        let written = plugin.functions.filter { $0.expression != nil }
        out.int(written.count)
        for function in written {
            out.string(function.name)
            strings(function.function.parameters, &out)
            out.string(function.expression ?? "")
            out.string(function.summary)
            out.string(function.example)
        }
    }

    static func encode(_ indicator: Indicator, _ out: inout BinaryWriter) {
        out.string(indicator.key)
        text(indicator.label, &out)
        out.string(indicator.unit)
        out.optional(indicator.description) { $0.string($1) }
        encode(indicator.actual, &out)
        out.optional(indicator.target) { encode($1, &$0) }
        strings(indicator.shortfallPhrases, &out)
        out.byte(indicator.lowerIsBetter ? 1 : 0)
        out.byte(indicator.hasStatus ? 1 : 0)
        out.byte(indicator.takesChangeAlone ? 1 : 0)
        out.byte(indicator.takesShareAlone ? 1 : 0)
        out.byte(indicator.slashIsQuota ? 1 : 0)
        out.int(indicator.examples.count)
        for example in indicator.examples {
            out.string(example.sentence)
            out.string(example.expected)
            out.byte(example.part == .plan ? 1 : 0)
            out.string(example.file)
            out.int(example.line)
        }
    }

    static func encode(_ rule: FindingRule, _ out: inout BinaryWriter) {
        for words in [rule.names, rule.verbs, rule.context, rule.exclude, rule.unless, rule.sections, rule.concepts] { strings(words, &out) }
        out.byte(rule.part == .plan ? 1 : 0)
        unit(rule.unit, &out)
        out.byte(rule.position == .before ? 0 : rule.position == .after ? 1 : 2)
        out.byte(rule.preference == .estimate ? 1 : 0)
        out.int(rule.nth)
        out.byte(rule.takesChanges ? 1 : 0)
        out.byte(rule.takesShares ? 1 : 0)
        out.byte(rule.takesTargets ? 1 : 0)
        strings(rule.parts, &out)
        out.byte(rule.lagged ? 1 : 0)
        out.byte(rule.monthly ? 1 : 0)
        out.byte(rule.addsToCount ? 1 : 0)
        strings(rule.narrower, &out)
    }

    static func unit(_ kind: UnitKind, _ out: inout BinaryWriter) {
        switch kind {
        case .money: out.byte(0)
        case .area: out.byte(1)
        case .length: out.byte(2)
        case .volume: out.byte(3)
        case .mass: out.byte(4)
        case .percent: out.byte(5)
        case .count(let nouns): out.byte(6); out.string(nouns)
        case .number: out.byte(7)
        case .anyOf(let kinds): out.byte(8); out.int(kinds.count); for kind in kinds { unit(kind, &out) }
        case .rate(let base): out.byte(9); unit(base, &out)
        }
    }

    static func text(_ text: LocalizedText, _ out: inout BinaryWriter) {
        out.string(text.vi)
        out.string(text.en)
    }

    static func strings(_ list: [String], _ out: inout BinaryWriter) {
        out.int(list.count)
        for item in list { out.string(item) }
    }

    // MARK: - Decoding

    struct Malformed: Error {}

    static func decode(_ data: Data) throws -> DomainPlugin {
        try data.withUnsafeBytes { bytes throws -> DomainPlugin in
            var input = try CacheFile.body(of: bytes, magic: magic)
            let namespace = try input.string()
            let title = try text(&input)
            let summary = try input.string(), version = try input.string(), origin = try input.string()
            var keys: [String] = [], starts: [Int] = [], ends: [Int] = []
            for _ in 0..<(try count(&input)) {
                keys.append(try input.string())
                let length = try input.int()
                starts.append(input.offset)
                try input.skip(length)
                ends.append(input.offset)
            }
            var derived: [DerivedIndicator] = []
            for _ in 0..<(try count(&input)) {
                let key = try input.string(), label = try text(&input), expression = try input.string()
                let description = try input.optional { try $0.string() }
                derived.append(DerivedIndicator(key, label: label, checkedExpression: expression, description: description))
            }
            var functions: [PluginFunction] = []
            for _ in 0..<(try count(&input)) {
                let name = try input.string(), parameters = try strings(&input), expression = try input.string()
                let body = try Parser.parseExpression(expression)
                functions.append(PluginFunction(name: name,
                                                function: QueryFunction(name: "\(namespace).\(name)", parameters: parameters, body: .expression(body)),
                                                expression: expression, summary: try input.string(), example: try input.string()))
            }
            guard input.isAtEnd else { throw Malformed() }
            // The file passed its checksum: an indicator that does not read is baocao's bug, not a bad file.
            let read: @Sendable (Int) -> Indicator = { [keys, starts, ends] position in
                data.withUnsafeBytes { bytes in
                    var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: bytes[..<ends[position]]), at: starts[position])
                    guard let indicator = try? indicator(&reader), reader.isAtEnd, indicator.key == keys[position] else {
                        fatalError("the spec cache passed its checksum but indicator \(keys[position]) does not read: a baocao bug")
                    }
                    return indicator
                }
            }
            return DomainPlugin(namespace: namespace, title: title, summary: summary, version: version, origin: origin,
                                indicatorTable: IndicatorTable(keys: keys, read: read), derived: derived, functions: functions)
        }
    }

    static func indicator(_ input: inout BinaryReader) throws -> Indicator {
        let key = try input.string(), label = try text(&input), unit = try input.string()
        let description = try input.optional { try $0.string() }
        let actual = try rule(&input)
        let target = try input.optional { try rule(&$0) }
        let shortfall = try strings(&input)
        let lowerIsBetter = try input.byte() == 1
        let hasStatus = try input.byte() == 1
        let takesChangeAlone = try input.byte() == 1
        let takesShareAlone = try input.byte() == 1
        let slashIsQuota = try input.byte() == 1
        var examples: [IndicatorExample] = []
        for _ in 0..<(try count(&input)) {
            let sentence = try input.string(), expected = try input.string()
            let part: ReportPart = try input.byte() == 1 ? .plan : .results
            examples.append(IndicatorExample(sentence, yields: expected, in: part, file: try input.string(), line: try input.int()))
        }
        return Indicator(key, label: label, unit: unit, description: description, actual: actual, target: target,
                         shortfallPhrases: shortfall, lowerIsBetter: lowerIsBetter, hasStatus: hasStatus,
                         takesChangeAlone: takesChangeAlone, takesShareAlone: takesShareAlone, slashIsQuota: slashIsQuota, examples: examples)
    }

    static func rule(_ input: inout BinaryReader) throws -> FindingRule {
        let names = try strings(&input), verbs = try strings(&input), context = try strings(&input)
        let exclude = try strings(&input), unless = try strings(&input), sections = try strings(&input), concepts = try strings(&input)
        let part: ReportPart = try input.byte() == 1 ? .plan : .results
        let unit = try unitKind(&input)
        let position: PhrasePosition = try [PhrasePosition.before, .after, .either][index(try input.byte(), below: 3)]
        let preference: Preference = try input.byte() == 1 ? .estimate : .first
        let nth = try input.int(), takesChanges = try input.byte() == 1, takesShares = try input.byte() == 1
        let takesTargets = try input.byte() == 1
        return FindingRule(names, verbs: verbs, context: context, exclude: exclude, unless: unless, in: part, unit: unit,
                           position: position, prefer: preference, sections: sections, nth: nth,
                           concepts: concepts, takesChanges: takesChanges, takesShares: takesShares, takesTargets: takesTargets,
                           parts: try strings(&input),
                           lagged: try input.byte() == 1, monthly: try input.byte() == 1, addsToCount: try input.byte() == 1,
                           narrower: try strings(&input))
    }

    static func unitKind(_ input: inout BinaryReader, depth: Int = 0) throws -> UnitKind {
        switch try input.byte() {
        case 0: return .money
        case 1: return .area
        case 2: return .length
        case 3: return .volume
        case 4: return .mass
        case 5: return .percent
        case 6: return .count(try input.string())
        case 7: return .number
        case 8:
            guard depth < 4 else { throw Malformed() }
            var kinds: [UnitKind] = []
            for _ in 0..<(try count(&input)) { kinds.append(try unitKind(&input, depth: depth + 1)) }
            return .anyOf(kinds)
        case 9:
            guard depth < 4 else { throw Malformed() }
            return .rate(try unitKind(&input, depth: depth + 1))
        default: throw Malformed()
        }
    }

    static func text(_ input: inout BinaryReader) throws -> LocalizedText {
        LocalizedText(vi: try input.string(), en: try input.string())
    }

    static func strings(_ input: inout BinaryReader) throws -> [String] {
        var list: [String] = []
        for _ in 0..<(try count(&input)) { list.append(try input.string()) }
        return list
    }

    /// A count of items to follow, checked against the bytes left (each item takes one at least).
    static func count(_ input: inout BinaryReader) throws -> Int {
        let count = try input.int()
        guard count >= 0, count <= input.rest.count else { throw Malformed() }
        return count
    }

    static func index(_ byte: UInt8, below limit: Int) throws -> Int {
        guard Int(byte) < limit else { throw Malformed() }
        return Int(byte)
    }
}
