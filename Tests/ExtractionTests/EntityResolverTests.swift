import NLPCore
import Testing

@testable import Extraction

@Suite("Entity resolver")
struct EntityResolverTests {
    /// Words with `|TYPE` (begin) or `|+` (inside the previous entity) marks.
    static func tagged(_ text: String) -> Sentence {
        var type = ""
        return Sentence(
            words: text.split(separator: " ").map { item in
                let parts = item.split(separator: "|").map(String.init)
                var token = Token(form: parts[0])
                if parts.count == 2 {
                    if parts[1] == "+" {
                        token.entity = EntityTag(.inside, type)
                    } else {
                        type = parts[1]
                        token.entity = EntityTag(.begin, type)
                    }
                }
                return token
            })
    }

    static let article = [
        tagged("US|LOC Defense Secretary Mark|PER Esper|+ visited Vietnam|LOC ."),
        tagged("Mr.|PER Esper|+ met Ngo|PER Xuan|+ Lich|+ , and General Lich|PER thanked the U.S.|LOC ."),
        tagged("Esper|PER praised the Vietnam|ORG People|+ 's|+ Army|+ and the United|LOC States|+ ."),
    ]

    @Test func shortFormsJoinTheFullName() {
        let entities = EntityResolver().resolve(Self.article)
        let names = entities.map(\.name)
        #expect(names.filter { $0 == "Mark Esper" }.count == 1)
        #expect(!names.contains("Esper"))
        #expect(entities.first { $0.name == "Mark Esper" }?.mentions.count == 3)
        #expect(entities.first { $0.name == "Ngo Xuan Lich" }?.mentions.count == 2)
    }

    @Test func aSurnameTypedAsAPlaceIsThePerson() {
        let entities = EntityResolver().resolve([
            Self.tagged("Minister Tomas|PER Ibarra|+ signed ."), Self.tagged("Ibarra|LOC visited Bergen|LOC ."),
        ])
        let ibarra = entities.first { $0.name == "Tomas Ibarra" }
        #expect(ibarra?.type == "PER" && ibarra?.mentions.filter { $0.kind == .name }.count == 2)
        #expect(!entities.contains { $0.name == "Ibarra" })
        #expect(entities.contains { $0.name == "Bergen" && $0.type == "LOC" })
    }

    @Test func knownShortFormsAreExpanded() {
        let entities = EntityResolver().resolve(Self.article)
        let unitedStates = entities.filter { $0.name == "United States" }
        #expect(unitedStates.count == 1)
        #expect(unitedStates.first?.mentions.count == 3)
        #expect(!entities.contains { $0.name == "US" || $0.name == "U.S." })
    }

    @Test func keysAreStableAndReadable() {
        let entities = EntityResolver().resolve(Self.article)
        #expect(entities.first { $0.name == "Vietnam People's Army" }?.key == "vietnam-peoples-army")
        #expect(entities.first { $0.name == "Mark Esper" }?.key == "mark-esper")
        #expect(EntityResolver().resolve(Self.article) == entities)
    }

    @Test func titlesAreOnlyStrippedFromPeople() {
        let entities = EntityResolver().resolve([Self.tagged("the Defense|ORG Ministry|+ met")])
        #expect(entities.map(\.name) == ["Defense Ministry"])
    }
}

@Suite("Entity types and residue")
struct EntityTypeTests {
    @Test func scrapingResidueIsNoEntity() {
        let entities = EntityResolver().resolve([EntityResolverTests.tagged("leftcenterrightdel|ORG Esper|PER spoke")])
        #expect(entities.map(\.name) == ["Esper"])
    }

    @Test(arguments: [
        ("Vietnam|LOC", "Vietnam", "LOC", true), ("the US|ORG", "United States", "LOC", true),
        ("the Olympic|MISC Games|+", "Olympic Games", "EVENT", false), ("Acme|ORG Corp|+", "Acme Corp", "ORG", false),
        ("the Euro|MISC", "Euro", "OTHER", false), ("Hanoi|LOC", "Hanoi", "LOC", false),
        ("the Shangri-La|MISC Dialogue|+", "Shangri-La Dialogue", "EVENT", false), ("Lee|PER", "Lee", "PER", false),
    ])
    func types(_ text: String, _ name: String, _ type: String, _ isCountry: Bool) {
        let entities = EntityResolver().resolve([EntityResolverTests.tagged(text)])
        #expect(entities.map(\.name) == [name])
        #expect(entities.first?.type == type)
        #expect(entities.first?.isCountry == isCountry)
    }

    /// The recognizer's misses and slips mended by what the article says elsewhere.
    @Test func namesTheRecognizerMissed() {
        let sentences = [
            handParsed(
                "the/DET/5/det Vietnam/PROPN/3/compound|ORG People/PROPN/5/nmod:poss|+ 's/PART/3/case|+ Army/PROPN/0/root|+ "
                    + "and/CCONJ/9/cc the/DET/9/det Defense/PROPN/9/compound|ORG Ministry/PROPN/5/conj|+"),
            // `Vietnam` alone tagged, `People's Army` missed; `Defense Ministry` missed.
            handParsed(
                "the/DET/5/det Vietnam/PROPN/3/compound|LOC People/PROPN/5/nmod:poss 's/PART/3/case Army/PROPN/6/nsubj "
                    + "thanked/thank/VERB/0/root the/DET/9/det Defense/PROPN/9/compound Ministry/PROPN/6/obj"),
            handParsed("HANOI/PROPN/0/root|PER ,/PUNCT/3/punct Monday/PROPN/1/parataxis"),
            handParsed("Smith/PROPN/2/nsubj|PER visited/visit/VERB/0/root Hanoi/PROPN/2/obj|LOC"),
        ]
        let resolved = EntityResolver().resolveArticle(sentences)
        let names = resolved.entities.map(\.name)
        #expect(names.filter { $0 == "Vietnam People's Army" }.count == 1)
        #expect(!names.contains("Vietnam"))
        #expect(resolved.referents(sentence: 1, words: [0, 1, 2, 3]).map { resolved.entities[$0].name } == ["Vietnam People's Army"])
        #expect(resolved.referents(sentence: 1, words: [6, 7, 8]).map { resolved.entities[$0].name } == ["Defense Ministry"])
        #expect(resolved.entities.filter { $0.name == "Hanoi" }.map(\.type) == ["LOC"])
    }
}
