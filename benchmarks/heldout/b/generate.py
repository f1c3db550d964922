#!/usr/bin/env python3
"""Held-out generator (variant b) of synthetic French civil-status person records with known duplicates.

Standard library only.  Usage:
    python3 generate.py --persons N --seed S --output DIR
Writes DIR/persons.csv, DIR/truth.csv and DIR/stats.json (realised noise counts).
See README.md for the model and the rates.
"""
import gzip
import argparse, bisect, csv, json, os, random, re, sys, unicodedata
from itertools import accumulate

HERE = os.path.dirname(os.path.abspath(__file__))
COMMUNES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tests", "Justice.Domain.Identity.Synthetic", "Data", "communes.csv.gz")

# --------------------------------------------------------------------------------------------
# 1. Lexical material
# --------------------------------------------------------------------------------------------
# Most frequent French surnames, in (approximate) rank order, canonical civil-registry spelling.
TOP_SURNAMES = """MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFEBVRE LEROY
ROUX DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT MULLER LEFÈVRE FAURE ANDRÉ
MERCIER BLANC GUÉRIN BOYER GARNIER CHEVALIER FRANÇOIS LEGRAND GAUTHIER GARCIA PERRIN ROBIN CLÉMENT MORIN NICOLAS HENRY
ROUSSEL MATHIEU GAUTIER MASSON MARCHAND DUVAL DENIS DUMONT MARIE LEMAIRE NOËL MEYER DUFOUR MEUNIER BRUN BLANCHARD GIRAUD
JOLY RIVIÈRE LUCAS BRUNET GAILLARD BARBIER ARNAUD MARTINEZ GÉRARD ROCHE RENARD SCHMITT ROY LEROUX COLIN VIDAL CARON
PICARD ROGER FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER PHILIPPE BOURGEOIS PIERRE BENOÎT REY LECLERC PAYET
ROLLAND LECLERCQ GUILLAUME LECOMTE LOPEZ JEAN DUPUY GUILLOT HUBERT BERGER CARPENTIER SANCHEZ DUPUIS MOULIN LOUIS
DESCHAMPS HUET VASSEUR PEREZ BOUCHER FLEURY ROYER KLEIN JACQUET ADAM PARIS POIRIER MARTY AUBRY GUYOT CARRÉ CHARLES
RENAULT CHARPENTIER MÉNARD MAILLARD BARON BERTIN BAILLY HERVÉ SCHNEIDER FERNANDEZ LE_GALL COLLET LÉGER BOUVIER JULIEN
PRÉVOST MILLET PERROT DANIEL LE_ROUX COUSIN GERMAIN BRETON BESSON LANGLOIS RÉMY LE_GOFF PELLETIER LÉVÊQUE PERRIER
LEBLANC BARRÉ LEBRUN MARCHAL WEBER MALLET HAMON BOULANGER JACOB MONNIER MICHAUD RODRIGUEZ GUICHARD GILLET ÉTIENNE
GRONDIN POULAIN TESSIER CHEVALLIER COLLIN CHAUVIN DA_SILVA BOUCHET GAY LEMAÎTRE BÉNARD MARÉCHAL HUMBERT REYNAUD ANTOINE
HOARAU PERRET BARTHÉLEMY CORDIER PICHON LEJEUNE GILBERT LAMY DELAUNAY PASQUIER CARLIER LAPORTE""".split()
TOP_SURNAMES = [s.replace('_', ' ') for s in TOP_SURNAMES]

# Regional surname morphology: roots x suffixes (+ optional article / prefix).  Each family is a small
# "grammar" of how surnames are formed in a region; names are composed, not drawn from a syllable chain.
FAMILIES = {
    # Langue d'oïl (north, centre, west): occupational / nickname / given-name roots + diminutive suffixes
    'OIL': dict(
        roots="""BOUCH CHARP MERC FABR MEUN TONN PELL CHAUD BERG VACH CORD TISS BOULANG TAILL COURT CHAMP BOIS
        FONT ROCH MONT PREV BRUN BLANCH GROS PETIT GRAND BEL BON MOR ROUSS LEGR GUILL JACQU MICH BERN GIR REN THIB
        HUG PERR COL GAUTH LAMB GARN RICH ARN BERT MART ROB THOM GIB GUÉR HÉB ROLL GER BAUD GOD MARCH FOUCH BARB
        CHAUV GRIM LAND MAILL PAST COQU BOUV CHEV POUL MOUT RAG TRIB SAUV BOSS CLOUT GAUD LAUR ROUL TESS VERD
        CHASS MASS MOUL BOURG PIC RAV SIM DROU JOUB BRISS GODEF BAILL GUICH GRAV CARR FOUQU HARD LÉG MÉN NOIR
        BARR BRAC CHAPP GAL GOUB ROY BOUL CHARR TROUV GAILL BRIS DUP HURT PIN MOR VIV BRU FERR BLOND""".split(),
        suffixes=[('IER', 8), ('EAU', 6), ('AULT', 3), ('OT', 5), ('ET', 8), ('IN', 6), ('ON', 5), ('ARD', 5),
                  ('AUD', 4), ('EL', 3), ('OIS', 2), ('Y', 3), ('É', 2), ('EREAU', 1), ('ELIN', 1), ('INET', 1),
                  ('IOT', 2), ('ERET', 1), ('ELET', 1), ('ARDIÈRE', 0.3), ('AIN', 2), ('OUX', 1), ('ERON', 1),
                  ('ILLON', 1), ('ANT', 1), ('ER', 3), ('IAUX', 0.5), ('ÈRE', 1),
                  # double diminutives (MARTIN -> MARTINET -> MARTINEAU): a second derivational layer
                  ('INEAU', 1), ('INOT', 0.8), ('INON', 0.6), ('ERIN', 0.6), ('ETON', 0.6), ('OTIN', 0.8), ('OTEAU', 0.5),
                  ('ONNET', 0.8), ('ONNEAU', 0.5), ('ELOT', 0.5), ('ARDEAU', 0.4), ('ARDON', 0.4), ('AUDIN', 0.8),
                  ('AUDET', 0.6), ('AUDOT', 0.4), ('ILLOT', 0.6), ('ILLET', 0.6), ('OUILLARD', 0.3), ('ASSON', 0.5),
                  ('ICHON', 0.5), ('ICHET', 0.4), ('ERAND', 0.3), ('ELLIER', 0.4), ('ERAT', 0.3), ('IGNON', 0.4)],
        prefixes=[('', 88), ('LE', 3.5), ('DU', 2.5), ('DES', 0.8), ('LA', 0.6), ('DE ', 0.3), ('DE LA ', 0.2), ('BEAU', 0.5),
                  ('MAL', 0.2), ('BON', 0.4), ('SAINT-', 0.1)],
    ),
    'BRE': dict(  # Breton: Ker-/Le/Tré-/Pen-/Plou- + root + -ec/-ic/-ou/-en
        roots="""GALL GUEN BRAS GOFF BIHAN MOAL GAD DAN HIR MEN GWEN MOR RIOU CORR NED BRIS HEN GUILL BERR CADI
        DREN JAOU KERV LANN MADI MARR MELL NICOL PAG QUEM RIV ROUD SALAÜN TANG TROADEC GOAS GUIRR JEZ COAD BOTT
        BOURH CAR DERR FLOCH GOURV HAMON HUELL JAFFR LAGAD LOZ MAD MEUR PENN PRIG SCOLAN TOULLEC CLOAR GLÉV""".split(),
        suffixes=[('EC', 10), ('IC', 4), ('OU', 3), ('EN', 4), ('OUR', 1), ('AN', 3), ('ER', 2), ('', 4), ('ÈS', 0.5),
                  ('ENNEC', 1), ('ARD', 1), ('IOU', 1), ('OT', 1), ('EL', 1)],
        bare=set('GALL GUEN BRAS GOFF BIHAN MOAL HIR MEN GWEN MOR RIOU HEN CADI DREN JAOU NICOL SALAÜN TANG TROADEC FLOCH HAMON MADI MEUR SCOLAN TOULLEC'.split()),
        prefixes=[('', 55), ('LE ', 22), ('KER', 12), ('TRÉ', 3), ('PEN', 3), ('LAN', 2), ('PLOU', 1), ('GUEN', 2)],
    ),
    'OCC': dict(  # Occitan / Gascon / Provençal
        roots="""CASTEL PUG PEYR CAB BOUSQU LAB FABR ROQU FONT RIB AUR BERN GARR MIR SAL VID AUB COMB PUJ ESC
        BONN MAS FOURN CAZ LACAZ SERR BARR BOUY GAY MARS TOUR COST ARM ESTRAD FAJ LAFON PRAD ROUC SOUL TEYSS
        VIGUI AYM CAMB DELM FERR LAGARD MONTAGN POUJ RAYN BRUGU CALM COUD DUR ESPIN GAZ LAPEYR MAZ PAG ROUM
        SEGUR VERG ALB BLAQU CAST GRAS LAUR MERL MOL REB SICARD TREIL""".split(),
        suffixes=[('AC', 8), ('ÈS', 4), ('OU', 4), ('OL', 4), ('ADE', 3), ('IÉ', 2), ('ET', 4), ('ÈRE', 2), ('AS', 3),
                  ('OUS', 2), ('AL', 3), ('IEU', 1), ('AT', 3), ('Y', 3), ('IÈRE', 1), ('OUL', 1), ('ARGUES', 0.7),
                  ('ENC', 1), ('IAN', 1), ('ETTE', 1), ('E', 2), ('AU', 1)],
        prefixes=[('', 86), ('LA', 5), ('DEL', 3), ('SAINT-', 0.5), ('MAS', 1), ('CAP', 0.7), ('BEL', 1)],
    ),
    'COR': dict(  # Corsican
        roots="""SANTON LUCI FRANC ALBERT ANTON MARI PIETR PAOL FILIPP GIACOM ORSOL CASANOV BARTOL CESAR POGG GUID
        SANT ROSS NICOL PER VINCENT COLONN TOMAS AGOSTIN BATTIST DESANT LUCCH GRIMALD MATTE SIMEON CARLOTT
        ORSON FRANCESCH LECC MORAZZ PINELL PASQUAL STEFAN GIOVANN BIANC CECCALD LEONETT""".split(),
        suffixes=[('I', 10), ('INI', 5), ('ETTI', 4), ('ACCI', 3), ('ONI', 4), ('ELLI', 3), ('U', 2), ('UCCI', 2),
                  ('ANI', 4), ('OLINI', 1), ('ONE', 1), ('IANI', 1)],
        prefixes=[('', 94), ('DE ', 3), ('DI ', 1), ('DELLA ', 0.5)],
    ),
    'GER': dict(  # Alsace / Moselle
        roots="""SCHN HOFF KELL WAGN BECK ZIMM STEIN BERG BAU WOLF HUB KIEF WEB FISCH KLEIN LANG ROTH SCHWARTZ
        SCHAEF WALD RIED STOCK WEIN HEIN EHR FRITZ GROSS HAAS HERR JUNG KOCH KUHN MEY OBER REIN SCHMID SCHULTZ
        SPEN STRAUB VOGT WALT WEISS ZIEG BRAUN ENGEL FUCHS GANZ HUMM KNOBL LEHM MOSS NEUM PFEIFF""".split(),
        suffixes=[('ER', 10), ('MANN', 6), ('INGER', 3), ('EL', 4), ('LÉ', 2), ('BACH', 2), ('BERGER', 2), ('LING', 2),
                  ('HEIM', 1), ('HARDT', 1), ('RICH', 1), ('ERT', 2), ('', 5), ('METZ', 1), ('LER', 2), ('ELIN', 0.5)],
        bare=set('STEIN BERG WOLF KLEIN LANG ROTH SCHWARTZ HAAS JUNG KOCH KUHN STOCK WEISS FUCHS BRAUN ENGEL GROSS FRITZ VOGT'.split()),
        prefixes=[('', 97), ('OBER', 1.5), ('NEU', 1.5)],
    ),
    'FLA': dict(  # Flemish / Picard (Nord, Pas-de-Calais, Somme)
        roots="""DAMM BERGH VELD EECK HOV ACK MEERSCH PUTT WALL POEL DRIESS MAES WILL HOUCK DEB VERB DEPR DESPR
        DUPR LEP BRUN HOV CAMP DESCAMP DELPLANQU DUHAM LEFR DEVOS DECL DERV CARL LECL BAUD DEWAEL""".split(),
        suffixes=[('EZ', 6), ('AERT', 4), ('ENS', 3), ('YN', 2), ('YNCK', 2), ('E', 4), ('ER', 2), ('OU', 1),
                  ('IN', 2), ('ELLE', 1), ('EUX', 1), ('', 4), ('CQ', 1), ('IER', 1)],
        bare=set('MAES DEVOS DEWAEL'.split()),
        prefixes=[('', 70), ('VAN ', 7), ('VANDE', 4), ('VANDER', 4), ('VAN DEN ', 2), ('DE', 6), ('DU', 4), ('LE', 3)],
    ),
    'MAGH': dict(  # Maghrebi (Arabic / Berber): nisba -I, -AOUI, Kabyle -ICHE/-OUCHE, Ben/Bel/Bou/Aït/El prefixes
        roots="""HAMD KHEL SLIM MANS BRAH ZERR DJEB AMR IDRISS ALA OUAZZ HADD MEZI TOU LOUN BOUZ KADD SAAD TAL RAHM MAHM
        NACER CHER FERH GHARB JABR KHALF YOUS ZAOU AZZ BELK MEKK MESS DRISS LAHL TAHR SAHR OUAL HAMM ABB AMAR SAL MOUS
        AISS YAH LAKHD CHAOU BEKK DAHM GUEN HAKK KERR MEDJ REZG SEBB ZIT ZOUB AMRAN BENN CHAR DERR FARH GUER HAMID
        KAC LAZ MAHD MERZ NOUR OUAR RAMD SAID TAIB YAHI ZAID ZERG BOUDJ CHIKH DJELL HADJ KHATT MAAM RACH SALEH TAHAR
        AGGOUN AMOR ARAB ATTAL BACH BAKH BOUAZ DAOUD FETT GHAZ HASS JELL KHAL MAKHL MOKR RAB SADD SLIM TEBB YAC""".split(),
        suffixes=[('I', 30), ('ANI', 8), ('AOUI', 6), ('OUNI', 4), ('ICHE', 3), ('OUCHE', 2), ('A', 5), ('AR', 2), ('OUD', 2),
                  ('ANE', 3), ('ID', 1.5), ('EL', 1), ('OUNE', 2), ('AD', 2), ('OUL', 1), ('ENE', 1), ('IA', 1), ('IR', 1)],
        prefixes=[('', 62), ('BEN', 12), ('BEL', 4), ('BOU', 8), ('EL ', 7), ('EL-', 1.5), ('AIT ', 4), ('OULD ', 0.8),
                  ('BEN ', 2), ('ABD', 0.5)],
    ),
    'BAS': dict(  # Basque
        roots="""ETCHE ETXE IRIG ELIS URR ARRI OLA GARAT MENDI ZUB LARR ITUR ARAM BIDE ERRE GOYEN ECHEV HARRI""".split(),
        suffixes=[('GARAY', 3), ('BERRY', 4), ('ALDE', 3), ('ONDO', 2), ('ABE', 2), ('ETA', 2), ('OYEN', 3), ('ART', 2),
                  ('EGUY', 2), ('ÇABAL', 0.5), ('IA', 1), ('BEHERE', 2), ('CHE', 1)],
        prefixes=[('', 100)],
    ),
}
# Share of each regional family among native surnames of persons born in each department (rest: OIL / national mix)
def family_for_dept(dep):
    if dep in ('22', '29', '56', '35', '44'):
        return 'BRE', 0.62 if dep in ('22', '29', '56') else 0.3
    if dep in ('2A', '2B'):
        return 'COR', 0.7
    if dep in ('67', '68', '57'):
        return 'GER', 0.55
    if dep in ('59', '62', '80'):
        return 'FLA', 0.45 if dep == '59' else 0.3
    if dep == '64':
        return 'BAS', 0.35
    if dep in ('09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82', '24', '33', '40', '47',
               '19', '15', '43', '04', '05', '06', '13', '83', '84', '07', '26'):
        return 'OCC', 0.5
    return 'OIL', 0.0

