# -*- coding: utf-8 -*-
"""Name material for the held-out generator (letter a). Standard library only.

Lists are written from general knowledge of French and immigrant naming; frequencies are
rank-based (Zipf-like), not copied from any dataset.
"""

# ---------------------------------------------------------------- French surnames (rank order, approx.)
FR_SURNAMES = """Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy
Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure André
Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry
Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun Blanchard
Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt Roy Leroux Colin Vidal
Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoît Rey Leclerc
Payet Rolland Leclercq Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis Moulin
Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein Jacquet Adam Paris Poirier Marty Aubry Guyot Carré
Charles Renault Charpentier Ménard Maillard Baron Bertin Bailly Hervé Schneider Fernandez Le Gall Collet Léger
Bouvier Julien Prévost Millet Perrot Daniel Le Roux Cousin Germain Breton Besson Langlois Rémy Le Goff Pelletier
Lévêque Perrier Leblanc Barré Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier Michaud Rodriguez Guichard
Gillet Étienne Grondin Poulain Tessier Chevallier Collin Chauvin Da Silva Bouchet Gay Lemaître Bénard Maréchal
Humbert Reynaud Antoine Hoarau Perret Barthélémy Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier
Laporte Gauvin Hardy Leroux Thibault Buisson Rivet Bouvet Morvan Joubert Bigot Dumoulin Camus Lebon Jourdan Briand
Lacombe Maillet Delmas Texier Riviere Gomez Ferrand Leconte Marion Blin Chauvet Navarro Tanguy Godard Lelièvre
Hamel Dupré Pons Bonnin Delattre Guillou Chartier Devaux Maurice Bourdon Labbé Favre Lenoir Couturier Ollivier
Bouquet Raynaud Fouquet Bertrand Jacques Lefort Valentin Gros Delorme Marechal Laine Ferreira Neveu Benard Rault
Sauvage Brunel Hebert Tardy Leduc Boulay Bousquet Laurent Mahé Blondel Jamet Baudry Cordonnier Dos Santos Pineau
Descamps Roussel Chauveau Besnard Rocher Poulet Gervais Vallée Barbe Fabre Lagarde Boutin Cuvelier Delage Lacoste
de La Fontaine de Saint-Martin Le Bihan Le Floch Kerbrat Le Corre Dupont-Martin Martin-Dubois Lemaire-Duval"""

# generator material for plausible French surnames
FR_ROOTS = """Bouch Chaum Ber Lam Dur Mor Gir Lef Roug Blanch Fourn Pell Marc Gauth Chev Vid Mich Rich Rob Lac Del
Dess Val Mont Bel Beau Bon Ros Cour Poir Pin Char Chab Cham Chap Gren Guill Hug Jol Lav Lem Mal Mass Mén Nob Pag
Pasc Perr Ram Reyn Roch Sauv Tess Thib Vaill Vern Vill Barb Bouss Brouss Cass Coll Cost Dam Favr Ferr Garn Goss
Lard Mart Mouss Pons Riv Sabl Tard Vach Bard Bouv Cart Clav Foss Gal Gaud Lang Louv Mign Noir Pich Quen Rav Salm
Teyss Ver Aub Arn Baill Boiss Bret Cail Cros Dauph Four Garr Jacqu Lebr Mill Moul Pouj Sarr Tour Vass Bourd Camb
Chaz Fauch Guér Lapl Roc Trich Brach Coud Desch Esc Fleur Gond Houd Jouv Lasn Maug Nav Orl Parm Roub Sauz Trouv
Vign Bast Bess Bich Boud Bri Chan Cler Corn Doul Fav Geoff Gouj Hen Lab Laf Laur Marq Mat Mor Paill Pel Pey Prud
Rag Rein Rouss Sen Taill Vauch Bag Bert Bouill Chauss Cog Cuv Dom Fer Frem Gaill Gril Jan Lag Lev Lhom Mang Merc
Neu Piq Pom Rab Raym Sim Tron Vial Bréh Champ Crép Dug Faug Gasq Guen Herv Jug Leg Lour Maill Monc Pat Peti Ribi"""
FR_MIDDLES = "ar el on ib ous in an ett ill ass err al eg ot ech aud ign ol ur ev oul ein ac ard id em iss og ab ev".split()
FR_SUFFIXES = """et ot in ier eau ard aud on and ault elle oux ac at eux ois ais aire ant ey y ie e é ès as ieu illon
inet elin ereau onnet ichon aguet eron ouin ade ière ange ou ert iot eaux ignon ard ine ez ès ac iac ol aux""".split()
BRETON_ROOTS = "Goff Gall Bihan Floch Corre Guen Moal Berre Pape Roy Bras Meur Gac Dantec Naour Quéré Hénaff Cam Bris Men".split()
ALSACE_SUFF = "mann er inger berger schmitt hardt bach wald stein feld".split()
ALSACE_ROOTS = "Hoff Wag Schw Kie Zimm Beck Lutz Mey Stoll Haas Kuhn Roth Wolf Fisch Hein Koeh Ried Wend Sieg Eck".split()
SOUTH_SUFF = "ac ès ous ieu as at ade ignac aguet enq".split()
CORSE_SUFF = "i ini ucci etti oni u acci".split()
NORD_PREF = ["Van ", "Vande", "De ", "Ver"]
NORD_SUFF = "aert eke oot ghe ers ens".split()

