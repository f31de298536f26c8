import Platform
import Facts

extension SentenceBinding {
    /// The number bound most closely to the rule's words so far: the figure,
    /// how many words stand between, the name or verb that binds it, and
    /// whether that name may stand in a part of an earlier figure (`…, trong
    /// đó rừng sản xuất 398 ha`), asked only when another binding competes.
    struct Closest {
        var fact: Fact
        var distance: Int
        var words: Range<Int>
        var mayBePart = false
    }

    /// Keeps `fact` as `best` when it is closer to its words, or as close and
    /// bound by longer words that hold the other's (`cấp lần đầu` over `cấp`);
    /// of equals, the first stays: in `02 vụ cháy (01 vụ cháy nhà, 01 vụ cháy
    /// rừng)`, `cháy rừng` names a part. A whole bound by words that hold a
    /// part's (`Trồng rừng tập trung được 412 ha, …, trong đó rừng sản xuất
    /// 398 ha`: `trồng rừng` holds `rừng`) is the thing, however close the part.
    func consider(_ fact: Fact, _ distance: Int, by words: Range<Int>, mayBePart: Bool = false, into best: inout Closest?) {
        let candidate = Closest(fact: fact, distance: distance, words: words, mayBePart: mayBePart)
        guard let current = best else { best = candidate; return }
        if mayBePart, current.mayBePart, current.fact.id != fact.id {
            let isPart = standsInPart(words)
            if isPart != standsInPart(current.words) {
                let (whole, part) = isPart ? (current, candidate) : (candidate, current)
                if holds(whole.words, part.words) {
                    if !isPart { best = candidate }
                    return
                }
            }
        }
        if distance < current.distance || distance == current.distance && words.count > current.words.count
            && holds(words, current.words) {
            best = candidate
        }
    }

    /// Whether `name` stands in a part of a figure before it: its phrase, from
    /// the `,` `;` or `(` before it, opens on `trong đó`.
    func standsInPart(_ name: Range<Int>) -> Bool {
        let bytes = folded.bytes
        var start = name.lowerBound
        while start > 0, bytes[start - 1] != UInt8(ascii: ","), bytes[start - 1] != UInt8(ascii: ";"),
              bytes[start - 1] != UInt8(ascii: "(") { start -= 1 }
        return start > 0 && start < name.lowerBound && opensOnTrongDo(start, before: name.lowerBound)
    }
}