# Immigrant / overseas surname pools ------------------------------------------------------------
MAGH_ROOTS = """ALI SAID SALAH AISSA MOUSSA YOUCEF KADDOUR ABDALLAH HAMOU LARBI MILOUD AMEUR AMAR AHMED KACEM HADJ
SLIMANE TAYEB MOKHTAR BRAHIM OMAR NACER RABAH SAAD YAHIA ABBES LAKHDAR MESSAOUD BOUALEM CHAIB""".split()
MAGH_IROOTS = """MANSOUR BRAHIM HAMID SAID KHELIF AMRAN IDRISS ALAOU OUAZZAN SLIMAN MAHMOUD NACER HAMMOUD RAHMOUN
ZERROUK BOUKHAR CHERKAOU FASS TAZ BERRAD MEKK MESSAOUD BELKHIR JELLOUL HADDOUCH AZZOUZ DRISS LAHLOU""".split()
MAGH_PLAIN = """HADDAD CHERIF MEZIANE ZIANI BOUZID LOUNES HAMDI TOUATI AMARA SLIMANI TALEB DJEBBAR BOUDJEMAA HAMADI
BOUAZIZ BELKACEM BELHADJ CHAOUI AOUADI GHARBI JABRI KHALFI MEDJAHED OUALI SAHRAOUI TAHRI YOUSFI ZAOUI BENKHALED
BOUCHAREB CHAREF DERRADJI FERHAT GUERFI HAMICHE KADRI LAOUFI MAZOUZ NAIT REZGUI SEBBAH TIGHILT""".split()
PORT_SURNAMES = """DA_SILVA DOS_SANTOS PEREIRA FERREIRA RODRIGUES GONÇALVES FERNANDES LOPES MARTINS SOUSA ALVES GOMES
RIBEIRO CARVALHO PINTO MOREIRA TEIXEIRA COSTA OLIVEIRA MARQUES CORREIA MENDES NUNES SOARES VIEIRA MONTEIRO CARDOSO
ROCHA FONSECA AZEVEDO MACHADO ARAÚJO CUNHA BARBOSA FARIA DIAS MAGALHÃES SIMÕES BRANCO ANTUNES CASTRO LEITE
GASPAR TAVARES QUEIRÓS FIGUEIREDO VAZ BAPTISTA MATOS CAMPOS FREITAS LOURENÇO ABREU PIRES GUERREIRO NOGUEIRA SANTOS
SERRANO VALENTE CORDEIRO MOTA PACHECO BRAGA CALDEIRA ESTEVES MESQUITA""".split()
TURK_SURNAMES = """YILMAZ KAYA DEMİR ŞAHİN ÇELİK YILDIZ YILDIRIM ÖZTÜRK AYDIN ÖZDEMİR ARSLAN DOĞAN KILIÇ ASLAN ÇETİN KARA
KOÇ KURT ÖZKAN ŞİMŞEK POLAT ÖZ GÜNEŞ ERDOĞAN AKSOY TÜRK KORKMAZ ÇAKIR ERDEM AKTAŞ GÜLER BULUT KESKİN ÜNAL
TAŞ AVCI SARI KAPLAN DURMAZ KARATAŞ ÖZCAN TEKİN ATEŞ GÜL BAYRAM ACAR""".split()
VIET_SURNAMES = [('NGUYỄN', 30), ('TRẦN', 11), ('LÊ', 9), ('PHẠM', 7), ('HOÀNG', 5), ('HUỲNH', 4), ('PHAN', 4), ('VŨ', 3),
                 ('VÕ', 3), ('ĐẶNG', 2), ('BÙI', 2), ('ĐỖ', 2), ('HỒ', 2), ('NGÔ', 2), ('DƯƠNG', 1), ('LÝ', 1), ('TRƯƠNG', 1)]
WAFR_SURNAMES = """DIALLO TRAORÉ KONÉ COULIBALY DIARRA CISSÉ SYLLA CAMARA KEÏTA TOURÉ SOW BA NDIAYE DIOP FALL GUEYE SARR
FAYE SECK DIOUF MBAYE KOUASSI KOFFI KONATÉ SANOGO OUATTARA BAMBA DIABATÉ SISSOKO DOUMBIA DIAKITÉ DEMBÉLÉ SANGARÉ
KANTÉ FOFANA SAMAKÉ DIAWARA SOUMARÉ NIANG THIAM BAH BALDÉ YAO NGUESSAN KOUYATÉ DIAKHATÉ MAGASSA TANDIA GASSAMA
DRAMÉ SAKHO SIDIBÉ KOUROUMA CONDÉ SOUMAH BANGOURA CAMARA DIABY DIOMANDÉ KOUAMÉ KONAN AKA GBAGBO ZADI TAPÉ DIEDHIOU
SANÉ MANÉ BADJI SAGNA GOUDIABY NDOYE NDIAYE FAL SALL KANE WADE DIENG LY THIOUNE MBENGUE SEYE CISSOKHO TIMERA""".split()
CAFR_SURNAMES = """MBEMBA NKOUKA MAKOSSO MOUKOKO NGOMA MABIALA MASSAMBA LOUZOLO MPANDOU KABONGO TSHIBANDA MUKENDI ILUNGA
KABILA NGOUABI ETOUNDI MBARGA ATANGANA NKOULOU ESSOMBA FOUDA ONANA""".split()
COMO_SURNAMES = """ABDALLAH MADI ATTOUMANI SOILIHI AHAMADA SAÏD MOHAMED ALI ABDOU ANLI HAMADA ISSOUFI MZE BACAR HOUMADI""".split()
SPIT_SURNAMES = """GARCIA MARTINEZ LOPEZ SANCHEZ GONZALEZ RODRIGUEZ FERNANDEZ PEREZ GOMEZ RUIZ HERNANDEZ JIMENEZ MORENO
NAVARRO ROMERO ALONSO ROSSI RUSSO FERRARI ESPOSITO BIANCHI ROMANO COLOMBO RICCI MARINO GRECO BRUNO GALLO CONTI
DE_LUCA COSTA GIORDANO MANCINI LOMBARDI""".split()
EEUR_SURNAMES = """KOWALSKI NOWAK WIŚNIEWSKI LEWANDOWSKI WÓJCIK KAMIŃSKI ZIELIŃSKI SZYMAŃSKI POPESCU IONESCU POPA RADU STAN
DUMITRU CONSTANTIN STOICA MUNTEANU DOBRE LAZĂR GHEORGHE MIHAI STOJANOVIC PETROVIC NIKOLIC JOVANOVIC""".split()
REUN_SURNAMES = """PAYET HOARAU GRONDIN FONTAINE RIVIÈRE TECHER BOYER HOAREAU MAILLOT ROBERT LEBON NATIVEL TURPIN CADET
MUSSARD DAMOUR VIRAPIN LAURET GONTHIER CÉLESTE SAUTRON BÈGUE""".split()
ANTI_SURNAMES = """ALEXIS JEAN-BAPTISTE SAINT-LOUIS EDOUARD CLAIRE JOSEPH MARIE-SAINTE THÉODORE CÉLESTIN BELLANCE
NOMERTIN SYLVESTRE DÉSIRÉ LAGIER RAPON ZÉPHIR PIERRE-LOUIS FLORENT ÉLISABETH""".split()

