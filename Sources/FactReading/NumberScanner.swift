import FoundationEssentials
import Platform
import Report
import Facts

/// Finds every number of a paragraph and decides what it is: a quantity with
/// its unit, or a typed reference (date, year, document number, footnote
/// mark, digits in a name). Rules look at words and shapes, never at values
/// beyond what a shape implies (a year is four digits between 1900 and 2100).
struct NumberScanner {
    let scalars: [Unicode.Scalar]
    /// The quantities found, in text order.
    private(set) var quantities: [ScannedQuantity] = []
    /// The other numbers found, in text order.
    private(set) var references: [ScannedReference] = []

    /// A scanner of `scalars` that writes into the memory of the arrays given.
    init(_ scalars: [Unicode.Scalar], quantities: [ScannedQuantity] = [], references: [ScannedReference] = []) {
        self.scalars = scalars
        self.quantities = quantities
        self.references = references
        self.quantities.removeAll(keepingCapacity: true)
        self.references.removeAll(keepingCapacity: true)
        // Room for a number every twenty scalars, which few paragraphs pass, so that the array seldom grows.
        self.quantities.reserveCapacity(scalars.count / 20 + 4)
    }

    /// Scans the whole text into `quantities` and `references`, replacing what
    /// they held and reusing their storage (the extractor scans paragraph after
    /// paragraph). `marks` are the offsets of its digits and `<` (and maybe
    /// other scalars), in order: the scanner stops only there.
    ///
    /// Two lists, not one of either kind: a sentence's quantities are then a
    /// slice of the paragraph's, read where they lie (copying a quantity out
    /// of a list retained its unit's strings, and released them again).
    /// `numberWords`: the numbers in words the text may hold
    /// (``numberWordsIn(_:)``), to be searched for after the digits.
    static func scan(_ scalars: [Unicode.Scalar], marks: ArraySlice<Int>, numberWords: NumberWords = [],
                     quantities: inout [ScannedQuantity], references: inout [ScannedReference]) {
        var scanner = NumberScanner(scalars, quantities: quantities.takeAll(), references: references.takeAll())
        scanner.run(marks: marks)
        if !numberWords.isEmpty {
            // Merged in order, both lists being in text order (inserting each would be quadratic).
            let words = scanner.numberWords(numberWords)
            if !words.isEmpty {
                let digits = scanner.quantities.takeAll()
                var merged: [ScannedQuantity] = []
                merged.reserveCapacity(digits.count + words.count)
                var next = 0
                for quantity in digits {
                    while next < words.count, words[next].start < quantity.start { merged.append(words[next]); next += 1 }
                    merged.append(quantity)
                }
                merged.append(contentsOf: words[next...])
                scanner.quantities = merged
            }
        }
        quantities = scanner.quantities.takeAll()
        references = scanner.references.takeAll()
    }

    mutating func run(marks: ArraySlice<Int>) {
        var index = 0
        for mark in marks where mark >= index {
            let scalar = scalars[mark]
            guard scalar == "<" || scalar == "[" || ScalarText.isDigit(scalar) else { continue }
            index = mark
            if scalar == "<", let sup = InlineMarkup.superscript(in: scalars, at: index) {
                if isInteger(sup.content), !InlineMarkup.isUnitExponent(in: scalars, at: index, content: sup.content) {
                    references.append(ScannedReference(kind: .footnoteMark, start: index, end: sup.end))
                }
                index = sup.end
            } else if scalar == "[" {
                // `[^2]`, markdown's footnote mark.
                if let mark = InlineMarkup.footnoteMark(in: scalars, at: index) {
                    references.append(ScannedReference(kind: .footnoteMark, start: index, end: mark.end))
                    index = mark.end
                } else {
                    index += 1
                }
            } else if ScalarText.isDigit(scalar), index == 0 || !ScalarText.isWordChar(scalars[index - 1]) || isGluedToName(index) {
                // Moved into its list, not copied (a copy retains its unit).
                switch scanNumber(at: index) {
                case .quantity(let quantity):
                    index = max(quantity.end, index + 1)
                    quantities.append(quantity)
                case .reference(let reference):
                    index = max(reference.end, index + 1)
                    references.append(reference)
                }
            } else {
                index += 1
            }
        }
    }

    // MARK: - One number

