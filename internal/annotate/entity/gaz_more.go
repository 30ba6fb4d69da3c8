package entity

// More places, by country (same format as placeData). Cities over roughly
// half a million people and places often in the news, among them the places
// of the 2014-15 conflicts that war reporting names without their country
// (malls, camps, airports, towns of sieges and massacres: "the Westgate
// mall", "Dar-es-Salaam", "Iguala").
const placeData2 = `
Albania: Tirana|Durres
Algeria: Annaba|Blida
Argentina: Mendoza|La Plata|Mar del Plata|Tucuman|Patagonia
Austria: Linz|Klagenfurt
Belgium: Charleroi|Leuven|Namur|Flanders|Wallonia
Brazil: Fortaleza|Curitiba|Belem|Goiania|Campinas|Santos
Bulgaria: Plovdiv|Varna|Burgas
Canada: Quebec City|Saskatoon|Saskatchewan|New Brunswick|Newfoundland|Yukon
Chile: Concepcion|Antofagasta
China: Suzhou|Xiamen|Zhengzhou|Changsha|Kunming|Jinan|Ningbo|Hefei|Taiyuan|Nanning|Lanzhou|Guiyang|Shijiazhuang|Hainan|Zhejiang|Jiangsu|Shandong|Henan|Hunan|Anhui|Shaanxi|Gansu|Qinghai|Ningxia|Guangxi|Jilin|Liaoning|Heilongjiang
Colombia: Barranquilla|Bucaramanga
Croatia: Rijeka|Osijek
Czech Republic: Ostrava|Plzen|Pilsen
Denmark: Odense|Aalborg
Ecuador: Quito|Guayaquil
Egypt: Mansoura|Tanta|Asyut|Minya|Sohag
Finland: Tampere|Turku|Espoo
France: Montpellier|Rennes|Reims|Le Havre|Saint-Etienne|Toulon|Grenoble|Dijon|Angers|Nimes|Brest|Le Mans|Metz|Auxerre|Monaco|Alsace|Provence|Burgundy|Champagne|Riviera
Germany: Bremen|Duisburg|Bochum|Wuppertal|Bielefeld|Mannheim|Karlsruhe|Wiesbaden|Munster|Augsburg|Gelsenkirchen|Monchengladbach|Leverkusen|Kaiserslautern|Freiburg|Rostock|Kiel|Magdeburg|Mainz|Saxony|Hesse|Brandenburg|Thuringia|Rhineland
Greece: Patras|Heraklion|Larissa|Rhodes|Corfu
Hungary: Debrecen|Szeged
India: Surat|Kanpur|Nagpur|Indore|Thane|Bhopal|Visakhapatnam|Patna|Vadodara|Ludhiana|Agra|Nashik|Varanasi|Amritsar|Allahabad|Ranchi|Guwahati|Chandigarh|Mysore|Rajasthan|Karnataka|Andhra Pradesh|Telangana|Odisha|Orissa|Jharkhand|Chhattisgarh|Madhya Pradesh|Haryana|Uttarakhand|Himachal Pradesh|Manipur|Nagaland|Tripura|Mizoram|Sikkim
Indonesia: Semarang|Palembang|Makassar|Malang|Lombok|Ambon|Timor
Iran: Karaj|Qazvin|Zahedan|Hamadan|Kerman|Urmia|Rasht|Yazd|Sistan-Baluchestan|Baluchestan
Ireland: Waterford|Kilkenny
Israel: Netanya|Herzliya|Rishon LeZion|Petah Tikva
Italy: Verona|Padua|Trieste|Bari|Catania|Messina|Brescia|Parma|Modena|Livorno|Cagliari|Perugia|Udine|Bergamo|Piacenza|Lecce|Salerno|Piedmont|Veneto|Calabria|Campania|Apulia|Umbria|Liguria
Japan: Kawasaki|Saitama|Chiba|Kitakyushu|Kumamoto|Kagoshima|Niigata|Shizuoka|Okayama|Kanagawa|Honshu|Kyushu|Shikoku
Kenya: Nakuru|Eldoret
Malaysia: Johor Bahru|Ipoh|Kuching|Kota Kinabalu|Malacca
Mexico: Puebla|Toluca|Merida|San Luis Potosi|Aguascalientes|Queretaro|Morelia|Tamaulipas|Guerrero|Nuevo Leon|Jalisco|Sonora|Baja California|Yucatan
Morocco: Agadir|Meknes|Oujda
Netherlands: The Hague|Groningen|Tilburg|Almere|Breda|Nijmegen|Enschede|Arnhem|Haarlem|Maastricht|Leiden|Delft|Heerenveen|Alkmaar
Nigeria: Benin City|Ilorin|Enugu|Abeokuta|Onitsha|Warri|Sokoto|Zaria|Bauchi|Plateau State|Rivers State|Delta State
Norway: Trondheim|Stavanger|Tromso
Pakistan: Gujranwala|Hyderabad|Sialkot|Bahawalpur|Sargodha|Mardan|Kohat|Bannu|Dera Ismail Khan|Gilgit|Gilgit-Baltistan|Azad Kashmir|Muzaffarabad|Mingora|Chitral
Peru: Arequipa|Trujillo|Chiclayo|Iquitos
Philippines: Zamboanga|Cagayan de Oro|Iloilo|Bacolod|Baguio|Makati|Pasig|Taguig|Sulu|Tacloban|Leyte|Samar|Palawan|Negros|Visayas
Poland: Poznan|Szczecin|Bydgoszcz|Lublin|Katowice|Bialystok|Silesia
Portugal: Braga|Coimbra|Faro|Madeira|Azores|Algarve
Romania: Cluj-Napoca|Cluj|Timisoara|Iasi|Constanta|Craiova|Brasov|Transylvania
Russia: Nizhny Novgorod|Samara|Omsk|Chelyabinsk|Ufa|Krasnoyarsk|Perm|Voronezh|Saratov|Krasnodar|Tolyatti|Izhevsk|Ulyanovsk|Barnaul|Irkutsk|Khabarovsk|Yaroslavl|Tomsk|Orenburg|Kemerovo|Ryazan|Astrakhan|Penza|Lipetsk|Tula|Kursk|Tver|Belgorod|Arkhangelsk|Smolensk|Kaluga|Magnitogorsk|Norilsk|Ingushetia|Kabardino-Balkaria|North Ossetia|Tatarstan|Bashkortostan|Yakutia|Sakhalin|Kamchatka|Chukotka|Karelia|Kuril Islands|Beslan|Nalchik|Makhachkala|Nazran|Vladikavkaz
Saudi Arabia: Khobar|Tabuk|Buraidah|Yanbu|Jubail|Eastern Province|Hejaz|Asir
Serbia: Kragujevac|Vojvodina|Subotica
Slovakia: Bratislava|Kosice
Slovenia: Ljubljana|Maribor
South Africa: Bloemfontein|East London|Pietermaritzburg|Polokwane|Kimberley|Stellenbosch|KwaZulu-Natal|Gauteng|Western Cape|Eastern Cape|Limpopo|Mpumalanga|Free State
South Korea: Ulsan|Suwon|Changwon|Seongnam|Goyang|Yongin|Gyeonggi|Panmunjom
Spain: Zaragoza|Palma|Las Palmas|Alicante|Cordoba|Valladolid|Vigo|Gijon|La Coruna|Granada|Vitoria|Oviedo|Santander|Pamplona|San Sebastian|Salamanca|Cadiz|Tenerife|Majorca|Galicia|Asturias|Navarre|Murcia|Castile|Aragon|Extremadura
Sweden: Uppsala|Vasteras|Orebro|Linkoping|Helsingborg|Norrkoping|Lund
Switzerland: Lucerne|Lugano|St. Gallen|Winterthur
Syria: Jisr al-Shughour|Maarat al-Numan|Saraqeb|Ariha|Harasta|Zabadani|Madaya|Yarmouk|Darayya|Qardaha|Banias|Jableh|Salamiyah|Shaddadi|Shadadi|Hajin|Susah|Dashisha
Taiwan: Tainan|Hsinchu|Keelung
Thailand: Nakhon Ratchasima|Hat Yai|Udon Thani|Khon Kaen|Pattani|Yala|Narathiwat|Songkhla|Krabi|Ayutthaya
Turkey: Kayseri|Eskisehir|Samsun|Denizli|Malatya|Kahramanmaras|Erzurum|Trabzon|Elazig|Sirnak|Hakkari|Tunceli|Bitlis|Igdir|Kars|Edirne|Canakkale|Bodrum|Marmaris|Kurdistan Turkey
Ukraine: Zaporizhia|Kryvyi Rih|Mykolayiv|Chernihiv|Sumy|Poltava|Vinnytsia|Zhytomyr|Chernivtsi|Ivano-Frankivsk|Ternopil|Uzhhorod|Lutsk|Rivne|Khmelnytskyi|Kramatorsk|Sloviansk|Severodonetsk|Avdiivka|Izium|Bucha|Irpin|Melitopol|Berdyansk|Nikopol|Kerch|Simferopol|Yalta
United Kingdom: Coventry|Bradford|Stoke|Wolverhampton|Plymouth|Swansea|Preston|Sunderland|Norwich|Exeter|York|Canterbury|Cambridge|Luton|Bournemouth|Middlesbrough|Blackburn|Bolton|Wigan|Leicester|Portsmouth|Ipswich|Dundee|Inverness|Stirling|Londonderry|Derry|Surrey|Sussex|Essex|Yorkshire|Lancashire|Cornwall|Devon|Cumbria|Merseyside|Midlands|Hampshire|Oxfordshire|Cheshire|Norfolk|Suffolk|Somerset|Dorset|Lothian|Fife|Ulster|Isle of Man|Guernsey|Hebrides|Orkney|Shetland|Lake District|Thames|River Thames
United States: Buffalo|Rochester|Syracuse|Albany|Hartford|Providence|Newark|Jersey City|Trenton|Harrisburg|Scranton|Savannah|Birmingham|Montgomery|Little Rock|Baton Rouge|Shreveport|Des Moines|Green Bay|Grand Rapids|Lansing|Flint|Dayton|Toledo|Akron|Lexington|Knoxville|Chattanooga|Greensboro|Winston-Salem|Norfolk|Virginia Beach|Annapolis|Dover|Wilmington|Burlington|Boise|Spokane|Tacoma|Reno|Carson City|Santa Fe|Cheyenne|Billings|Fargo|Sioux Falls|Topeka|Peoria|Naperville|Fort Wayne|South Bend|Evansville|Ann Arbor|Berkeley|Oakland|Long Beach|Anaheim|Santa Ana|Riverside|Bakersfield|Stockton|Palo Alto|Mountain View|Cupertino|Santa Clara|Pasadena|Malibu|Santa Monica|Beverly Hills|Miami Beach|Fort Lauderdale|Palm Beach|West Palm Beach|Tallahassee|Gainesville|St. Petersburg|Key West|Galveston|Corpus Christi|Lubbock|Amarillo|Waco|Plano|Arlington|Scottsdale|Mesa|Tempe|Flagstaff|Provo|Colorado Springs|Boulder|Aspen|Juneau|Fairbanks|Hilo|Pearl City|Yonkers|White Plains|Long Island|Harlem|Times Square|Central Park|Fifth Avenue|Pennsylvania Avenue|Foggy Bottom|Langley|Fort Meade|Fort Lee|Fort Sill|Fort Knox|Fort Leavenworth|Fort Carson|Fort Lewis|Fort Stewart|Fort Riley|Fort Polk|Camp Lejeune|Camp Pendleton|West Point|Annapolis|Guantanamo Bay Naval Base|Mississippi River|Missouri River|Colorado River|Rio Grande|Great Lakes|Lake Michigan|Lake Erie|Grand Canyon|Yellowstone|Appalachia|Midwest|New England|Deep South|Rust Belt|Bay Area|Gulf Coast|East Coast|West Coast
Venezuela: Maracay|Barquisimeto|Ciudad Guayana|Barcelona Venezuela
Vietnam: Can Tho|Nha Trang|Vung Tau|Mekong Delta
Central African Republic: Bangui
Egypt: Sheikh Zuweid|El-Arish|Arish
Haiti: Leogane|Léogâne|Jacmel|Petionville|Pétion-Ville|Petion-Ville|Gonaives|Cap-Haitien|Les Cayes|Petit-Goave|Grand-Goave|Cite Soleil|Cité Soleil|Delmas
Iraq: Haditha|Haditha Dam|Zumar|Camp Speicher|Speicher|Jurf al-Sakhar|Jurf al-Nasr|Amerli|Amirli|Dhuluiya|Rabia|Sinjar Mountain|Mount Sinjar|Bashiqa|Qayyarah|Hamdaniya|Qaraqosh|Bartella
Kenya: Westgate|Westgate Mall|Westgate mall|Mpeketoni|Lamu|Mandera|Wajir|Poromoko
Libya: Mitiga|Mitiga Airport|Mitiga airport|Tripoli International Airport|Warshefana
Mexico: Iguala|Cocula|Ayotzinapa|Tixtla|Chilpancingo|Tlatlaya
Nigeria: Nyanya|Michika|Madagali|Malkohi
Cameroon: Kolofata|Fotokol|Maroua
Pakistan: Shikarpur|Miranshah|Miramshah|Mir Ali|Tirah|Wagah
Palestine: Beit Lahia|Khuza'a|Khuzaa|Shujaiya|Shujaiyeh|Shejaiya
Somalia: Bulo Marer|Bula Marer
Syria: Dabiq|Deir Ezzor|Deir ezzor|Hasakeh|Hasaka|Maaloula|Maalula|Ain al-Arab|Tabqa|Tabqa airbase|Shaer|Shaer gas field|Mayadin|Albu Kamal|Abu Kamal|Tal Hamis|Ras al-Ain|Kessab
Tanzania: Dar-es-Salaam|Dar es-Salaam
Turkey: Suruc|Mursitpinar|Yumurtalik
Ukraine: Slavyansk|Slovyansk|Debaltseve|Debaltsevo|Ilovaisk|Horlivka|Gorlovka|Hrabove|Grabovo|Shakhtarsk|Torez|Snizhne|Pisky|Shchastya
Yemen: Dammaj
: Western Balkans|Iberia|Iberian Peninsula|Crimean Peninsula|Sinai Desert|Sahara Desert|Gobi|Gobi Desert|Kalahari|Amazon rainforest|Siberian|Patagonia|Tierra del Fuego|Alps Mountains|Pyrenees|Carpathians|Urals|Ural Mountains|Rockies|Rocky Mountains|Hindu Kush|Karakoram|Tibetan Plateau|Bosphorus|Dardanelles|English Channel|North Sea|Irish Sea|Aegean|Aegean Sea|Adriatic|Adriatic Sea|Ionian Sea|Tyrrhenian Sea|Barents Sea|Bering Strait|Sea of Azov|Kerch Strait|Panama Canal|Strait of Gibraltar|Strait of Malacca|Malacca Strait|Lake Victoria|Lake Chad|Lake Tanganyika|Congo River|Niger River|Zambezi|Yangtze|Yangtze River|Yellow River|Mekong|Mekong River|Ganges|Indus|Indus River|Brahmaputra|Volga|Dnieper|Dnieper River|Rhine|Rhine River|Seine|Thames River|Antarctic|Arctic Ocean|Southern Ocean|Pacific Rim|Silk Road|Golden Triangle|Fertile Crescent|Kashmir Valley|Line of Control|Demilitarized Zone|DMZ|West Bengal|Maghreb region|Sahel region
`