# First names -------------------------------------------------------------------------------------
FN_M = {
    1930: "Jean Pierre André Michel Jacques René Roger Marcel Robert Georges Louis Henri Paul Bernard Claude Maurice Raymond Lucien Marcel Joseph Roland Gilbert Guy Albert Yves",
    1940: "Jean Michel Pierre Alain Bernard Gérard Jacques Claude Daniel Christian Jean-Pierre André Roger Guy Yves Serge Marcel Jean-Claude Georges René Patrick Gilbert Robert Jean-Louis Henri Louis",
    1950: "Alain Patrick Michel Philippe Daniel Jean-Pierre Bernard Christian Gérard Jean-Claude Jacques Dominique Claude Jean-Louis Didier Gilles Serge Jean-Marie Francis Jean-Paul Joël Yves Jean Guy Marc Jean-Michel",
    1960: "Philippe Pascal Thierry Éric Patrick Laurent Didier Dominique Christophe Frédéric Bruno Jean-Luc Jean-Marc Olivier Gilles Thierry Denis Marc Hervé Franck Alain Serge Stéphane Michel Patrice Joël Jean-François Régis",
    1970: "Stéphane Christophe Sébastien Frédéric David Nicolas Laurent Olivier Cédric Jérôme Fabrice Vincent Franck Ludovic Emmanuel Arnaud Grégory Yann Thierry Samuel Pascal Mickaël Guillaume Julien Xavier Raphaël",
    1980: "Julien Nicolas Sébastien Mickaël Jérémy Guillaume Anthony Romain Mathieu Damien Cédric Kevin Thomas Alexandre Jonathan Ludovic Benjamin Florian Christophe Vincent Maxime Yoann Fabien Loïc Matthieu David Steven Johnny",
    1990: "Kevin Thomas Alexandre Quentin Maxime Romain Dylan Nicolas Anthony Julien Florian Jordan Valentin Adrien Hugo Lucas Jérémy Antoine Benjamin Clément Corentin Théo Mathieu Loïc Bryan Steven Mickaël Pierre Yanis",
    2000: "Lucas Hugo Enzo Théo Nathan Mathis Yanis Thomas Clément Maxime Tom Louis Noah Axel Kylian Léo Alexandre Evan Rayan Ethan Mathéo Noa Gabriel Jules Dylan Killian Matteo Bilal Ilyes Adam",
}
FN_F = {
    1930: "Marie Jeanne Simone Jacqueline Denise Yvette Paulette Suzanne Madeleine Odette Germaine Colette Lucienne Monique Renée Andrée Marguerite Yvonne Raymonde Josette",
    1940: "Monique Françoise Jacqueline Danielle Nicole Michèle Annie Christiane Marie-Thérèse Josette Colette Jeanine Martine Évelyne Chantal Bernadette Marie-Claude Yvette Odile Ginette Huguette Éliane",
    1950: "Martine Françoise Christine Catherine Chantal Nicole Brigitte Sylvie Marie-Christine Dominique Danielle Évelyne Annie Michèle Patricia Joëlle Marie-France Josiane Colette Claudine Régine Maryse",
    1960: "Sylvie Nathalie Isabelle Catherine Christine Valérie Véronique Patricia Sandrine Corinne Pascale Marie-Christine Brigitte Laurence Martine Muriel Florence Karine Béatrice Carole Fabienne Hélène",
    1970: "Nathalie Stéphanie Sandrine Valérie Isabelle Céline Karine Virginie Sophie Christelle Séverine Aurélie Émilie Laetitia Delphine Sabrina Cécile Caroline Élodie Anne-Sophie Audrey Magali",
    1980: "Aurélie Émilie Julie Élodie Céline Sarah Laura Jessica Mélanie Audrey Stéphanie Sandra Marie Caroline Amandine Anaïs Vanessa Laetitia Pauline Marion Camille Charlotte Cindy Ophélie",
    1990: "Laura Camille Manon Marine Sarah Pauline Julie Marion Anaïs Léa Mélissa Océane Chloé Justine Morgane Emma Jessica Amandine Clara Inès Lucie Mathilde Marie Élodie Margaux",
    2000: "Léa Manon Emma Chloé Camille Océane Clara Inès Sarah Lucie Jade Lola Maëlys Lina Eva Louise Zoé Anaïs Yasmine Lilou Juliette Maëva Romane Louna Ambre Nour",
}
FN_M_TAIL = """Abel Achille Adolphe Aimé Alban Albéric Alexis Alfred Alphonse Amaury Ambroise Anatole Anselme Aristide Armand
Arsène Auguste Aurélien Barthélemy Basile Baptiste Benoît Bertrand Blaise Boris Brice Calixte Camille Célestin César
Charles Côme Constant Cyprien Cyril Damien Désiré Édouard Edmond Élie Émile Eugène Évariste Fabien Félix Ferdinand
Firmin Florent Francis Gaël Gaëtan Gaspard Gauthier Germain Gildas Grégoire Gustave Hector Hilaire Honoré Hubert
Ignace Jacky Jean-Baptiste Jean-Christophe Jean-Jacques Jean-Yves Jérémie Joachim Jocelyn Josselin Jules Justin Landry
Lazare Léandre Léon Léonard Lionel Loïs Lucien Ludovic Marius Martial Maxence Médéric Melvin Nathanaël Noël Norbert
Octave Pacôme Pascal Prosper Quentin Rémi Renaud Robin Rodolphe Rodrigue Ronan Samy Sylvain Tanguy Théophile Timothée
Tristan Ulysse Urbain Valère Victor Wilfried Willy Yohan Yannick Zacharie Erwan Gwenaël Killian Mattéo Sacha Nolan
Timéo Jimmy Teddy Freddy Gaétan Joris Morgan Yoann Alain Dimitri Sofiane""".split()
FN_F_TAIL = """Adèle Adeline Agathe Agnès Albane Alice Aline Alix Amélie Angèle Angélique Annabelle Anne Anne-Laure Apolline
Ariane Armelle Axelle Bérénice Blandine Capucine Cassandra Céleste Clémence Clotilde Coralie Cyrielle Daphné Diane
Edwige Éléonore Éloïse Estelle Eugénie Faustine Flavie Gaëlle Geneviève Gwendoline Héloïse Henriette Hortense
Irène Jacinthe Josépha Joséphine Judith Justine Léonie Lætitia Liliane Lorène Lucile Ludivine Maëlle Mallaury Margot
Marie-Anne Marie-Laure Marie-Pierre Marjorie Maud Mélodie Mireille Morgane Noémie Noëlle Oriane Paloma Perrine
Philippine Prune Rachel Rébecca Rosalie Roseline Salomé Solène Sidonie Tiphaine Ursule Valentine Victoire Violette
Viviane Wendy Yolande Zélie Gwenaëlle Nolwenn Katell Soizic Maïwenn Kelly Kimberley Priscilla Tatiana Johanna Elsa""".split()
SECOND_M = "Jean Pierre Louis Marie Joseph Paul André Michel René Henri Jacques François Charles Georges Claude Antoine Marcel Robert".split()
SECOND_F = "Marie Anne Louise Jeanne Françoise Madeleine Claire Thérèse Hélène Catherine Christine Jacqueline Élisabeth Paule Sophie Andrée".split()

# foreign first names: each entry 'canonical|variant|variant...' (variants used by transliteration noise)
FOREIGN_FN = {
    'MAGH': (
        ["Mohamed|Mohammed|Mohamad|Muhammad|Mohammad|Mehamed|Mohamed Amine", "Abdelkader|Abdelkadir|Abd El Kader|Abdel Kader|Abdelkarder",
         "Youssef|Youcef|Yousef|Yusuf|Youssouf", "Rachid|Rashid|Rachide", "Saïd|Said|Sayed|Saeed", "Mustapha|Moustapha|Mostefa|Mustafa",
         "Abderrahmane|Abderahmane|Abdel Rahman|Abderrahman", "Khaled|Khalid|Khaleed", "Hocine|Houcine|Hossein|Hussein", "Brahim|Ibrahim|Ibrahime",
         "Ahmed|Ahmad|Hamed", "Karim|Kareem|Karime", "Nourdine|Noureddine|Nour-Eddine|Nordine|Nour Eddine", "Mehdi|Mahdi|Medhi",
         "Samir|Sameer|Samire", "Farid|Fareed", "Yassine|Yacine|Yassin|Yasin", "Bilal|Billal|Bilel", "Hamza|Hamsa", "Sofiane|Soufiane|Sofian",
         "Djamel|Jamel|Djamal|Jamal", "Abdelaziz|Abdel Aziz|Abdelaziz", "Omar|Omer|Oumar", "Redouane|Redwan|Ridouane|Radouane",
         "Ayoub|Ayyoub|Ayoube", "Walid|Oualid|Waleed", "Nabil|Nabile", "Kamel|Kamal", "Slimane|Sliman|Soliman|Suleiman", "Tarik|Tarek|Tariq"],
        ["Fatima|Fatma|Fatiha|Fatimah", "Aïcha|Aicha|Aisha|Aïsha", "Samira|Sameera", "Nadia|Nadiya", "Leïla|Leila|Layla|Laila", "Yasmina|Yasmine|Jasmina",
         "Khadija|Khadidja|Khedidja", "Malika|Maleka", "Naïma|Naima|Naeema", "Karima|Kerima", "Souad|Suad", "Meriem|Myriam|Maryam|Meryem",
         "Zohra|Zahra|Zohra", "Nora|Noura", "Sonia|Sounia", "Rachida|Rashida", "Djamila|Jamila|Djamilah", "Houria|Hourya", "Salima|Selima", "Imane|Iman|Imen"]),
    'TURK': (["Mehmet|Mehmed|Mehmét", "Mustafa|Moustafa|Mustapha", "Ahmet|Ahmed|Ahmett", "Ali", "Hüseyin|Huseyin|Husseyin|Hussein", "İbrahim|Ibrahim|Ibrahime",
              "Hasan|Hassan|Hasane", "Murat|Mourat|Murad", "Emre", "Ömer|Omer|Oemer", "Yusuf|Youssouf|Yousouf", "Recep|Redjep|Recepe", "Kemal|Kémal"],
             ["Ayşe|Ayse|Aysé", "Fatma|Fatima", "Emine|Emina", "Zeynep|Zeinep|Zeynab", "Hatice|Hatidje|Hatije", "Elif|Elife", "Özlem|Ozlem|Oezlem", "Gül|Gul"]),
    'PORT': (["João|Joao|Jean", "José|Jose|Joseph", "António|Antonio|Antoine", "Manuel|Manoel", "Francisco|Francisque", "Carlos|Carlo", "Paulo|Paul",
              "Luís|Luis|Louis", "Fernando", "Jorge|George", "Rui|Ruy", "Nuno", "Pedro|Pierre", "Sérgio|Sergio|Serge"],
             ["Maria|Marie", "Ana|Anna|Anne", "Fernanda", "Conceição|Conceicao|Conceiçao", "Isabel|Isabelle", "Rosa|Rose", "Paula|Paule", "Sandra", "Cristina|Christina|Christine"]),
    'WAFR': (["Mamadou|Mamadu|Mamadoù", "Moussa|Musa|Mousa", "Amadou|Ahmadou|Amadu", "Ibrahima|Ibrahim|Ibrahimah", "Oumar|Omar|Umar", "Boubacar|Boubakar|Aboubacar|Abubakar",
              "Seydou|Seidou|Seydu", "Abdoulaye|Abdoulay|Abdulaye", "Ousmane|Ousman|Usman", "Souleymane|Souleyman|Suleiman", "Lamine|Lamin", "Cheikh|Cheick|Sheikh",
              "Modibo", "Adama", "Bakary|Bakari|Bacary", "Kouadio|Kwadio", "Yao"],
             ["Fatoumata|Fatimata|Fatoumatta", "Aminata|Aminatou", "Mariam|Mariama|Mariame", "Awa|Awah", "Kadiatou|Kadidiatou|Kadiatu", "Aïssatou|Aissatou|Aisatou",
              "Oumou|Umu", "Hawa|Awa", "Assa|Asa", "Bintou|Bintu", "Ramatoulaye|Ramatoulay", "Adjoua|Ajoua"]),
    'VIET': (["Van Minh|Van-Minh|Vanminh", "Van Hung|Van-Hung", "Van Thanh|Van-Thanh", "Duc|Đức|Duc", "Quang|Quan", "Van Long|Van-Long", "Huu Phuoc|Huu-Phuoc", "Tuan|Tuân"],
             ["Thi Lan|Thi-Lan|Thilan", "Thi Hoa|Thi-Hoa", "Thi Mai|Thi-Mai", "Thi Huong|Thi-Huong|Thi Houng", "Ngoc Anh|Ngoc-Anh", "Thu|Thù"]),
    'CAFR': (["Jean-Claude", "Christian", "Patrick", "Blaise", "Merveille", "Exaucé|Exauce", "Prince", "Glody", "Junior", "Fiston", "Rodrigue", "Landry"],
             ["Merveille", "Grâce|Grace", "Esther", "Divine", "Gloria", "Ruth", "Prisca", "Christelle"]),
    'COMO': (["Ali", "Said|Saïd", "Ahmed|Ahamed|Ahmad", "Abdou|Abdu", "Mohamed|Mohammed|Mouhamadi|Mohamadi", "Anli", "Soilihi|Soihili", "Attoumane|Atoumani"],
             ["Fatima|Fatouma|Fatima", "Zaharia|Zahariya", "Mariama|Mariam", "Anziza", "Nadjma|Najma", "Roukia|Rukia"]),
    'EEUR': (["Ion|Ioan", "Marian", "Florin", "Constantin|Konstantin", "Piotr|Pierre", "Krzysztof|Christophe", "Andrzej|André", "Dragan", "Milan", "Stefan|Ştefan|Stéphane", "Gheorghe|Georges"],
             ["Maria", "Elena|Hélène", "Ioana|Joanna", "Anna|Ana", "Agnieszka|Agnieska", "Katarzyna|Katarina", "Mirela", "Jelena|Yelena"]),
    'SPIT': (["José|Jose", "Antonio|Antoine", "Manuel", "Francisco", "Giuseppe|Joseph", "Giovanni|Jean", "Salvatore", "Luigi|Louis", "Juan", "Miguel"],
             ["Maria|Marie", "Carmen", "Rosa|Rose", "Giuseppina|Joséphine", "Dolores", "Pilar", "Anna", "Francesca|Françoise"]),
}

