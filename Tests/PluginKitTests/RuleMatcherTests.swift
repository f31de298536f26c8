import Testing
import Platform
import Report
import Facts
import FactReading
import Query
@testable import PluginKit
import BuiltinPlugins
import TestSupport

@Suite("Finding rules match words, not numbers")
struct RuleMatcherTests {
    let store = Reports.store(markdown: """
    ### Phần I

    ### 1. Kinh tế

    Thu ngân sách đến 15/11/2025 là 210 tỷ đồng; Ước năm 2025 đạt 250 tỷ đồng. Trồng được 12 ha rừng và 4 ha cây ăn quả.

    ## Phần II

    - Trồng mới 20ha rừng.
    """)

    @Test("a phrase before the number, preferring the year-end estimate")
    func estimatePreferred() {
        let matcher = RuleMatcher(store: store)
        #expect(matcher.find(FindingRule(["thu ngân sách"], unit: .money))?.formattedValue() == "210 tỷ đồng")
        #expect(matcher.find(FindingRule(["thu ngân sách"], unit: .money, prefer: .estimate))?.formattedValue() == "250 tỷ đồng")
    }

    @Test("a value published a year late takes last year's figure dated alone; any other value does not")
    func lagged() {
        let store = FactStore(documents: [ReportReader.read(text: """
            BÁO CÁO
            Tình hình kinh tế - xã hội năm 2025

            I. KẾT QUẢ

            Chỉ số cải cách hành chính năm 2024 của tỉnh đạt 86,74%. Năm 2024, tỉnh đón 1,18 triệu lượt khách.

            """, name: "t")])
        let matcher = RuleMatcher(store: store)
        #expect(matcher.find(FindingRule(["chỉ số cải cách hành chính"], unit: .percent, lagged: true))?.formattedValue() == "86,74%")
        #expect(matcher.find(FindingRule(["chỉ số cải cách hành chính"], unit: .percent)) == nil)
        #expect(matcher.find(FindingRule(["đón"], unit: .count("lượt"))) == nil)
        #expect(matcher.find(FindingRule(["đón"], unit: .count("lượt"), lagged: true))?.formattedValue() == "1,18 triệu lượt")
    }

    @Test("a phrase right after the number, in each part of the report")
    func phraseAfter() {
        let matcher = RuleMatcher(store: store)
        #expect(matcher.find(FindingRule(["rừng"], unit: .area, position: .after))?.formattedValue() == "12 ha")
        #expect(matcher.find(FindingRule(["rừng"], in: .plan, unit: .area, position: .after))?.formattedValue() == "20 ha")
        #expect(matcher.find(FindingRule(["cây ăn quả"], unit: .area, position: .after))?.formattedValue() == "4 ha")
    }

    @Test("a name right after the figure another moved from names that other: the year's end after its start")
    func nameAfterStart() {
        let store = FactStore(documents: [ReportReader.read(text: """
            Đầu năm toàn xã có 88 hộ nghèo, chiếm 1,4%; đến cuối năm còn 52 hộ, chiếm 0,8%. Có 130 hộ cận nghèo.
            """, name: "t")])
        let matcher = RuleMatcher(store: store)
        #expect(matcher.find(FindingRule(["hộ nghèo"], unit: .count("hộ")))?.formattedValue() == "52 hộ")
        #expect(matcher.find(FindingRule(["hộ cận nghèo"], unit: .count("hộ")))?.formattedValue() == "130 hộ")
    }

    @Test("matching ignores case and diacritics, and the unit kind must agree")
    func foldedAndTyped() {
        let matcher = RuleMatcher(store: store)
        #expect(matcher.find(FindingRule(["THU NGAN SACH"], unit: .money))?.formattedValue() == "210 tỷ đồng")
        #expect(matcher.find(FindingRule(["thu ngân sách"], unit: .area)) == nil)
        #expect(matcher.find(FindingRule(["không có cụm từ này"], unit: .money)) == nil)
    }

