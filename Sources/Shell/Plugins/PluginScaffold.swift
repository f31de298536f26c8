import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// `baocao plugin new`: writes a starting point for a new domain plugin.
public enum PluginScaffold {
    public struct ScaffoldError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `NAME.toml` in `folder`; returns its path.
    public static func writeManifest(name: String, folder: String) throws(ScaffoldError) -> String {
        let path = URL(fileURLWithPath: folder).appendingPathComponent("\(name).toml").path
        try write(manifest(name: name), to: path)
        return path
    }

    /// Writes a built-in domain's folder under `packageRoot`: `Plugins/Name/name.toml`,
    /// its spec, and `Plugins/Name/NameFunctions.swift`, a function written in Swift.
    /// Returns the folder and what to add to register the domain.
    public static func writeSwift(name: String, packageRoot: String) throws(ScaffoldError) -> (path: String, registration: String) {
        let typeName = name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        let folder = URL(fileURLWithPath: packageRoot).appendingPathComponent("Plugins/\(typeName)").path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ScaffoldError(description: "cannot create \(folder): \(error)")
        }
        try write(manifest(name: name), to: folder + "/\(name).toml")
        try write(swiftFunctions(name: name, typeName: typeName), to: folder + "/\(typeName)Functions.swift")
        let registration = """
        To register it, add one line to the list in Plugins/BuiltinPlugins.swift:
            Domain("\(name)", folder: "\(typeName)", functions: \(typeName)Functions.all),
        and its spec to the excludes of the BuiltinPlugins target in Package.swift:
            "\(typeName)/\(name).toml",
        """
        return (folder, registration)
    }

    private static func write(_ text: String, to path: String) throws(ScaffoldError) {
        guard !FileManager.default.fileExists(atPath: path) else { throw ScaffoldError(description: "\(path) already exists; not overwriting it") }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw ScaffoldError(description: "cannot write \(path)")
        }
    }

    static func manifest(name: String) -> String {
        """
        # A baocao domain plugin. Load it with `baocao --plugins FOLDER`, or put it in
        # $XDG_CONFIG_HOME/baocao/plugins/; check it with `baocao plugin check \(name).toml`.
        # Rules find values by words, never by numbers, so the plugin reads every
        # year's report of the same kind.

        namespace = "\(name)"          # the first part of every path: \(name).…
        version = "0.1.0"              # this manifest's own version
        baocao = "0.2"                 # the baocao version it needs
        title_vi = "Giao thông"
        title_en = "Transport"
        description = "Roads repaired and built, from the urban management section."

        [[indicators]]
        key = "roads.repaired_points"  # path: \(name).roads.repaired_points
        label_vi = "Điểm sạt lở, hư hỏng được sửa chữa"
        label_en = "Damaged points repaired"
        unit = "điểm"
        description = "Landslide and damage points on roads repaired this year."

        [indicators.actual]            # where the year's value is (the results)
        names = ["sửa chữa, khắc phục"]    # words that name it; case, accents and tỉ/tỷ do not matter
        verbs = ["khắc phục được"]     # words that report it right before its number
        unit = "count:điểm"            # money, area, length, volume, mass, percent, number, count, count:NOUN

        [[indicators.examples]]        # an invented sentence in the report's style, and what the rule must read
        sentence = "Chỉ đạo thực hiện sửa chữa, khắc phục trên 35 điểm bị sạt lở trên các tuyến đường."
        yields = "35 điểm"

        [[indicators.examples]]        # a sentence the rule must not read: yields = "nothing"
        sentence = "Rà soát 12 tuyến đường có nguy cơ sạt lở."
        yields = "nothing"

        [[indicators]]
        key = "roads.civilized_streets"
        label_vi = "Tuyến phố văn minh đô thị"
        label_en = "Civilized streets"
        unit = "tuyến"
        description = "Streets recognised as meeting the civilized-city standard, and next year's target."

        names = ["văn minh đô thị"]    # for both rules below: the value's and the target's
        verbs = ["xây dựng", "hoàn thành xây dựng"]
        context = ["văn minh"]         # the sentence (or its section) must be about this

        [indicators.actual]
        unit = "count:tuyến"

        [indicators.target]            # where next year's target is (the plan), if the report sets one
        unit = "count:tuyến"

        [[indicators.examples]]
        sentence = "Hoàn thành xây dựng 12 tuyến đường, phố đạt chuẩn văn minh đô thị."
        yields = "12 tuyến"

        [[indicators.examples]]
        sentence = "- Xây dựng 14 tuyến phố văn minh đô thị."
        yields = "14 tuyến"
        part = "plan"

        [[derived]]                    # computed from indicators, in the query language
        key = "roads.streets_to_build"
        label_vi = "Tuyến phố còn phải xây dựng"
        expression = "\(name).roads.civilized_streets.target - \(name).roads.civilized_streets"
        description = "How many more streets next year's target asks for than this year gave."

        [[functions]]                  # called as \(name).per_street(x)
        name = "per_street"
        parameters = ["amount"]
        expression = "amount / \(name).roads.civilized_streets"
        description = "An amount per civilized street."
        example = "\(name).per_street(100 triệu đồng)"

        """
    }

    static func swiftFunctions(name: String, typeName: String) -> String {
        """
        import Platform
        import Query
        import PluginKit

        /// The functions the \(name) domain adds in Swift, beside its spec
        /// (\(name).toml): what the spec's expressions cannot say.
        enum \(typeName)Functions {
            static let all: [PluginFunction] = [summary]

            /// `\(name).summary()`: the domain's first indicator and its target in one record.
            static let summary = PluginFunction(
                name: "summary",
                function: QueryFunction(name: "\(name).summary", parameters: [], body: .native { call throws(QueryError) -> Value in
                    let streets = try call.value(of: "\(name).roads.civilized_streets")
                    guard case .entity(let indicator) = streets else { return .null }
                    return .record([("value", indicator.primary), ("target", indicator.field("target") ?? .null)])
                }),
                expression: nil,
                summary: "the civilized streets and their target, in one record",
                example: "\(name).summary()")
        }

        """
    }
}