# Origins: label, weight among persons, surname pool, P(born abroad), countries [(code, name variants, iso2, cities, weight)]
COUNTRIES = {
    'MA': ('99350', ['MAROC', 'Maroc', 'ROYAUME DU MAROC'], 'MA', "Casablanca Rabat Fès Marrakech Oujda Tanger Meknès Agadir Kénitra Nador Berkane Taza"),
    'DZ': ('99352', ['ALGERIE', 'Algérie', 'ALGÉRIE'], 'DZ', "Alger Oran Constantine Annaba Sétif Tlemcen Tizi-Ouzou Béjaïa Blida Batna Mostaganem Sidi-Bel-Abbès"),
    'TN': ('99351', ['TUNISIE', 'Tunisie'], 'TN', "Tunis Sfax Sousse Bizerte Gabès Kairouan Monastir Ben-Arous"),
    'PT': ('99139', ['PORTUGAL', 'Portugal'], 'PT', "Lisboa Porto Braga Chaves Viseu Guimarães Coimbra Leiria Aveiro Bragança"),
    'TR': ('99208', ['TURQUIE', 'Turquie'], 'TR', "Istanbul Ankara Izmir Konya Kayseri Yozgat Sivas Gaziantep Trabzon"),
    'VN': ('99243', ['VIET NAM', 'VIETNAM', 'Viêt Nam'], 'VN', "Saigon Hô-Chi-Minh-Ville Hanoi Hué Da-Nang Haiphong Cân-Tho"),
    'SN': ('99341', ['SENEGAL', 'Sénégal'], 'SN', "Dakar Thiès Saint-Louis Kaolack Ziguinchor Touba Rufisque"),
    'ML': ('99335', ['MALI', 'Mali'], 'ML', "Bamako Kayes Ségou Mopti Sikasso Koulikoro Nioro"),
    'CI': ('99326', ["COTE D'IVOIRE", "Côte d'Ivoire", 'COTE-D IVOIRE'], 'CI', "Abidjan Bouaké Yamoussoukro Daloa Korhogo San-Pédro"),
    'CM': ('99322', ['CAMEROUN', 'Cameroun'], 'CM', "Douala Yaoundé Bafoussam Garoua Bamenda"),
    'CD': ('99312', ['CONGO (REP. DEM.)', 'REPUBLIQUE DEMOCRATIQUE DU CONGO', 'Zaïre'], 'CD', "Kinshasa Lubumbashi Kisangani Mbuji-Mayi"),
    'CG': ('99324', ['CONGO', 'Congo'], 'CG', "Brazzaville Pointe-Noire Dolisie"),
    'KM': ('99397', ['COMORES', 'Comores'], 'KM', "Moroni Mutsamudu Fomboni"),
    'ES': ('99134', ['ESPAGNE', 'Espagne'], 'ES', "Madrid Barcelona Valencia Sevilla Málaga Murcia"),
    'IT': ('99127', ['ITALIE', 'Italie'], 'IT', "Roma Napoli Palermo Torino Milano Bari"),
    'PL': ('99122', ['POLOGNE', 'Pologne'], 'PL', "Warszawa Kraków Łódź Wrocław Katowice"),
    'RO': ('99114', ['ROUMANIE', 'Roumanie'], 'RO', "Bucuresti Cluj-Napoca Iasi Constanta Timisoara Craiova"),
    'GN': ('99330', ['GUINEE', 'Guinée'], 'GN', "Conakry Kankan Labé Kindia"),
}
ORIGINS = [
    # label, weight, surname kind, P(abroad), [(country, w)]
    ('FR',   76.5, 'FR', 0.012, [('DZ', 2), ('MA', 1), ('ES', 1), ('IT', 1)]),
    ('MAGH', 9.5, 'MAGH', 0.38, [('DZ', 45), ('MA', 40), ('TN', 15)]),
    ('PORT', 2.5, 'PORT', 0.35, [('PT', 1)]),
    ('WAFR', 2.8, 'WAFR', 0.45, [('SN', 30), ('ML', 35), ('CI', 25), ('GN', 10)]),
    ('CAFR', 1.2, 'CAFR', 0.50, [('CD', 45), ('CG', 30), ('CM', 25)]),
    ('TURK', 1.5, 'TURK', 0.35, [('TR', 1)]),
    ('VIET', 0.5, 'VIET', 0.40, [('VN', 1)]),
    ('SPIT', 1.5, 'SPIT', 0.20, [('ES', 50), ('IT', 50)]),
    ('EEUR', 1.2, 'EEUR', 0.60, [('RO', 60), ('PL', 40)]),
    ('COMO', 0.6, 'COMO', 0.40, [('KM', 1)]),
]

# --------------------------------------------------------------------------------------------
# 2. helpers
# --------------------------------------------------------------------------------------------
_strip_cache = {}
def strip_accents(s):
    r = _strip_cache.get(s)
    if r is None:
        t = s.replace('Œ', 'OE').replace('œ', 'oe').replace('Æ', 'AE').replace('æ', 'ae').replace('ı', 'i').replace('İ', 'I')
        t = t.replace('Đ', 'D').replace('đ', 'd').replace('Ł', 'L').replace('ł', 'l')
        r = ''.join(c for c in unicodedata.normalize('NFD', t) if unicodedata.category(c) != 'Mn')
        if len(_strip_cache) < 500000:
            _strip_cache[s] = r
    return r

def title_name(s):
    # "LE GOFF" -> "Le Goff", "JEAN-PIERRE" -> "Jean-Pierre", "N'DIAYE" -> "N'Diaye"
    return re.sub(r"[^\s\-']+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), s)

class Sampler:
    __slots__ = ('items', 'cum', 'total')
    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = list(accumulate(weights))
        self.total = self.cum[-1]
    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]

def zipf_weights(n, a=1.0, b=2.0):
    return [1.0 / (r + b) ** a for r in range(1, n + 1)]

AZERTY = {'A': 'ZQ', 'Z': 'AES', 'E': 'ZRD', 'R': 'ETF', 'T': 'RYG', 'Y': 'TUH', 'U': 'YIJ', 'I': 'UOK', 'O': 'IPL',
          'P': 'OM', 'Q': 'ASW', 'S': 'QDZ', 'D': 'SFE', 'F': 'DGR', 'G': 'FHT', 'H': 'GJY', 'J': 'HKU', 'K': 'JLI',
          'L': 'KMO', 'M': 'LP', 'W': 'XQ', 'X': 'WC', 'C': 'XV', 'V': 'CB', 'B': 'VN', 'N': 'B'}
LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
VOWELS = set('AEIOUYÉÈÊËÀÂÎÏÔÖÜÛ')

# --------------------------------------------------------------------------------------------
# 3. string noise operators
# --------------------------------------------------------------------------------------------
def _letter_positions(s):
    return [i for i, c in enumerate(s) if c.isalpha()]

def typo(s, rng):
    """One keyboard-style edit: substitution by an AZERTY neighbour, insertion, deletion, transposition, doubling."""
    pos = _letter_positions(s)
    if len(pos) < 2:
        return s
    k = rng.random()
    i = pos[rng.randrange(len(pos))]
    c = s[i]
    low = c.islower()
    C = strip_accents(c.upper())
    if len(pos) <= 3 and 0.32 <= k < 0.70:
        k = 0.0       # very short names: substitute instead of deleting a letter
    if k < 0.32:  # neighbour substitution
        nb = AZERTY.get(C, LETTERS)
        n = nb[rng.randrange(len(nb))]
        return s[:i] + (n.lower() if low else n) + s[i + 1:]
    if k < 0.52:  # deletion
        return s[:i] + s[i + 1:]
    if k < 0.70:  # transposition with next letter
        if i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != c:
            return s[:i] + s[i + 1] + c + s[i + 2:]
        return s[:i] + s[i + 1:]
    if k < 0.85:  # insertion of a neighbour key
        nb = AZERTY.get(C, LETTERS)
        n = nb[rng.randrange(len(nb))]
        return s[:i] + (n.lower() if low else n) + s[i:]
    if k < 0.93:  # doubled letter
        return s[:i] + c + s[i:]
    n = LETTERS[rng.randrange(26)]  # random substitution
    return s[:i] + (n.lower() if low else n) + s[i + 1:]

PHONETIC_RULES = [(re.compile(p), r) for p, r in [
    (r'EAU\b', 'O'), (r'EAU\b', 'EAUX'), (r'AULT\b', 'AULD'), (r'AULT\b', 'AUT'), (r'AULT\b', 'OT'), (r'AUD\b', 'AUT'),
    (r'AUD\b', 'EAUD'), (r'ET\b', 'AIT'), (r'ET\b', 'EST'), (r'IER\b', 'IEZ'), (r'IER\b', 'IE'), (r'PH', 'F'), (r'TH', 'T'),
    (r'Y', 'I'), (r'(?<=[A-Z])I(?=[AEOU])', 'Y'), (r'SS', 'S'), (r'(?<=[AEIOU])S(?=[AEIOU])', 'SS'), (r'C(?=[AOU])', 'K'),
    (r'QU', 'K'), (r'K', 'C'), (r'LL', 'L'), (r'(?<=[AEIOU])L(?=[AEIOU])', 'LL'), (r'TT', 'T'), (r'(?<=[AEIOU])T(?=[AEIOU])', 'TT'),
    (r'NN', 'N'), (r'MM', 'M'), (r'RR', 'R'), (r'AN', 'EN'), (r'EN', 'AN'), (r'AI', 'E'), (r'AIN\b', 'IN'),
    (r'X\b', 'S'), (r'X\b', ''), (r'S\b', ''), (r'S\b', 'Z'), (r'D\b', 'T'), (r'T\b', 'D'), (r'T\b', ''), (r'G(?=[EI])', 'J'),
    (r'CQ', 'C'), (r'CK', 'K'), (r'C\b', 'CQ'), (r'Z\b', 'S'), (r'EY\b', 'AY'), (r'OT\b', 'AULT'), (r'O\b', 'EAU'),
    (r'EC\b', 'ECK'), (r'AC\b', 'AQ'), (r'ÈS\b', 'EZ'), (r'EZ\b', 'ÈS'), (r'OU', 'OUH'), (r'GU(?=[EI])', 'G'),
    (r'É', 'EE'), (r'ER\b', 'É'), (r'É\b', 'ER'), (r'É\b', 'EY'), (r'SCH', 'CH'), (r'CH', 'SCH'), (r'MANN\b', 'MAN'),
    (r'ERT\b', 'ER'), (r'IN\b', 'AIN'), (r'ON\b', 'OND'), (r'AUX\b', 'AULT'), (r'ILLE', 'IE')]]

def phonetic(s, rng):
    """Homophone spelling: s is an upper-case name."""
    cands = [(p, r) for p, r in PHONETIC_RULES if p.search(s)]
    if not cands:
        return s
    p, r = cands[rng.randrange(len(cands))]
    ms = list(p.finditer(s))
    m = ms[rng.randrange(len(ms))]
    out = s[:m.start()] + r + s[m.end():]
    return out if len(out) >= 2 else s

OCR_RULES = [('M', 'RN'), ('RN', 'M'), ('D', 'CL'), ('CL', 'D'), ('O', '0'), ('I', 'L'), ('I', '1'), ('L', 'I'), ('E', 'F'),
             ('F', 'E'), ('U', 'V'), ('V', 'U'), ('H', 'LI'), ('B', '8'), ('S', '5'), ('G', 'C'), ('C', 'G'), ('Q', 'O'), ('N', 'H')]
def ocr(s, rng):
    cands = [(a, b) for a, b in OCR_RULES if a in s]
    if not cands:
        return s
    a, b = cands[rng.randrange(len(cands))]
    idx = [m.start() for m in re.finditer(re.escape(a), s)]
    i = idx[rng.randrange(len(idx))]
    return s[:i] + b + s[i + len(a):]

# transliteration of foreign surnames (upper case, accents kept in input)
TRANSLIT = {
    'MAGH': [(r'^BEN ?', ['BEN', 'BEN ', 'BENN', 'BIN ', 'BEN-', 'IBN ']), (r'^EL[ -]?', ['EL ', 'EL-', 'EL', 'AL ', 'AL-', '']),
             (r'^AIT ?', ['AIT ', 'AÏT ', 'AIT-', 'AIT']), (r'^BOU', ['BOU', 'BU', 'BOO']), (r'OU', ['OU', 'U', 'OO', 'W']),
             (r'CH', ['CH', 'SH', 'CHE']), (r'DJ', ['DJ', 'J', 'DZ']), (r'KH', ['KH', 'K', 'H']), (r'K', ['K', 'Q', 'C']),
             (r'I\b', ['I', 'Y', 'IE']), (r'AOUI\b', ['AOUI', 'AWI', 'AOUY']), (r'SS', ['SS', 'S']), (r'DD', ['DD', 'D']),
             (r'MM', ['MM', 'M']), (r'A', ['A', 'E']), (r'Ï', ['Ï', 'I'])],
    'PORT': [(r'Ç', ['Ç', 'C', 'S']), (r'Ã', ['Ã', 'A']), (r'Õ', ['Õ', 'O']), (r'^DA ', ['DA ', 'DA', 'DE ', '']), (r'^DOS ', ['DOS ', 'DOS', 'DO ', '']),
             (r'ES\b', ['ES', 'EZ', 'EIS']), (r'LH', ['LH', 'LL', 'L']), (r'NH', ['NH', 'GN', 'N']), (r'Ú', ['Ú', 'U'])],
    'TURK': [(r'Ş', ['Ş', 'S', 'SH', 'CH']), (r'Ç', ['Ç', 'C', 'TCH', 'CH']), (r'Ğ', ['Ğ', '', 'G']), (r'I', ['I', 'E', 'I']),
             (r'İ', ['İ', 'I']), (r'Ö', ['Ö', 'O', 'OE']), (r'Ü', ['Ü', 'U', 'UE', 'OU']), (r'Y', ['Y', 'I'])],
    'VIET': [(r'NGUY', ['NGUY', 'NGY', 'NGUI', 'NGU']), (r'Ư', ['Ư', 'U']), (r'Ơ', ['Ơ', 'O']), (r'Đ', ['Đ', 'D']),
             (r'[ỄẦẠÀỒÕÙŨĐẶÔỖ]', None), (r'UO', ['UO', 'UONG']), (r'EN\b', ['EN', 'ENN', 'ÊN', 'YEN'])],
    'WAFR': [(r'^N(?=D|G)', ["N", "N'", "N-", "NI"]), (r'^M(?=B)', ["M", "M'"]), (r'OU', ['OU', 'U', 'O']), (r'É', ['É', 'E', 'EE']),
             (r'Ï', ['Ï', 'I']), (r'C', ['C', 'K']), (r'DI', ['DI', 'DJ', 'J']), (r'Y\b', ['Y', 'I', 'IE'])],
    'CAFR': [(r'OU', ['OU', 'U']), (r'^N(?=[GK])', ["N", "N'"]), (r'^M(?=[BP])', ["M", "M'"])],
    'COMO': [(r'OU', ['OU', 'U']), (r'I\b', ['I', 'Y']), (r'Ï', ['Ï', 'I']), (r'DH', ['DH', 'D'])],
    'EEUR': [(r'[ŚŃĄĘŁÓŹŻĂȘȚÎ]', None), (r'SKI\b', ['SKI', 'SKY', 'SCHI']), (r'ESCU\b', ['ESCU', 'ESCOU']), (r'W', ['W', 'V']),
             (r'VIC\b', ['VIC', 'VITCH', 'VICH', 'VIĆ'])],
    'SPIT': [(r'EZ\b', ['EZ', 'ES', 'ÈS']), (r'^DE ', ['DE ', 'DE', 'DI ']), (r'CC', ['CC', 'C']), (r'J', ['J', 'G'])],
}
TRANSLIT = {k: [(re.compile(p), v) for p, v in rules] for k, rules in TRANSLIT.items()}