# ---------------------------------------------------------------- French first names by decade band
FR_FIRST_M = {
    1940: "Jean Michel Pierre Alain Gérard Bernard Daniel Jacques Claude André René Serge Roger Christian Jean-Claude Jean-Pierre Guy Marcel Robert Henri Louis Georges Maurice Roland Yves Raymond Gilbert Paul Lucien Jean-Louis Jean-Paul Francis Marc Joël Patrick".split(),
    1960: "Philippe Thierry Pascal Éric Patrick Christophe Laurent Didier Dominique Frédéric Bruno Olivier Jean-Luc Jean-Pierre Jean-Marc Michel Alain Gilles Denis Francis Hervé Joël Franck Lionel Jean-François Vincent Serge Daniel Yves Marc Thierry Christian Jean-Michel Régis Jacky".split(),
    1970: "Stéphane Sébastien Christophe David Frédéric Nicolas Cédric Laurent Jérôme Olivier Fabrice Franck Grégory Ludovic Arnaud Vincent Emmanuel Damien Samuel Yannick Sylvain Mickaël Alexandre Thomas Julien Guillaume Benoît Xavier Jean-Philippe Lionel Eric Anthony Jérémie".split(),
    1980: "Julien Nicolas Sébastien Guillaume Mickaël Anthony Jérémy Romain Kevin Maxime Alexandre Jonathan Cédric Thomas Ludovic Florian Mathieu Benjamin Damien Yoann Fabien Steve Loïc Jordan Vincent David Arnaud Johnny Rudy Franck Michaël Grégory Jimmy Alexis Aurélien".split(),
    1990: "Kevin Thomas Nicolas Quentin Maxime Alexandre Anthony Florian Romain Dylan Jordan Valentin Alexis Lucas Benjamin Clément Hugo Jérémy Julien Corentin Antoine Bastien Enzo Mathieu Loïc Steven Théo Tony Kylian Yohan Morgan Jonathan Killian Adrien Axel".split(),
    2000: "Lucas Théo Hugo Enzo Thomas Mathis Nathan Louis Clément Maxime Tom Noah Yanis Kylian Ethan Baptiste Axel Nolan Evan Mathéo Gabriel Raphaël Léo Jules Dylan Arthur Timéo Noa Sacha Mattéo Killian Lenny Esteban Tony Jordan".split(),
}
FR_FIRST_F = {
    1940: "Marie Monique Françoise Nicole Jacqueline Martine Danielle Christiane Sylvie Catherine Annie Josiane Chantal Michèle Colette Jeanne Suzanne Yvette Odette Denise Paulette Simone Éliane Gisèle Marie-France Marie-Claude Brigitte Évelyne Claudine Geneviève Huguette Ginette Arlette Janine Mireille".split(),
    1960: "Sylvie Nathalie Isabelle Catherine Christine Véronique Valérie Sandrine Corinne Pascale Brigitte Martine Patricia Laurence Muriel Dominique Florence Béatrice Anne Marie-Christine Nadine Fabienne Karine Chantal Hélène Évelyne Joëlle Marie-Pierre Carole Agnès Frédérique Maryse Annick Françoise Sophie".split(),
    1970: "Nathalie Stéphanie Sandrine Céline Karine Virginie Isabelle Valérie Sophie Séverine Aurélie Laetitia Émilie Delphine Caroline Sabrina Vanessa Audrey Cécile Marion Christelle Angélique Élodie Gaëlle Magali Mélanie Julie Ingrid Cindy Sonia Carole Nadège Estelle Peggy Aline".split(),
    1980: "Aurélie Émilie Julie Céline Élodie Audrey Stéphanie Mélanie Laetitia Sandra Jessica Caroline Amandine Sarah Marion Laura Vanessa Anne-Sophie Virginie Claire Sabrina Cindy Ophélie Alexandra Marine Charlotte Émeline Coralie Morgane Angélique Jennifer Aurore Déborah Cynthia Élise".split(),
    1990: "Laura Marine Camille Julie Manon Pauline Sarah Océane Marion Mélissa Anaïs Justine Chloé Morgane Émilie Mathilde Léa Amandine Clara Élodie Charlotte Audrey Lucie Margaux Jessica Alicia Inès Estelle Laurine Kelly Coralie Jade Cindy Lisa Ophélie".split(),
    2000: "Léa Manon Chloé Emma Camille Océane Inès Sarah Clara Lucie Lola Jade Anaïs Mathilde Lisa Louise Zoé Juliette Maëlle Célia Eva Lilou Romane Noémie Maëva Julie Lina Laura Marine Louna Ambre Alicia Elisa Jeanne Margaux".split(),
}
FR_FIRST_TAIL_M = """Abel Achille Adolphe Adrien Aimé Albert Alexis Alfred Alphonse Amaury Ambroise Anatole Anselme Aristide Armand
Arsène Auguste Augustin Aurèle Barthélemy Basile Benoît Bertrand Blaise Boris Brice Camille Cyril Cyprien Désiré
Dorian Edgar Edmond Édouard Élie Émile Ernest Eugène Evrard Fabien Félix Ferdinand Fernand Firmin Florent Gaël
Gaëtan Gaston Gautier Gildas Hector Honoré Hubert Ignace Irénée Jacky Jessy Joachim Josselin Jocelyn Jules Justin
Léon Léonce Léopold Lilian Lucien Luc Marius Martial Maurice Maxence Médéric Nathanaël Noël Norbert Octave Pascal
Quentin Rémi Renaud Rodolphe Rodrigue Romuald Ruben Sacha Séverin Sylvère Tanguy Teddy Tristan Ulysse Valère
Victor Virgile Wilfried Willy Yann Yves Yvon Zacharie Gwenaël Erwan Ronan Killian Mathias Baptiste Cyrille""".split()
FR_FIRST_TAIL_F = """Adèle Adeline Agathe Albane Alice Aline Alix Amélie Angèle Annabelle Annie Apolline Armelle Aude Axelle
Bernadette Blandine Capucine Cassandre Célestine Clémence Clotilde Colombe Constance Cyrielle Daphné Edwige Éléonore
Élisabeth Éloïse Emmanuelle Estelle Eugénie Fanny Faustine Flavie Gaëlle Gwenaëlle Hortense Irène Jacinthe Josette
Judith Justine Laure Léonie Lise Lorène Lucienne Ludivine Madeleine Maïté Marguerite Marianne Marjorie Maud Mélodie
Mireille Nadège Noëlle Odile Ornella Perrine Priscilla Rachel Rosalie Roseline Salomé Ségolène Solène Sylviane
Tiphaine Valentine Victoire Violaine Yolande Yvonne Zélie Gwendoline Maryline Pascaline Sidonie Angeline Anne
Marie-Laure Marie-Hélène Anne-Marie Marie-Thérèse Marie-Josée Marie-Noëlle""".split()