    private func scanNumber(at start: Int) -> ScannedToken {
        if isGluedToName(start) { return reference(.nameDigit, start, nameRunEnd(from: start)) }
        let numberEnd = readNumber(from: start)
        if let end = documentNumberEnd(after: numberEnd) { return reference(.documentNumber, start, end) }
        if let end = spelledDateEnd(start: start, numberEnd: numberEnd) ?? monthEnd(start: start, numberEnd: numberEnd) {
            return reference(.date, start, end)
        }
        // The word after the number, read once for the periods and populations it may close.
        if let word = ScalarText.wordRangeAfter(scalars, numberEnd) {
            if let end = periodEnd(start: start, numberEnd: numberEnd, word: word) { return reference(.period, start, end) }
            if let end = populationBaseEnd(start: start, numberEnd: numberEnd, word: word) { return reference(.nameDigit, start, end) }
        }
        let digits = scalars[start..<numberEnd]
        // After a naming word (`khối 9`, `giai đoạn 2`) a short number names, unless it is a
        // year (`giai đoạn 2021-2025`) or a count with its unit that is zero-led (`cấp phòng 05 trường hợp`)
        // or given (`cấp 32 giấy phép`). The shape is tested before the words: it is cheaper, and rules out most numbers.
        if numberEnd - start <= 4, !digits.contains(where: { $0 == "." || $0 == "," }), !isYearShape(start, numberEnd),
           isNameContext(start), !(isCountNotName(start, digits) && hasMeasureOrLexiconUnit(at: numberEnd)) {
            return reference(.nameDigit, start, nameRunEnd(from: start))
        }
        if numberEnd < scalars.count, ScalarText.isLetter(scalars[numberEnd]), readUnit(at: numberEnd) == nil {
            return reference(.nameDigit, start, nameRunEnd(from: start))  // `4B`, `7A`
        }
        if let ratio = scanSlashed(start: start, numberEnd: numberEnd) { return ratio }
        // `17 trên 20 chỉ tiêu`, `cả 3 tiêu chí`: both words after the number open on `t`, which most numbers' do not.
        if numberEnd + 1 < scalars.count, scalars[numberEnd] == " ", scalars[numberEnd + 1] == "t" {
            if let ratio = scanOutOf(start: start, numberEnd: numberEnd) { return ratio }
            if let end = allCriteriaEnd(start: start, numberEnd: numberEnd) { return reference(.nameDigit, start, end) }
        }
        // `245,600`: commas grouping thousands, read once: the value when no other reading fits, and below a count's.
        let grouped = VietnameseNumber.commaGrouped(scalars: digits)
        guard var value = VietnameseNumber.parse(scalars: digits) ?? grouped else { return reference(.unclassified, start, numberEnd) }
        if isYearShape(start, numberEnd) {
            if let end = yearRangeEnd(after: numberEnd) { return reference(.year, start, end) }
            if ScalarText.precededByPhrase(scalars, start, ContextWords.yearBeforeScalars) || !hasMeasureOrLexiconUnit(at: numberEnd) {
                return reference(.year, start, numberEnd)
            }
        }
        var end = numberEnd
        if end + 1 < scalars.count, scalars[end] == "," || scalars[end] == ".", scalars[end + 1] == "%" { end += 1 } // `102,% KH`
        var upper: Decimal?
        let listed = followsDashedFigure(start)
        if !listed, let range = rangeUpper(after: end) { upper = range.value; end = range.end }
        guard var (unit, unitEnd) = readUnit(at: end) ?? populationRate(before: start, unit: nil).map({ ($0, end) })
                ?? labelUnit(before: start).map({ ($0, end) }) ?? countNamed(before: start, numberEnd: end).map({ ($0, end) })
                ?? casualtiesCounted(before: start, numberEnd: end).map({ ($0, end) })
                ?? borrowedUnit(before: start, numberEnd: end).map({ ($0, end) }) else {
            if isProperNameLabel(start) { return reference(.nameDigit, start, numberEnd) }
            return reference(.unclassified, start, end)
        }
        if let medal = medalKind(start: start, unitStart: end) { unit = medal }
        // `trẻ em dưới 1 tuổi`, `từ 15 tuổi trở lên`: an age names a group of people (and took the
        // qualifiers of the rate after it); it is a value only where a word gives it (`tuổi thọ đạt 74,2 tuổi`).
        if unit.dimension == Self.age, !isAgeGiven(start) { return reference(.nameDigit, start, unitEnd) }
        if upper == nil, let sum = compoundMoney(value, unit: unit, unitEnd: unitEnd) { (value, unit, unitEnd) = sum }
        // `từ 8% đến 8,5%`: the upper bound after the unit, in the same unit.
        if upper == nil, !listed, let range = unitRangeUpper(after: unitEnd, from: value, unit: unit) { (upper, unitEnd) = range }
        // `150 việc/1.234`, `640 thửa/2.400 thửa`: a ratio whose whole follows the unit.
        var denominator: Decimal?
        // `28,5 m2 sàn/người`: the floor an area is of stands between its unit and what it is per.
        if unit.dimension == .area, let floor = ScalarText.wordRangeAfter(scalars, unitEnd), ScalarText.equals(scalars, floor, Self.san),
           floor.upperBound < scalars.count, scalars[floor.upperBound] == "/" {
            unitEnd = floor.upperBound
        }
        var quantityEnd = unitEnd
        if let (rate, perEnd) = populationPer(after: unitEnd, of: unit) {
            // `9,6 bác sĩ/10.000 dân`: a rate per ten thousand people, not a ratio.
            unit = rate
            unitEnd = perEnd
            quantityEnd = perEnd
        } else if unitEnd + 1 < scalars.count, scalars[unitEnd] == "/", ScalarText.isDigit(scalars[unitEnd + 1]) {
            let wholeEnd = readNumber(from: unitEnd + 1)
            if let whole = VietnameseNumber.parse(scalars: scalars[(unitEnd + 1)..<wholeEnd]) {
                // `19 vụ/24 vụ cùng kỳ`: last year's figure, left to be read as one of its own.
                if let (again, againEnd) = readUnit(at: wholeEnd) {
                    if again == unit, !LastYearAfterSlash.namesLastYear(scalars, at: againEnd) { denominator = whole; quantityEnd = againEnd }
                } else if !LastYearAfterSlash.namesLastYear(scalars, at: wholeEnd) {
                    denominator = whole
                    quantityEnd = wholeEnd
                }
            }
        } else if let (per, perEnd) = perUnit(after: unitEnd, of: unit) {
            // `19,6 triệu đồng/tháng`, `60 triệu đồng/người/năm`: an amount per something;
            // `58,4 triệu/người/năm`: a million alone per something is a million đồng.
            unit = UnitLexicon.rate(UnitLexicon.money(ofBareScale: unit) ?? unit, per: per)
            unitEnd = perEnd
            quantityEnd = perEnd
        } else if case .count = unit.dimension, let rate = populationRate(before: start, unit: unit) ?? sharedPer(after: unitEnd, of: unit) {
            // `Số bác sĩ/vạn dân đạt 9,8 bác sĩ`: the per stands in the name, or after the count joined to it.
            unit = rate
        }
        // `245,600 lượt khách`: no count of whole things has three decimals, so the comma groups thousands.
        if let whole = grouped, case .count(let noun) = unit.dimension, unit.factor == 1,
           !Self.measuredCounts.contains(noun) { value = whole }
        return .quantity(ScannedQuantity(start: start, numberEnd: end, end: quantityEnd, value: value, upper: upper,
                                         denominator: denominator, unit: unit, approximate: approximateWord(before: start, unit: unit)))
    }

