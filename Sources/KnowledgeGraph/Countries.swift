/// Country names (lower case), so a place that is a country is typed schema:Country.
enum Countries {
    static let names: Set<String> = Set(
        """
        afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|
        bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|botswana|brazil|brunei|bulgaria|burkina faso|
        burundi|cambodia|cameroon|canada|chad|chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|
        czech republic|czechia|denmark|djibouti|dominica|dominican republic|ecuador|egypt|el salvador|eritrea|estonia|
        eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|
        guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|
        kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|
        lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|micronesia|
        moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|netherlands|new zealand|
        nicaragua|niger|nigeria|north korea|north macedonia|norway|oman|pakistan|palau|palestine|panama|
        papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|samoa|san marino|
        saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|somalia|south africa|
        south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|
        thailand|timor-leste|togo|tonga|trinidad and tobago|tunisia|turkey|turkmenistan|tuvalu|uganda|ukraine|
        united arab emirates|united kingdom|united states|uruguay|uzbekistan|vanuatu|vatican city|venezuela|vietnam|
        viet nam|yemen|zambia|zimbabwe|korea|britain|england|scotland|wales|holland|burma
        """.split(separator: "|").map { String($0.filter { $0 != "\n" }) })
}