# ---------------------------------------------------------------- Maghrebi
MAG_SURNAMES = """Benali Benaïssa Bouzid Haddad Mansouri Belkacem Cherif Khelifi Brahimi Saïdi Hamidi Ziani Amrani Alaoui
Bennani El Idrissi El Amrani Tahiri Bouaziz Trabelsi Ben Salah Ben Amor Ben Youssef Meziane Aït Ali Aït Ahmed Boukhalfa
Lahmar Djebbar Boudjemaa Bencheikh Chaoui Messaoudi Azzouz Boualem Kaci Aoudia Hammadi Belhadj Slimani Rahmani
Yahiaoui Touati Amara Ouali Zerrouki Daoudi Benyahia Naceri Bouchaib Lamrani Hadjadj Bouabdallah Benmoussa Chergui
Mokrani Ferhat Guendouz Hamdi Jaziri Kaddouri Larbi Mebarki Nouri Rezgui Sahraoui Tlemçani Zouaoui Abdelli Bensaïd
Boukhari Charef Djellouli Fellah Gharbi Hachemi Idir Kherbouche Lounis Mahdjoub Ouchène Rachedi Saadi Taleb Yousfi
Zeroual Benchikh Bouras El Fassi El Ouardi Ben Hamouda Ben Abdallah Bensalem Cherifi Hadj Ali Moussaoui Benaouda""".split("\n")
MAG_SURNAMES = [s for line in MAG_SURNAMES for s in line.replace("El ", "El_").replace("Ben ", "Ben_").replace("Aït ", "Aït_").replace("Hadj ", "Hadj_").split()]
MAG_SURNAMES = [s.replace("_", " ") for s in MAG_SURNAMES]
MAG_ROOTS = """Mansour Tahir Hamid Kacem Salah Amar Aziz Rahman Slim Khalil Yahia Zian Cherif Habib Malek Nacer Djebbar
Mokhtar Moussa Madan Hassan Kaddour Rabah Ferhat Meziane Saad Kacem Amran Idriss Bekkar Daoud Ghazi Hamza Jabr
Kerroum Lahcen Messaoud Najib Ouali Rachid Saïd Taleb Wahab Zerrouk Boualem Khaled Kamel Brahim Tayeb Yacine Zouaou
Hadj Abbas Achour Bachir Chabane Derradj Fodil Guerrouj Hakim Ismaïl Kebir Lakhdar Mahfoud Nadir Omar Rezki Sadek
Smaïl Tounsi Yazid Ziad Arab Chadl Dahmane Fares Hamou Kamal Lyes Mourad Nasr Ramdane Salem Slimane Yamin""".split()
MAG_FIRST_M = """Mohamed Ahmed Ali Karim Rachid Mustapha Abdelkader Abdallah Saïd Mehdi Samir Nabil Farid Hassan Youssef
Bilal Sofiane Yassine Amine Hamza Ilyes Nassim Walid Khaled Omar Brahim Djamel Kamel Mourad Nordine Redouane Larbi
Tarek Anis Ayoub Zakaria Ismaïl Rayan Adam Hocine Abdelaziz Lakhdar Salim Mounir Fouad Hakim Réda Riad Sami Malik
Yacine Abdelhak Boualem Messaoud Slimane Azzedine Karim Mohammed Rachid""".split()
MAG_FIRST_F = """Fatima Khadija Aïcha Malika Nadia Samira Leïla Yasmina Karima Farida Saïda Naïma Houria Rachida Sabrina Sonia
Nora Amel Myriam Sarah Inès Imane Meriem Assia Lina Salma Yasmine Kenza Fatiha Zohra Djamila Hafida Zahia Souad Nawel
Wafa Hanane Latifa Linda Dalila Nadjet Sihem Soraya Amina Hayat Jamila Zineb Khadidja Rania Nour""".split()

