import Platform

extension SentenceBinding {
    /// Where a sentence names the rule's topic (its context words) and other
    /// topics (its `unless` words). With no other topic in the sentence, any
    /// number may be the rule's; with one, only a number whose nearest topic
    /// before it is the rule's: in `44 vụ phạm pháp hình sự; 24 vụ tai nạn
    /// giao thông làm chết 13 người`, the deaths are the traffic's.
    struct Topics {
        let own: [Int], others: [Int]

        /// The topics of `binding`'s rule in its sentence.
        init(_ binding: SentenceBinding) {
            others = binding.occurrences(of: binding.rule.unless).map(\.lowerBound)
            // With no other topic named, the rule's own are never asked for.
            own = others.isEmpty ? [] : binding.occurrences(of: binding.rule.context).map(\.lowerBound)
        }

        func allows(_ position: Int) -> Bool {
            guard !others.isEmpty else { return true }
            guard let nearestOwn = own.filter({ $0 < position }).max() else { return false }
            return others.filter { $0 < position }.allSatisfy { $0 < nearestOwn }
        }

        /// ``allows(_:)``, or for a figure of a list (`ở đô thị, nông thôn lần lượt đạt 98% và 82%`),
        /// the topic nearest before the end of its item: the 98% is the towns', though `nông thôn`
        /// stands nearer before it. `list` gives the sentence's list, asked only where a topic is at stake.
        func allows(_ position: Int, listed list: () -> RespectiveList?) -> Bool {
            guard !others.isEmpty else { return true }
            if allows(position) { return true }
            guard let itemEnd = list()?.itemEnd(ofFigureAt: position) else { return false }
            return allows(itemEnd)
        }
    }
}