    /// Counted nouns that measure, where a fraction stands (`gấp 1,125 lần`, `65,125 điểm`, `73,5 tuổi`).
    private static let measuredCounts: Set<String> = ["lần", "điểm", "điểm %", "tuổi", "năm", "tháng", "ngày", "công"]

    /// The dimension of ages: `tuổi` counted.
    private static let age = Dimension.count(noun: "tuổi")

    /// Whether an age is a value: a word that gives one (`đạt`, `bình quân`) or a colon stands before it.
    private func isAgeGiven(_ start: Int) -> Bool {
        let before = ScalarText.skipSpacesBack(scalars, before: start)
        return before >= 0 && scalars[before] == ":" || ScalarText.precededByPhrase(scalars, start, ContextWords.ageValueBeforeScalars)
    }

    /// What a unit is per, written after a `/`: `tháng`, `người/năm`, `ngày đêm`.
    private func perUnit(after unitEnd: Int, of unit: QuantityUnit) -> (String, Int)? {
        guard unitEnd + 1 < scalars.count, scalars[unitEnd] == "/", ScalarText.isLetter(scalars[unitEnd + 1]),
              unit.dimension != .percent, unit.dimension != .number else { return nil }
        var words: [String] = []
        var cursor = unitEnd
        while cursor + 1 < scalars.count, scalars[cursor] == "/", ScalarText.isLetter(scalars[cursor + 1]), words.count < 3 {
            // `21.300 tấn/KH 21.000 tấn`: the plan (or last year) the figure is set against, not what it is per.
            if words.isEmpty, Self.isComparedWith(scalars, from: cursor + 1) { return nil }
            var end = cursor + 1
            while end < scalars.count, ScalarText.isLetter(scalars[end]) { end += 1 }
            // `người/km2`, `người/km²`: the power belongs to the unit.
            while end < scalars.count, scalars[end] == "2" || scalars[end] == "3" || scalars[end] == "²" || scalars[end] == "³" { end += 1 }
            var word = String(scalars: scalars[(cursor + 1)..<end])
            // `ngày đêm`, `vạn dân`: a second word belongs to the unit.
            if end + 1 < scalars.count, scalars[end] == " ", let next = ScalarText.wordRangeAfter(scalars, end),
               ScalarText.equals(scalars, next, Self.dem) || ScalarText.equals(scalars, next, Self.dan) {
                word += " " + String(scalars: scalars[next])
                end = next.upperBound
            }
            words.append(word)
            cursor = end
        }
        return words.isEmpty ? nil : (words.joined(by: "/"), cursor)
    }

