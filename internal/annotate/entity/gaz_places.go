package entity

// Facts about the world's countries: canonical name | aliases ; demonyms and
// nationality adjectives (singular and plural). Aliases are places in the
// country; demonyms are NORP mentions normalized to the country.
const countryData = `
Afghanistan;Afghan|Afghans|Afghani
Albania;Albanian|Albanians
Algeria;Algerian|Algerians
Andorra;Andorran
Angola;Angolan|Angolans
Argentina;Argentine|Argentinian|Argentines|Argentinians
Armenia;Armenian|Armenians
Australia;Australian|Australians|Aussie
Austria;Austrian|Austrians
Azerbaijan;Azerbaijani|Azeri|Azerbaijanis|Azeris
Bahamas|The Bahamas;Bahamian
Bahrain;Bahraini|Bahrainis
Bangladesh;Bangladeshi|Bangladeshis
Barbados;Barbadian
Belarus;Belarusian|Belarusians|Belarussian
Belgium;Belgian|Belgians
Belize;Belizean
Benin;Beninese
Bhutan;Bhutanese
Bolivia;Bolivian|Bolivians
Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina;Bosnian|Bosnians
Botswana;Botswanan
Brazil;Brazilian|Brazilians
Brunei;Bruneian
Bulgaria;Bulgarian|Bulgarians
Burkina Faso;Burkinabe
Burundi;Burundian|Burundians
Cambodia;Cambodian|Cambodians|Khmer
Cameroon;Cameroonian|Cameroonians
Canada;Canadian|Canadians
Cape Verde|Cabo Verde;Cape Verdean
Central African Republic|CAR;Central African
Chad;Chadian|Chadians
Chile;Chilean|Chileans
China|People's Republic of China|PRC|Mainland China;Chinese
Colombia;Colombian|Colombians
Comoros;Comoran
Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa;Congolese
Republic of the Congo|Congo|Congo-Brazzaville;Congolese
Costa Rica;Costa Rican|Costa Ricans
Ivory Coast|Cote d'Ivoire|Côte d'Ivoire;Ivorian|Ivorians
Croatia;Croatian|Croatians|Croat|Croats
Cuba;Cuban|Cubans
Cyprus;Cypriot|Cypriots
Czech Republic|Czechia;Czech|Czechs
Denmark;Danish|Dane|Danes
Djibouti;Djiboutian
Dominican Republic;Dominican|Dominicans
Ecuador;Ecuadorian|Ecuadorians|Ecuadoran
Egypt;Egyptian|Egyptians
El Salvador;Salvadoran|Salvadorans|Salvadorian
Equatorial Guinea;Equatorial Guinean
Eritrea;Eritrean|Eritreans
Estonia;Estonian|Estonians
Eswatini|Swaziland;Swazi
Ethiopia;Ethiopian|Ethiopians
Fiji;Fijian|Fijians
Finland;Finnish|Finn|Finns
France;French|Frenchman|Frenchmen
Gabon;Gabonese
Gambia|The Gambia;Gambian|Gambians
Georgia;Georgian|Georgians
Germany;German|Germans
Ghana;Ghanaian|Ghanaians
Greece;Greek|Greeks
Guatemala;Guatemalan|Guatemalans
Guinea;Guinean|Guineans
Guinea-Bissau;Bissau-Guinean
Guyana;Guyanese
Haiti;Haitian|Haitians
Honduras;Honduran|Hondurans
Hungary;Hungarian|Hungarians
Iceland;Icelandic|Icelander|Icelanders
India;Indian|Indians
Indonesia;Indonesian|Indonesians
Iran|Islamic Republic of Iran|Persia;Iranian|Iranians|Persian
Iraq|Republic of Iraq;Iraqi|Iraqis
Ireland|Republic of Ireland|Eire;Irish|Irishman
Israel;Israeli|Israelis
Italy;Italian|Italians
Jamaica;Jamaican|Jamaicans
Japan;Japanese
Jordan|Hashemite Kingdom of Jordan;Jordanian|Jordanians
Kazakhstan;Kazakh|Kazakhs|Kazakhstani
Kenya;Kenyan|Kenyans
Kosovo;Kosovar|Kosovars|Kosovan
Kuwait;Kuwaiti|Kuwaitis
Kyrgyzstan;Kyrgyz
Laos;Lao|Laotian|Laotians
Latvia;Latvian|Latvians
Lebanon;Lebanese
Lesotho;Basotho
Liberia;Liberian|Liberians
Libya;Libyan|Libyans
Liechtenstein;Liechtensteiner
Lithuania;Lithuanian|Lithuanians
Luxembourg;Luxembourgish|Luxembourger
Madagascar;Malagasy
Malawi;Malawian|Malawians
Malaysia;Malaysian|Malaysians
Maldives;Maldivian
Mali;Malian|Malians
Malta;Maltese
Mauritania;Mauritanian|Mauritanians
Mauritius;Mauritian
Mexico;Mexican|Mexicans
Moldova;Moldovan|Moldovans
Monaco;Monegasque
Mongolia;Mongolian|Mongolians
Montenegro;Montenegrin|Montenegrins
Morocco;Moroccan|Moroccans
Mozambique;Mozambican|Mozambicans
Myanmar|Burma;Burmese|Myanmarese
Namibia;Namibian|Namibians
Nepal;Nepali|Nepalese|Nepalis
Netherlands|The Netherlands|Holland;Dutch|Dutchman
New Zealand;New Zealander|New Zealanders|Kiwi|Kiwis
Nicaragua;Nicaraguan|Nicaraguans
Niger;Nigerien|Nigeriens
Nigeria;Nigerian|Nigerians
North Korea|DPRK|Democratic People's Republic of Korea;North Korean|North Koreans
North Macedonia|Macedonia;Macedonian|Macedonians
Norway;Norwegian|Norwegians
Oman;Omani|Omanis
Pakistan;Pakistani|Pakistanis
Palestine|Palestinian Territories|Palestinian territories|Occupied Palestinian Territories;Palestinian|Palestinians
Panama;Panamanian|Panamanians
Papua New Guinea;Papua New Guinean
Paraguay;Paraguayan|Paraguayans
Peru;Peruvian|Peruvians
Philippines|The Philippines;Filipino|Filipinos|Philippine
Poland;Polish|Pole|Poles
Portugal;Portuguese
Qatar;Qatari|Qataris
Romania;Romanian|Romanians
Russia|Russian Federation;Russian|Russians
Rwanda;Rwandan|Rwandans
Saudi Arabia|Kingdom of Saudi Arabia|KSA;Saudi|Saudis|Saudi Arabian
Senegal;Senegalese
Serbia;Serbian|Serbians|Serb|Serbs
Sierra Leone;Sierra Leonean|Sierra Leoneans
Singapore;Singaporean|Singaporeans
Slovakia;Slovak|Slovaks|Slovakian
Slovenia;Slovenian|Slovenians|Slovene|Slovenes
Somalia;Somali|Somalis
South Africa;South African|South Africans
South Korea|Republic of Korea|ROK;South Korean|South Koreans
South Sudan;South Sudanese
Spain;Spanish|Spaniard|Spaniards
Sri Lanka;Sri Lankan|Sri Lankans
Sudan;Sudanese
Suriname;Surinamese
Sweden;Swedish|Swede|Swedes
Switzerland;Swiss
Syria|Syrian Arab Republic;Syrian|Syrians
Taiwan|Republic of China;Taiwanese
Tajikistan;Tajik|Tajiks
Tanzania;Tanzanian|Tanzanians
Thailand;Thai|Thais
Timor-Leste|East Timor;Timorese
Togo;Togolese
Trinidad and Tobago;Trinidadian
Tunisia;Tunisian|Tunisians
Turkey|Türkiye|Turkiye;Turkish|Turk|Turks
Turkmenistan;Turkmen
Uganda;Ugandan|Ugandans
Ukraine;Ukrainian|Ukrainians
United Arab Emirates|UAE|U.A.E.|Emirates;Emirati|Emiratis
United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland;British|Briton|Britons|English|Scottish|Scot|Scots|Welsh|Brit|Brits
United States|US|U.S.|USA|U.S.A.|America|United States of America|the States;American|Americans
Uruguay;Uruguayan|Uruguayans
Uzbekistan;Uzbek|Uzbeks
Vatican|Vatican City|Holy See;
Venezuela;Venezuelan|Venezuelans
Vietnam|Viet Nam;Vietnamese
Yemen;Yemeni|Yemenis
Zambia;Zambian|Zambians
Zimbabwe;Zimbabwean|Zimbabweans
`

