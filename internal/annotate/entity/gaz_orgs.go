package entity

// Organizations: canonical | aliases, optional @Country. One per line.
const orgData = `
United Nations|UN|U.N.|the United Nations
United Nations Security Council|UN Security Council|U.N. Security Council|Security Council|UNSC
United Nations General Assembly|UN General Assembly|U.N. General Assembly|General Assembly
UNICEF|United Nations Children's Fund
UNHCR|United Nations High Commissioner for Refugees|UN refugee agency|U.N. refugee agency
World Health Organization|WHO
World Food Programme|World Food Program|WFP
International Atomic Energy Agency|IAEA
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO
International Criminal Court|ICC
International Court of Justice|ICJ
International Committee of the Red Cross|ICRC|Red Cross|Red Crescent|International Red Cross
Amnesty International|Amnesty
Human Rights Watch|HRW
Doctors Without Borders|Medecins Sans Frontieres|Médecins Sans Frontières|MSF
North Atlantic Treaty Organization|NATO|Nato
European Union|EU|E.U.
European Commission
European Parliament
European Central Bank|ECB
Council of Europe
African Union|AU
Arab League|League of Arab States
Organization of Islamic Cooperation|OIC
Gulf Cooperation Council|GCC
Association of Southeast Asian Nations|ASEAN
Organization of the Petroleum Exporting Countries|OPEC
Organization for Security and Co-operation in Europe|OSCE
Organisation for Economic Co-operation and Development|OECD
Group of Seven|G7|G-7
Group of Twenty|G20|G-20
Shanghai Cooperation Organization|SCO
Interpol
Syrian Democratic Forces|SDF@Syria
Islamic State|ISIS|ISIL|IS|Daesh|Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|Islamic State group|Islamic State of Iraq
al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda|al-Qaida|Al-Qaida|al Qaida|Al Qaida|AQAP|AQIM
Taliban|Taleban|the Taliban
Hezbollah|Hizbollah|Hizballah@Lebanon
Hamas@Palestine
Islamic Jihad@Palestine
Fatah@Palestine
Palestinian Authority|PA@Palestine
Palestine Liberation Organization|PLO@Palestine
Houthis|Houthi|Ansar Allah@Yemen
Boko Haram@Nigeria
al-Shabaab|Al-Shabaab|al-Shabab|Al-Shabab|Al Shabab|Al Shabaab|al Shabab|al Shabaab|Shabaab|Shabab@Somalia
Hayat Tahrir al-Sham|HTS|Jabhat al-Nusra|Nusra Front|al-Nusra Front@Syria
Free Syrian Army|FSA@Syria
Syrian National Army|SNA@Syria
People's Protection Units|YPG@Syria
Women's Protection Units|YPJ@Syria
Kurdistan Workers' Party|Kurdistan Workers Party|PKK@Turkey
Peshmerga|peshmerga@Iraq
Popular Mobilization Forces|Popular Mobilisation Forces|PMF|PMU|Hashd al-Shaabi@Iraq
Kataib Hezbollah|Kata'ib Hezbollah@Iraq
Kurdistan Regional Government|KRG@Iraq
Kurdistan Democratic Party|KDP@Iraq
Patriotic Union of Kurdistan|PUK@Iraq
Islamic Revolutionary Guard Corps|Revolutionary Guard|Revolutionary Guards|IRGC|Quds Force@Iran
Iraqi Security Forces|ISF@Iraq
Joint Operations Command|Combined Joint Operations@Iraq
Syrian Observatory for Human Rights|SOHR@United Kingdom
White Helmets@Syria
Combined Joint Task Force – Operation Inherent Resolve|Combined Joint Task Force-Operation Inherent Resolve|CJTF-OIR|CJTF–OIR|Operation Inherent Resolve|OIR
US Central Command|U.S. Central Command|Central Command|CENTCOM|Centcom@United States
US European Command|EUCOM@United States
US Africa Command|AFRICOM|Africom@United States
US Special Operations Command|SOCOM@United States
Pentagon|the Pentagon|Department of Defense|Defense Department|DoD|DOD@United States
State Department|Department of State|US State Department|U.S. State Department@United States
Department of Homeland Security|Homeland Security|DHS@United States
Department of Justice|Justice Department|DOJ@United States
Treasury Department|Department of the Treasury|US Treasury|Treasury@United States
White House@United States
Congress|US Congress|U.S. Congress@United States
Senate|US Senate|U.S. Senate@United States
House of Representatives|US House|U.S. House@United States
Senate Armed Services Committee|House Armed Services Committee|Senate Foreign Relations Committee|House Foreign Affairs Committee|Senate Intelligence Committee|House Intelligence Committee@United States
Joint Chiefs of Staff|Joint Chiefs@United States
National Security Council|NSC@United States
Central Intelligence Agency|CIA@United States
Federal Bureau of Investigation|FBI@United States
National Security Agency|NSA@United States
Defense Intelligence Agency|DIA@United States
Drug Enforcement Administration|DEA@United States
Federal Reserve|Fed@United States
Supreme Court|US Supreme Court|U.S. Supreme Court@United States
US Army|U.S. Army|United States Army@United States
US Navy|U.S. Navy|United States Navy@United States
US Air Force|U.S. Air Force|United States Air Force@United States
US Marine Corps|U.S. Marine Corps|United States Marine Corps|Marine Corps|USMC@United States
Coast Guard|US Coast Guard@United States
National Guard@United States
Republican Party|GOP@United States
Democratic Party@United States
Government Accountability Office|GAO@United States
Congressional Budget Office|CBO@United States
Securities and Exchange Commission|SEC@United States
Federal Aviation Administration|FAA@United States
Centers for Disease Control and Prevention|CDC@United States
NASA@United States
Kremlin@Russia
Duma|State Duma@Russia
FSB@Russia
Gazprom@Russia
Rosneft@Russia
Wagner Group|Wagner@Russia
Downing Street|Number 10@United Kingdom
Ministry of Defence|MoD@United Kingdom
Foreign Office|Foreign and Commonwealth Office|FCO@United Kingdom
Conservative Party|Conservatives@United Kingdom
Labour Party|Labour@United Kingdom
Liberal Democrats@United Kingdom
Bank of England@United Kingdom
House of Commons@United Kingdom
House of Lords@United Kingdom
MI5|MI6@United Kingdom
Scotland Yard|Metropolitan Police@United Kingdom
Bundestag@Germany
Bundeswehr@Germany
Knesset@Israel
Israel Defense Forces|IDF|Israeli Defense Forces@Israel
Mossad@Israel
Shin Bet@Israel
Likud@Israel
Elysee|Élysée@France
Communist Party|Chinese Communist Party|CCP@China
People's Liberation Army|PLA@China
Xinhua|Xinhua News Agency@China
Turkish General Staff@Turkey
Justice and Development Party|AKP|AK Party@Turkey
Saudi Aramco|Aramco@Saudi Arabia
OPEC+
Reuters
Associated Press|AP|The Associated Press
Agence France-Presse|AFP|Agence France Presse
Bloomberg|Bloomberg News
The Wall Street Journal|Wall Street Journal|WSJ
The New York Times|New York Times|NYT
The Washington Post|Washington Post
Los Angeles Times|LA Times
USA Today
The Guardian|Guardian
The Times|Times of London|The Times of London
The Times of India|Times of India
The Times of Israel|Times of Israel
The Jerusalem Post|Jerusalem Post
The Moscow Times|Moscow Times
The Kyiv Independent|Kyiv Independent
Kyiv Post
Tehran Times
Hindustan Times
The Irish Times|Irish Times
Khaleej Times
Gulf News
Arab News
The Daily Star|Daily Star
South China Morning Post
Sydney Morning Herald
The Boston Globe|Boston Globe
Chicago Tribune
Miami Herald
Houston Chronicle
Toronto Star
The Globe and Mail|Globe and Mail
Jakarta Post
Bangkok Post
Premium Times
The Independent
The Telegraph|Daily Telegraph
Financial Times|FT
The Economist|Economist
Daily Mail
BBC|BBC News|British Broadcasting Corporation
CNN
Fox News|Fox
MSNBC
NBC|NBC News
CBS|CBS News
ABC|ABC News
NPR|National Public Radio
PBS
Voice of America|VOA
Radio Free Europe|Radio Free Europe/Radio Liberty|RFE/RL
Al Jazeera|Al-Jazeera|Aljazeera
Al Arabiya|Al-Arabiya
Sky News
Kurdistan 24|Rudaw
Anadolu|Anadolu Agency
TASS|Tass
RIA Novosti|RIA
Interfax
Sputnik
RT|Russia Today
Kyodo|Kyodo News
Yonhap|Yonhap News Agency
KCNA|Korean Central News Agency
IRNA|Islamic Republic News Agency
SANA|Syrian Arab News Agency
Politico
Axios
The Hill
Newsweek
Time magazine
Der Spiegel|Spiegel
Le Monde
Defense One
Military Times|Army Times|Stars and Stripes
Apple
Google
Alphabet
Microsoft
Amazon.com
Facebook
Meta
Twitter
Tesla
IBM
Intel
Samsung
Sony
Toyota
Boeing
Airbus
Lockheed Martin
Raytheon
General Motors|GM
Ford
ExxonMobil|Exxon
Chevron
Shell|Royal Dutch Shell
BP
Total|TotalEnergies
Goldman Sachs
JPMorgan|JPMorgan Chase
Morgan Stanley
Citigroup|Citi
HSBC
Deutsche Bank
Barclays
Walmart
Huawei
Alibaba
Tencent
Nokia
Siemens
Volkswagen
Nestle
Pfizer
Moderna
AstraZeneca
Uber
Netflix
Disney
`