# ---------------------------------------------------------------- West / Central African
WAF_SURNAMES = """Diallo Traoré Koné Coulibaly Diop Ndiaye Sow Ba Fall Cissé Sylla Keïta Diarra Camara Touré Sanogo Dembélé
Diabaté Bamba Ouattara Kouassi Kouamé Yao Gueye Seck Faye Sarr Mbaye Diakité Doumbia Sissoko Kanté Sacko Diawara Sidibé
Barry Soumaré Tandia Soumah Kouyaté Fofana Konaté Maïga Timera Dramé Mbala Kabila Mukendi Ngoma Nzeza Makosso
Mendy Sagna Badji Diatta Tall Niang Thiam Dieng Kane Wade Gassama Doucouré Magassa Tounkara Dabo Baldé Bah Condé
Sangaré Koïta Diaby Kamara Kourouma Tapsoba Ouédraogo Zongo Kaboré Nana Eboué Mbappé Ekambi Essomba Fotso Tchatchoua""".split()
WAF_FIRST_M = """Mamadou Moussa Ibrahima Amadou Ousmane Abdoulaye Cheikh Boubacar Seydou Souleymane Modibo Lamine Mamadi
Idrissa Bakary Oumar Aliou Issa Youssouf Adama Sékou Kouassi Yao Koffi Samba Demba Alassane Malick Babacar Ibrahim
Mohamed Moustapha Djibril Siaka Drissa Lassana Fodé Mory Kalidou Thierno Aboubacar Yacouba Daouda Hamidou""".split()
WAF_FIRST_F = """Fatoumata Aminata Mariam Awa Aïssatou Kadiatou Hawa Oumou Ramatoulaye Binta Assa Djénéba Salimata Nafissatou
Coumba Adjoua Affoué Aya Mariama Kadidia Sira Fanta Maimouna Rokia Korotoum Ndeye Astou Khady Sokhna Aïda Nene""".split()

