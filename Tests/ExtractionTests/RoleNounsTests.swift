import Testing

@testable import Extraction

@Suite("Role nouns")
struct RoleNounsTests {
    @Test(arguments: [
        (["US", "Secretary", "of", "Defense"], ["US Defense Secretary"]),
        (["US", "Defense", "Secretary"], ["US Defense Secretary"]),
        (["Vietnamese", "Defense", "Minister", "General"], ["Vietnamese Defense Minister", "General"]),
        (["Prime", "Minister"], ["Prime Minister"]),
        (["PM"], ["Prime Minister"]),
        (["U.S.", "Ambassador", "to", "Vietnam"], ["US Ambassador to Vietnam"]),
        (["Secretary", "of", "State"], ["Secretary of State"]),
        (["Mr."], []),
        (["Yesterday"], []),
    ])
    func titleWordsSpellRoles(_ words: [String], _ roles: [String]) {
        #expect(RoleNouns.roles(words) == roles)
    }

    @Test(arguments: [
        ("Vietnamese", "Vietnam"), ("US", "United States"), ("U.S.", "United States"), ("Chinese", "China"), ("Vietnam", "Vietnam"),
    ])
    func countries(_ word: String, _ country: String) {
        #expect(Demonyms.country(word) == country)
    }

    @Test func commonWordsAreNoCountries() {
        #expect(Demonyms.country("Defense") == nil)
        #expect(Demonyms.country("ASEAN") == nil)
    }
}
