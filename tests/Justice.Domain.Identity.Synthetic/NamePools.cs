namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// The name material of the synthetic generator. Spellings of one name are separated by <c>|</c>: the first is the
/// one the person's original record carries, the others are the transliterations or variants a duplicate may show.
/// The head shares of French surnames are approximate percentages of the population (orders of magnitude of the INSEE
/// birth files: MARTIN about 0.4 %, the hundredth name about 0.05 %).
/// </summary>
internal static class NamePools
{
    /// <summary>Common French surnames and their approximate share of the population, in percent.</summary>
    public static readonly (string Name, double Percent)[] FrenchHead =
    [
        ("MARTIN", 0.40), ("BERNARD", 0.20), ("THOMAS", 0.18), ("PETIT", 0.17), ("ROBERT", 0.17), ("RICHARD", 0.16), ("DURAND", 0.16),
        ("DUBOIS", 0.16), ("MOREAU", 0.15), ("LAURENT", 0.15), ("SIMON", 0.14), ("MICHEL", 0.14), ("LEFEBVRE", 0.13), ("LEROY", 0.13),
        ("ROUX", 0.12), ("DAVID", 0.12), ("BERTRAND", 0.12), ("MOREL", 0.11), ("FOURNIER", 0.11), ("GIRARD", 0.11), ("BONNET", 0.10),
        ("DUPONT", 0.10), ("LAMBERT", 0.10), ("FONTAINE", 0.10), ("ROUSSEAU", 0.10), ("VINCENT", 0.10), ("MULLER", 0.09), ("LEFÈVRE", 0.09),
        ("FAURE", 0.09), ("ANDRÉ", 0.09), ("MERCIER", 0.09), ("BLANC", 0.09), ("GUÉRIN", 0.09), ("BOYER", 0.09), ("GARNIER", 0.08),
        ("CHEVALIER", 0.08), ("FRANÇOIS", 0.08), ("LEGRAND", 0.08), ("GAUTHIER", 0.08), ("PERRIN", 0.08), ("ROBIN", 0.08), ("CLÉMENT", 0.08),
        ("MORIN", 0.08), ("NICOLAS", 0.08), ("HENRY", 0.08), ("ROUSSEL", 0.07), ("MATHIEU", 0.07), ("GAUTIER", 0.07), ("MASSON", 0.07),
        ("MARCHAND", 0.07), ("DUVAL", 0.07), ("DENIS", 0.07), ("DUMONT", 0.07), ("MARIE", 0.07), ("LEMAIRE", 0.07), ("NOËL", 0.07),
        ("MEYER", 0.07), ("DUFOUR", 0.07), ("MEUNIER", 0.07), ("BRUN", 0.07), ("BLANCHARD", 0.06), ("GIRAUD", 0.06), ("JOLY", 0.06),
        ("RIVIÈRE", 0.06), ("LUCAS", 0.06), ("BRUNET", 0.06), ("GAILLARD", 0.06), ("BARBIER", 0.06), ("ARNAUD", 0.06), ("GÉRARD", 0.06),
        ("ROCHE", 0.06), ("RENARD", 0.06), ("SCHMITT", 0.06), ("ROY", 0.06), ("LEROUX", 0.06), ("COLIN", 0.06), ("VIDAL", 0.06),
        ("CARON", 0.06), ("PICARD", 0.06), ("ROGER", 0.06), ("FABRE", 0.06), ("AUBERT", 0.06), ("LEMOINE", 0.06), ("RENAUD", 0.06),
        ("DUMAS", 0.06), ("LACROIX", 0.05), ("OLIVIER", 0.05), ("PHILIPPE", 0.05), ("BOURGEOIS", 0.05), ("PIERRE", 0.05), ("BENOÎT", 0.05),
        ("REY", 0.05), ("LECLERC", 0.05), ("PAYET", 0.05), ("ROLLAND", 0.05), ("LECLERCQ", 0.05), ("GUILLAUME", 0.05), ("LECOMTE", 0.05),
        ("JEAN", 0.05), ("DUPUY", 0.05), ("GUILLOT", 0.05), ("HUBERT", 0.05), ("BERGER", 0.05), ("CARPENTIER", 0.05), ("DUPUIS", 0.05),
        ("MOULIN", 0.05), ("LOUIS", 0.05), ("DESCHAMPS", 0.05), ("HUET", 0.05), ("VASSEUR", 0.05), ("BOUCHER", 0.05), ("FLEURY", 0.05),
        ("ROYER", 0.05), ("KLEIN", 0.05), ("JACQUET", 0.05), ("ADAM", 0.05), ("PARIS", 0.05), ("POIRIER", 0.05), ("MARTY", 0.05),
        ("AUBRY", 0.05), ("GUYOT", 0.05), ("CARRÉ", 0.05), ("CHARLES", 0.05), ("RENAULT", 0.05), ("CHARPENTIER", 0.05), ("MÉNARD", 0.05),
        ("MAILLARD", 0.05), ("BARON", 0.05), ("BERTIN", 0.05), ("BAILLY", 0.05), ("HERVÉ", 0.05), ("SCHNEIDER", 0.05), ("LE GALL", 0.05),
        ("COLLET", 0.04), ("LÉGER", 0.04), ("BOUVIER", 0.04), ("JULIEN", 0.04), ("PRÉVOST", 0.04), ("MILLET", 0.04), ("PERROT", 0.04),
        ("DANIEL", 0.04), ("LE ROUX", 0.04), ("COUSIN", 0.04), ("GERMAIN", 0.04), ("BRETON", 0.04), ("BESSON", 0.04), ("LANGLOIS", 0.04),
        ("RÉMY", 0.04), ("LE GOFF", 0.04), ("PELLETIER", 0.04), ("LÉVÊQUE", 0.04), ("PERRIER", 0.04), ("LEBLANC", 0.04), ("BARRÉ", 0.04),
        ("LEBRUN", 0.04), ("MARCHAL", 0.04), ("WEBER", 0.04), ("MALLET", 0.04), ("HAMON", 0.04), ("BOULANGER", 0.04), ("JACOB", 0.04),
        ("MONNIER", 0.04), ("MICHAUD", 0.04), ("GUICHARD", 0.04), ("GILLET", 0.04), ("ÉTIENNE", 0.04), ("GRONDIN", 0.04), ("POULAIN", 0.04),
        ("TESSIER", 0.04), ("CHEVALLIER", 0.04), ("COLLIN", 0.04), ("CHAUVIN", 0.04), ("BOUCHET", 0.04), ("GAY", 0.04), ("LEMAÎTRE", 0.04),
        ("BÉNARD", 0.04), ("MARÉCHAL", 0.04), ("HUMBERT", 0.04), ("REYNAUD", 0.04), ("ANTOINE", 0.04), ("HOARAU", 0.04), ("PERRET", 0.04),
        ("BARTHÉLEMY", 0.04), ("CORDIER", 0.04), ("PICHON", 0.04), ("LEJEUNE", 0.04), ("GILBERT", 0.04), ("LAMY", 0.04), ("DELAUNAY", 0.04),
        ("PASQUIER", 0.04), ("CARLIER", 0.04), ("LAPORTE", 0.04), ("DE LA FONTAINE", 0.01), ("DE SAINT-MARTIN", 0.01), ("D'ARTOIS", 0.005),
        ("DU PONT", 0.01), ("LE BRIS", 0.02), ("LE BIHAN", 0.02), ("LE CORRE", 0.02), ("DE LA CROIX", 0.01),
    ];