def transliterate(s, kind, rng, nrules=None):
    orig = s
    rules = TRANSLIT.get(kind)
    if not rules:
        return s
    cands = [(p, v) for p, v in rules if p.search(s)]
    if not cands:
        return s
    n = nrules or (1 if rng.random() < 0.65 else 2)
    for _ in range(n):
        p, v = cands[rng.randrange(len(cands))]
        if v is None:
            s = p.sub(lambda m: strip_accents(m.group(0)), s)
        else:
            ms = list(p.finditer(s))
            if not ms:
                continue
            m = ms[rng.randrange(len(ms))]
            s = s[:m.start()] + v[rng.randrange(len(v))] + s[m.end():]
    s = s.strip(' -')
    return s if len(s) >= 2 else orig

PARTICLE_RE = re.compile(r"^(DE LA |DE L'|DE |D'|DU |DES |LE |LA |VAN DEN |VAN |DI |DELLA |DA |DOS )(.+)$")
def particle_variant(s, rng):
    """de la Fontaine / DELAFONTAINE / LAFONTAINE / FONTAINE; LE GOFF / LEGOFF / GOFF."""
    m = PARTICLE_RE.match(s)
    if not m:
        return s
    part, rest = m.group(1), m.group(2)
    k = rng.random()
    if k < 0.42:
        return part.replace(' ', '').replace("'", '') + rest          # glued
    if k < 0.62:
        return rest                                                     # dropped entirely
    if k < 0.78 and part.count(' ') >= 2:
        return part.split(' ', 1)[1].replace(' ', '') + rest           # DE LA X -> LAX
    if k < 0.90:
        return rest + ' (' + part.strip() + ')'                         # FONTAINE (DE LA)
    return part.replace(' ', '-') + rest                                # hyphenated

ARTICLES = {'EL', 'AL', 'AIT', 'AÏT', 'BEN', 'BEL', 'OULD', 'LE', 'LA', 'DE', 'DU', 'DES', 'VAN', 'DI', 'DA', 'DOS', 'DELLA', 'SAINT', 'MAC', 'MC'}
def compound_variant(s, rng):
    """MARTIN-DUBOIS -> DUBOIS / MARTIN / MARTIN DUBOIS / MARTINDUBOIS / DUBOIS-MARTIN."""
    parts = re.split(r'[- ]', s)
    if len(parts) < 2 or parts[0] in ARTICLES:
        return s
    k = rng.random()
    if k < 0.30:
        return parts[0]
    if k < 0.50:
        return parts[-1]
    if k < 0.82:
        return ' '.join(parts) if '-' in s else '-'.join(parts)
    if k < 0.90:
        return ''.join(parts)
    return '-'.join(reversed(parts))

FN_VARIANTS = {}
for _line in """Mickaël|Michael|Mikaël|Mickael|Mikael|Michaël
Stéphane|Stephan|Stefane|Stephane
Christophe|Cristophe|Christoph
Kevin|Kévin|Kewin
Anthony|Antony|Anthonny
Jérémy|Jérémie|Jeremy|Jeremie|Jérémi
Sébastien|Sebastian|Sebastien|Sébastian
Mathieu|Matthieu|Matthieux
Yoann|Johann|Yohann|Yohan|Joann
Cédric|Cedrick|Cédrick
Grégory|Gregory|Grégori
Frédéric|Frederic|Fréderic|Frédérick
Nathalie|Natalie|Nathaly
Stéphanie|Stefanie|Stephanie
Laetitia|Lætitia|Létitia|Leticia
Sylvie|Silvie
Karine|Carine|Karina
Jessica|Jessika|Jessyca
Cindy|Sindy|Cyndie
Océane|Oceanne|Océanne
Maëlys|Maelis|Maëlis|Maelys
Rayan|Ryan|Rayane|Raïan
Yanis|Yannis|Ianis|Yaniss
Kylian|Killian|Kilian|Kyllian
Noah|Noa|Noé
Ilyes|Ilyas|Elyes|Iliès
Mohamed|Mohammed|Mohamad|Muhammad
Dylan|Dilan|Dylann
Johnny|Jonny|Johny
Steven|Stevens|Stéven
Loïc|Loic|Loïck
Jonathan|Jonathen|Johnathan
Anaïs|Anais|Anaïse
Mélanie|Melanie|Mélany
Élodie|Elodie|Élodi
Aurélie|Aurelie|Aurélye
Audrey|Audray|Audrée
Sarah|Sara
Inès|Ines|Inés|Inesse
Chloé|Chloe|Cloé
Zoé|Zoe
Léa|Lea|Léah
Maëva|Maeva|Mayeva
Yasmine|Yasmina|Jasmine
Lucas|Luka|Luca
Mathis|Matis|Mathys
Enzo|Enso
Théo|Teo|Théau
Hugo|Ugo
Mathéo|Matheo|Mattéo
Alexandre|Alexander|Alexandra
Jean|Jehan
Michel|Mitchel
Philippe|Philipe|Filipe
Thierry|Thiery|Thierri
Éric|Eric|Erick
Patrick|Patric|Patrik
Pascal|Pascale""".split('\n'):
    _vs = _line.split('|')
    FN_VARIANTS[_vs[0]] = _vs[1:]

SIMILAR_FN = {
    ('M', 'M'): [('Jean-Marc', 'Jean-Luc'), ('Jean-Pierre', 'Jean-Paul'), ('Jean-Michel', 'Jean-Marie'), ('Jean-François', 'Jean-Philippe'),
                 ('Mathis', 'Mathias'), ('Yann', 'Yannick'), ('Théo', 'Timéo'), ('Nathan', 'Nolan'), ('Enzo', 'Ethan'), ('Dylan', 'Kylian'),
                 ('Kevin', 'Steven'), ('Brahim', 'Karim'), ('Hamza', 'Hamid'), ('Yanis', 'Ilyes'), ('Julien', 'Julian'), ('Lucas', 'Louka'),
                 ('Adrien', 'Aurélien'), ('Florian', 'Florent'), ('Christian', 'Christophe'), ('Mamadou', 'Moussa'), ('Rayan', 'Ryad')],
    ('F', 'F'): [('Marie-Claire', 'Marie-Claude'), ('Anne-Sophie', 'Anne-Laure'), ('Léa', 'Léna'), ('Emma', 'Emmy'), ('Manon', 'Marion'),
                 ('Chloé', 'Zoé'), ('Lina', 'Lila'), ('Aurélie', 'Amélie'), ('Laura', 'Lola'), ('Fatima', 'Fatiha'), ('Aminata', 'Aminatou'),
                 ('Marine', 'Martine'), ('Célia', 'Cécilia'), ('Océane', 'Ophélie')],
    ('M', 'F'): [('Kevin', 'Kelly'), ('Louis', 'Louise'), ('Mathis', 'Mathilde'), ('Jean', 'Jeanne'), ('Michel', 'Michèle'), ('Daniel', 'Danielle'),
                 ('Pascal', 'Pascale'), ('Frédéric', 'Frédérique'), ('Noël', 'Noëlle'), ('Gabriel', 'Gabrielle'), ('Emmanuel', 'Emmanuelle'),
                 ('Yanis', 'Yasmine'), ('Enzo', 'Enza'), ('Dylan', 'Dylane'), ('Samir', 'Samira'), ('Karim', 'Karima'), ('Nabil', 'Nabila')],
}

PARTICLE_NAMES = """DE LA FONTAINE|DE LA ROCHE|DE LA RUE|DE LA TOUR|DU BOIS|DU PONT|DE LA MOTTE|DE SAINT-JUST|D'ARTOIS|DE LA VILLE|
DE LA CROIX|DU CHÂTEAU|DE BEAUMONT|DE LA HAYE|D'ALMEIDA|DE SOUSA|DOS REIS|DE OLIVEIRA|DU MOULIN|DE LAMARCHE|DES ROCHES|
DE LA PORTE|DE LA SALLE|LE MOINE|LE BRETON|LA FORGE|DE LUCA|DI MARCO|DE ROSA|DE CASTRO|D'ANGELO|DE JESUS""".replace('\n', '').split('|')

# --------------------------------------------------------------------------------------------
# 4. World: communes, name pools
# --------------------------------------------------------------------------------------------
class Geo:
    def __init__(self):
        rows = list(csv.DictReader(gzip.open(COMMUNES, "rt", encoding="utf-8")))
        self.by_code = {}
        children = {}
        for r in rows:
            if r['type'] in ('commune-actuelle', 'arrondissement-municipal'):
                self.by_code[r['code']] = r
            if r['type'] in ('commune-deleguee', 'commune-associee'):
                children.setdefault(r['parent_code'], []).append(r)
        self.children = children
        items, weights = [], []
        self.postal_index = {}
        self.dept_big = {}
        for r in rows:
            t = r['type']
            if t == 'commune-actuelle':
                for pc in (r['postal_codes'] or '').split('|'):
                    if pc:
                        self.postal_index.setdefault(pc, []).append(r['code'])
                if r['code'] in ('75056', '69123', '13055'):
                    continue
            elif t != 'arrondissement-municipal':
                continue
            pop = int(r['population'] or 0)
            if pop <= 0 or r['zone'] == 'com' and r['departement'] in ('984', '989'):
                continue
            items.append(r['code'])
            weights.append(pop)
            if t == 'commune-actuelle':
                self.dept_big.setdefault(r['departement'], []).append((pop, r['code']))
        for d, l in self.dept_big.items():
            l.sort(key=lambda x: (-x[0], x[1]))
            self.dept_big[d] = [c for _, c in l[:8]]
        self.sampler = Sampler(items, weights)
        self.dept_communes = {}
        for c in items:
            self.dept_communes.setdefault(self.by_code[c]['departement'], []).append(c)

    def birthplace(self, rng):
        """True birth place of a French-born person: dict with identities usable by clerks."""
        code = self.sampler(rng)
        return self.place_for(code, rng)

    def place_for(self, code, rng):
        r = self.by_code[code]
        p = {'code': code, 'name': r['name'], 'dep': r['departement'], 'kind': 'plain',
             'postal': [x for x in (r['postal_codes'] or '').split('|') if x]}
        if r['type'] == 'arrondissement-municipal':
            parent = self.by_code[r['parent_code']]
            p.update(kind='arr', city_code=parent['code'], city_name=parent['name'])
        elif r['former_codes'] or code in self.children:
            olds = []
            kids = {k['code']: k['name'] for k in self.children.get(code, [])}
            for fc in (r['former_codes'] or '').split('|'):
                if fc:
                    olds.append((fc, kids.get(fc)))
            if code in kids:
                olds.append((code, kids[code]))
            for kc, kn in kids.items():
                if kc != code and all(kc != o[0] for o in olds):
                    olds.append((kc, kn))
            if olds and rng.random() < 0.6:
                oc, on = olds[rng.randrange(len(olds))]
                p.update(kind='merged', old_code=oc, old_name=on or r['name'])
        return p

    def neighbour(self, p, rng):
        """A plausible wrong commune: one sharing a postal code (adjacent), or a big town of the department."""
        if rng.random() < 0.6:
            for pc in p['postal']:
                cands = [c for c in self.postal_index.get(pc, []) if c != p['code']]
                if cands:
                    return cands[rng.randrange(len(cands))]
        big = [c for c in self.dept_big.get(p['dep'], []) if c != p['code']]
        if big:
            return big[rng.randrange(len(big))]
        l = self.dept_communes.get(p['dep'])
        return l[rng.randrange(len(l))]


