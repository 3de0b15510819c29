/// Countries by name, short form and demonym, so that `Vietnamese`, `Vietnam` and `the US` can be
/// told to name a country, and which one. A small list of the countries news most often names; a
/// word outside it is simply not known to be a country.
enum Demonyms {
    /// Demonym (lower case) → country name as `EntityResolver` spells it.
    static let countries: [String: String] = [
        "vietnamese": "Vietnam", "american": "United States", "chinese": "China", "japanese": "Japan",
        "korean": "South Korea", "south korean": "South Korea", "north korean": "North Korea", "russian": "Russia",
        "indian": "India", "french": "France", "german": "Germany", "british": "United Kingdom", "italian": "Italy",
        "spanish": "Spain", "canadian": "Canada", "australian": "Australia", "thai": "Thailand",
        "cambodian": "Cambodia", "laotian": "Laos", "lao": "Laos", "indonesian": "Indonesia",
        "malaysian": "Malaysia", "philippine": "Philippines", "filipino": "Philippines",
        "singaporean": "Singapore", "burmese": "Myanmar", "myanmar": "Myanmar", "bruneian": "Brunei",
        "taiwanese": "Taiwan", "pakistani": "Pakistan", "iranian": "Iran", "iraqi": "Iraq", "israeli": "Israel",
        "palestinian": "Palestine", "syrian": "Syria", "turkish": "Turkey", "egyptian": "Egypt",
        "saudi": "Saudi Arabia", "ukrainian": "Ukraine", "polish": "Poland", "dutch": "Netherlands",
        "belgian": "Belgium", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland",
        "swiss": "Switzerland", "austrian": "Austria", "greek": "Greece", "portuguese": "Portugal",
        "irish": "Ireland", "mexican": "Mexico", "brazilian": "Brazil", "argentine": "Argentina",
        "argentinian": "Argentina", "chilean": "Chile", "cuban": "Cuba", "venezuelan": "Venezuela",
        "colombian": "Colombia", "peruvian": "Peru", "nigerian": "Nigeria", "kenyan": "Kenya",
        "ethiopian": "Ethiopia", "south african": "South Africa", "afghan": "Afghanistan", "mongolian": "Mongolia",
        "new zealand": "New Zealand", "bangladeshi": "Bangladesh", "nepalese": "Nepal", "sri lankan": "Sri Lanka",
    ]

    /// Country names as `EntityResolver` spells them (aliases such as `US` already expanded).
    static let names: Set<String> = Set(countries.values).union([
        "Vietnam", "United States", "United Kingdom", "Korea", "Viet Nam", "Lebanon", "Jordan", "Qatar",
        "United Arab Emirates", "Kuwait", "Oman", "Yemen", "Libya", "Tunisia", "Algeria", "Morocco", "Sudan",
        "Ghana", "Hungary", "Romania", "Bulgaria", "Serbia", "Croatia", "Czech Republic", "Slovakia", "Belarus",
        "Kazakhstan", "Uzbekistan", "Timor-Leste", "East Timor",
    ])

    /// The country a word names as a demonym (`Vietnamese` → `Vietnam`), if it is one.
    static func country(demonym word: String) -> String? {
        countries[word.lowercased()]
    }

    /// The country a word or short form names (`US`, `U.S.`, `Vietnam`, `Vietnamese`), if any.
    static func country(_ word: String) -> String? {
        if let demonym = country(demonym: word) { return demonym }
        let name = EntityResolver.aliases[word.lowercased()] ?? word
        return names.contains(name) ? name : nil
    }

    static func isCountry(_ name: String) -> Bool { names.contains(name) }
}