# ---------------------------------------------------------------- Portuguese
PT_SURNAMES = """Da Silva Dos Santos Ferreira Pereira De Oliveira Da Costa Rodrigues Martins De Jesus De Sousa Fernandes
Gonçalves Gomes Lopes Marques Alves De Almeida Ribeiro Pinto De Carvalho Teixeira Moreira Correia Mendes Nunes Soares
Vieira Monteiro Cardoso Da Rocha Neves Coelho Da Cruz Da Cunha Pires Ramos Dos Reis Simões Antunes Da Fonseca
Machado Matos De Freitas Azevedo Barbosa Moura Tavares Cordeiro Araújo Baptista Magalhães Fernandes Lourenço
Conceição Brandão Carneiro Figueiredo Guimarães Loureiro Mota Sampaio Domingues Castro Faria""".split("\n")
PT_SURNAMES = [s for line in PT_SURNAMES for s in line.replace("Da ", "Da_").replace("Dos ", "Dos_").replace("De ", "De_").split()]
PT_SURNAMES = [s.replace("_", " ") for s in PT_SURNAMES]
PT_FIRST_M = "José Manuel António João Carlos Paulo Luís Fernando Jorge Rui Nuno Pedro Francisco Joaquim Mário Armando Daniel Ricardo Tiago Bruno Miguel Hélder Filipe Sérgio Vítor Diogo Hugo Domingos Abílio Albino".split()
PT_FIRST_F = "Maria Ana Rosa Fernanda Isabel Paula Sandra Sónia Carla Cristina Fátima Conceição Lúcia Manuela Susana Filipa Joana Rita Catarina Helena Graça Teresa Célia Alice Olívia Glória Irene Natália".split()

# ---------------------------------------------------------------- Turkish
TR_SURNAMES = """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç
Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Güler Tekin Aktaş Karataş Bulut Keskin Ünal Güneş
Durmaz Uçar Bozkurt Avcı Kaplan Turan Sarı Özer Bayram Işık Akın Gök Sönmez Altun Coşkun Erdem Taş Uysal Duman""".split()
TR_ROOTS = "Kara Ak Demir Öz Yıl Gül Er Tan Bay Kay Taş Gök Ay Uç Al Kır Sarı Çak Bol Ekin Ünal Koç Yavuz Alp".split()
TR_SUFF = "oğlu er an kaya taş türk can gül soy dağ yıldız han kan ay".split()
TR_FIRST_M = "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Murat Ömer Yusuf Emre Burak Serkan Erkan Kemal Recep Ramazan Cem Fatih Halil Orhan Kadir Selim Volkan Hakan Tuncay Enes Yunus".split()
TR_FIRST_F = "Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Sevgi Gül Hülya Esra Büşra Derya Songül Meryem Gülsüm Sultan Şerife Dilek Nurcan Yasemin Tuba Sibel Ebru".split()

# ---------------------------------------------------------------- Vietnamese
VN_SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Lâm Lương Mai Tạ Trịnh Vương Cao".split()
VN_MIDDLE_M = "Văn Đức Hữu Quốc Minh Thanh Công Xuân".split()
VN_MIDDLE_F = "Thị Ngọc Thanh Kim Minh Thu".split()
VN_GIVEN_M = "Minh Hùng Tuấn Dũng Hải Long Nam Sơn Thành Quang Phúc Bình Cường Hiếu Khoa Trung Việt Tâm Thắng Hòa".split()
VN_GIVEN_F = "Hoa Lan Mai Linh Hương Thu Hạnh Phương Trang Ngọc Anh Thảo Hằng Nga Dung Yến Loan Vân Liên Hà".split()