def compose_family(fam, rng, target):
    """Compose `target` distinct surnames for a regional family from prefix + root + suffix.
    The order of first appearance (frequent affixes first) is used as the frequency rank."""
    spec = FAMILIES[fam]
    roots = spec['roots']
    suf = Sampler([s for s, _ in spec['suffixes']], [w for _, w in spec['suffixes']])
    pre = Sampler([s for s, _ in spec['prefixes']], [w for _, w in spec['prefixes']])
    # roots get a Zipf-like popularity too (shuffled so that it is not alphabetical)
    rl = list(dict.fromkeys(roots))
    rng.shuffle(rl)
    root_s = Sampler(rl, zipf_weights(len(rl), 0.8, 3))
    bare = spec.get('bare', set())
    out, seen = [], set()
    tries = 0
    while len(out) < target and tries < target * 30:
        tries += 1
        r, s, p = root_s(rng), suf(rng), pre(rng)
        if not s and r not in bare:
            continue
        if s and r[-1] in 'EÉ' and s[0] in 'AEIOUÉÈ':
            r = r[:-1]
        if s and s[0] in 'EO' and r[-1] in 'LNTR' and r[-2:-1] in ('A', 'E', 'I', 'O', 'U') and rng.random() < 0.35:
            r = r + r[-1]                                    # COL+ET -> COLLET
        if s and s[0] in 'EI' and r.endswith('C') and not r.endswith('CC'):
            r = r[:-1] + 'QU'                                # BOUC+ET -> BOUQUET
        if s and s[0] in 'EI' and r.endswith('G'):
            r = r + 'U'
        name = r + s
        if p:
            if p.endswith(' ') or p.endswith('-'):
                name = p + name
            elif p in ('LE', 'LA', 'DU', 'DE', 'DES') and rng.random() < 0.25:
                name = p + ' ' + name                         # LE BOUCHER vs LEBOUCHER
            else:
                name = p + name
        if len(strip_accents(name).replace(' ', '')) < 3 or name in seen:
            continue
        seen.add(name)
        out.append(name)
    return out