    /// <summary>Roots of French surnames (trades, features, Germanic given names) that take the regional suffixes.</summary>
    public static readonly string[] FrenchRoots =
    [
        "BOUCH", "CHEVAL", "FOURN", "MERC", "PELLET", "GARN", "BERTH", "GAUTH", "PERR", "CHARR", "MOR", "RICH", "BRUN", "BLANCH", "GIR",
        "MARCH", "ROUSS", "FAUR", "GUILL", "BARB", "BOUV", "CHAPU", "CHAMB", "COLL", "COUT", "DESPR", "FERR", "FOUC", "GALL", "GRAND",
        "GROS", "JACQU", "LAMB", "LEMOIN", "MAILL", "MASS", "MEUN", "MICH", "MOUL", "PAST", "PEL", "PIC", "POIR", "POUL", "RAB", "RAV",
        "REN", "ROB", "ROCH", "SAUV", "TESS", "THIB", "VACH", "VASS", "VIGN", "BAUD", "BERN", "BESS", "BIG", "BONN", "BORD", "BOSS",
        "BOUR", "BRIS", "CAB", "CAST", "CHAB", "CHAUV", "CHEN", "CLAV", "CORD", "COUD", "CROZ", "DAUB", "DEV", "DROU", "FAB", "FAV",
        "FLOR", "FOL", "GAB", "GARR", "GAUD", "GEOFFR", "GODEFR", "GOUJ", "GRIM", "GUER", "HERB", "HUG", "JOUB", "LAB", "LANG", "LAUR",
        "LEBR", "LOUV", "MAGN", "MAR", "MENAR", "MERL", "MONT", "NAV", "NOIR", "PAG", "PARIS", "PAUL", "PEYR", "PIN", "PLANCH", "PONC",
        "PRAD", "QUEN", "RAMB", "RAYN", "RIB", "RIV", "ROUG", "SAL", "SEGU", "SIMON", "SOUL", "TARD", "TAV", "TEYS", "THOM", "TOURN",
        "TRIB", "VALL", "VERN", "VIAL", "VILL", "VOIS", "BASS", "BEAUV", "BLOND", "BOIS", "BRET", "CARR", "CHAPP", "CHARP", "COMB",
        "COURT", "DUCH", "ESTR", "FONT", "GAIL", "GOD", "GOUR", "JOL", "LAC", "LARR", "LASS", "LAV", "MALL", "MARQU", "MATH", "MOUR",
        "NOUV", "PASC", "PERRAUD", "POMM", "RAG", "RIG", "ROUX", "SAB", "SERR", "TERR", "TRAN", "VAL", "VERD", "AUDI", "BALL", "BARR",
        "BEN", "BOUL", "CAILL", "CHAT", "CLOS", "DELP", "FAYOLL", "GRAV", "JOUV", "LESC", "MAZ", "MIQU", "PONS", "QUER", "ROUL", "TOUR",
    ];