# ---------------------------------------------------------------- Others (Romanian, Polish, Italian, Spanish, Comorian, Chinese, Russian/Chechen)
OTHER = {
    "RO": ("99114", "ROUMANIE", ["Bucarest", "Constanta", "Iasi", "Timisoara", "Cluj-Napoca", "Craiova"],
           "Popescu Ionescu Stan Dumitru Constantin Radu Moldovan Stoica Munteanu Gheorghe Rusu Matei Lazar Ciobanu Dinu Florea Sandu Oprea Marin Tudor".split(),
           "Ion Gheorghe Vasile Constantin Florin Marian Adrian Mihai Ionut Alexandru Nicolae Costel Marius Catalin Daniel".split(),
           "Maria Elena Ioana Mihaela Andreea Florentina Elena Gabriela Nicoleta Alina Ramona Simona Daniela".split()),
    "PL": ("99122", "POLOGNE", ["Varsovie", "Cracovie", "Lodz", "Wroclaw", "Poznan", "Gdansk"],
           "Kowalski Nowak Wiśniewski Lewandowski Wójcik Kamiński Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk".split(),
           "Jan Piotr Krzysztof Tomasz Andrzej Paweł Marek Michał Stanisław Józef Kazimierz".split(),
           "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Zofia Janina".split()),
    "IT": ("99127", "ITALIE", ["Rome", "Naples", "Palerme", "Turin", "Milan", "Gênes"],
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Costa Giordano Mancini Rizzo Lombardi Moretti".split(),
           "Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco".split(),
           "Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Francesca".split()),
    "ES": ("99134", "ESPAGNE", ["Madrid", "Barcelone", "Valence", "Séville", "Malaga", "Murcie"],
           "García Fernández López Martínez Sánchez Pérez González Rodríguez Gómez Ruiz Hernández Jiménez Díaz Moreno Muñoz Álvarez Romero Navarro Torres Domínguez".split(),
           "José Antonio Manuel Francisco Juan Javier Jesús Miguel Carlos Rafael Pedro Ángel".split(),
           "María Carmen Josefa Isabel Dolores Pilar Teresa Ana Concepción Rosario Mercedes".split()),
    "KM": ("99397", "COMORES", ["Moroni", "Mutsamudu", "Fomboni", "Mitsamiouli"],
           "Mohamed Abdallah Saïd Ali Youssouf Madi Ahamada Soilihi Attoumani Abdou Hamadi Ahmed Combo Msaidie Mbaé".split(),
           "Ahamada Said Ali Abdou Soilihi Mohamed Ibrahim Houmadi Anli Nassur Ismaël Chamsidine".split(),
           "Fatima Zaharia Mariama Anziza Nadjat Hadidja Rahamatou Echata Moinaecha Nasma".split()),
    "CN": ("99216", "CHINE", ["Pékin", "Shanghai", "Wenzhou", "Canton", "Qingtian"],
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Lin Xu Sun Ma Zhu Hu".split(),
           "Wei Jun Lei Jian Hao Ming Qiang Tao Yong Jie Bin".split(),
           "Li Fang Na Ying Hua Jing Mei Yan Xiu Lan".split()),
    "RU": ("99123", "RUSSIE", ["Moscou", "Grozny", "Saint-Pétersbourg", "Makhatchkala"],
           "Ivanov Kadyrov Petrov Smirnov Magomedov Aliev Dudaev Basaev Umarov Sokolov Kuznetsov Popov Vasiliev".split(),
           "Magomed Ruslan Islam Adam Akhmed Ibragim Dmitri Sergueï Alexandre Ivan Vladimir Artem".split(),
           "Zarema Madina Louiza Elena Olga Tatiana Natalia Irina Khava Malika".split()),
}