// Groups and peoples that are not a single country: NORP with an optional
// country (after @).
const norpData = `
Kurdish@|Kurds@|Kurd@|Arab@|Arabs@|Arabic@|Sunni@|Sunnis@|Shiite@|Shiites@|Shia@|Shi'ite@|Alawite@|Alawites@|Yazidi@|Yazidis@|Muslim@|Muslims@|Christian@|Christians@|Jewish@|Jews@|Jew@|Catholic@|Catholics@|Protestant@|Hindu@|Hindus@|Buddhist@|Buddhists@|Sikh@|Sikhs@|Islamic@|Islamist@|Islamists@|Jihadist@|Jihadists@|Pashtun@|Pashtuns@|Tamil@|Tamils@|Uighur@|Uighurs@|Uyghur@|Uyghurs@|Tibetan@|Tibetans@|Kashmiri@|Rohingya@|Hutu@|Tutsi@|Baluch@|Hazara@|Druze@|Turkmen@|Turkoman@|Assyrian@|Chechen@|Chechens@|Crimean@|Basque@|Catalan@|Kosovar@|Bedouin@|Berber@|Persian@|Western@|Westerners@|European@|Europeans@|African@|Africans@|Asian@|Asians@|Latin American@|Middle Eastern@|Gulf@|Arabian@|Scandinavian@|Balkan@|Caucasian@|Sahrawi@|Republican@|Republicans@|Democrat@|Democrats@|Democratic@|Conservative@|Labour@|Tory@|Tories@|Maoist@|Maoists@|Communist@|Communists@|Socialist@|Baathist@|Wahhabi@|Salafi@|Salafist@|Zionist@|Nazi@|Nazis@|Soviet@|Soviets@|Ottoman@|Hispanic@|Latino@|Latinos@
`

