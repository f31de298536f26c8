import FoundationEssentials
import Platform
import Facts

/// Rates per ten thousand people whose per is written in their name, not
/// after the figure: `Số bác sĩ/vạn dân đạt 9,8 bác sĩ`, `số giường bệnh trên
/// 10.000 dân đạt 31,5 giường`. The figure is the rate (`bác sĩ/vạn dân`), and
/// the population it is per (`10.000 dân`) is part of the name, not a figure.
extension NumberScanner {
    /// Where the population a rate is per ends, when the number at `start` is
    /// it: `10.000 dân` or `1 vạn dân` right after a counted noun and `/` or `trên`
    /// (`word` is the word after the number).
    func populationBaseEnd(start: Int, numberEnd: Int, word: Range<Int>) -> Int? {
        // The words first: they are cheaper than the digits.
        guard numberEnd - start <= 6 else { return nil }
        let people = ScalarText.equals(scalars, word, Self.dan, lowercasing: true)
        guard people || ScalarText.equals(scalars, word, Self.van, lowercasing: true),
              let value = VietnameseNumber.parse(scalars: scalars[start..<numberEnd]) else { return nil }
        let end: Int
        if people, value == 10_000 {
            end = word.upperBound
        } else if !people, value == 1, let next = ScalarText.wordRangeAfter(scalars, word.upperBound),
                  ScalarText.equals(scalars, next, Self.dan, lowercasing: true) {
            end = next.upperBound
        } else {
            return nil
        }
        guard let joint = joint(before: start), countNoun(endingAt: joint) != nil else { return nil }
        return end
    }

    /// The rate a figure is, when its clause names it with its per before it
    /// (`bác sĩ/vạn dân`, `bác sĩ trên 10.000 dân`) and the figure counts that
    /// noun, counts people (`Số bác sĩ bình quân trên 1 vạn dân đạt 9,8
    /// người`) or has no unit: `bác sĩ/vạn dân`.
    func populationRate(before start: Int, unit: QuantityUnit?) -> QuantityUnit? {
        guard let marker = populationMarker(before: start), let noun = countNoun(endingAt: marker) else { return nil }
        if let unit, unit.dimension != noun.dimension, unit.dimension != Self.people { return nil }
        return UnitLexicon.rate(noun, per: Self.perName)
    }

    /// The dimension of a count of people, which a rate of doctors or nurses may be counted in.
    private static let people = Dimension.count(noun: "người")

    /// The rate a counted figure is when its per follows its unit
    /// (`9,6 bác sĩ/10.000 dân`, `31 giường trên 1 vạn dân`, `/ 10.000 dân`),
    /// and where that per ends. (`/vạn dân` is a unit's per like any other.)
    func populationPer(after unitEnd: Int, of unit: QuantityUnit) -> (QuantityUnit, Int)? {
        guard unitEnd + 5 < scalars.count else { return nil }
        // Most counts are followed by neither: a space and `trên`, or a slash and a number or `vạn`.
        if scalars[unitEnd] == " " {
            guard TextFolding.fold(scalars[unitEnd + 1]) == "t", TextFolding.fold(scalars[unitEnd + 2]) == "r",
                  TextFolding.fold(scalars[unitEnd + 3]) == "e", TextFolding.fold(scalars[unitEnd + 4]) == "n",
                  scalars[unitEnd + 5] == " " else { return nil }
        } else if scalars[unitEnd] != "/" {
            return nil
        }
        guard case .count = unit.dimension else { return nil }
        for marker in Self.markers where marker[0] == scalars[unitEnd] {
            var cursor = unitEnd, matched = true
            for (offset, scalar) in marker.enumerated() {
                // `/ 10.000 dân`: a space after the slash.
                if offset == 1, marker[0] == "/", cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
                guard cursor < scalars.count, TextFolding.fold(scalars[cursor]) == scalar else { matched = false; break }
                cursor += 1
            }
            if matched, cursor == scalars.count || !ScalarText.isLetter(scalars[cursor]) {
                return (UnitLexicon.rate(unit, per: Self.perName), cursor)
            }
        }
        return nil
    }

