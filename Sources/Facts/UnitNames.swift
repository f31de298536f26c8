import FoundationEssentials
import Platform
import Report

/// Units by the names people type: as the report writes them (`tỷ đồng`,
/// `m²`, `lượt khách`), without accents (`ty dong`, `luot`), with either
/// spelling of i and y (`tỉ`), and per another (`triệu đồng/tháng`).
extension UnitLexicon {
    /// Looks a unit up by its written symbol (`tỷ đồng`, `ha`, `nghìn lượt`,
    /// `triệu đồng/tháng`), exactly as written; then, failing that, without
    /// accents, when only one unit has that folded name.
    public static func unit(named name: String) -> QuantityUnit? {
        lookUp(name, folded: false) ?? lookUp(TextFolding.fold(name), folded: true)
    }

    /// Every name a unit may be typed by, for suggestions and completion:
    /// each measure and noun form, and money by each scale (`tỷ đồng`).
    public static let typedNames: [String] = {
        var names = measures.flatMap(\.forms).filter { !$0.contains("<") && !$0.contains("/") } + nouns.flatMap(\.forms)
        names += scales.map(\.symbol) + scales.map { "\($0.symbol) đồng" }
        return names
    }()

    /// The typed name nearest to an unknown `name`, folded and compared without accents.
    public static func suggestion(for name: String) -> String? {
        // Spaces aside too: `tydong` is one letter from `tỷ đồng`.
        let key = { (text: String) in TextFolding.fold(text).filter { $0 != " " } }
        let keys = typedNames.map(key)
        return NameSuggester.nearest(to: key(name), in: keys).flatMap { nearest in
            keys.firstIndex(of: nearest).map { typedNames[$0] }
        }
    }

    /// The look-up itself, of a name as written or folded. Folded, a name
    /// whose forms belong to two units (none do today) names neither.
    private static func lookUp(_ name: String, folded: Bool) -> QuantityUnit? {
        let same: (String) -> Bool = { form in folded ? TextFolding.fold(form) == name : form == name }
        if let slash = name.firstIndex(of: "/") {
            let per = String(name[name.index(after: slash)...])
            guard let base = lookUp(String(name[..<slash]), folded: folded), !per.isEmpty,
                  base.dimension != .number, base.dimension != .percent else { return nil }
            return rate(base, per: per)
        }
        let words = name.split(separator: " ", maxSplits: 1).map(String.init)
        if words.count == 2, let scale = scales.first(where: { $0.forms.contains { form in folded ? TextFolding.fold(form) == words[0] : form == words[0] } }),
           let base = lookUp(words[1], folded: folded) {
            return scaled(base, by: (scale.symbol, scale.factor))
        }
        if let scale = scales.first(where: { $0.forms.contains(where: same) }) {
            return scaled(.none, by: (scale.symbol, scale.factor))
        }
        var found: [QuantityUnit] = []
        for (forms, unit) in measures where forms.contains(where: same) { found.append(unit) }
        for (forms, noun) in nouns where forms.contains(where: same) { found.append(countUnit(noun)) }
        guard let first = found.first, found.allSatisfy({ $0 == first }) else { return nil }
        return first
    }
}