// Military and other titles, ranks and honorifics that precede a name.
// Single words and multi-word phrases; matched case-sensitively as written
// (with the capitalized form as well as a few lower-case forms used in
// apposition before names).
const titleData = `
Mr.|Mrs.|Ms.|Miss|Mr|Mrs|Ms|Dr.|Dr|Prof.|Professor|Sir|Dame|Lord|Lady|Madam|Mme|M.
President|Vice President|President-elect|Prime Minister|Deputy Prime Minister|Premier|Chancellor|King|Queen|Prince|Princess|Crown Prince|Emir|Sheikh|Sultan|Pope|Ayatollah|Grand Ayatollah|Supreme Leader|Imam|Cardinal|Archbishop|Bishop|Rabbi|Reverend|Rev.|Father|Mullah|Shah
Treasurer|Chancellor of the Exchequer|Vice-President|Vice Chairman|Managing Director|Executive Director|Chief Executive Officer|Chief Economist|Minister|Foreign Minister|Defense Minister|Defence Minister|Interior Minister|Finance Minister|Oil Minister|Health Minister|Justice Minister|Economy Minister|Trade Minister|Energy Minister|Information Minister|Deputy Minister|Deputy Foreign Minister|Minister of Defense|Minister of Defence|Minister of Foreign Affairs|Minister of State
Secretary|Secretary of Defense|Secretary of State|Secretary of the Army|Secretary of the Navy|Secretary of the Air Force|Secretary of Homeland Security|Secretary of the Treasury|Treasury Secretary|Defense Secretary|Defence Secretary|Foreign Secretary|Home Secretary|Secretary-General|Secretary General|Under Secretary|Undersecretary|Deputy Secretary|Assistant Secretary|Press Secretary|Attorney General|Deputy Attorney General|Surgeon General|Inspector General|Secretary of Energy|Energy Secretary|Commerce Secretary|Labor Secretary|Health Secretary|Interior Secretary|Transportation Secretary|Agriculture Secretary|Education Secretary|State Secretary
Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|Governor|Gov.|Lt. Gov.|Lieutenant Governor|Mayor|Speaker|House Speaker|Senate Majority Leader|Majority Leader|Minority Leader|Ambassador|Amb.|Envoy|Special Envoy|Special Representative|Special Presidential Envoy|National Security Adviser|National Security Advisor|Adviser|Advisor|Chief of Staff|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Chair|Chief Executive|CEO|Director|Deputy Director|Commissioner|Judge|Justice|Chief Justice|Prosecutor|Detective|Inspector|Superintendent|Chief|Sheriff|Officer|Agent
General|Gen.|Lieutenant General|Lt. Gen.|Lt.Gen.|LTG|Major General|Maj. Gen.|Maj.Gen.|MG|Brigadier General|Brig. Gen.|Brig.Gen.|BG|Brigadier|Brig.|Colonel|Col.|COL|Lieutenant Colonel|Lt. Col.|LTC|Major|Maj.|MAJ|Captain|Capt.|CPT|Lieutenant|Lt.|1LT|2LT|First Lieutenant|Second Lieutenant|Sergeant|Sgt.|SGT|Staff Sergeant|Staff Sgt.|SSG|Sergeant First Class|Sgt. 1st Class|SFC|Master Sergeant|Master Sgt.|MSG|First Sergeant|1st Sgt.|Sergeant Major|Sgt. Maj.|Command Sergeant Major|Command Sgt. Maj.|CSM|Corporal|Cpl.|CPL|Lance Corporal|Lance Cpl.|Private|Pvt.|PVT|Private First Class|Pfc.|PFC|Specialist|Spc.|SPC|Airman|Seaman|Petty Officer|Chief Petty Officer|Warrant Officer|Chief Warrant Officer|Admiral|Adm.|Vice Admiral|Vice Adm.|Rear Admiral|Rear Adm.|Commodore|Commander|Cmdr.|Cdr.|Lt. Cmdr.|Lieutenant Commander|Ensign|Marshal|Field Marshal|Air Marshal|Air Chief Marshal|Commandant|Col.-Gen.|Colonel General
`