    /// <summary>Regional surname suffixes (Île-de-France and Loire -ier, -eau; Poitou -ault; Breton -ec; Gascon -ac; Savoy -az, -oz; Corsican -i; Alsatian -er, -mann).</summary>
    public static readonly string[] FrenchSuffixes =
    [
        "IER", "AULT", "OT", "EAU", "EC", "EZ", "I", "AC", "ARD", "IN", "ET", "ON", "AND", "AUD", "EL", "OUX", "Y", "AN", "AT",
        "ERON", "ELIN", "ILLON", "ENS", "OUD", "AZ", "OZ", "ER", "MANN", "ELET", "IAT", "ÈS", "OU", "INEAU", "ERAT", "ARDIN", "OTTE",
    ];

    /// <summary>Onsets, vowels and middle consonants of the syllabic roots of the long tail.</summary>
    public static readonly string[] Onsets = ["B", "BR", "CH", "D", "F", "G", "GR", "J", "L", "M", "P", "PR", "R", "S", "T", "TR", "V", "C", "CL", "PL", "BL", "FL", "GU", "QU", "K"];

    /// <summary>Vowels of the syllabic roots.</summary>
    public static readonly string[] Vowels = ["A", "E", "I", "O", "OU", "AU", "AI", "EU", "U", "É"];

    /// <summary>Middle consonants of the syllabic roots.</summary>
    public static readonly string[] Middles = ["R", "L", "N", "RD", "RN", "ND", "RT", "S", "ST", "CH", "M", "LL", "SS", "GN", "T", "V", "D", "B"];

    /// <summary>Particles a French surname may begin with (longest first).</summary>
    public static readonly string[] Particles = ["DE LA ", "DE L'", "DES ", "DE ", "DU ", "D'", "LE ", "LA ", "DA ", "DOS ", "DI ", "VAN ", "BEN "];