    /// Whether the word at `start` names a plan or last year (`KH`, `kế`
    /// hoạch, `NQ`, `CK`, `CKNT`, `cùng` kỳ, `dự` toán, `DT`): what a figure after a `/` is compared with.
    static func isComparedWith(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var end = start
        while end < scalars.count, ScalarText.isLetter(scalars[end]) { end += 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<end].map(TextFolding.fold)))
        return ["kh", "nq", "ck", "cknt", "ke", "cung", "du", "dt", "chi", "muc"].contains(word)
    }

    /// `a/b` and `a/b/c`: dates (`10/11/2023`, `12/2023`, `ngày 18/5`) or ratios (`1.480/1.530 HS`).
    private func scanSlashed(start: Int, numberEnd: Int) -> ScannedToken? {
        guard numberEnd + 1 < scalars.count, scalars[numberEnd] == "/", ScalarText.isDigit(scalars[numberEnd + 1]) else { return nil }
        let secondEnd = readNumber(from: numberEnd + 1)
        if secondEnd + 1 < scalars.count, scalars[secondEnd] == "/", ScalarText.isDigit(scalars[secondEnd + 1]) {
            return reference(.date, start, readNumber(from: secondEnd + 1))
        }
        if let month = integer(start, numberEnd), month >= 1, month <= 12, isYearShape(numberEnd + 1, secondEnd) {
            return reference(.date, start, secondEnd)
        }
        if ScalarText.precededByPhrase(scalars, start, ContextWords.dateBeforeScalars),
           let day = integer(start, numberEnd), let month = integer(numberEnd + 1, secondEnd),
           (1...31).contains(day), (1...12).contains(month) {
            return reference(.date, start, secondEnd)
        }
        guard let numerator = VietnameseNumber.parse(scalars: scalars[start..<numberEnd]),
              let denominator = VietnameseNumber.parse(scalars: scalars[(numberEnd + 1)..<secondEnd])
        else { return reference(.unclassified, start, secondEnd) }
        let read = readUnit(at: secondEnd)
        if read == nil, ScalarText.precededByPhrase(scalars, start, ContextWords.dateBoundBeforeScalars),
           let day = integer(start, numberEnd), let month = integer(numberEnd + 1, secondEnd),
           (1...31).contains(day), (1...12).contains(month) {
            return reference(.date, start, secondEnd)
        }
        let (unit, unitEnd) = read ?? labelUnit(before: start).map { ($0, secondEnd) } ?? (.none, secondEnd)
        // Stars are graded, not counted out of a whole: `đạt 03/04 sao` is three to four stars.
        if unit.dimension == .count(noun: "sao") {
            return .quantity(ScannedQuantity(start: start, numberEnd: secondEnd, end: unitEnd, value: numerator, upper: denominator,
                                             denominator: nil, unit: unit, approximate: nil))
        }
        // A ratio is exact by shape: `trên 8/8 phường` means "in", not "over".
        return .quantity(ScannedQuantity(start: start, numberEnd: secondEnd, end: unitEnd, value: numerator, upper: nil,
                                         denominator: denominator, unit: unit, approximate: nil))
    }

    // MARK: - Units

    /// The unit written at `index` (after spaces): a scale word and/or a unit
    /// of the lexicon, or failing that a lower-case word read as a counted noun.
    func readUnit(at index: Int) -> (QuantityUnit, Int)? {
        scalars.withUnsafeBufferPointer { text in
            var cursor = ScalarText.skipSpacesAndEmphasis(scalars, index)
            var scale: Int?
            if let found = scaleWord(in: text, at: cursor) {
                scale = UnitLexicon.scaleOfForm[found.form]
                cursor = ScalarText.skipSpaces(scalars, found.end)
            }
            if let found = UnitLexicon.forms.match(in: text, at: cursor) {
                // `đến 30/9 giải ngân …`: `giải` opening a verb (`giải ngân`, `giải quyết`) is no prize, nor any noun.
                if scale == nil, found.form == Self.prizeForm, let next = ScalarText.wordRangeAfter(scalars, found.end),
                   Self.prizeVerbEnds.contains(where: { ScalarText.equals(scalars, next, $0) }) { return nil }
                return (scale.map { UnitLexicon.scaledUnits[$0][found.form] } ?? UnitLexicon.units[found.form], found.end)
            }
            if let scale { return (UnitLexicon.scaleUnits[scale], cursor) }
            guard cursor == index || scalars[index] == " " || scalars[index] == "*", let word = ScalarText.wordRangeAfter(scalars, cursor),
                  TextFolding.isLowercase(scalars[word.lowerBound]), word.count > 1,
                  !ContextWords.isNotNoun(text, word) else { return nil }
            return (UnitLexicon.countUnit(String(scalars: scalars[word])), word.upperBound)
        }
    }

    private func hasMeasureOrLexiconUnit(at index: Int) -> Bool {
        scalars.withUnsafeBufferPointer { text in
            let cursor = ScalarText.skipSpacesAndEmphasis(scalars, index)
            // `vốn tỉnh phân cấp 310 tỷ đồng`: a scale word is money's or a count's, never a name's.
            return UnitLexicon.forms.match(in: text, at: cursor) != nil || scaleWord(in: text, at: cursor) != nil
        }
    }

    /// The scale word (`tỷ`, `triệu`, `nghìn`) at `cursor`, its form and end; not `tỷ lệ`, a rate and not a billion.
    private func scaleWord(in text: UnsafeBufferPointer<Unicode.Scalar>, at cursor: Int) -> (form: Int, end: Int)? {
        guard let found = UnitLexicon.scaleForms.match(in: text, at: cursor) else { return nil }
        let next = ScalarText.wordRangeAfter(scalars, found.end)
        return next.map { ScalarText.equals(scalars, $0, Self.le) } == true ? nil : (found.form, found.end)
    }

    // MARK: - Helpers

    private static let le = Array("lệ".unicodeScalars)
    /// The lexicon's form of `giải`, compared as an index: units compared as strings cost every unit read a normalisation.
    private static let prizeForm = UnitLexicon.units.firstIndex(of: UnitLexicon.countUnit("giải")) ?? -1
    /// The words after `giải` that make it a verb: `giải ngân`, `giải quyết`, `giải phóng`, `giải trình` (not `giải thể thao`).
    private static let prizeVerbEnds = ["ngân", "quyết", "phóng", "trình"].map { Array($0.unicodeScalars) }
    private static let dem = Array("đêm".unicodeScalars), san = Array("sàn".unicodeScalars)
    /// `dân`: the people a rate is per (`bác sĩ/vạn dân`), here and in NumberScanner+Population.
    static let dan = Array("dân".unicodeScalars)

    private func reference(_ kind: ReferenceKind, _ start: Int, _ end: Int) -> ScannedToken {
        .reference(ScannedReference(kind: kind, start: start, end: max(end, start + 1)))
    }
}