# countries of the main origins: code, name, iso, cities
COUNTRIES = {
    "MA": ("99350", "MAROC", ["Casablanca", "Rabat", "Fès", "Marrakech", "Oujda", "Tanger", "Meknès", "Agadir", "Nador", "Kénitra", "Tétouan", "Berkane"]),
    "DZ": ("99352", "ALGERIE", ["Alger", "Oran", "Constantine", "Annaba", "Sétif", "Tlemcen", "Tizi Ouzou", "Béjaïa", "Blida", "Batna", "Mostaganem", "Sidi Bel Abbès"]),
    "TN": ("99351", "TUNISIE", ["Tunis", "Sfax", "Sousse", "Bizerte", "Gabès", "Kairouan", "Monastir", "Nabeul"]),
    "SN": ("99341", "SENEGAL", ["Dakar", "Thiès", "Saint-Louis", "Kaolack", "Ziguinchor", "Touba", "Matam"]),
    "ML": ("99335", "MALI", ["Bamako", "Kayes", "Ségou", "Sikasso", "Mopti", "Nioro du Sahel"]),
    "CI": ("99326", "COTE D'IVOIRE", ["Abidjan", "Bouaké", "Yamoussoukro", "Daloa", "Korhogo", "San-Pédro"]),
    "GN": ("99330", "GUINEE", ["Conakry", "Kankan", "Labé", "Kindia"]),
    "CM": ("99322", "CAMEROUN", ["Douala", "Yaoundé", "Bafoussam"]),
    "CD": ("99312", "CONGO (REP. DEM.)", ["Kinshasa", "Lubumbashi", "Kisangani"]),
    "MR": ("99336", "MAURITANIE", ["Nouakchott", "Kaédi", "Sélibaby"]),
    "PT": ("99139", "PORTUGAL", ["Lisbonne", "Porto", "Braga", "Coimbra", "Viseu", "Guarda", "Chaves", "Bragance"]),
    "TR": ("99208", "TURQUIE", ["Istanbul", "Ankara", "Izmir", "Kayseri", "Konya", "Yozgat", "Sivas", "Gaziantep"]),
    "VN": ("99243", "VIET NAM", ["Hanoï", "Saïgon", "Hô Chi Minh-Ville", "Hué", "Haïphong", "Da Nang"]),
}
COUNTRY_NAME_VARIANTS = {
    "99350": ["MAROC", "Maroc", "ROYAUME DU MAROC"], "99352": ["ALGERIE", "ALGÉRIE", "Algérie", "ALGERIE (REP.)"],
    "99351": ["TUNISIE", "Tunisie"], "99341": ["SENEGAL", "SÉNÉGAL", "Sénégal"], "99335": ["MALI", "Mali"],
    "99326": ["COTE D'IVOIRE", "CÔTE D'IVOIRE", "COTE-D'IVOIRE", "Côte d'Ivoire", "COTE DIVOIRE"],
    "99139": ["PORTUGAL", "Portugal"], "99208": ["TURQUIE", "Turquie"], "99243": ["VIET NAM", "VIETNAM", "Viêt Nam", "VIET-NAM"],
    "99312": ["CONGO (REP. DEM.)", "RD CONGO", "ZAIRE", "CONGO"],
}