    /// <summary>Surnames of immigrant origin, by origin (spellings separated by <c>|</c>, most frequent first).</summary>
    public static readonly IReadOnlyDictionary<NameOrigin, string[]> Surnames = new Dictionary<NameOrigin, string[]>
    {
        [NameOrigin.Maghrebi] =
        [
            "BENALI|BEN ALI", "BENAMAR|BEN AMAR", "HADDAD|HADDED", "MANSOURI|MANSOURY", "BOUDJEMA|BOUDJEMAA|BOUDJEMAH", "BELKACEM|BELKACEME|BELGACEM",
            "SAIDI|SAÏDI|SAEIDI", "HAMIDI|HAMIDY", "BOUZID|BOUZIDE", "CHERIF|CHÉRIF|SHERIF", "AMRANI|EL AMRANI|ELAMRANI", "BOUKHARI|BUKHARI",
            "KHELIFI|KHALIFI|KLIFI", "MEZIANE|MEZZIANE", "DJEBBAR|JABBAR|DJABBAR", "ABDELKADER|ABDELKADIR|ABD EL KADER|ABDEL KADER",
            "ABDELLAOUI|ABDALLAOUI|ABDELAOUI", "BOUAZIZ|BOU AZIZ", "EL IDRISSI|IDRISSI|ELIDRISSI", "OUALI|WALI|OUALLI", "AIT AHMED|AÏT AHMED|AITAHMED",
            "BRAHIMI|BRAHIMY|IBRAHIMI", "TOUATI|TOUATY", "ZERROUKI|ZEROUKI", "MOKRANI|MOQRANI", "BENSALAH|BEN SALAH|BENSALEH",
            "CHAOUI|CHAOUY|SHAOUI", "DAOUDI|DAWDI|DAOUDY", "FERHAT|FARHAT", "GHARBI|RHARBI|GARBI", "HAMMOUDI|HAMOUDI", "KACI|KACY|KASSI",
            "LAHLOU|LAHLOUH", "MAHJOUB|MAHDJOUB|MAHJOUBI", "MESSAOUDI|MESSAOUDY|MESAOUDI", "NACERI|NASSERI|NACIRI", "OUAHABI|WAHABI",
            "RAHMANI|RAHMANY", "SLIMANI|SLIMANE|SLIMANY", "TAHIRI|TAHIRY|TAHERI", "YAHIAOUI|YAHYAOUI", "ZIANI|ZIANE", "BOUCHAREB|BOUCHAREBE",
            "BENMOUSSA|BEN MOUSSA", "AZIZI|AZIZY", "BELAID|BELAÏD|BELAYD", "CHERKAOUI|CHARKAOUI", "DJELLOUL|JELLOUL", "EL MOUSSAOUI|MOUSSAOUI",
            "KHALDI|KHALDY|KALDI", "LAMRANI|EL AMRANI", "OUCHENE|OUCHÈNE", "SAADI|SAÂDI|SAADY", "TAIBI|TAÏBI|TAYBI",
        ],
        [NameOrigin.WestAfrican] =
        [
            "DIALLO|JALLOH|DYALLO", "TRAORÉ|TRAORE|TARAWALLY", "KONÉ|KONE|KONEH", "COULIBALY|KOULIBALY|KULIBALI", "DIOP|DJOP", "NDIAYE|N'DIAYE|NDIAY",
            "SOW|SOH", "CISSÉ|CISSE|SISSE", "CAMARA|KAMARA", "DIARRA|JARRA", "KEITA|KEÏTA", "SYLLA|SILLA", "FOFANA|FOFFANA",
            "OUATTARA|WATTARA|OUATARA", "TOURÉ|TOURE|TURAY", "DIABATÉ|DIABATE|JABATEH", "SANGARÉ|SANGARE", "BA|BAH", "FALL|FAAL",
            "GUEYE|GAYE|GUÈYE", "SARR|SAR", "FAYE|FAY", "DIENG|DYENG", "MBAYE|M'BAYE|MBAY", "SECK|SEK", "KANTÉ|KANTE", "DOUMBIA|DUMBIA",
            "KOUYATÉ|KOUYATE|KUYATEH", "BAMBA|BAMBAH", "YAO|YAHO", "KOUASSI|KWASI|KOUASSY", "KOFFI|KOFI", "N'GUESSAN|NGUESSAN|NGESSAN",
        ],
        [NameOrigin.Portuguese] =
        [
            "DA SILVA|DASILVA|SILVA", "DOS SANTOS|DOSSANTOS|SANTOS", "PEREIRA|PERREIRA", "FERREIRA|FERRERA", "RODRIGUES|RODRIGUEZ",
            "GONÇALVES|GONCALVES|GONÇALVÈS", "FERNANDES|FERNANDÈS", "MARTINS|MARTINEZ", "LOPES|LOPEZ", "SOUSA|DE SOUSA|SOUZA", "OLIVEIRA|DE OLIVEIRA|OLIVERA",
            "COSTA|DA COSTA|DACOSTA", "CARVALHO|CARVALLO", "ALVES|ALVÈS", "RIBEIRO|RIBERO", "PINTO|PINTHO", "TEIXEIRA|TEXEIRA",
            "MOREIRA|MOREYRA", "CORREIA|CORREA|CORRÊA", "MENDES|MENDÈS", "ANTUNES|ANTUNÈS", "CONCEIÇÃO|CONCEICAO|CONCEIÇAO", "GUIMARÃES|GUIMARAES",
            "MAGALHÃES|MAGALHAES|MAGALHAENS", "JOÃO|JOAO", "AZEVEDO|AZEVÊDO", "BARBOSA|BARBOZA", "FONSECA|DA FONSECA",
        ],
        [NameOrigin.Turkish] =
        [
            "YILMAZ|Yılmaz|YİLMAZ", "KAYA|KAÏA", "DEMİR|DEMIR", "ŞAHİN|SAHIN|CHAHINE|SAHİN", "ÇELİK|CELIK|TCHELIK", "YILDIZ|Yıldız|YİLDİZ",
            "YILDIRIM|Yıldırım", "ÖZTÜRK|OZTURK|OEZTUERK", "AYDIN|Aydın|AYDİN", "ÖZDEMİR|OZDEMIR", "ARSLAN|ASLAN|ARSLANE", "DOĞAN|DOGAN|DOAN",
            "KILIÇ|KILIC|KILITCH", "ASLAN|ARSLAN", "ÇETİN|CETIN|TCHETIN", "KARA|KARAH", "KOÇ|KOC|KOTCH", "KURT|KOURT", "ÖZKAN|OZKAN",
            "ŞİMŞEK|SIMSEK|CHIMCHEK", "POLAT|POLLAT", "ERDOĞAN|ERDOGAN", "GÜNEŞ|GUNES|GUENES", "AKSOY|AKSOÏ",
        ],
        [NameOrigin.Vietnamese] =
        [
            "NGUYỄN|NGUYEN|NGUYÊN|NGUEN", "TRẦN|TRAN|TRÂN", "LÊ|LE", "PHẠM|PHAM", "HOÀNG|HOANG|HUYNH", "HUỲNH|HUYNH|HUINH", "PHAN|PHANN",
            "VŨ|VU|VO", "VÕ|VO|VU", "ĐẶNG|DANG|DHANG", "BÙI|BUI|BOUI", "ĐỖ|DO|DÔ", "HỒ|HO|HÔ", "NGÔ|NGO", "DƯƠNG|DUONG|DUONG", "LÝ|LY",
        ],
        [NameOrigin.Italian] =
        [
            "ROSSI", "RUSSO", "FERRARI", "ESPOSITO", "BIANCHI", "ROMANO", "COLOMBO", "RICCI", "MARINO", "GRECO", "BRUNO", "GALLO", "CONTI",
            "DE LUCA", "MANCINI", "COSTA", "GIORDANO", "RIZZO", "LOMBARDI", "MORETTI", "BARBIERI", "FONTANA", "SANTORO", "MARIANI", "RINALDI",
            "CARUSO", "FERRARA", "GALLI", "MARTINI", "LEONE", "LONGO", "GENTILE", "MARTINELLI", "VITALE", "DI STEFANO", "DELL'ARIA",
        ],
        [NameOrigin.Spanish] =
        [
            "GARCIA", "MARTINEZ", "LOPEZ", "SANCHEZ", "PEREZ", "FERNANDEZ", "RODRIGUEZ", "GONZALEZ", "GOMEZ", "MARTIN", "JIMENEZ", "RUIZ",
            "HERNANDEZ", "DIAZ", "MORENO", "ALVAREZ", "MUÑOZ", "ROMERO", "ALONSO", "GUTIERREZ", "NAVARRO", "TORRES", "DOMINGUEZ", "VAZQUEZ",
            "RAMOS", "GIL", "RAMIREZ", "SERRANO", "BLANCO", "MOLINA", "ORTEGA", "DELGADO", "CASTRO", "ORTIZ", "RUBIO", "MARIN",
        ],
        [NameOrigin.Polish] =
        [
            "NOWAK", "KOWALSKI", "WIŚNIEWSKI|WISNIEWSKI", "WÓJCIK|WOJCIK", "KOWALCZYK", "KAMIŃSKI|KAMINSKI", "LEWANDOWSKI", "ZIELIŃSKI|ZIELINSKI",
            "SZYMAŃSKI|SZYMANSKI", "WOŹNIAK|WOZNIAK", "DĄBROWSKI|DABROWSKI", "KOZŁOWSKI|KOZLOWSKI", "JANKOWSKI", "MAZUR", "KWIATKOWSKI",
            "KRAWCZYK", "PIOTROWSKI", "GRABOWSKI", "NOWAKOWSKI", "PAWŁOWSKI|PAWLOWSKI", "MICHALSKI", "KRÓL|KROL", "WIECZOREK", "JABŁOŃSKI|JABLONSKI",
        ],
    };

