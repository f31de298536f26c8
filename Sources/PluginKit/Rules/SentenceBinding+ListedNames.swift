/// How a name binds through a list of names and figures (``RespectiveList``):
/// as one of its items, as the head its items share, or as an item written
/// in part (an elided head, a shared tail).
extension SentenceBinding {
    /// Binds `name` through `list` when the list answers for it, and says
    /// whether it did, bound or not, so that the name is not read otherwise:
    ///
    /// - a name spanning several items names none of their figures;
    /// - an item's name takes the item's figure, unless the rule excludes
    ///   the item, or the figure a tail shared with the last item names
    ///   (``sharedTailFigure(of:in:among:)``);
    /// - a head the items share names the one figure whose item the rule
    ///   does not exclude (`Tỷ lệ chất thải rắn … ở đô thị và nông thôn`).
    func bindListed(_ name: Range<Int>, in list: RespectiveList, numbers: [Number], isChange: [Bool],
                    into best: inout Closest?) -> Bool {
        if list.spansItems(name) { return true }
        if let (at, item) = list.figure(for: name) {
            if let index = numbers.firstIndex(where: { $0.start == at }) {
                if !isChange[index], !isExcluded(item) { consider(facts[numbers[index].index], 0, by: name, into: &best) }
            } else if let shared = sharedTailFigure(of: name, in: list, among: numbers),
                      let index = numbers.firstIndex(where: { $0.start == shared }), !isChange[index] {
                consider(facts[numbers[index].index], 0, by: name, into: &best)
            }
            return true
        }
        if !rule.exclude.isEmpty, list.isSharedHead(name),
           case let open = list.pairedItems.filter({ !isExcluded($0.words) }), open.count == 1,
           let index = numbers.firstIndex(where: { $0.start == open[0].figure }) {
            if !isChange[index] { consider(facts[numbers[index].index], 0, by: name, into: &best) }
            return true
        }
        return false
    }

    /// Binds the items of `list` written in part that one of the rule's names
    /// stands for: later items whose head the first gives
    /// (``elidedItems(in:)``), and earlier items whose tail the last gives
    /// (``itemsSharingTail(in:)``), each unless the rule excludes its words.
    func bindPartialItems(of list: RespectiveList, numbers: [Number], isChange: [Bool], into best: inout Closest?) {
        for elided in elidedItems(in: list) {
            guard let index = numbers.firstIndex(where: { $0.start == elided.figure }), !isChange[index],
                  !isExcluded(elided.words) else { continue }
            consider(facts[numbers[index].index], 0, by: elided.words, into: &best)
        }
        for shared in itemsSharingTail(in: list) {
            guard let index = numbers.firstIndex(where: { $0.start == shared.figure }), !isChange[index],
                  !isExcluded(shared.words), !isExcluded(shared.tail) else { continue }
            consider(facts[numbers[index].index], 0, by: shared.words, into: &best)
        }
    }
}
