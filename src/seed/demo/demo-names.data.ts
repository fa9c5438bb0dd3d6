/**
 * Name pools for the demo generator, by origin with relative weights. Random combinations
 * of common given and family names, never a list of real people.
 */
export type Gender = 'F' | 'M';

export interface Origin {
  key: string;
  given: { F: readonly string[]; M: readonly string[] };
  /** "Kowalski/Kowalska" = masculine/feminine form. */
  family: readonly string[];
  /** Languages people of this origin often speak, with probability. */
  languages: readonly (readonly [string, number])[];
  /** Norwegian name of the heritage language, for the bio. */
  languageName?: string;
}

export const NO_GIVEN_F = [
  'Anne', 'Kari', 'Ingrid', 'Marit', 'Liv', 'Hilde', 'Siri', 'Åse', 'Sølvi', 'Therese',
  'Randi', 'Solveig', 'Bjørg', 'Gro', 'Tone', 'Ragnhild', 'Astrid', 'Guro', 'Marte',
  'Ingvild', 'Silje', 'Kristin', 'Hanne', 'Ingunn', 'Torunn', 'Eli', 'Ida', 'Mari', 'Nina',
  'Heidi', 'Camilla', 'Line', 'Trine', 'Berit', 'Sissel', 'Grethe', 'Målfrid', 'Åshild',
  'Bodil', 'Sigrid', 'Tiril', 'Maren', 'Signe', 'Gunhild', 'Øydis', 'Åsne', 'Linn',
  'Synnøve', 'Eldbjørg', 'Tordis', 'Vigdis', 'Hege', 'Elin', 'Lene', 'Wenche', 'Merete',
  'Mona', 'Tove', 'Gry', 'Kjersti', 'Ranveig', 'Torild', 'Ane', 'Aud', 'Ellen', 'Karianne',
  'Lise', 'Monica', 'Stine', 'Marianne', 'Cecilie', 'Kristine', 'Margrethe', 'Helene',
  'Julie', 'Maria', 'Nora', 'Emilie', 'Sunniva', 'Frøydis', 'Dagny', 'Bjørghild', 'Jorunn',
  'Kirsti', 'Brit', 'Unni', 'Aslaug', 'Rønnaug', 'Gøril', 'Mette',
  'Ingeborg', 'Oddny', 'Hildegunn', 'Anette', 'Tuva', 'Vilde', 'Karoline', 'Ragna',
];
export const NO_GIVEN_M = [
  'Øystein', 'Bjørn', 'Håkon', 'Ørjan', 'Aasmund', 'Ole', 'Per', 'Jan', 'Lars', 'Knut',
  'Terje', 'Arne', 'Geir', 'Tor', 'Trond', 'Svein', 'Stein', 'Kjetil', 'Einar', 'Eirik',
  'Espen', 'Magnus', 'Sindre', 'Jørgen', 'Håvard', 'Øyvind', 'Pål', 'Ståle', 'Steinar',
  'Torbjørn', 'Asbjørn', 'Bård', 'Gaute', 'Audun', 'Vegard', 'Sigurd', 'Jostein', 'Morten',
  'Anders', 'Thomas', 'Kristian', 'Henrik', 'Jon', 'Rune', 'Frode', 'Gunnar', 'Leif',
  'Helge', 'Olav', 'Åsmund', 'Dag', 'Even', 'Ivar', 'Tormod', 'Halvor', 'Nils', 'Sverre',
  'Torgeir', 'Arild', 'Kåre', 'Børge', 'Fredrik', 'Martin', 'Andreas', 'Bjørnar', 'Ketil',
  'Odd', 'Roar', 'Sølve', 'Tore', 'Vidar', 'Øivind', 'Jens', 'Sjur', 'Aksel', 'Åge',
  'Erlend', 'Harald', 'Mads', 'Ola', 'Petter', 'Ragnar', 'Stig', 'Torstein', 'Yngve',
];
export const NO_DOUBLE_FIRST_F = ['Anne', 'Kari', 'Mari', 'Liv', 'Inger', 'Marit', 'Ann', 'Hanne', 'Eva', 'Åse'];
export const NO_DOUBLE_SECOND_F = [
  'Lise', 'Kristin', 'Berit', 'Elisabeth', 'Johanne', 'Marie', 'Helene', 'Grethe', 'Karin',
  'Sofie', 'Mette', 'Britt', 'Cathrine', 'Margrethe', 'Sølvi',
];
export const NO_DOUBLE_FIRST_M = ['Jan', 'Per', 'Ole', 'Knut', 'Tor', 'Lars', 'Hans', 'Nils', 'Jon', 'Svein', 'Stein', 'Bjørn'];
export const NO_DOUBLE_SECOND_M = [
  'Erik', 'Olav', 'Arne', 'Petter', 'Martin', 'Håkon', 'Kristian', 'Magne', 'Inge', 'Åge',
  'Egil', 'Ove', 'Morten', 'Gunnar', 'Øyvind',
];
export const NO_FAMILY = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen',
  'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen',
  'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen',
  'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg',
  'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen',
  'Mathisen', 'Lie', 'Amundsen', 'Rasmussen', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård',
  'Bakke', 'Kristensen', 'Fredriksen', 'Holm', 'Lien', 'Hauge', 'Christensen', 'Andresen',
  'Nielsen', 'Knudsen', 'Evensen', 'Sæther', 'Aas', 'Myhre', 'Hanssen', 'Haugland',
  'Thomassen', 'Sivertsen', 'Simonsen', 'Danielsen', 'Berntsen', 'Sandvik', 'Rønning',
  'Arnesen', 'Antonsen', 'Næss', 'Vik', 'Haug', 'Ellingsen', 'Thorsen', 'Edvardsen',
  'Birkeland', 'Isaksen', 'Gulbrandsen', 'Ruud', 'Aasen', 'Åsen', 'Strøm', 'Myklebust',
  'Tangen', 'Ødegård', 'Eliassen', 'Helland', 'Bøe', 'Jenssen', 'Aune', 'Mikkelsen', 'Tveit',
  'Brekke', 'Abrahamsen', 'Madsen', 'Bråten', 'Løvås', 'Kjærnes', 'Sandvin', 'Grønli',
  'Kvåle', 'Ødegaard', 'Bjørnstad', 'Fjeld', 'Sæle', 'Torvik', 'Haugstad', 'Fossum',
  'Hovland', 'Skår', 'Tjøtta', 'Rød', 'Røed', 'Skjærvø', 'Øien', 'Vestbø', 'Flåten', 'Hegge',
  'Kvamme', 'Nordbø', 'Skogstad', 'Aarseth', 'Kleiven', 'Grøtta', 'Mjøs', 'Bøhn', 'Ulvik',
  'Hølleland', 'Ås', 'Lindbæk', 'Engebretsen', 'Gjerde', 'Hovde', 'Kolstad', 'Langeland',
  'Løken', 'Midtbø', 'Nærland', 'Opsahl', 'Rønneberg', 'Sunde', 'Tønnessen', 'Vold',
  'Øverland', 'Årdal', 'Brøndbo', 'Frøyland', 'Kåsa', 'Mæland', 'Rørvik', 'Sætre',
];