    /// <summary>Prefixes and roots from which the long tail of Maghrebi surnames is built (BEN + root, BOU + root, AIT + root).</summary>
    public static readonly string[] MaghrebiPrefixes = ["BEN", "BOU", "AIT ", "EL ", "BEL", "ABDEL"];

    /// <summary>Roots of the Maghrebi long tail.</summary>
    public static readonly string[] MaghrebiRoots =
    [
        "ALI", "AMAR", "SALAH", "SAID", "MOUSSA", "HAMID", "AISSA", "KACI", "SLIMANE", "MEZIANE", "YOUCEF", "AHMED", "MOHAND", "LARBI",
        "KADER", "RAHMAN", "AZIZ", "KARIM", "MALEK", "HAMOU", "DJILALI", "TAYEB", "MILOUD", "BACHIR", "CHAREF", "HADJ", "OMAR", "YAHIA",
        "ZIANE", "MOKHTAR", "NACER", "RABAH", "SAADA", "TAHAR", "HOCINE", "LAKHDAR", "MAHMOUD", "MESSAOUD", "BRAHIM", "AOMAR",
    ];

    /// <summary>French first names for men (most frequent first); compound names are written with a hyphen.</summary>
    public static readonly string[] FrenchMale =
    [
        "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "Daniel", "Christian", "Nicolas", "Patrick",
        "François", "Christophe", "Louis", "Éric", "Frédéric", "Laurent", "Stéphane", "David", "Thomas", "Julien", "Sébastien", "Pascal",
        "Olivier", "Gérard", "Marcel", "Thierry", "Dominique", "René", "Henri", "Paul", "Claude", "Robert", "Georges", "Roger", "Joseph",
        "Maurice", "Alexandre", "Antoine", "Vincent", "Guillaume", "Maxime", "Lucas", "Hugo", "Romain", "Mathieu", "Kevin", "Jérôme",
        "Bruno", "Didier", "Serge", "Yves", "Gilles", "Marc", "Franck", "Emmanuel", "Fabrice", "Cédric", "Anthony", "Benjamin", "Florian",
        "Quentin", "Clément", "Théo", "Nathan", "Léo", "Louis", "Raphaël", "Arthur", "Gabriel", "Jules", "Adam", "Ethan", "Enzo", "Mathis",
        "Noah", "Tom", "Baptiste", "Yann", "Erwan", "Loïc", "Gaël", "Ronan", "Mickaël", "Jonathan", "Damien", "Ludovic", "Arnaud",
        "Xavier", "Hervé", "Lionel", "Joël", "Raymond", "Lucien", "Roland", "Guy", "Fernand", "Albert", "Gaston", "Émile", "Victor",
        "Alexis", "Adrien", "Valentin", "Corentin", "Aurélien", "Jérémy", "Rémi", "Fabien", "Grégory", "Samuel", "Martin", "Simon",
        "Bastien", "Benoît", "Denis", "Yannick", "Régis", "Hubert", "Armand", "Gilbert", "Marius", "Léon", "Edmond", "Félix", "Auguste",
        "Jean-Pierre", "Jean-Claude", "Jean-Marc", "Jean-Luc", "Jean-François", "Jean-Paul", "Jean-Michel", "Jean-Louis", "Jean-Jacques",
        "Pierre-Yves", "Paul-Henri", "Jean-Baptiste", "Jean-Marie", "Marc-Antoine", "Pierre-Louis", "Jean-Christophe", "Jean-Philippe",
    ];