// Places that belong to a country: "Country: place|place|...". Regions with
// no single country use the empty country.
const placeData = `
Afghanistan: Kabul|Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Kunduz|Helmand|Helmand Province|Nangarhar|Ghazni|Bagram|Khost|Paktika|Paktia|Logar|Wardak|Zabul|Uruzgan|Farah|Badakhshan|Panjshir|Kunar|Nuristan|Faryab|Balkh|Baghlan|Takhar|Lashkar Gah|Pul-e Alam|Sangin|Marjah|Tora Bora
Algeria: Algiers|Oran|Constantine
Angola: Luanda
Argentina: Buenos Aires|Cordoba|Rosario
Armenia: Yerevan|Nagorno-Karabakh
Australia: Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Darwin|Hobart|Queensland|New South Wales|Victoria|Tasmania
Austria: Vienna|Salzburg|Graz|Innsbruck
Azerbaijan: Baku
Bahrain: Manama|Sitra|Muharraq|Riffa|Isa Town|Budaiya|Sanabis|Diraz|Pearl Roundabout|Pearl Square
Bangladesh: Dhaka|Chittagong|Cox's Bazar
Belarus: Minsk
Belgium: Brussels|Antwerp|Ghent|Bruges|Liege
Bolivia: La Paz|Sucre|Santa Cruz
Bosnia and Herzegovina: Sarajevo|Srebrenica|Mostar|Banja Luka
Brazil: Brasilia|Rio de Janeiro|Sao Paulo|São Paulo|Salvador|Belo Horizonte|Manaus|Recife|Porto Alegre|Amazonas
Bulgaria: Sofia
Burkina Faso: Ouagadougou
Burundi: Bujumbura
Cambodia: Phnom Penh|Siem Reap
Cameroon: Yaounde|Douala|Kolofata|Maroua|Fotokol|Waza|Far North Region
Canada: Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Quebec|Ontario|Alberta|British Columbia|Manitoba|Nova Scotia|Winnipeg|Halifax
Chad: N'Djamena|Lake Chad
Chile: Santiago|Valparaiso
China: Beijing|Shanghai|Guangzhou|Shenzhen|Hong Kong|Macau|Wuhan|Chengdu|Chongqing|Tianjin|Nanjing|Xi'an|Hangzhou|Xinjiang|Tibet|Lhasa|Urumqi|Guangdong|Sichuan|Hubei|Yunnan|Fujian|Harbin|Shenyang|Dalian|Qingdao|Kashgar|Inner Mongolia|Tiananmen Square
Colombia: Bogota|Bogotá|Medellin|Medellín|Cali|Cartagena
Croatia: Zagreb|Dubrovnik
Cuba: Havana|Guantanamo|Guantanamo Bay|Santiago de Cuba
Cyprus: Nicosia|Limassol|Larnaca
Czech Republic: Prague|Brno
Democratic Republic of the Congo: Kinshasa|Goma|Lubumbashi|Kisangani|Bukavu|Ituri|North Kivu|South Kivu|Kivu
Denmark: Copenhagen|Greenland|Aarhus
Egypt: Cairo|Alexandria|Giza|Sinai|Sinai Peninsula|Suez|Suez Canal|Port Said|Luxor|Aswan|Sharm el-Sheikh|Tahrir Square|Ismailia|Mahalla|El-Mahalla el-Kubra|Mansoura|Assiut|Asyut|Minya|Tanta|Zagazig|Damietta|El-Arish|Arish
El Salvador: San Salvador
Eritrea: Asmara
Estonia: Tallinn
Ethiopia: Addis Ababa|Tigray|Mekelle|Amhara|Oromia|Ogaden
Finland: Helsinki
France: Paris|Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|Bordeaux|Lille|Calais|Corsica|Normandy|Brittany|Versailles|Cannes
Georgia: Tbilisi|South Ossetia|Abkhazia
Germany: Berlin|Hamburg|Munich|Cologne|Frankfurt|Stuttgart|Dusseldorf|Düsseldorf|Dortmund|Essen|Leipzig|Dresden|Hanover|Nuremberg|Bonn|Bavaria|Ramstein
Ghana: Accra|Kumasi
Greece: Athens|Thessaloniki|Lesbos|Crete|Piraeus
Guatemala: Guatemala City
Haiti: Port-au-Prince
Honduras: Tegucigalpa
Hungary: Budapest
India: New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bangalore|Bengaluru|Hyderabad|Ahmedabad|Pune|Jaipur|Lucknow|Kashmir|Jammu|Srinagar|Punjab|Gujarat|Kerala|Assam|Bihar|Uttar Pradesh|Maharashtra|Tamil Nadu|West Bengal|Goa|Ladakh
Indonesia: Jakarta|Bali|Surabaya|Bandung|Medan|Aceh|Java|Sumatra|Borneo|Papua|Sulawesi|Yogyakarta
Iran: Tehran|Teheran|Isfahan|Mashhad|Tabriz|Shiraz|Qom|Natanz|Bushehr|Fordow|Ahvaz|Kermanshah|Bandar Abbas|Khuzestan|Arak|Parchin
Iraq: Baghdad|Basra|Basrah|Mosul|Erbil|Irbil|Arbil|Kirkuk|Najaf|Karbala|Fallujah|Falluja|Ramadi|Tikrit|Samarra|Sulaimaniyah|Sulaymaniyah|Suleimaniyah|Dohuk|Duhok|Kurdistan Region|Iraqi Kurdistan|Kurdistan Region of Iraq|Anbar|Anbar Province|Nineveh|Ninewa|Nineveh Plains|Diyala|Salahuddin|Salahaddin|Babil|Babylon|Hilla|Kut|Amarah|Nasiriyah|Diwaniyah|Sinjar|Tal Afar|Tal Afar|Qaim|Al-Qaim|Haditha|Baquba|Baqubah|Abu Ghraib|Sadr City|Green Zone|Ain al-Asad|Al Asad|Al-Asad|Taji|Camp Taji|Balad|Makhmour|Hawija|Qayyarah|Halabja|Zakho|Rutba|Umm Qasr|Kadhimiya|Tigris|Saqlawiyah|Saqlawiya|Amerli|Amirli|Baiji|Beiji|Jurf al-Sakhar|Duluiyah|Dhuluiya|Yathrib|Ishaqi|Karmah|Garma|Heet|Rawa|Anah|Jalawla|Saadiya|Muqdadiya|Tuz Khurmatu|Sulaiman Bek|Mahmudiya|Latifiya|Iskandariya|Khalis|Qaraqosh|Bartella|Mount Sinjar
Ireland: Dublin|Cork|Galway|Limerick
Israel: Jerusalem|Tel Aviv|Haifa|Eilat|Ashkelon|Ashdod|Beersheba|Sderot|Nazareth|Golan|Golan Heights|Negev|Dimona
Italy: Rome|Milan|Naples|Turin|Palermo|Genoa|Bologna|Florence|Venice|Sicily|Sardinia|Lampedusa|Lombardy|Tuscany
Japan: Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Sapporo|Kobe|Fukuoka|Hiroshima|Nagasaki|Okinawa|Fukushima|Hokkaido|Sendai
Jordan: Amman|Zarqa|Irbid|Aqaba|Zaatari|Rukban|Mafraq|Ramtha
Kazakhstan: Astana|Almaty|Nur-Sultan
Kenya: Nairobi|Mombasa|Kisumu|Garissa|Dadaab|Kakuma
Kosovo: Pristina
Kuwait: Kuwait City|Camp Arifjan
Kyrgyzstan: Bishkek
Laos: Vientiane
Latvia: Riga
Lebanon: Beirut|Sidon|Tyre|Baalbek|Bekaa|Bekaa Valley|Wadi Khaled|Arsal|Akkar|Hermel
Liberia: Monrovia
Libya: Tripoli|Benghazi|Misrata|Sirte|Tobruk|Derna|Sabha|Cyrenaica|Fezzan|Brega|Ras Lanuf|Zawiya|Zawiyah|Ajdabiya|Bani Walid|Zintan|Nalut|Yafran|Yefren|Gharyan|Zuwara|Zlitan|Bin Jawad|Khoms|Kufra|Sabratha|Ghadames|Nafusa Mountains
Lithuania: Vilnius
Malaysia: Kuala Lumpur|Penang|Sabah|Sarawak
Mali: Bamako|Timbuktu|Kidal|Mopti|Gao|Konna|Tessalit|Menaka|Aguelhok
Mexico: Mexico City|Guadalajara|Monterrey|Tijuana|Ciudad Juarez|Juarez|Acapulco|Cancun|Chiapas|Sinaloa|Oaxaca|Veracruz|Chihuahua|Michoacan
Moldova: Chisinau|Transnistria
Mongolia: Ulaanbaatar|Ulan Bator
Morocco: Rabat|Casablanca|Marrakech|Marrakesh|Fez|Tangier|Western Sahara
Mozambique: Maputo|Cabo Delgado
Myanmar: Yangon|Rangoon|Naypyidaw|Mandalay|Rakhine|Rakhine State|Kachin|Shan|Karen
Nepal: Kathmandu|Pokhara
Netherlands: Amsterdam|The Hague|Rotterdam|Utrecht|Eindhoven
New Zealand: Wellington|Auckland|Christchurch
Nicaragua: Managua
Niger: Niamey|Agadez|Diffa|Bosso
Nigeria: Abuja|Lagos|Kano|Ibadan|Maiduguri|Borno|Port Harcourt|Kaduna|Niger Delta|Yobe|Adamawa|Chibok|Gwoza|Damboa|Bama|Konduga|Baga|Mubi|Gombe|Gombi|Biu|Potiskum|Damaturu|Jos|Yola|Bauchi|Gamboru|Gamboru Ngala|Dikwa|Monguno|Madagali|Michika|Sambisa Forest|Sambisa|Zaria|Sokoto|Katsina|Plateau State|Borno State|Yobe State|Adamawa State
North Korea: Pyongyang|Yongbyon|Kaesong
Norway: Oslo|Bergen
Oman: Muscat
Pakistan: Islamabad|Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Multan|Faisalabad|Balochistan|Baluchistan|Khyber Pakhtunkhwa|North Waziristan|South Waziristan|Waziristan|Swat|Swat Valley|Abbottabad|Sindh|Punjab Province|FATA|Khyber|Kurram|Bajaur
Palestine: Gaza|Gaza Strip|West Bank|Ramallah|Hebron|Nablus|Jenin|Rafah|Khan Younis|Bethlehem|Jericho|East Jerusalem|Gaza City|Beit Hanoun|Jabalia|Jabaliya|Deir al-Balah|Shejaiya|Shujaiya|Khuzaa|Beit Lahiya|Nuseirat|Bureij
Panama: Panama City
Peru: Lima|Cusco|Cuzco
Philippines: Manila|Quezon City|Davao|Cebu|Mindanao|Marawi|Luzon|Jolo|Basilan
Poland: Warsaw|Krakow|Gdansk|Wroclaw|Lodz
Portugal: Lisbon|Porto
Qatar: Doha|Al Udeid
Romania: Bucharest
Russia: Moscow|St. Petersburg|Saint Petersburg|Novosibirsk|Yekaterinburg|Kazan|Sochi|Vladivostok|Kaliningrad|Murmansk|Chechnya|Grozny|Dagestan|Siberia|Volgograd|Rostov|Rostov-on-Don|Kremlin
Rwanda: Kigali
Saudi Arabia: Riyadh|Jeddah|Jidda|Mecca|Makkah|Medina|Dammam|Dhahran|Abqaiq|Taif|Qatif|Jizan|Najran
Senegal: Dakar
Serbia: Belgrade|Novi Sad
Sierra Leone: Freetown
Singapore: Changi
Somalia: Mogadishu|Kismayo|Baidoa|Puntland|Somaliland|Hargeisa|Bosaso|Barawe|Brawe|Baraawe|Marka|Merca|Beledweyne|Galkayo|Garowe|Jowhar|Afgooye|Afgoye|Jubaland|Lower Shabelle|Middle Shabelle|Gedo|Hiraan
South Africa: Johannesburg|Cape Town|Pretoria|Durban|Soweto|Port Elizabeth
South Korea: Seoul|Busan|Pusan|Incheon|Daegu|Gwangju|Pyeongchang|Jeju
South Sudan: Juba|Malakal|Bentiu
Spain: Madrid|Barcelona|Valencia|Seville|Bilbao|Malaga|Catalonia|Andalusia|Basque Country|Canary Islands|Mallorca|Ibiza|Ceuta|Melilla
Sri Lanka: Colombo|Jaffna|Kandy
Sudan: Khartoum|Omdurman|Darfur|North Darfur|South Darfur|El Fasher|Port Sudan|Kordofan|South Kordofan|Blue Nile|Abyei|Nyala
Sweden: Stockholm|Gothenburg|Malmo
Switzerland: Geneva|Zurich|Bern|Basel|Lausanne|Davos
Syria: Damascus|Aleppo|Homs|Hama|Latakia|Tartus|Idlib|Raqqa|Raqqah|Deir ez-Zor|Deir ez-Zour|Deir el-Zour|Deir al-Zor|Deir ez Zor|Deir Ezzor|Palmyra|Kobani|Kobane|Manbij|Afrin|Qamishli|Hasakah|Hasaka|Al-Hasakah|Baghouz|Al-Baghouz|Hajin|Abu Kamal|Albu Kamal|Bukamal|Mayadin|Al-Mayadin|Tabqa|Jarabulus|Azaz|Al-Bab|Ras al-Ain|Tal Abyad|Tel Abyad|Douma|Ghouta|Eastern Ghouta|Daraa|Deraa|Quneitra|As-Suwayda|Sweida|Suwayda|At Tanf|Al-Tanf|Al Tanf|Tanf|Rukban camp|Al-Hol|al-Hol|Khan Sheikhoun|Kobane|Ain Issa|Ayn Issa|Tal Tamr|Qusayr|Jazira|Rojava|Hmeimim|Khmeimim|Shayrat|Euphrates Valley|Rastan|Talbiseh|Zabadani|Baba Amr|Bab Amr|Houla|Tremseh|Jisr al-Shughour|Jisr al-Shughur|Maarat al-Numan|Maarat al-Nouman|Saraqeb|Qusair|Yabroud|Banias|Baniyas|Jableh|Tal Kalakh|Talkalakh|Moadamiyeh|Muadamiya|Daraya|Harasta|Jobar|Qaboun|Khan Shaykhun|Inkhil|Bosra|Busra al-Harir|Izraa|Kafranbel|Kafr Nabl|Ariha|Atarib|Tal Rifaat|Salqin|Jisr al-Shugour
Taiwan: Taipei|Kaohsiung|Taichung
Tajikistan: Dushanbe
Tanzania: Dar es Salaam|Dodoma|Zanzibar|Arusha
Thailand: Bangkok|Chiang Mai|Phuket|Pattaya
Tunisia: Tunis|Sfax|Sousse|Sidi Bouzid|Kasserine|Thala|Gafsa|Regueb|Bizerte|Gabes
Turkey: Ankara|Istanbul|Izmir|Antalya|Adana|Gaziantep|Diyarbakir|Incirlik|Bursa|Konya|Sanliurfa|Urfa|Kilis|Hatay|Antakya|Mardin|Akcakale|Ceylanpinar|Nusaybin|Cizre|Bosporus|Anatolia|Reyhanli|Yayladagi|Altinozu
Uganda: Kampala|Gulu
Ukraine: Kiev|Kyiv|Kharkiv|Kharkov|Odessa|Odesa|Lviv|Dnipro|Donetsk|Luhansk|Lugansk|Mariupol|Donbas|Donbass|Crimea|Sevastopol|Kherson|Zaporizhzhia|Bakhmut|Mykolaiv
United Arab Emirates: Abu Dhabi|Dubai|Sharjah|Fujairah
United Kingdom: London|Manchester|Birmingham|Liverpool|Leeds|Glasgow|Edinburgh|Belfast|Cardiff|Bristol|Sheffield|Newcastle|Oxford|Cambridge|Nottingham|Leicester|Southampton|Brighton|Aberdeen|Westminster|Downing Street|Whitehall|Salisbury|Dover|Heathrow|Gibraltar|Falklands|Falkland Islands|Bermuda
United States: Washington|Washington D.C.|Washington, D.C.|New York|New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|Jacksonville|San Francisco|Columbus|Fort Worth|Indianapolis|Charlotte|Seattle|Denver|Boston|El Paso|Detroit|Nashville|Memphis|Portland|Oklahoma City|Las Vegas|Louisville|Baltimore|Milwaukee|Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Atlanta|Miami|Raleigh|Omaha|Minneapolis|Tulsa|Cleveland|Wichita|New Orleans|Tampa|Honolulu|Pittsburgh|Cincinnati|St. Louis|Orlando|Anchorage|Salt Lake City|Richmond|Manhattan|Brooklyn|Queens|Bronx|Staten Island|Long Island|Silicon Valley|Hollywood|Wall Street|Capitol Hill|Capitol|Camp David|Fort Bragg|Fort Hood|Fort Drum|Fort Campbell|Fort Benning|Norfolk|Arlington|Quantico|Tampa Bay|Guam|Puerto Rico|Alaska|Alabama|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming|Ferguson|Charlottesville|Parkland|Newtown|Pearl Harbor|Mar-a-Lago|Ground Zero
Uzbekistan: Tashkent|Samarkand
Venezuela: Caracas|Maracaibo|Valencia
Vietnam: Hanoi|Ho Chi Minh City|Saigon|Da Nang|Haiphong
Yemen: Sanaa|Sana'a|Aden|Hodeidah|Hudaydah|Taiz|Marib|Mukalla|Saada|Hadramawt|Hadramout|Shabwa|Abyan|Bab el-Mandeb|Zinjibar|Jaar|Ibb|Dhamar|Amran|Sadah|Rada'a|Radaa|Bayda|al-Bayda|Lahj|Hajjah|al-Jawf|Jawf|Amran province
Zimbabwe: Harare|Bulawayo
: Middle East|Near East|Far East|Europe|Asia|Africa|North Africa|East Africa|West Africa|Southern Africa|Sub-Saharan Africa|Horn of Africa|Sahel|Sahara|Maghreb|Levant|Balkans|Caucasus|North Caucasus|Central Asia|South Asia|Southeast Asia|Southwest Asia|East Asia|Asia-Pacific|Asia Pacific|Latin America|South America|North America|Central America|Caribbean|Scandinavia|Eastern Europe|Western Europe|Central Europe|Persian Gulf|Arabian Gulf|the Gulf|Gulf of Aden|Gulf of Oman|Gulf of Mexico|Red Sea|Mediterranean|Mediterranean Sea|Black Sea|Caspian Sea|Baltic|Baltic Sea|Baltics|Arabian Sea|South China Sea|East China Sea|Yellow Sea|Sea of Japan|Atlantic|Atlantic Ocean|Pacific|Pacific Ocean|Indian Ocean|Arctic|Antarctica|Strait of Hormuz|Hormuz|Taiwan Strait|Korean Peninsula|Arabian Peninsula|Euphrates|Euphrates River|Tigris River|Nile|Nile River|Jordan River|Danube|Amazon|Kurdistan|Middle Euphrates River Valley|Anbar|Khyber Pass|Durand Line|Gaza Strip|Eurasia|Oceania|Mesopotamia|Himalayas|Alps|Andes
`