// Well-known sports clubs (organizations).
const clubData = `
Manchester United|Man United|Man Utd
Manchester City|Man City
Liverpool FC
Arsenal
Chelsea
Tottenham|Tottenham Hotspur|Spurs
Everton
Newcastle United
Aston Villa
West Ham|West Ham United
Leeds United
Celtic
Rangers
Real Madrid
Barcelona FC|FC Barcelona|Barca
Atletico Madrid
Valencia CF
Sevilla
Bayern Munich|Bayern
Borussia Dortmund|Dortmund FC
Schalke|Schalke 04
Werder Bremen
Hamburg SV|Hamburger SV
Juventus
AC Milan
Inter Milan|Internazionale
AS Roma
Lazio
Napoli
Fiorentina
Paris Saint-Germain|PSG
Olympique Marseille
Olympique Lyon|Lyon FC
Ajax|Ajax Amsterdam
PSV|PSV Eindhoven
Feyenoord
Benfica
Porto FC|FC Porto
Sporting Lisbon
Galatasaray
Fenerbahce
Besiktas
Anderlecht
Club Brugge
Dynamo Kiev|Dynamo Kyiv
Shakhtar Donetsk
Spartak Moscow
CSKA Moscow
Zenit
Red Star Belgrade
Partizan Belgrade
Boca Juniors
River Plate
Flamengo
Santos FC
Los Angeles Lakers|Lakers
Boston Celtics
Chicago Bulls
New York Yankees|Yankees
Boston Red Sox|Red Sox
Los Angeles Dodgers|Dodgers
New England Patriots
Dallas Cowboys
Green Bay Packers
FIFA
UEFA
International Olympic Committee|IOC
NBA
NFL
MLB
NHL
ATP
WTA
ICC
World Anti-Doping Agency|WADA
`