class Names:
    def __init__(self, rng):
        sizes = {'OIL': 30000, 'OCC': 9000, 'BRE': 4500, 'GER': 2000, 'FLA': 2600, 'COR': 1400, 'BAS': 160}
        top = set(TOP_SURNAMES)
        self.fam = {}
        for fam, n in sizes.items():
            names = [x for x in compose_family(fam, rng, n) if x not in top]
            self.fam[fam] = Sampler(names, zipf_weights(len(names), 1.0, 300 if fam == 'OIL' else 60))
        self.top = Sampler(TOP_SURNAMES, zipf_weights(len(TOP_SURNAMES), 0.7, 3))
        self.particle = Sampler(PARTICLE_NAMES, zipf_weights(len(PARTICLE_NAMES), 0.8, 2))
        nat_fams = list(sizes)
        self.nat_fam = Sampler(nat_fams, [sizes[f] for f in nat_fams])
        # Maghrebi: compositional pool
        magh = []
        for r in MAGH_ROOTS:
            magh.append(('BEN' if rng.random() < 0.7 else 'BEN ') + r)
            if rng.random() < 0.35:
                magh.append('BEL' + r if r[0] not in 'AEIOU' else 'BEL ' + r)
            if rng.random() < 0.3:
                magh.append('AIT ' + r)
        for r in MAGH_IROOTS:
            magh.append(r + 'I')
            if rng.random() < 0.5:
                magh.append(('EL ' if rng.random() < 0.6 else 'EL-') + r + 'I')
        for r in MAGH_ROOTS[:15]:
            if r[0] not in 'AEIOU':
                magh.append('BOU' + r)
        magh += MAGH_PLAIN
        magh = list(dict.fromkeys(magh))
        rng.shuffle(magh)
        comp = [x for x in compose_family('MAGH', rng, 7000) if x not in set(magh)]
        magh = magh + comp                                    # curated + plain names first, composed tail after
        self.pools = {'MAGH': Sampler(magh, zipf_weights(len(magh), 0.95, 25))}
        for k, lst in (('PORT', PORT_SURNAMES), ('TURK', TURK_SURNAMES), ('WAFR', WAFR_SURNAMES), ('CAFR', CAFR_SURNAMES),
                       ('COMO', COMO_SURNAMES), ('SPIT', SPIT_SURNAMES), ('EEUR', EEUR_SURNAMES), ('REUN', REUN_SURNAMES),
                       ('ANTI', ANTI_SURNAMES)):
            lst = [x.replace('_', ' ') for x in lst]
            self.pools[k] = Sampler(lst, zipf_weights(len(lst), 0.55, 3))
        self.pools['VIET'] = Sampler([n for n, _ in VIET_SURNAMES], [w for _, w in VIET_SURNAMES])
        # first names
        self.fn = {}
        for sex, table, tail in (('M', FN_M, FN_M_TAIL), ('F', FN_F, FN_F_TAIL)):
            for dec, s in table.items():
                l = list(dict.fromkeys(s.split()))
                self.fn[(sex, dec)] = Sampler(l, zipf_weights(len(l), 1.0, 1.5))
            self.fn[(sex, 'tail')] = Sampler(tail, zipf_weights(len(tail), 0.6, 5))
        self.second = {'M': Sampler(SECOND_M, zipf_weights(len(SECOND_M), 1.0, 1)),
                       'F': Sampler(SECOND_F, zipf_weights(len(SECOND_F), 1.0, 1))}
        self.ffn = {}
        for k, (m, f) in FOREIGN_FN.items():
            self.ffn[(k, 'M')] = Sampler(m, zipf_weights(len(m), 0.9, 1))
            self.ffn[(k, 'F')] = Sampler(f, zipf_weights(len(f), 0.9, 1))

    def french_surname(self, rng, dep):
        k = rng.random()
        if k < 0.095:
            return self.top(rng)
        if k < 0.101:
            return self.particle(rng)
        if dep in ('974',) and rng.random() < 0.5:
            return self.pools['REUN'](rng)
        if dep in ('971', '972', '973') and rng.random() < 0.35:
            return self.pools['ANTI'](rng)
        if dep == '976' and rng.random() < 0.75:
            return self.pools['COMO'](rng)
        fam, p_local = family_for_dept(dep)
        if rng.random() < p_local:
            return self.fam[fam](rng)
        if rng.random() < 0.1:
            return self.fam[self.nat_fam(rng)](rng)
        return self.fam['OIL'](rng)

    def surname(self, rng, kind, dep):
        if kind == 'FR':
            return self.french_surname(rng, dep)
        if rng.random() < 0.07:                 # mixed family: French surname
            return self.french_surname(rng, dep)
        return self.pools[kind](rng)

    def first_name(self, rng, sex, year, kind, born_fr):
        """Return (canonical spelling, variant list)."""
        if kind != 'FR' and kind in FOREIGN_FN:
            p_french = 0.15 + (0.35 if born_fr and year >= 1980 else 0.1 if born_fr else 0.0)
            if rng.random() >= p_french:
                entry = self.ffn[(kind, sex)](rng).split('|')
                canon = entry[0] if rng.random() < 0.7 else entry[rng.randrange(len(entry))]
                return canon, [v for v in entry if v != canon]
        dec = max(1930, min(2000, year // 10 * 10))
        if rng.random() < 0.13:
            n = self.fn[(sex, 'tail')](rng)
        else:
            n = self.fn[(sex, dec)](rng)
        return n, FN_VARIANTS.get(n, [])

# --------------------------------------------------------------------------------------------
# 5. Persons (truth) and look-alike groups
# --------------------------------------------------------------------------------------------
DECADE_SHARE = {1930: 1.0, 1940: 4.0, 1950: 8.0, 1960: 13.0, 1970: 17.0, 1980: 22.0, 1990: 23.0, 2000: 12.0}
YEARS = list(range(1930, 2009))
YEAR_S = Sampler(YEARS, [DECADE_SHARE[y // 10 * 10] / (9 if y >= 2000 else 10) for y in YEARS])
DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def dim(y, m):
    if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return 29
    return DIM[m - 1]

def rand_date(rng, y=None):
    y = y or YEAR_S(rng)
    m = rng.randint(1, 12)
    return (y, m, rng.randint(1, dim(y, m)))

def shift_date(d, days, rng=None):
    import datetime
    t = datetime.date(*d) + datetime.timedelta(days=days)
    return (t.year, t.month, t.day)

ORIGIN_S = Sampler(list(range(len(ORIGINS))), [o[1] for o in ORIGINS])
N_GIVEN_FR = Sampler([1, 2, 3, 4], [25, 45, 25, 5])
N_GIVEN_FOREIGN = Sampler([1, 2, 3], [55, 35, 10])


class PersonFactory:
    def __init__(self, rng, geo, names):
        self.rng, self.geo, self.names = rng, geo, names
        self.next_id = 0

    def new_id(self):
        self.next_id += 1
        return 'P%07d' % self.next_id

    def given_names(self, sex, year, kind, born_fr, first=None, n=None):
        rng = self.rng
        if n is None and kind in ('VIET',):
            n = 1
        if n is None:
            n = (N_GIVEN_FR if kind == 'FR' or (born_fr and rng.random() < 0.5) else N_GIVEN_FOREIGN)(rng)
        out = [first] if first else [self.names.first_name(rng, sex, year, kind, born_fr)]
        tries = 0
        while len(out) < n and tries < 10:
            tries += 1
            if kind == 'FR' or rng.random() < 0.4:
                c = self.names.second[sex](rng) if rng.random() < 0.6 else self.names.first_name(rng, sex, year, 'FR', born_fr)[0]
                cand = (c, FN_VARIANTS.get(c, []))
            else:
                cand = self.names.first_name(rng, sex, year, kind, born_fr)
            if all(cand[0] != o[0] for o in out):
                out.append(cand)
        return out

    def person(self, sex=None, year=None, kind=None, origin=None, dep_hint=None):
        rng = self.rng
        o = ORIGINS[ORIGIN_S(rng)] if origin is None else origin
        label, _, skind, p_abroad, countries = o
        sex = sex or ('M' if rng.random() < 0.82 else 'F')
        bd = rand_date(rng, year)
        y = bd[0]
        pa = p_abroad * (1.5 if y < 1975 else 1.0 if y < 1990 else 0.55)
        p = {'pid': self.new_id(), 'sex': sex, 'origin': label, 'skind': skind, 'birth': bd}
        if rng.random() < pa:
            ck = Sampler([c for c, _ in countries], [w for _, w in countries])(rng)
            p['country'] = ck
            cities = COUNTRIES[ck][3].split()
            p['city'] = cities[min(len(cities) - 1, int(rng.random() ** 2 * len(cities)))]
            p['place'] = None
            dep = '75'
        else:
            p['country'] = None
            p['place'] = self.geo.birthplace(rng)
            dep = p['place']['dep']
        born_fr = p['country'] is None
        sn = self.names.surname(rng, skind, dep)
        # compound surnames: double names (post-2005 law), Iberian double names, old compound names
        pc = 0.12 if y >= 2005 else 0.025
        if skind in ('PORT', 'SPIT'):
            pc = 0.18
        if rng.random() < pc and '-' not in sn:
            sn2 = self.names.surname(rng, skind if rng.random() < 0.7 else 'FR', dep)
            if sn2 != sn:
                sn = sn + (' ' if skind in ('PORT', 'SPIT') else '-') + sn2
        p['surname'] = sn
        p['given'] = self.given_names(sex, y, skind, born_fr)
        if skind == 'VIET' and rng.random() < 0.6:
            p['given'][0] = (('Van ' if sex == 'M' else 'Thi ') + p['given'][0][0].split()[-1], [])
        # nationality
        own = COUNTRIES[countries[0][0]][2] if label != 'FR' else 'FR'
        if p['country']:
            own = COUNTRIES[p['country']][2]
        if label == 'FR':
            p['nat'] = 'FR'
        elif not born_fr:
            p['nat'] = own if rng.random() < 0.55 else 'FR'
        else:
            p['nat'] = 'FR' if rng.random() < 0.8 else own
        # usage (married) name
        p['usage'] = ''
        if sex == 'F' and y <= 1999:
            if rng.random() < (0.5 if y < 1985 else 0.3):
                hus = self.names.surname(rng, skind if rng.random() < 0.6 else 'FR', dep)
                if hus != sn:
                    p['usage'] = hus + '-' + sn if rng.random() < 0.12 else hus
        # aliases
        p['aliases'] = []
        if rng.random() < 0.04:
            for _ in range(1 if rng.random() < 0.75 else 2):
                a_sn = self.names.surname(rng, skind, dep)
                p['aliases'].append(a_sn + ' ' + p['given'][0][0] if rng.random() < 0.6 else
                                    a_sn if rng.random() < 0.5 else sn + ' ' + self.names.first_name(rng, sex, y, skind, born_fr)[0])
        # death
        p['death'] = None
        pd = 0.004 + (0.10 if y < 1950 else 0.04 if y < 1965 else 0.0)
        if rng.random() < pd:
            dy = rng.randint(min(max(y + 16, 1995), 2024), 2024)
            p['death'] = rand_date(rng, dy)
        p['group'] = ''
        return p

    # ---- look-alike groups (hard non-matches) ------------------------------------------------
    def _other_given(self, base, sex, y, kind, born_fr, avoid):
        for _ in range(20):
            g = self.given_names(sex, y, kind, born_fr)
            if g[0][0] not in avoid:
                return g
        return g

    def twins(self):
        rng = self.rng
        a = self.person()
        n = 3 if rng.random() < 0.06 else 2
        out = [a]
        y = a['birth'][0]
        born_fr = a['country'] is None
        for i in range(1, n):
            b = dict(a)
            b['pid'] = self.new_id()
            sex = a['sex'] if rng.random() < 0.65 else ('F' if a['sex'] == 'M' else 'M')
            b['sex'] = sex
            pair = None
            if rng.random() < 0.35 and i == 1:
                key = (a['sex'], sex) if (a['sex'], sex) in SIMILAR_FN else (sex, a['sex'])
                pairs = SIMILAR_FN.get(key, [])
                if pairs:
                    pair = pairs[rng.randrange(len(pairs))]
            if pair:
                if a['sex'] == sex:
                    fa, fb = pair if rng.random() < 0.5 else (pair[1], pair[0])
                else:
                    fa, fb = pair if a['sex'] == 'M' else (pair[1], pair[0])
                a['given'] = [(fa, FN_VARIANTS.get(fa, []))] + a['given'][1:]
                b['given'] = [(fb, FN_VARIANTS.get(fb, []))] + self.given_names(sex, y, a['skind'], born_fr)[1:]
            else:
                b['given'] = self._other_given(a, sex, y, a['skind'], born_fr, {g[0] for o in out for g in o['given'][:1]})
                if rng.random() < 0.3 and len(a['given']) > 1 and sex == a['sex']:
                    b['given'] = b['given'][:1] + a['given'][1:]     # same middle names
            b['usage'] = ''
            if sex == 'F' and y <= 1999 and rng.random() < 0.4:
                b['usage'] = self.names.surname(rng, 'FR', '75')
            b['aliases'] = []
            b['death'] = None
            out.append(b)
        for p in out:
            p['group'] = 'twins'
        return out

    def father_son(self):
        rng = self.rng
        fy = rng.randint(1935, 1984)
        f = self.person(sex='M', year=fy)
        sy = min(2008, fy + rng.randint(19, 40))
        s = self.person(sex='M', year=sy, origin=[o for o in ORIGINS if o[0] == f['origin']][0])
        s['surname'] = f['surname']
        if rng.random() < 0.25:
            s['given'] = list(f['given'])
        else:
            s['given'] = [f['given'][0]] + [g for g in s['given'][1:] if g[0] != f['given'][0][0]]
        k = rng.random()
        if f['place'] is not None and k < 0.55:
            s['place'], s['country'], s['city'] = f['place'], None, None
        elif f['country'] and k < 0.35:
            s['country'], s['city'], s['place'] = f['country'], f['city'], None
        s['nat'] = f['nat'] if rng.random() < 0.8 else s['nat']
        f['group'] = s['group'] = 'father_son'
        return [f, s]

    def cousins(self):
        rng = self.rng
        a = self.person()
        n = 3 if rng.random() < 0.15 else 2
        out = [a]
        y = a['birth'][0]
        for _ in range(1, n):
            b = self.person(year=y, origin=[o for o in ORIGINS if o[0] == a['origin']][0])
            b['surname'] = a['surname']
            b['place'], b['country'], b['city'] = a['place'], a['country'], a.get('city')
            if any(b['given'][0][0] == o['given'][0][0] for o in out):
                b['given'] = self._other_given(a, b['sex'], y, a['skind'], a['country'] is None, {o['given'][0][0] for o in out})
            out.append(b)
        for p in out:
            p['group'] = 'cousins'
        return out

    def homonyms(self):
        rng = self.rng
        a = self.person()
        b = self.person(sex=a['sex'], origin=[o for o in ORIGINS if o[0] == a['origin']][0])
        b['surname'] = a['surname']
        b['given'] = [a['given'][0]] + [g for g in b['given'][1:] if g[0] != a['given'][0][0]]
        delta = rng.randint(1, 730) * (1 if rng.random() < 0.5 else -1)
        b['birth'] = shift_date(a['birth'], delta)
        if b['birth'][0] > 2008:
            b['birth'] = shift_date(a['birth'], -abs(delta))
        if a['place'] and rng.random() < 0.5:
            dl = self.geo.dept_communes[a['place']['dep']]
            b['place'] = self.geo.place_for(dl[rng.randrange(len(dl))], rng)
            b['country'] = None
        a['group'] = b['group'] = 'homonyms_near_date'
        return [a, b]

    def common_name(self):
        rng = self.rng
        n = Sampler([2, 3, 4], [60, 28, 12])(rng)
        a = self.person(origin=ORIGINS[0])
        a['surname'] = TOP_SURNAMES[int(rng.random() * 30)]
        dec = max(1930, min(2000, a['birth'][0] // 10 * 10))
        fn = self.names.fn[(a['sex'], dec)].items[int(rng.random() ** 2 * 3)]
        a['given'] = [(fn, FN_VARIANTS.get(fn, []))] + a['given'][1:]
        out = [a]
        for _ in range(1, n):
            b = self.person(sex=a['sex'], origin=ORIGINS[0])
            b['surname'] = a['surname']
            b['given'] = [a['given'][0]] + [g for g in b['given'][1:] if g[0] != fn]
            b['birth'] = shift_date(a['birth'], rng.randint(-1100, 1100))
            if b['birth'][0] > 2008:
                b['birth'] = (2008, b['birth'][1], b['birth'][2])
            out.append(b)
        for p in out:
            p['group'] = 'common_name_close_dates'
        return out

    def same_dob(self):
        rng = self.rng
        a = self.person()
        b = self.person(sex=a['sex'], year=a['birth'][0], origin=[o for o in ORIGINS if o[0] == a['origin']][0])
        b['surname'], b['birth'] = a['surname'], a['birth']
        b['given'] = [a['given'][0]] + [g for g in b['given'][1:] if g[0] != a['given'][0][0]]
        for _ in range(5):
            if b['place'] is None or a['place'] is None or b['place']['dep'] != a['place']['dep']:
                break
            b['place'] = self.geo.birthplace(rng)
        a['group'] = b['group'] = 'same_name_same_dob'
        return [a, b]

# share of persons (approx.) created through each look-alike builder
GROUP_RATES = [('twins', 0.0125), ('father_son', 0.008), ('cousins', 0.008), ('homonyms', 0.010),
               ('common_name', 0.007), ('same_dob', 0.002)]

# --------------------------------------------------------------------------------------------
# 6. Records: how each source system renders a person
# --------------------------------------------------------------------------------------------
SOURCES = {
    #            weight noise  date   name-only  only-first  alias  civ-empty nat-empty
    'POLICE':   (0.38,  1.30,  1.35,  0.12,      0.55,       0.50,  0.35,     0.25),
    'JUSTICE':  (0.30,  1.00,  0.95,  0.06,      0.30,       0.30,  0.15,     0.15),
    'PRISON':   (0.17,  1.10,  0.55,  0.05,      0.35,       0.60,  0.10,     0.10),
    'ETATCIVIL': (0.15, 0.35,  0.25,  0.01,      0.05,       0.00,  0.50,     0.50),
}
SRC_NAMES = list(SOURCES)
SRC_S = Sampler(SRC_NAMES, [SOURCES[s][0] for s in SRC_NAMES])
SN_STYLE = {'POLICE': Sampler(['U', 'UA', 'T', 'L'], [68, 14, 14, 4]), 'JUSTICE': Sampler(['U', 'UA', 'T', 'TN'], [45, 33, 20, 2]),
            'PRISON': Sampler(['U', 'UA', 'TN'], [90, 8, 2]), 'ETATCIVIL': Sampler(['UA', 'U', 'T'], [60, 20, 20])}
FN_STYLE = {'POLICE': Sampler(['U', 'T', 'TN'], [55, 35, 10]), 'JUSTICE': Sampler(['T', 'U', 'TN', 'UA'], [55, 30, 10, 5]),
            'PRISON': Sampler(['U', 'TN'], [80, 20]), 'ETATCIVIL': Sampler(['T', 'UA'], [90, 10])}
K_S = Sampler([1, 2, 3, 4, 5, 6, 7, 8, 10, 12], [660, 170, 75, 40, 25, 12, 8, 5, 3, 2])

def style(s, st):
    if st == 'U':
        return strip_accents(s).upper()
    if st == 'UA':
        return s.upper()
    if st == 'T':
        return title_name(s)
    if st == 'TN':
        return title_name(strip_accents(s))
    return strip_accents(s).lower()

def fmt_date(y, m, d):
    return '%04d-%02d-%02d' % (y, m, d)

ARR_RE = re.compile(r'^(Paris|Lyon|Marseille) (\d+)(er|e) Arrondissement$')
SAINT_RE = re.compile(r'\bSAINT(E?)\b')
ART_RE = re.compile(r"^(LE|LA|LES|L')[ ]?(.+)$")


class Renderer:
    def __init__(self, rng, geo):
        self.rng, self.geo = rng, geo
        self.c_all, self.c_dup = {}, {}
        self.dup = False

    def hit(self, k):
        self.c_all[k] = self.c_all.get(k, 0) + 1
        if self.dup:
            self.c_dup[k] = self.c_dup.get(k, 0) + 1

    # ---- dates ------------------------------------------------------------------------------
    def birth_date(self, bd, dm, nm):
        rng, hit = self.rng, self.hit
        y, m, d = bd
        r = rng.random()
        for p, kind in ((0.085, 'date_missing'), (0.014, 'date_0000-00-00'), (0.07, 'date_unknown_day_month'),
                        (0.058, 'date_unknown_day'), (0.017, 'date_unknown_year'), (0.02, 'date_placeholder_0101')):
            p *= dm
            if r < p:
                hit(kind)
                if kind == 'date_missing':
                    return ''
                if kind == 'date_0000-00-00':
                    return '0000-00-00'
                if kind == 'date_unknown_day_month':
                    return '%04d-00-00' % y
                if kind == 'date_unknown_day':
                    return '%04d-%02d-00' % (y, m)
                if kind == 'date_unknown_year':
                    return '0000-%02d-%02d' % (m, d)
                return '%04d-01-01' % y
            r -= p
        r = rng.random()
        for p, kind in ((0.035, 'date_day_month_swap'), (0.02, 'date_digit_typo'), (0.015, 'date_year_off_by_one'),
                        (0.008, 'date_year_digits_transposed'), (0.004, 'date_impossible')):
            p *= nm
            if r < p:
                if kind == 'date_day_month_swap':
                    if d <= 12 and d != m:
                        hit(kind)
                        return fmt_date(y, d, m)
                    break
                hit(kind)
                if kind == 'date_digit_typo':
                    s = list(fmt_date(y, m, d))
                    pos = [0, 1, 2, 3, 5, 6, 8, 9][rng.randrange(2, 8)]   # the first two year digits rarely change
                    old = s[pos]
                    nd = str((int(old) + (1 if rng.random() < 0.5 else -1) * rng.randint(1, 2)) % 10)
                    s[pos] = nd
                    return ''.join(s)
                if kind == 'date_year_off_by_one':
                    return fmt_date(y + (1 if rng.random() < 0.5 else -1), m, d)
                if kind == 'date_year_digits_transposed':
                    ys = '%04d' % y
                    if ys[2] != ys[3]:
                        return ys[:2] + ys[3] + ys[2] + '-%02d-%02d' % (m, d)
                    return fmt_date(y, m, d if d < 10 else int(str(d)[::-1]) if str(d)[1] != '0' else d)
                # impossible
                if rng.random() < 0.6:
                    return fmt_date(y, 2, rng.choice([30, 31]))
                return fmt_date(y, 13, d) if rng.random() < 0.5 else fmt_date(y, m, 32 if d > 28 else 31 if m in (4, 6, 9, 11) else d)
            r -= p
        return fmt_date(y, m, d)

    # ---- surnames -----------------------------------------------------------------------------
    def surname_noise(self, s, skind, nm, compound_ok=True):
        rng, hit = self.rng, self.hit
        if compound_ok and ('-' in s or (' ' in s and not PARTICLE_RE.match(s))) and rng.random() < 0.38:
            n = compound_variant(s, rng)
            if n != s:
                hit('surname_compound_part_or_separator')
                s = n
        if PARTICLE_RE.match(s) and rng.random() < 0.40:
            n = particle_variant(s, rng)
            if n != s:
                hit('surname_particle_dropped_glued')
                s = n
        if skind != 'FR' and rng.random() < 0.35 * nm:
            n = transliterate(s, skind, rng)
            if n != s:
                hit('surname_transliteration')
                s = n
        if rng.random() < 0.045 * nm:
            n = phonetic(s, rng)
            if n != s:
                hit('surname_phonetic')
                s = n
        r = rng.random()
        if r < 0.07 * nm:
            hit('surname_typo')
            s = typo(s, rng)
        elif r < 0.082 * nm:
            hit('surname_double_typo')
            s = typo(typo(s, rng), rng)
        if rng.random() < 0.006 * nm:
            n = ocr(s, rng)
            if n != s:
                hit('surname_ocr')
                s = n
        return s

    # ---- first names ----------------------------------------------------------------------------
    def first_names(self, given, src, nm, only_first_p):
        rng, hit = self.rng, self.hit
        names = []
        for i, (canon, var) in enumerate(given):
            n = canon
            if var and rng.random() < (0.30 if i == 0 and any(strip_accents(v) != strip_accents(canon) for v in var) and canon not in FN_VARIANTS else 0.07) * nm:
                n2 = var[rng.randrange(len(var))]
                if n2 != n:
                    hit('first_name_variant_or_transliteration')
                    n = n2
            if '-' in n and rng.random() < 0.14 * nm:
                a, b = n.split('-', 1)
                k = rng.random()
                n = (a + ' ' + b if k < 0.45 else a[0] + '-' + b if k < 0.6 else a[0] + '.' + b if k < 0.65 else
                     a + '-' + b[0] if k < 0.72 else a + b.lower() if k < 0.78 else a[0] + b[0] if k < 0.84 else a)
                hit('first_name_compound_form')
            names.append(n)
        if len(names) > 1 and rng.random() < only_first_p:
            hit('first_names_only_first')
            names = names[:1]
        elif len(names) > 1 and rng.random() < 0.035 * nm:
            hit('first_names_order_changed')
            i = rng.randrange(1, len(names))
            names[0], names[i] = names[i], names[0]
        elif len(names) > 2 and rng.random() < 0.05:
            hit('first_names_one_dropped')
            del names[rng.randrange(1, len(names))]
        if rng.random() < 0.05 * nm:
            hit('first_name_typo')
            i = 0 if rng.random() < 0.7 else rng.randrange(len(names))
            names[i] = typo(names[i], rng)
        return names

    # ---- birth place ------------------------------------------------------------------------------
    def commune_name(self, name, st, nm):
        rng = self.rng
        m = ARR_RE.match(name)
        if m and rng.random() < 0.6:
            city, num, suf = m.groups()
            k = rng.random()
            name = (city + ' ' + num if k < 0.4 else city + ' ' + num + suf if k < 0.7 else city + ' ' + num + suf.upper() + ' arrondissement'
                    if k < 0.85 else city + ' (' + num + suf + ')')
        s = style(name, 'U' if st == 'L' else st)
        if st in ('U', 'UA'):
            if rng.random() < 0.45:
                s = s.replace('-', ' ')
            if rng.random() < 0.35 and SAINT_RE.search(s):
                s = SAINT_RE.sub(lambda mm: 'ST' + mm.group(1), s)
                self.hit('birth_commune_name_saint_abbrev')
            mm = ART_RE.match(s)
            if mm and rng.random() < 0.15:
                s = mm.group(2) + ' (' + mm.group(1).strip() + ')'
                self.hit('birth_commune_name_article_moved')
        if rng.random() < 0.03 * nm:
            s = typo(s, rng)
            self.hit('birth_commune_name_typo')
        return s

    def place(self, p, src, nm, dm, name_only_p):
        rng, hit, geo = self.rng, self.hit, self.geo
        st = SN_STYLE[src](rng)
        if p['country'] is None:
            pl = p['place']
            if rng.random() < 0.02 * dm:
                hit('birth_place_missing')
                return '', '', '', ''
            code, name = pl['code'], pl['name']
            if pl['kind'] == 'arr':
                k = rng.random()
                if k < 0.35:
                    code, name = pl['city_code'], pl['city_name']; hit('birth_commune_city_code_for_arrondissement')
                elif k < 0.45:
                    code = pl['city_code']; hit('birth_commune_city_code_for_arrondissement')
                elif k < 0.52:
                    code, name = pl['postal'][0], pl['city_name']; hit('birth_commune_postal_code')
            elif pl['kind'] == 'merged':
                k = rng.random()
                if k < 0.5:
                    code, name = pl['old_code'], pl['old_name']
                elif k < 0.6:
                    name = pl['old_name']
                elif k < 0.65:
                    code = pl['old_code']
                if code != pl['code'] or name != pl['name']:
                    hit('birth_commune_former_vs_current')
            if rng.random() < 0.015 * nm:
                c = geo.neighbour(pl, rng)
                code, name = c, geo.by_code[c]['name']
                hit('birth_commune_neighbour')
            elif pl['postal'] and pl['postal'][0] != code and rng.random() < 0.04 * nm:
                code = pl['postal'][rng.randrange(len(pl['postal']))]
                hit('birth_commune_postal_code')
            elif rng.random() < 0.01 * nm:
                digits = [i for i, c in enumerate(code) if c.isdigit() and i >= (2 if code[1] in 'AB' else 0)]
                i = digits[rng.randrange(len(digits))]
                l = list(code)
                if rng.random() < 0.5 and i + 1 < 5 and code[i + 1].isdigit() and code[i] != code[i + 1]:
                    l[i], l[i + 1] = l[i + 1], l[i]
                else:
                    l[i] = str((int(l[i]) + rng.randint(1, 9)) % 10)
                code = ''.join(l)
                hit('birth_commune_code_typo')
            nm_s = self.commune_name(name, st, nm)
            if rng.random() < name_only_p:
                hit('birth_commune_name_only')
                code = ''
            elif rng.random() < 0.04:
                hit('birth_commune_code_only')
                nm_s = ''
            return code, nm_s, '', ''
        # born abroad
        ccode, cnames, iso, _ = COUNTRIES[p['country']]
        cname = cnames[0] if rng.random() < 0.6 else cnames[rng.randrange(len(cnames))]
        if st in ('U', 'L', 'TN'):
            cname = strip_accents(cname).upper() if st != 'TN' else strip_accents(cname)
        city = ''
        if rng.random() < 0.55:
            city = style(p['city'], 'U' if st == 'L' else st)
            if rng.random() < 0.03 * nm:
                city = typo(city, rng)
        k = rng.random()
        if k < 0.04 * dm:
            hit('birth_country_missing')
            return '', (city if rng.random() < 0.5 else ''), '', ''
        if k < 0.09 * dm:
            hit('birth_country_name_only')
            return '', city, '', cname
        if k < 0.11:
            hit('birth_country_in_commune_field')
            return '', (city + ' (' + cname + ')') if city else cname, ccode, cname
        return '', city, ccode, cname

    # ---- whole record -----------------------------------------------------------------------------
    def record(self, p):
        rng, hit = self.rng, self.hit
        src = SRC_S(rng)
        _, nm, dm, name_only_p, only_first_p, alias_p, civ_empty, nat_empty = SOURCES[src]
        hit('source_' + src)
        sst, fst = SN_STYLE[src](rng), FN_STYLE[src](rng)
        skind = p['skind']
        birth = p['surname']
        usage = ''
        if p['usage']:
            k = rng.random()
            if k < 0.22:
                hit('usage_name_in_birth_surname_field')
                birth, usage = p['usage'], (p['surname'] if rng.random() < 0.5 else '')
            elif k < 0.75:
                usage = p['usage']
        birth = self.surname_noise(birth, skind, nm)
        if usage:
            usage = self.surname_noise(usage, skind, nm * 0.6)
        given = self.first_names(p['given'], src, nm, only_first_p)
        if skind == 'VIET' and rng.random() < 0.25:
            hit('vietnamese_name_order')
            parts = given[0].split()
            if len(parts) > 1 and rng.random() < 0.5:
                birth = birth + ' ' + parts[0].upper()
                given = [' '.join(parts[1:])] + given[1:]
            else:
                birth, given = given[0].upper(), [title_name(birth)]
        if rng.random() < 0.022 * nm:
            hit('surname_first_name_swapped')
            birth, given = given[0].upper(), [title_name(birth)]
        if rng.random() < 0.025 * nm:
            hit('both_names_typo')
            birth = typo(birth, rng)
            given[0] = typo(given[0], rng)
        if rng.random() < 0.15 and (' ' in birth or '-' in birth) and not birth.endswith(')'):
            hit('surname_hyphen_space')
            birth = birth.replace('-', ' ') if '-' in birth else birth.replace(' ', '-')
        birth_s = style(birth, sst)
        usage_s = style(usage, sst) if usage else ''
        sep = ', ' if (src == 'POLICE' and rng.random() < 0.6) else ','
        if len(given) > 1 and rng.random() < 0.03:
            hit('first_names_space_separated')
            sep = ' '
        fn_s = sep.join(style(g, fst) for g in given)
        # sex / civility
        sex = p['sex']
        r = rng.random()
        if r < 0.02 * nm:
            hit('sex_missing'); sex_s = ''
        elif r < 0.02 * nm + 0.005:
            hit('sex_wrong'); sex_s = 'F' if sex == 'M' else 'M'
        else:
            sex_s = sex
        if rng.random() < civ_empty:
            civ = ''
        else:
            civ = 'M.' if sex == 'M' else ('MME' if p['usage'] or rng.random() < 0.7 else 'MLLE')
            if rng.random() < 0.01:
                hit('civility_inconsistent')
                civ = ('MME' if rng.random() < 0.7 else 'MLLE') if sex == 'M' else 'M.'
        bd = self.birth_date(p['birth'], dm, nm)
        dd = ''
        if p['death'] and rng.random() < (0.8 if src == 'ETATCIVIL' else 0.5):
            y, m, d = p['death']
            dd = fmt_date(y, m, d) if rng.random() < 0.9 else '%04d-%02d-00' % (y, m)
            hit('death_date_shown')
        code, cname, ccode, ctry = self.place(p, src, nm, dm, name_only_p)
        nat = p['nat']
        if rng.random() < nat_empty:
            nat = ''
        elif rng.random() < 0.02:
            hit('nationality_inconsistent')
            nat = 'FR' if nat != 'FR' else (COUNTRIES[p['country']][2] if p['country'] else 'FR')
        aliases = ''
        if p['aliases'] and rng.random() < alias_p:
            aliases = ';'.join(style(a, sst) for a in p['aliases'])
            hit('aliases_shown')
        return [civ, birth_s, usage_s, fn_s, aliases, sex_s, bd, dd, code, cname, ccode, ctry, nat]

# --------------------------------------------------------------------------------------------
# 7. main
# --------------------------------------------------------------------------------------------
ID_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'

def build_persons(n, rng, fac):
    builders = {'twins': (fac.twins, 2.06), 'father_son': (fac.father_son, 2.0), 'cousins': (fac.cousins, 2.15),
                'homonyms': (fac.homonyms, 2.0), 'common_name': (fac.common_name, 2.52), 'same_dob': (fac.same_dob, 2.0)}
    probs = [(name, rate / builders[name][1]) for name, rate in GROUP_RATES]
    persons = []
    while len(persons) < n:
        r = rng.random()
        made = None
        for name, p in probs:
            if r < p:
                made = builders[name][0]()
                break
            r -= p
        if made is None or len(persons) + len(made) > n:
            made = [fac.person()]
        persons.extend(made)
    return persons

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--persons', type=int, required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--output', required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    geo = Geo()
    names = Names(random.Random(args.seed * 7919 + 17))     # name pools depend on the seed only
    fac = PersonFactory(rng, geo, names)
    persons = build_persons(args.persons, rng, fac)
    ren = Renderer(rng, geo)
    records = []
    used = set()
    kdist = {}
    for p in persons:
        k = K_S(rng)
        kdist[k] = kdist.get(k, 0) + 1
        ren.dup = k > 1
        for _ in range(k):
            while True:
                rid = ''.join(rng.choices(ID_ALPHABET, k=10))
                if rid not in used:
                    used.add(rid)
                    break
            records.append([rid] + ren.record(p) + [p['pid']])
    rng.shuffle(records)
    os.makedirs(args.output, exist_ok=True)
    header = ['id', 'civility', 'birth_surname', 'usage_surname', 'first_names', 'aliases', 'sex', 'birth_date', 'death_date',
              'birth_commune_code', 'birth_commune_name', 'birth_country_code', 'birth_country_name', 'nationality']
    with open(os.path.join(args.output, 'persons.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(r[:-1] for r in records)
    with open(os.path.join(args.output, 'truth.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['id', 'person'])
        w.writerows((r[0], r[-1]) for r in records)
    # statistics
    n_rec = len(records)
    n_dup_rec = sum(k * c for k, c in kdist.items() if k > 1)
    groups = {}
    for p in persons:
        if p['group']:
            groups[p['group']] = groups.get(p['group'], 0) + 1
    sn_count = {}
    for p in persons:
        sn_count[p['surname']] = sn_count.get(p['surname'], 0) + 1
    top = sorted(sn_count.items(), key=lambda x: (-x[1], x[0]))[:15]
    stats = {
        'persons': len(persons), 'records': n_rec, 'duplicate_records': n_dup_rec,
        'true_pairs': sum(c * k * (k - 1) // 2 for k, c in kdist.items()),
        'records_per_person': {str(k): kdist[k] for k in sorted(kdist)},
        'lookalike_persons': groups, 'lookalike_share': sum(groups.values()) / len(persons),
        'distinct_true_surnames': len(sn_count),
        'top_surnames_share': [(s, round(c / len(persons), 5)) for s, c in top],
        'origins': {}, 'born_abroad_share': sum(1 for p in persons if p['country']) / len(persons),
        'noise_rate_all_records': {k: round(v / n_rec, 5) for k, v in sorted(ren.c_all.items())},
        'noise_rate_duplicate_records': {k: round(v / max(1, n_dup_rec), 5) for k, v in sorted(ren.c_dup.items())},
    }
    lack = ('date_missing', 'date_0000-00-00', 'date_unknown_day_month', 'date_unknown_day', 'date_unknown_year')
    stats['birth_date_not_full_share_duplicate_records'] = round(sum(ren.c_dup.get(k, 0) for k in lack) / max(1, n_dup_rec), 4)
    stats['birth_date_not_full_share_all_records'] = round(sum(ren.c_all.get(k, 0) for k in lack) / n_rec, 4)
    for p in persons:
        stats['origins'][p['origin']] = stats['origins'].get(p['origin'], 0) + 1
    with open(os.path.join(args.output, 'stats.json'), 'w', encoding='utf-8') as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
    print('persons=%d records=%d true_pairs=%d lookalike_share=%.4f' % (len(persons), n_rec, stats['true_pairs'],
                                                                       stats['lookalike_share']))

if __name__ == '__main__':
    main()