// Given names: facts of common usage, enough to recognize a person from a
// first name followed by a capitalized word.
const givenNames = `
Aaron Abdel Abdul Abdullah Abdulla Abu Adam Adel Adil Adrian Ahmad Ahmed Ahmet Aisha Akbar Alan Albert Alberto Alejandro Alex Alexander Alexandra Alexandre Alexei Alexey Alfred Ali Alice Alicia Alison Allen Amanda Amber Amir Amit Amy Ana Anas Andre Andrea Andreas Andrei Andres Andrew Andrey Andy Angela Angelina Angus Anna Anne Annie Anthony Antonio Antony Anwar Arnold Arthur Ashley Ashraf Ashton Asif Ayman Aziz
Bailey Barack Barbara Barry Bashar Basil Ben Benjamin Bernard Bernie Beth Betsy Betty Beverly Bill Billy Bob Bobby Boris Brad Bradley Brandon Brenda Brett Brian Bruce Bruno Bryan
Caleb Cameron Carl Carla Carlos Carmen Carol Caroline Carolyn Carter Catherine Cathy Cecilia Chad Charles Charlie Charlotte Chris Christian Christina Christine Christopher Chuck Cindy Claire Clara Claude Claudia Clint Cody Colin Connor Craig Cynthia
Dale Dan Dana Daniel Danielle Danny Darren Dave David Dean Deborah Debra Denis Dennis Derek Diana Diane Dick Dimitri Dmitry Dmitri Dominic Don Donald Donna Doris Doug Douglas Dylan
Ed Eddie Edgar Edith Edward Edwin Ehud Elaine Elena Eli Elijah Elizabeth Ella Ellen Emily Emma Emmanuel Enrique Eric Erik Erin Ernest Esther Ethan Eugene Eva Evan Evelyn
Fahad Faisal Farid Farouk Fatima Federico Felipe Felix Fernando Fidel Fiona Francesca Francis Francisco Frank Franklin Fred Frederick Fuad
Gabriel Gail Gareth Gary Gavin Gene Geoffrey George Georgia Gerald Gerard Gerhard Gilbert Gina Giovanni Giuseppe Glen Glenn Gloria Gordon Grace Graham Grant Greg Gregory Gustavo Guy
Haider Hakan Hamid Hamad Hamza Hana Hank Hannah Hans Harold Harriet Harry Harvey Hassan Hazel Heather Heinz Helen Helena Henry Herbert Hillary Hoshyar Howard Hugh Hugo Hussein Hussain
Ian Ibrahim Igor Imran Ingrid Irene Isaac Isabel Isabella Ismail Ivan
Jack Jackie Jackson Jacob Jacqueline Jaime Jake James Jamie Jan Jane Janet Janice Jared Jason Javier Jay Jean Jeanne Jeb Jeff Jeffrey Jennifer Jenny Jeremy Jerome Jerry Jess Jesse Jessica Jesus Jill Jim Jimmy Jo Joan Joanna Joanne Joe Joel Johann John Johnny Jon Jonathan Jordan Jorge Jose Josef Joseph Josh Joshua Joyce Juan Judith Judy Julia Julian Julie Julio Justin
Kamal Kamala Karen Karim Karl Kate Katherine Kathleen Kathryn Kathy Katie Keith Kelly Ken Kenneth Kevin Khaled Khalid Khalil Kim Kimberly Kirk Kofi Kristen Kurt Kyle
Lance Larry Laura Lauren Lawrence Leah Lee Leila Leo Leon Leonard Leslie Lewis Liam Linda Lindsey Lisa Liz Lloyd Logan Lois Lori Louis Louise Lucas Lucy Luis Luke Lynn
Madeleine Mahmoud Majid Malcolm Malik Manuel Marc Marcel Marco Marcus Margaret Maria Marie Marilyn Mario Marion Mark Marshall Martha Martin Marvin Mary Masoud Massoud Matt Matthew Maureen Max Maxim Megan Mehmet Melania Melissa Mevlut Michael Michel Michele Michelle Miguel Mike Mikhail Miriam Mitch Mitt Mohamed Mohammad Mohammed Muhammad Mohammad Mona Monica Moqtada Morgan Moshe Muhammad Mustafa Mustapha
Nabil Nadia Nancy Naomi Narendra Nasser Natalie Nathan Neil Nelson Nicholas Nick Nicola Nicolas Nicole Nigel Nikki Nikolai Nina Noah Norman Nouri Nuri
Olga Oliver Olivia Omar Oscar Osama Owen
Pamela Patricia Patrick Paul Paula Pedro Peggy Penny Peter Phil Philip Phillip Pierre Priscilla
Qasem Qassem
Rachel Rafael Rahul Rajesh Ralph Ramon Ramzan Randy Rashid Ray Raymond Rebecca Recep Reza Richard Rick Rita Rob Robert Roberto Robin Rod Rodrigo Roger Ron Ronald Rory Rose Ross Roy Ruby Rudy Rupert Russell Ruth Ryan
Saad Sadiq Saeed Salah Salem Salim Sally Salman Sam Samantha Sami Samir Samuel Sandra Sara Sarah Saud Scott Sean Sebastian Sergei Sergey Shane Shannon Sharon Shaun Sheila Sherry Shinzo Shirley Sid Simon Sofia Sophia Sophie Stacy Stanley Stefan Stella Stephanie Stephen Steve Steven Stuart Sue Sultan Susan Suzanne Sylvia
Tamara Tammy Theresa Tanya Tariq Ted Terry Theresa Thomas Tim Timothy Tina Todd Tom Tommy Tony Tracy Travis Trevor Troy Tulsi
Valerie Vanessa Vernon Veronica Victor Victoria Viktor Vincent Virginia Vladimir Volodymyr
Wade Walid Walter Wang Warren Wayne Wendy Wesley William Willie Wolfgang
Xavier Xi
Yasser Yasin Yousef Youssef Yusuf Yuri Yvonne
Zachary Zaid Zalmay Zoe
`