    @Test("a name with a label stands only in a sentence the label leads, after it")
    func labelledName() {
        let labelled = RuleMatcher(store: Reports.store(markdown: """
        # I. KẾT QUẢ

        - Thương mại: doanh thu bán lẻ đạt 3.250 tỷ đồng.

        - Du lịch: đón 68.500 lượt khách; doanh thu đạt 96 tỷ đồng.

        a) Du lịch : doanh thu ước 104 tỷ đồng.
        """))
        let rule = FindingRule(["du lịch: doanh thu"], unit: .money)
        #expect(labelled.find(rule)?.formattedValue() == "96 tỷ đồng")
        #expect(RuleMatcher(store: Reports.store(markdown: "# I\n\na) Du lịch : doanh thu ước 104 tỷ đồng.\n")).find(rule)?
            .formattedValue() == "104 tỷ đồng")
        // Not led by the label: the bare words are something else's.
        #expect(RuleMatcher(store: Reports.store(markdown: "# I\n\nDoanh thu du lịch, dịch vụ: doanh thu 50 tỷ đồng.\n")).find(rule) == nil)
        // A label of several topics leads each: `Thương mại, du lịch:`, `Văn hóa và du lịch:`.
        for label in ["Thương mại, du lịch", "Văn hóa - thể thao và du lịch", "Du lịch, dịch vụ"] {
            let store = Reports.store(markdown: "# I\n\n- \(label): đón 52.000 lượt khách, doanh thu: 38 tỷ đồng.\n")
            #expect(RuleMatcher(store: store).find(rule)?.formattedValue() == "38 tỷ đồng", "\(label)")
        }
        // A label framed as a field, or opened by `Về` and a comma.
        for sentence in ["Lĩnh vực du lịch: thu hút 31.200 lượt khách; doanh thu đạt 24 tỷ đồng.",
                         "Về du lịch, đón 31.200 lượt khách, tăng 6%, doanh thu đạt 24 tỷ đồng."] {
            #expect(RuleMatcher(store: Reports.store(markdown: "# I\n\n\(sentence)\n")).find(rule)?.formattedValue() == "24 tỷ đồng",
                    "\(sentence)")
        }
        #expect(RuleMatcher(store: Reports.store(markdown: "# I\n\nVề thương mại, doanh thu đạt 24 tỷ đồng.\n")).find(rule) == nil)
    }

    @Test("a name with a label finds it in its section's title, where no sentence names what it finds in its own words")
    func labelInSectionTitle() {
        let rule = FindingRule(["du lịch: doanh thu"], unit: .money)
        let titled = RuleMatcher(store: Reports.store(markdown: """
        # I. KẾT QUẢ

        ## c) Du lịch

        Đón 150.000 lượt khách. Doanh thu dịch vụ lưu trú, ăn uống đạt 300 tỷ đồng.

        ## d) Thương mại

        Doanh thu đạt 5.000 tỷ đồng.
        """))
        #expect(titled.find(rule)?.formattedValue() == "300 tỷ đồng")
        // A sentence naming it in its own words comes first, wherever it stands.
        let named = RuleMatcher(store: Reports.store(markdown: """
        # I. KẾT QUẢ

        ## c) Du lịch

        Doanh thu dịch vụ lưu trú, ăn uống đạt 300 tỷ đồng.

        - Du lịch: doanh thu đạt 96 tỷ đồng.
        """))
        #expect(named.find(rule)?.formattedValue() == "96 tỷ đồng")
        // Numbered and framed as a field; a title whose first word is no numbering keeps it (`Kinh tế du lịch`).
        let numbered = RuleMatcher(store: Reports.store(markdown: "# I\n\n## 3. Hoạt động du lịch\n\nDoanh thu đạt 80 tỷ đồng.\n"))
        #expect(numbered.find(rule)?.formattedValue() == "80 tỷ đồng")
        let other = RuleMatcher(store: Reports.store(markdown: "# I\n\n## 3. Kinh tế du lịch\n\nDoanh thu đạt 80 tỷ đồng.\n"))
        #expect(other.find(rule) == nil)
        // Not one topic of several: under `Nông nghiệp, thủy sản`, a bare `sản lượng` may be the grain's.
        let topics = RuleMatcher(store: Reports.store(markdown: "# I\n\n## 2. Nông nghiệp, thủy sản\n\nSản lượng lương thực đạt 9.000 tấn.\n"))
        #expect(topics.find(FindingRule(["thủy sản: sản lượng"], unit: .mass)) == nil)
    }

    @Test("a rule that takes shares of plan takes the share of the estimated figure")
    func shares() {
        let matcher = RuleMatcher(store: Reports.store(markdown: """
        # I. KẾT QUẢ

        Đã giải ngân 388.100 triệu đồng, đạt 75,8% kế hoạch; ước cả năm giải ngân 497.000 triệu đồng, đạt 97% kế hoạch.
        """))
        #expect(matcher.find(FindingRule(["giải ngân"], unit: .percent))?.formattedValue() == nil)
        #expect(matcher.find(FindingRule(["giải ngân"], unit: .percent, takesShares: true))?.formattedValue() == "75,8%")
        #expect(matcher.find(FindingRule(["giải ngân"], unit: .percent, prefer: .estimate, takesShares: true))?.formattedValue() == "97%")
    }

    @Test("unit kinds accept their dimension")
    func unitKinds() {
        #expect(UnitKind.money.accepts(UnitLexicon.unit(named: "triệu USD")!))
        #expect(UnitKind.count("lượt").accepts(UnitLexicon.unit(named: "nghìn lượt")!))
        #expect(!UnitKind.count("hộ").accepts(UnitLexicon.unit(named: "lượt")!))
        #expect(UnitKind.count("").accepts(UnitLexicon.unit(named: "hộ")!))
    }

    @Test("the same facts are found before and after the word index is built")
    func indexAgrees() {
        let matcher = RuleMatcher(store: store)
        let rules = [FindingRule(["thu ngân sách"], unit: .money), FindingRule(["rừng"], unit: .area, position: .after),
                     FindingRule(["cây ăn quả"], unit: .area, position: .after), FindingRule(["không có"], unit: .money)]
        let scanned = rules.map { matcher.find($0)?.id }
        for _ in 0..<RuleMatcher.lookupsBeforeIndex { _ = matcher.find(rules[0]) }
        #expect(rules.map { matcher.find($0)?.id } == scanned)
        #expect(scanned.compactMap { $0 }.count == 3)
    }

    @Test("a phrase stands as whole words: not inside a longer word, at either end of the sentence, or beside punctuation")
    func wholeWords() {
        func occurrences(_ piece: String, _ text: String) -> [Int] {
            PhrasePattern.wordOccurrences(of: Array(piece.utf8), in: Array(text.utf8))
        }
        #expect(occurrences("tieu", "tieu chi tieu; chitieu tieudung tieu") == [0, 9, 32])
        #expect(occurrences("chi tieu", "cac chi tieu, 2 chi tieu") == [4, 16])
        #expect(occurrences("ha", "12ha, 12 ha.") == [9])
        // A piece that starts or ends with punctuation may touch a word on that side.
        #expect(occurrences("[77]", "vu[77], [77]x") == [2, 8])
        #expect(occurrences("tieu", "tieu").count == 1)
        #expect(occurrences("tieu", "tie").isEmpty)
    }

    @Test("a sentence's numbers kept from one rule's binding bind the next rules as numbers found afresh do")
    func keptNumbers() {
        let matcher = RuleMatcher(store: store)
        let rules = [FindingRule(["thu ngân sách"], unit: .money), FindingRule(["thu ngân sách"], unit: .money, prefer: .estimate),
                     FindingRule(["rừng"], unit: .area, position: .after), FindingRule(["cây ăn quả"], unit: .area, position: .after),
                     FindingRule(["trồng"], unit: .area)]
        var bound = 0
        for (position, group) in matcher.groups.enumerated() {
            for rule in rules {
                for sought in [SentenceBinding.Sought.values, .changes, .shares] {
                    let compiled = CompiledRule.of(rule), facts = store.factsSlice(group.factIDs)
                    let afresh = SentenceBinding(rule: compiled, folded: group.folded, facts: facts, sought: sought).match()
                    let kept = SentenceBinding(rule: compiled, folded: group.folded, facts: facts, sought: sought,
                                               numbersKept: (matcher.sentenceNumbers, position)).match()
                    #expect(kept?.id == afresh?.id)
                    if afresh != nil { bound += 1 }
                }
            }
        }
        #expect(bound >= 4)
    }

    @Test("names listed before `lần lượt` take the figures after it in order; more items than figures pair from the last")
    func respectively() {
        let store = Reports.store(markdown: """
        ### Phần I

        Kim ngạch xuất khẩu, nhập khẩu lần lượt đạt 385 triệu USD (tăng 4%) và 264 triệu USD. \
        Nông, lâm nghiệp, công nghiệp - xây dựng và dịch vụ lần lượt tăng 2,9%, 11,4% và 7,7%. \
        Các xã lần lượt tổ chức đại hội; trồng mới 40 ha rừng và 6 ha cây ăn quả.
        """)
        let matcher = RuleMatcher(store: store)
        #expect(matcher.find(FindingRule(["xuất khẩu"], unit: .money))?.formattedValue() == "385 triệu USD")
        #expect(matcher.find(FindingRule(["nhập khẩu"], unit: .money))?.formattedValue() == "264 triệu USD")
        #expect(matcher.find(FindingRule(["công nghiệp - xây dựng"], unit: .percent, takesChanges: true))?.formattedValue() == "11,4%")
        #expect(matcher.find(FindingRule(["lâm nghiệp"], unit: .percent, takesChanges: true))?.formattedValue() == "2,9%")
        // `lần lượt` with no list before it and no figures after it is "one after another".
        #expect(matcher.find(FindingRule(["trồng mới"], unit: .area))?.formattedValue() == "40 ha")
        let folded = Array("xuat khau, nhap khau lan luot dat 385 trieu usd va 264 trieu usd".utf8)
        let list = RespectiveList(folded: folded) { [(34, 47, true), (51, 64, true)] }
        #expect(list?.figure(for: 0..<9)?.start == 34)
        #expect(list?.figure(for: 11..<20)?.start == 51)
        #expect(RespectiveList(folded: folded) { [(34, 47, true)] } == nil)
        // A change after the levels is no figure of the list; a name over both items names the list.
        let withChange = RespectiveList(folded: folded) { [(34, 47, true), (51, 64, true), (60, 62, false)] }
        #expect(withChange?.figure(for: 11..<20)?.start == 51)
        #expect(withChange?.spansItems(0..<20) == true)
        #expect(withChange?.spansItems(11..<20) == false)
    }

    @Test("a list's later item that drops the first one's head takes its figure by the name the head makes of it; one name of another count, or written with other marks, takes none")
    func respectivelyWithHeadsDropped() {
        let store = Reports.store(markdown: """
        ### Phần I

        Đàn trâu, bò, lợn lần lượt có 4.210 con, 7.860 con và 31.400 con. \
        Kim ngạch xuất khẩu, nhập khẩu lần lượt đạt 412 triệu USD và 286 triệu USD. \
        Diện tích lúa, ngô, sắn lần lượt đạt 4.200 ha, 1.300 ha và 860 ha.
        """)
        let matcher = RuleMatcher(store: store)
        #expect(matcher.find(FindingRule(["đàn bò"], unit: .count("con")))?.formattedValue() == "7.860 con")
        #expect(matcher.find(FindingRule(["đàn lợn"], unit: .count("con")))?.formattedValue() == "31.400 con")
        // The head is `kim ngạch`, as many words going before `xuất khẩu` as `nhập khẩu` has: `xuất nhập khẩu` names neither.
        #expect(matcher.find(FindingRule(["xuất nhập khẩu"], unit: .money)) == nil)
        // Folded, `sắn` is `sàn`: the floor area is no crop's.
        #expect(matcher.find(FindingRule(["diện tích sàn"], unit: .area)) == nil)
        #expect(matcher.find(FindingRule(["diện tích sắn"], unit: .area))?.formattedValue() == "860 ha")
    }

    @Test("a listed figure's topic is read at its item's end: another topic named in a later item does not take it")
    func topicOfAListedFigure() {
        let store = Reports.store(markdown: """
        ### Phần I

        Tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt ở đô thị, nông thôn lần lượt đạt 98% và 82%.
        """)
        let urban = FindingRule(["chất thải rắn"], context: ["đô thị"], unless: ["nông thôn"], unit: .percent)
        #expect(RuleMatcher(store: store).find(urban)?.formattedValue() == "98%")
    }

    @Test("with no `lần lượt`, names listed alike before levels joined by `và` alone take them in order; other figures make no list")
    func respectivelyUnmarked() {
        let store = Reports.store(markdown: """
        ### Phần I

        Xuất khẩu, nhập khẩu ước đạt 126,4 triệu USD và 48,2 triệu USD. \
        Kim ngạch xuất khẩu đạt 412 triệu USD, nhập khẩu 286 triệu USD. \
        Diện tích lúa đạt 1.200 ha và 300 ha ngô.
        """)
        let matcher = RuleMatcher(store: store)
        let imports = matcher.findAll(FindingRule(["nhập khẩu"], unit: .money)).map { $0.formattedValue() }
        #expect(imports == ["48,2 triệu USD", "286 triệu USD"])
        #expect(matcher.find(FindingRule(["diện tích lúa"], unit: .area))?.formattedValue() == "1.200 ha")
        let folded = Array("xuat khau, nhap khau uoc dat 126,4 trieu usd va 48,2 trieu usd".utf8)
        let list = RespectiveList(folded: folded) { [(29, 44, true), (48, 62, true)] }
        #expect(list?.figure(for: 11..<20)?.start == 48)
        // Figures with words between, or fewer names than figures, make none.
        #expect(RespectiveList(folded: folded) { [(29, 40, true), (48, 62, true)] } == nil)
        #expect(RespectiveList(folded: Array("nhap khau uoc dat 126,4 trieu usd va 48,2 trieu usd".utf8)) { [(18, 33, true), (37, 51, true)] } == nil)
    }

    @Test("a label whose every topic a rule excludes says the figures after it are another's, but for an item labelled with the rule's name; one that names the rule's topic too does not")
    func labelledSentences() {
        let store = Reports.store(markdown: """
        ### Phần I

        b) Công nghiệp - xây dựng: Giá trị sản xuất ước đạt 5.240 tỷ đồng, tăng 12,6%. \
        - Thu, chi ngân sách: Tổng thu ngân sách ước đạt 312,6 tỷ đồng.
        """)
        let matcher = RuleMatcher(store: store)
        let growth = FindingRule(["giá trị sản xuất ước đạt"], exclude: ["công nghiệp", "xây dựng"], unit: .percent, takesChanges: true)
        #expect(matcher.find(growth) == nil)
        let revenue = FindingRule(["tổng thu ngân sách"], exclude: ["chi ngân sách"], unit: .money)
        #expect(matcher.find(revenue)?.formattedValue() == "312,6 tỷ đồng")
        // An item's own label after it names its figure: the opening label labels only its own item.
        let items = RuleMatcher(store: Reports.store(markdown: "### Phần I\n\nThu ngân sách: 45 tỷ đồng; chi ngân sách: 41 tỷ đồng.\n"))
        #expect(items.find(FindingRule(["chi ngân sách"], exclude: ["thu ngân sách"], unit: .money))?.formattedValue() == "41 tỷ đồng")
        let folded = Array("b) cong nghiep - xay dung va thuong mai: gia tri".utf8)
        let label = folded.withUnsafeBufferPointer { SentenceLabel($0) }
        #expect(label?.topics.map { String(decoding: folded[$0], as: UTF8.self) } == ["cong nghiep - xay dung ", " thuong mai"])
        #expect(label?.end == 40)
        #expect(Array("tong thu ngan sach dat 12 ty dong.".utf8).withUnsafeBufferPointer { SentenceLabel($0) } == nil)
    }

    @Test("a label is about what its topic ends on: `Giảm nghèo:` is no fall, and hides none of the households named after their number")
    func labelAboutItsLastWords() {
        let store = Reports.store(markdown: """
        ### Phần I

        Giảm nghèo: Cuối năm còn 51 hộ nghèo, giảm 14 hộ so với đầu năm.
        """)
        let households = FindingRule(["hộ nghèo"], exclude: ["giảm", "tỷ lệ"], unit: .count("hộ"))
        #expect(RuleMatcher(store: store).find(households)?.formattedValue() == "51 hộ")
    }

    @Test("a name reaches past `;` the figure its own clause's figure moved to; an average change (`giảm bình quân`) is no level")
    func movedPastSemicolon() {
        let matcher = Self.yearReport("Tỷ lệ hộ nghèo cuối năm 2024 là 3,2%; đến cuối năm 2025 còn 2,4%. "
                                      + "Tỷ lệ hộ cận nghèo giảm bình quân 0,6%/năm, đến nay còn 3,1%.")
        #expect(matcher.find(FindingRule(["tỷ lệ hộ nghèo"], unit: .percent))?.formattedValue() == "2,4%")
        #expect(matcher.find(FindingRule(["tỷ lệ hộ cận nghèo"], unit: .percent))?.formattedValue() != "0,6%")
    }

    @Test("a name reaches the figure its first figure moved to past one its exclusions rule out")
    func movedPastExcluded() {
        let households = FindingRule(["hộ nghèo"], exclude: ["thoát nghèo"], unit: .count("hộ"))
        #expect(Self.yearReport("Số hộ nghèo đầu năm 186 hộ; trong năm thoát nghèo 42 hộ, còn 144 hộ.").find(households)?
            .formattedValue() == "144 hộ")
    }

    /// A matcher over a report on 2025 whose results hold `paragraph`.
    static func yearReport(_ paragraph: String) -> RuleMatcher {
        RuleMatcher(store: Reports.store(markdown: "BÁO CÁO\nTình hình kinh tế - xã hội năm 2025\n\n### Phần I\n\n" + paragraph + "\n"))
    }
}