    /// The rate a count is when `và` joins it to another count whose per
    /// follows (`9,8 bác sĩ và 28,4 giường bệnh trên 1 vạn dân`): the two share it.
    func sharedPer(after unitEnd: Int, of unit: QuantityUnit) -> QuantityUnit? {
        // Most counts are followed by no ` và ` and a digit: asked first, in place.
        guard unitEnd + 5 < scalars.count, scalars[unitEnd] == " ", TextFolding.fold(scalars[unitEnd + 1]) == "v",
              TextFolding.fold(scalars[unitEnd + 2]) == "a", scalars[unitEnd + 3] == " ", ScalarText.isDigit(scalars[unitEnd + 4])
        else { return nil }
        let otherEnd = readNumber(from: unitEnd + 4)
        guard let (other, otherUnitEnd) = readUnit(at: otherEnd), case .count = other.dimension,
              populationPer(after: otherUnitEnd, of: other) != nil else { return nil }
        return UnitLexicon.rate(unit, per: Self.perName)
    }

    /// Where, before `start` and within its clause, a per-population marker
    /// (`/vạn dân`, `trên 10.000 dân` …) begins, the last of them.
    private func populationMarker(before start: Int) -> Int? {
        let floor = max(0, start - Self.reach)
        // `dân` ends every marker: look for its `â` (most clauses have none), then match the marker backwards.
        let found = scalars.withUnsafeBufferPointer { text -> Int? in
            var index = start - 2
            while index > floor {
                let s = text[index]
                if s == "â" || s == "Â" { return index }
                if s == ";" { return nil }
                index -= 1
            }
            return nil
        }
        guard let index = found, TextFolding.fold(scalars[index + 1]) == "n", TextFolding.fold(scalars[index - 1]) == "d" else { return nil }
        let end = index + 2
        for marker in Self.markers where end - marker.count >= floor {
            let begin = end - marker.count
            if zip(scalars[begin..<end], marker).allSatisfy({ TextFolding.fold($0) == $1 }) { return begin }
        }
        return nil
    }

    /// Where a rate's noun ends before the `/`, `trên` or `bình quân (trên)` that opens its per.
    private func joint(before start: Int) -> Int? {
        let before = ScalarText.skipSpacesBack(scalars, before: start)
        guard before >= 0 else { return nil }
        if scalars[before] == "/" { return before }
        // Nearest word first: `trên`, and before it (or alone) an average's `bình quân`.
        let words = ScalarText.wordRangesBefore(scalars, start, count: 3)
        func word(_ index: Int, is text: [Unicode.Scalar]) -> Bool {
            index < words.count && ScalarText.equals(scalars, words[index], text, lowercasing: true)
        }
        let afterTren = word(0, is: Self.tren) ? 1 : 0
        if word(afterTren, is: Self.quan), word(afterTren + 1, is: Self.binh) { return words[afterTren + 1].lowerBound }
        return afterTren == 1 ? words[0].lowerBound : nil
    }

    /// The counted noun of the lexicon that ends right at `end` (spaces aside), of one or two words.
    private func countNoun(endingAt end: Int) -> QuantityUnit? {
        let words = ScalarText.wordRangesBefore(scalars, end, count: 2)
        for word in words.reversed() {
            guard let (unit, unitEnd) = readUnit(at: word.lowerBound), case .count = unit.dimension,
                  ScalarText.skipSpaces(scalars, unitEnd) == ScalarText.skipSpaces(scalars, end) else { continue }
            return unit
        }
        return nil
    }

    /// How far back a rate's name may stand from its figure, in scalars
    /// (`bác sĩ/vạn dân năm 2025 ước đạt 9,8 bác sĩ`).
    private static let reach = 60
    /// What such rates are per, as a unit names it.
    private static let perName = "vạn dân"
    /// The per as the genre writes it after the noun, folded (`/`, `trên`; `vạn dân`, `10.000 dân`);
    /// before the figure also as an average (`bác sĩ bình quân trên 1 vạn dân`, `bình quân 1 vạn dân`),
    /// the longer first: a marker ends another (`trên 1 vạn dân` ends `bình quân trên 1 vạn dân`).
    private static let markers: [[Unicode.Scalar]] = [" binh quan tren 1 van dan", " binh quan tren 10.000 dan",
                                                       " binh quan 1 van dan", " binh quan 10.000 dan",
                                                       "/van dan", "/1 van dan", "/10.000 dan", " tren 10.000 dan",
                                                       " tren 1 van dan", " tren mot van dan", " tren van dan"]
        .map { Array($0.unicodeScalars) }
    private static let van = Array("vạn".unicodeScalars), tren = Array("trên".unicodeScalars)
    private static let binh = Array("bình".unicodeScalars), quan = Array("quân".unicodeScalars)
}