export const SE_GIVEN_F = ['Máret', 'Ánne', 'Elle', 'Sára', 'Inga', 'Biret', 'Risten', 'Ingá', 'Sunná', 'Ristin', 'Inger', 'Berit', 'Karen', 'Ellen', 'Marit', 'Kirsten', 'Áile', 'Elen'];
export const SE_GIVEN_M = ['Ánde', 'Máhtte', 'Niillas', 'Áslat', 'Issát', 'Jovnna', 'Nils', 'Per', 'Aslak', 'Mikkel', 'Johan', 'Isak', 'Ante', 'Heaika', 'Nils Henrik', 'Johan Mathis'];
export const SE_FAMILY = ['Sara', 'Eira', 'Somby', 'Gaup', 'Hætta', 'Utsi', 'Bongo', 'Turi', 'Buljo', 'Siri', 'Anti', 'Balto', 'Oskal', 'Magga', 'Triumf', 'Kemi', 'Eira Sara', 'Logje', 'Hætta Eira', 'Mienna', 'Skum', 'Labba'];

export const ORIGINS: readonly (readonly [Origin, number])[] = [
  [
    {
      key: 'no',
      given: { F: NO_GIVEN_F, M: NO_GIVEN_M },
      family: NO_FAMILY,
      languages: [],
    },
    800,
  ],
  [
    {
      key: 'se',
      given: { F: SE_GIVEN_F, M: SE_GIVEN_M },
      family: SE_FAMILY,
      languages: [['se', 0.82]],
    },
    45,
  ],
  [
    {
      key: 'fi',
      given: { F: ['Aila', 'Kaisa', 'Liisa', 'Hilja', 'Tuula'], M: ['Eero', 'Jouni', 'Matti', 'Pekka', 'Aarne'] },
      family: ['Niemi', 'Lampinen', 'Mäkelä', 'Isaksen Niemi', 'Salmela', 'Haapala', 'Keskitalo'],
      languages: [['fi', 0.6]],
      languageName: 'finsk og kvensk',
    },
    8,
  ],
  [
    {
      key: 'sv',
      given: { F: ['Karin', 'Annika', 'Ulrika', 'Malin', 'Sofia', 'Johanna', 'Elin'], M: ['Johan', 'Mattias', 'Henrik', 'Björn', 'Fredrik', 'Gustav'] },
      family: ['Andersson', 'Lindqvist', 'Nyström', 'Olsson', 'Sandvin Olsson', 'Bergström', 'Lundgren', 'Sjöberg', 'Holmqvist', 'Åberg'],
      languages: [['sv', 0.97]],
    },
    22,
  ],
  [
    {
      key: 'da',
      given: { F: ['Mette', 'Pernille', 'Lotte', 'Rikke', 'Susanne'], M: ['Søren', 'Rasmus', 'Mikkel', 'Jesper', 'Anders'] },
      family: ['Møller', 'Kjær', 'Christiansen', 'Frederiksen', 'Thygesen', 'Dam'],
      languages: [['da', 0.97]],
    },
    10,
  ],
  [
    {
      key: 'de',
      given: { F: ['Julia', 'Katrin', 'Sabine', 'Anja', 'Birgit'], M: ['Stefan', 'Matthias', 'Jürgen', 'Tobias', 'Markus'] },
      family: ['Müller', 'Schmidt', 'Becker', 'Weber', 'Hoffmann', 'Schäfer', 'Krüger'],
      languages: [['de', 0.97]],
    },
    10,
  ],
  [
    {
      key: 'pl',
      given: { F: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Ewa', 'Małgorzata'], M: ['Piotr', 'Tomasz', 'Marek', 'Paweł', 'Łukasz', 'Krzysztof'] },
      family: ['Kowalski/Kowalska', 'Nowak', 'Wiśniewski/Wiśniewska', 'Wójcik', 'Kamiński/Kamińska', 'Lewandowski/Lewandowska', 'Zieliński/Zielińska', 'Mazur'],
      languages: [['pl', 0.92]],
      languageName: 'polsk',
    },
    20,
  ],
  [
    {
      key: 'so',
      given: { F: ['Amina', 'Hodan', 'Fadumo', 'Sahra', 'Ifrah', 'Ubah'], M: ['Abdirahman', 'Mohamed', 'Abdullahi', 'Hassan', 'Yusuf', 'Said'] },
      family: ['Ali', 'Hassan', 'Abdi', 'Farah', 'Warsame', 'Osman', 'Jama', 'Nur'],
      languages: [['so', 0.85], ['ar', 0.2]],
      languageName: 'somali',
    },
    12,
  ],
  [
    {
      key: 'ur',
      given: { F: ['Ayesha', 'Sana', 'Nadia', 'Farah', 'Saima', 'Rabia', 'Amna'], M: ['Imran', 'Asif', 'Kamran', 'Tariq', 'Usman', 'Bilal'] },
      family: ['Hussain', 'Khan', 'Iqbal', 'Butt', 'Ahmed', 'Rana', 'Malik', 'Chaudhry', 'Akhtar'],
      languages: [['ur', 0.8], ['pa', 0.35]],
      languageName: 'urdu',
    },
    15,
  ],
  [
    {
      key: 'vi',
      given: { F: ['Linh', 'Thu', 'Mai', 'Lan', 'Hoa', 'Thao'], M: ['Minh', 'Tuan', 'Duc', 'Hung', 'Quang', 'Long'] },
      family: ['Nguyen', 'Tran', 'Pham', 'Le', 'Vo', 'Hoang', 'Dang'],
      languages: [['vi', 0.75]],
      languageName: 'vietnamesisk',
    },
    10,
  ],
  [
    {
      key: 'ta',
      given: { F: ['Tharsini', 'Kavitha', 'Nirosha', 'Sharmila', 'Thusyanthy'], M: ['Suresh', 'Rajan', 'Kannan', 'Ramesh', 'Sivakanthan'] },
      family: ['Sivakumar', 'Thevarajah', 'Selvarajah', 'Kanagaratnam', 'Ponnampalam', 'Navaratnam'],
      languages: [['ta', 0.8]],
      languageName: 'tamil',
    },
    6,
  ],
  [
    {
      key: 'fa',
      given: { F: ['Shirin', 'Maryam', 'Leila', 'Parisa', 'Azadeh', 'Nasrin'], M: ['Reza', 'Dariush', 'Amir', 'Babak', 'Kaveh', 'Mehdi'] },
      family: ['Rahimi', 'Karimi', 'Hosseini', 'Moradi', 'Ahmadi', 'Jafari', 'Sadeghi'],
      languages: [['fa', 0.85]],
      languageName: 'persisk',
    },
    10,
  ],
  [
    {
      key: 'ti',
      given: { F: ['Helen', 'Senait', 'Selam', 'Feven', 'Ruth', 'Lemlem'], M: ['Yonas', 'Dawit', 'Samuel', 'Daniel', 'Tesfay', 'Filmon'] },
      family: ['Tesfay', 'Gebremedhin', 'Haile', 'Berhane', 'Tekle', 'Kidane', 'Ghebreyesus'],
      languages: [['ti', 0.8]],
      languageName: 'tigrinja',
    },
    6,
  ],
  [
    {
      key: 'ar',
      given: { F: ['Rania', 'Lina', 'Nour', 'Fatima', 'Rasha', 'Dima', 'Hiba'], M: ['Omar', 'Khaled', 'Ahmad', 'Mahmoud', 'Rami', 'Yasser', 'Karim'] },
      family: ['Al-Hassan', 'Haddad', 'Khalil', 'Saleh', 'Ahmed', 'Mahmoud', 'Al-Khatib', 'Nasser', 'Ibrahim'],
      languages: [['ar', 0.92]],
      languageName: 'arabisk',
    },
    12,
  ],
  [
    {
      key: 'bs',
      given: { F: ['Amra', 'Lejla', 'Emina', 'Selma', 'Aida'], M: ['Emir', 'Adnan', 'Edin', 'Haris', 'Damir'] },
      family: ['Hodžić', 'Begić', 'Mehmedović', 'Hadžić', 'Delić', 'Kovačević'],
      languages: [['bs', 0.85]],
      languageName: 'bosnisk',
    },
    6,
  ],
  [
    {
      key: 'tr',
      given: { F: ['Ayşe', 'Elif', 'Zeynep', 'Derya'], M: ['Mehmet', 'Emre', 'Murat', 'Serkan'] },
      family: ['Yılmaz', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk'],
      languages: [['tr', 0.85], ['ku', 0.1]],
      languageName: 'tyrkisk',
    },
    5,
  ],
];