    /// <summary>French first names for women (most frequent first); compound names are written with a hyphen.</summary>
    public static readonly string[] FrenchFemale =
    [
        "Marie", "Jeanne", "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle", "Sylvie", "Anne", "Jacqueline", "Martine",
        "Nicole", "Christine", "Valérie", "Sandrine", "Sophie", "Céline", "Stéphanie", "Véronique", "Christiane", "Chantal", "Brigitte",
        "Julie", "Aurélie", "Émilie", "Camille", "Laura", "Sarah", "Pauline", "Manon", "Léa", "Chloé", "Emma", "Inès", "Jade", "Louise",
        "Alice", "Lina", "Anaïs", "Mélanie", "Élodie", "Caroline", "Virginie", "Hélène", "Patricia", "Danielle", "Madeleine", "Simone",
        "Denise", "Suzanne", "Yvonne", "Germaine", "Paulette", "Odette", "Colette", "Josette", "Ginette", "Georgette", "Marcelle",
        "Claudine", "Annie", "Michèle", "Dominique", "Evelyne", "Corinne", "Laurence", "Florence", "Karine", "Delphine", "Emmanuelle",
        "Audrey", "Marion", "Charlotte", "Clara", "Mathilde", "Justine", "Océane", "Marine", "Lucie", "Margaux", "Zoé", "Juliette",
        "Rose", "Ambre", "Anna", "Agathe", "Romane", "Maëlle", "Gwenaëlle", "Nolwenn", "Solène", "Morgane", "Élise", "Agnès", "Béatrice",
        "Cécile", "Claire", "Éliane", "Fabienne", "Gisèle", "Huguette", "Irène", "Josiane", "Lucienne", "Marguerite", "Mireille",
        "Odile", "Pascale", "Renée", "Thérèse", "Yvette", "Christelle", "Séverine", "Vanessa", "Jessica", "Amandine", "Elsa", "Eva",
        "Marie-Claire", "Marie-Christine", "Marie-Thérèse", "Anne-Marie", "Marie-France", "Marie-Hélène", "Marie-José", "Marie-Laure",
        "Marie-Pierre", "Anne-Sophie", "Marie-Louise", "Marie-Noëlle", "Anne-Laure", "Marie-Claude", "Marie-Jeanne", "Marie-Anne",
    ];