# ---------------------------------------------------------------- first-name variants (spelling/transliteration/diminutive)
FIRST_VARIANTS = [
    "Mohamed Mohammed Mohamad Muhammad Mouhamed Mohammad Mohamedi Mhamed",
    "Abdelkader Abdelkadir Abd_El_Kader Abdel_Kader Abdelkhader Abdelkder",
    "Youssef Youcef Yousef Youssouf Yusuf Yousouf", "Mustapha Mustafa Moustapha Mostefa Mostafa",
    "Rachid Rachide Rashid Rached", "Aïcha Aicha Aisha Aïsha Aichatou", "Khadija Khadidja Kadija Khedidja Khadiga",
    "Hocine Houcine Hussein Hossein Husseyn", "Brahim Ibrahim Ibrahima Ebrahim", "Ilyes Ilyas Elias Iliass Ilies",
    "Abdallah Abdellah Abdullah Abdalah", "Nordine Noureddine Nourdine Nour-Eddine Noredine", "Djamel Jamel Jamal Djamal",
    "Kamel Kamal Kamil", "Mehdi Mahdi Medhi", "Yassine Yacine Yasin Yassin", "Sofiane Soufiane Sufyan Sofian",
    "Saïd Said Saïde Sayed", "Leïla Leila Layla Leyla Lila", "Naïma Naima Naema", "Fatima Fatma Fatimah Fathma",
    "Meriem Myriam Maryam Meryem Mariem", "Hamza Hamsa Hamzah", "Redouane Redwane Ridouane Radouane",
    "Mamadou Mamadu Mammadou Mahamadou", "Moussa Musa Mousa", "Amadou Ahmadou Hamadou Amadu", "Ousmane Usman Ousman Osmane",
    "Abdoulaye Abdoulay Abdulaye Abdoulahi", "Boubacar Aboubacar Bubakar Boubakar", "Seydou Seidou Saydou",
    "Souleymane Souleiman Suleiman Souleimane Sulayman", "Fatoumata Fatoumatta Fatimata Fatumata", "Aminata Aminatou Aminatta",
    "Mariam Mariama Mariame Maryam", "Aïssatou Aissatou Aisatou Aïssata", "Kadiatou Kadiatu Khadiatou Kadidiatou",
    "Cheikh Sheikh Cheik Chekh", "Sékou Sekou Sekkou", "Bakary Bakari Bacary",
    "José Jose Josè", "António Antonio Antonio Anthonio", "João Joao Joâo Jao", "Luís Luis Louis", "Sónia Sonia Sonya",
    "Mehmet Mehmed Memet Mehmat", "Ahmet Ahmed Ahmad Achmet", "Hüseyin Huseyin Hussein Husein Hueseyin",
    "Ayşe Ayse Aysche Aïché Ayshe", "Hatice Hatidje Hatige Hatica", "Ömer Omer Oemer Omar", "Murat Mourad Murad",
    "Mickaël Michaël Mikael Mickael Mikaël Michael Mickaele", "Anthony Antony Anthonie Antoni", "Kevin Kévin Kewin Kevine",
    "Jérémy Jérémie Jeremy Jérémi Jeremie", "Mathieu Matthieu Mathiew Matieu", "Laetitia Lætitia Létitia Leticia Laeticia",
    "Nathalie Nathaly Natalie Nathalia", "Jessica Jessika Jesica", "Yannick Yanick Yanik Yannik", "Dylan Dilan Dylane",
    "Océane Oceanne Océanne", "Jordan Jordane Jordann", "Grégory Grégori Gregorie Grégoire", "Stéphane Stephan Stefane",
    "Christophe Cristophe Christoph", "Philippe Philipe Phillipe Filipe", "Frédéric Frederick Frédérik", "Thierry Thiery Tierry",
    "Sylvie Silvie Sylvy", "Catherine Katherine Catherinne", "Isabelle Isabel Izabelle", "Mélanie Melany Mélany",
    "Kylian Kilian Killian Kyllian", "Yanis Yannis Yaniss Ianis", "Enzo Enso", "Rayan Ryan Raïan", "Inès Iness Ines Innès",
    "Sabrina Sabrinah Sabrine", "Ludovic Ludovik Ludo", "Cédric Cedrick Sedric", "Steve Steeve Stève",
]
DIMINUTIVES = {"Frédéric": "Fred", "Nicolas": "Nico", "Christophe": "Chris", "Ludovic": "Ludo", "Alexandre": "Alex",
               "Jean-Baptiste": "JB", "Maximilien": "Max", "Mohamed": "Mohand", "Abdelkader": "Kader",
               "Sébastien": "Seb", "Dominique": "Domi", "Jacqueline": "Jacky", "Catherine": "Cathy",
               "Christine": "Kristine", "Stéphanie": "Steph", "Abderrahmane": "Rahmane", "Joseph": "Jo"}

TOPO_PREF = ["Du", "De", "La", "Le", "Des", "Beau", "Bel", "Bon", "Bonne", "Mont", "Val", "Ville", "Champ", "Bois",
             "Font", "Roche", "Mal", "Haut", "Grand", "Petit", "Neuf", "De La ", "Du ", "De ", "La ", "Le ", "Des "]
TOPO_NOUN = ["pré", "champ", "bois", "mont", "val", "roche", "lac", "fond", "mas", "pont", "moulin", "chêne", "orme",
             "vigne", "fort", "croix", "haye", "motte", "touche", "grange", "breuil", "chesnay", "fosse", "noue",
             "plessis", "rivière", "bourg", "villier", "court", "lieu", "fay", "foy", "vert", "blanc", "roux", "noir",
             "forge", "garde", "porte", "tour", "marche", "fontaine", "rue", "jardin", "perrière", "vallée", "combe",
             "bosc", "cour", "mare", "puy", "serre", "sart", "mesnil", "hamel", "ville", "maison", "noyer", "fresne",
             "coudray", "saule", "tillet", "buisson", "lande", "bruyère", "châtel", "castel", "roque"]

MAG_ON = "B Ch D Dj F Gh H K Kh L M N R S T Z Y Bel Mes Mek Mah Lah Ab Ou Sl Gu Hadj Ben Tah Ker Bouz Mez Cheb Bekh Sid Haf Hamm Ferr".split()
MAG_V = "a a a ou i e ai".split()
MAG_MID = "dd mm ss kk l r n z b rb rk lk lh hd hm ch dj kr fr zz bb mr nn rr tt dj kh dr rd".split()
MAG_END = "i i i a ane ouche aoui ani ini ouni ache ou ar ir el et em ache ine i ia".split()
