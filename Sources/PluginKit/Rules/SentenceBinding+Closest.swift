import Facts

extension SentenceBinding {
    /// The number bound most closely to the rule's words so far: the figure,
    /// how many words stand between, and the name or verb that binds it.
    struct Closest {
        var fact: Fact
        var distance: Int
        var words: Range<Int>
    }

    /// Keeps `fact` as `best` when it is closer to its words, or as close and
    /// bound by longer words that hold the other's (`cấp lần đầu` over `cấp`);
    /// of equals, the first stays: in `02 vụ cháy (01 vụ cháy nhà, 01 vụ cháy
    /// rừng)`, `cháy rừng` names a part.
    func consider(_ fact: Fact, _ distance: Int, by words: Range<Int>, into best: inout Closest?) {
        guard let current = best else { best = Closest(fact: fact, distance: distance, words: words); return }
        if distance < current.distance || distance == current.distance && words.count > current.words.count
            && holds(words, current.words) {
            best = Closest(fact: fact, distance: distance, words: words)
        }
    }
}