    /// <summary>First names of immigrant origin, men then women (spellings separated by <c>|</c>).</summary>
    public static readonly IReadOnlyDictionary<NameOrigin, (string[] Male, string[] Female)> FirstNames = new Dictionary<NameOrigin, (string[], string[])>
    {
        [NameOrigin.Maghrebi] = (
            ["Mohamed|Mohammed|Muhammad|Mohammad|Mohamad|M'hamed", "Ahmed|Ahmad|Ahmet", "Ali|Aly", "Karim|Kareem|Kérim", "Rachid|Rachide|Rashid",
             "Abdelkader|Abdelkadir|Abd El Kader|Abdel Kader", "Mustapha|Mustafa|Moustapha|Mostefa", "Youssef|Youcef|Yousef|Yusuf", "Said|Saïd|Saeed",
             "Mehdi|Mahdi", "Samir|Sameer", "Nordine|Noureddine|Nour Eddine|Nourredine", "Hocine|Hossein|Houcine|Hussein", "Omar|Omer|Oumar",
             "Khaled|Khalid|Kaled", "Brahim|Ibrahim|Ebrahim", "Djamel|Jamel|Jamal|Djamal", "Farid|Fareed", "Hamid|Hamed", "Abdallah|Abdellah|Abdullah"],
            ["Fatima|Fatma|Fatiha|Fatéma", "Nadia|Nadiya", "Leila|Leïla|Layla|Laila", "Samira|Sameera", "Yasmina|Yasmine|Jasmina", "Amina|Aminata|Ameena",
             "Khadija|Khadidja|Kadija|Khedidja", "Malika|Malikah", "Karima|Kerima", "Naïma|Naima|Naeema", "Zohra|Zahra|Zora", "Houria|Hourya",
             "Sabrina|Sabrinah", "Samia|Sameea", "Rachida|Rashida", "Souad|Soad", "Aïcha|Aicha|Aisha|Aïsha", "Meriem|Myriam|Maryam|Meryem"]),
        [NameOrigin.WestAfrican] = (
            ["Mamadou|Mamadu|Mamoudou", "Moussa|Musa|Mousa", "Ibrahima|Ibrahim|Brahima", "Amadou|Ahmadou|Hamadou", "Oumar|Umar|Omar",
             "Seydou|Saidou|Seïdou", "Boubacar|Aboubakar|Abubakar", "Abdoulaye|Abdoulay|Abdulai", "Souleymane|Suleiman|Souleimane",
             "Cheikh|Sheikh|Cheick", "Kouadio|Kwadwo", "Lassana|Lassina", "Adama|Adamah", "Modibo|Modibbo"],
            ["Aminata|Aminatou|Ami", "Fatoumata|Fatimata|Fatou", "Mariama|Mariam|Mariame", "Awa|Ava", "Kadiatou|Khadidiatou|Kadidia",
             "Aïssatou|Aissatou|Aïssata", "Bintou|Binta", "Oumou|Umu", "Coumba|Koumba", "Djeneba|Djénéba|Jeneba", "Hawa|Haoua", "Ramatoulaye|Ramata"]),
        [NameOrigin.Portuguese] = (
            ["José|Jose", "João|Joao", "Manuel|Manoel", "António|Antonio", "Joaquim|Joaquin", "Fernando", "Carlos", "Francisco", "Luís|Luis",
             "Paulo", "Rui", "Nuno", "Jorge", "Mário|Mario", "Vítor|Vitor|Victor"],
            ["Maria", "Ana", "Conceição|Conceicao", "Fátima|Fatima", "Rosa", "Isabel", "Manuela", "Fernanda", "Lúcia|Lucia", "Teresa",
             "Sónia|Sonia", "Paula", "Graça|Graca", "Helena"]),
        [NameOrigin.Turkish] = (
            ["Mehmet|Mehmed|Mehmete", "Mustafa|Moustafa", "Ahmet|Ahmed", "Ali", "Hüseyin|Huseyin|Husseyin|Hussein", "Hasan|Hassan", "İbrahim|Ibrahim",
             "İsmail|Ismail", "Osman|Usman", "Yusuf|Youssouf", "Murat|Mourat", "Ömer|Omer", "Recep|Redjep", "Şükrü|Sukru|Chukru"],
            ["Ayşe|Ayse|Aiche", "Fatma|Fatima", "Emine|Émine", "Hatice|Hatidje|Hatije", "Zeynep|Zeinep|Zeineb", "Elif", "Meryem|Meriem",
             "Şerife|Serife|Cherife", "Hülya|Hulya", "Özlem|Ozlem", "Gül|Gul|Gule", "Sevgi|Sevgui"]),
        [NameOrigin.Vietnamese] = (
            ["Văn Minh|Van Minh", "Hùng|Hung", "Tuấn|Tuan", "Thanh", "Đức|Duc", "Quang", "Dũng|Dung", "Hải|Hai", "Long", "Nam", "Phúc|Phuc", "Sơn|Son"],
            ["Thị Lan|Thi Lan", "Linh", "Hương|Huong", "Mai", "Ngọc|Ngoc", "Thảo|Thao", "Hà|Ha", "Trang", "Thủy|Thuy", "Hoa", "Yến|Yen", "Phương|Phuong"]),
        [NameOrigin.Italian] = (
            ["Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Angelo", "Vincenzo", "Salvatore", "Carlo", "Marco", "Luca"],
            ["Maria", "Anna", "Giuseppina", "Rosa", "Angela", "Giovanna", "Teresa", "Lucia", "Carmela", "Francesca", "Giulia", "Chiara"]),
        [NameOrigin.Spanish] = (
            ["José", "Antonio", "Manuel", "Francisco", "Juan", "Miguel", "Jesús", "Javier", "Rafael", "Pedro", "Ángel", "Alejandro"],
            ["María", "Carmen", "Josefa", "Isabel", "Dolores", "Pilar", "Teresa", "Ana", "Rosario", "Concepción", "Mercedes", "Lucía"]),
        [NameOrigin.Polish] = (
            ["Jan", "Stanisław|Stanislaw", "Andrzej", "Józef|Jozef", "Tadeusz", "Jerzy", "Zbigniew", "Krzysztof", "Henryk", "Kazimierz", "Marek", "Piotr"],
            ["Anna", "Maria", "Katarzyna", "Małgorzata|Malgorzata", "Agnieszka", "Krystyna", "Barbara", "Ewa", "Elżbieta|Elzbieta", "Zofia", "Janina", "Teresa"]),
    };

    /// <summary>
    /// Variants of French first names a duplicate may carry: diminutives and common spellings (the first name of a
    /// line is the form on the original record).
    /// </summary>
    public static readonly string[] FirstNameVariants =
    [
        "Catherine|Cathy|Katherine", "Frédéric|Fred|Frederik", "Alexandre|Alex|Alexander", "Christophe|Chris|Christof", "Nicolas|Nico|Nicholas",
        "Mickaël|Michael|Mikael|Mickael|Michaël", "Jérémy|Jérémie|Jeremy", "Kevin|Kévin|Kewin", "Stéphane|Stefane|Stephane", "Sébastien|Seb|Sebastian",
        "Philippe|Phillipe|Philip", "Anthony|Antony|Anthonie", "Grégory|Grégoire|Gregory", "Joseph|Jo|José", "Robert|Bob|Bobby",
        "Élisabeth|Elisabeth|Élizabeth|Babette", "Isabelle|Isabel|Isa", "Christelle|Cristel|Christel", "Séverine|Severine|Séverina", "Nathalie|Natalie|Nath",
        "Stéphanie|Stefanie|Steph", "Émilie|Emily|Émily", "Laetitia|Lætitia|Létitia|Laëtitia", "Anaïs|Anais|Anaïse", "Maëlle|Maelle|Maël",
        "Jacqueline|Jacky", "Françoise|Fanfan|Francoise", "Marie|Maria|Mary", "Jeanne|Jeannette|Jeanine", "Dominique|Domi", "Sylvie|Silvie",
        "Karine|Carine|Karin", "Sandrine|Sandra", "Valérie|Valery|Valéria", "Véronique|Veronika|Vero", "Madeleine|Magdeleine|Madelaine",
        "Jean|Jehan|Yann", "Pierre|Pierrot", "Louis|Loïs|Luis", "Guillaume|Willy|William", "Mathieu|Matthieu|Mathéo", "Yves|Yvon",
        "Loïc|Loic|Loick", "Raphaël|Raphael|Rafael", "Gaël|Gael|Gaëlle",
    ];
}
