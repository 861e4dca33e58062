"""Texts of the zones' demo content in Polish, English and Ukrainian. Branch data are invented."""

import datetime

INDEXES = {
    "zones": {
        "pl": {
            "slug": "strefy",
            "title": "Strefy",
            "intro": "Sześć Stref Aktywności Sąsiedzkiej działa w filiach Biblioteki Miejskiej w Łodzi. Każda strefa zna swoją okolicę, ma swoich liderów i jedno działanie prowadzone przez mieszkańców.",
        },
        "en": {
            "slug": "zones",
            "title": "Zones",
            "intro": "Six Neighbourhood Activity Zones work in branches of the Łódź City Library. Each zone knows its area, has its own leaders and one action run by residents.",
        },
        "uk": {
            "slug": "zony",
            "title": "Зони",
            "intro": "Шість зон сусідської активності працюють у філіях Міської бібліотеки в Лодзі. Кожна зона знає свій район, має своїх лідерів і одну ініціативу, яку ведуть мешканці.",
        },
    },
    "stories": {
        "pl": {
            "slug": "historie",
            "title": "Historie ze stref",
            "intro": "Co dzieje się w strefach: spotkania, warsztaty, działania sąsiadów.",
        },
        "en": {
            "slug": "stories",
            "title": "Stories from the zones",
            "intro": "What happens in the zones: meetings, workshops and neighbours' actions.",
        },
        "uk": {
            "slug": "istorii",
            "title": "Історії із зон",
            "intro": "Що відбувається в зонах: зустрічі, майстер-класи, ініціативи сусідів.",
        },
    },
    "training": {
        "pl": {
            "slug": "szkolenia",
            "title": "Materiały szkoleniowe",
            "intro": "Materiały z cyklu spotkań szkoleniowych dla bibliotekarek, bibliotekarzy i lokalnych liderów. Można z nich korzystać w innych bibliotekach i domach kultury.",
        },
        "en": {
            "slug": "training",
            "title": "Training materials",
            "intro": "Materials from the cycle of training meetings for librarians and local leaders. Other libraries and community centres are welcome to use them.",
        },
        "uk": {
            "slug": "navchannia",
            "title": "Навчальні матеріали",
            "intro": "Матеріали з циклу навчальних зустрічей для бібліотекарів і місцевих лідерів. Ними можуть користуватися інші бібліотеки та будинки культури.",
        },
    },
}

# Labels of diagnosis rows, shared by the zones: (kind, pl, en, uk, unit pl, unit en, unit uk).
FINDINGS = [
    (
        "need",
        "Miejsca spotkań dla sąsiadów",
        "Places for neighbours to meet",
        "Місця для зустрічей сусідів",
        "% ankietowanych",
        "% of respondents",
        "% опитаних",
    ),
    (
        "need",
        "Zajęcia dla dzieci po szkole",
        "After-school activities for children",
        "Заняття для дітей після школи",
        "% ankietowanych",
        "% of respondents",
        "% опитаних",
    ),
    (
        "need",
        "Pomoc dla osób starszych",
        "Help for older people",
        "Допомога літнім людям",
        "% ankietowanych",
        "% of respondents",
        "% опитаних",
    ),
    (
        "resource",
        "Organizacje pozarządowe w okolicy",
        "NGOs in the area",
        "Громадські організації поруч",
        "",
        "",
        "",
    ),
    ("resource", "Szkoły i przedszkola", "Schools and kindergartens", "Школи та дитячі садки", "", "", ""),
    (
        "group",
        "Seniorzy 65+",
        "Seniors 65+",
        "Люди віком 65+",
        "% mieszkańców",
        "% of residents",
        "% мешканців",
    ),
    (
        "group",
        "Rodziny z dziećmi",
        "Families with children",
        "Родини з дітьми",
        "% mieszkańców",
        "% of residents",
        "% мешканців",
    ),
]
FINDING_SOURCE = {
    "pl": "Ankieta wśród mieszkańców i dane Urzędu Miasta Łodzi",
    "en": "Residents' survey and Łódź City Council data",
    "uk": "Опитування мешканців і дані міської ради Лодзі",
}

ROLES = {
    "club": ("Prowadzi klub seniora", "Runs the seniors' club", "Керує клубом для літніх людей"),
    "council": ("Radna osiedla", "Member of the estate council", "Депутатка ради мікрорайону"),
    "parents": (
        "Organizuje spotkania rodziców",
        "Organises parents' meetings",
        "Організовує зустрічі батьків",
    ),
    "sport": (
        "Trener drużyny podwórkowej",
        "Coaches the courtyard football team",
        "Тренер дворової футбольної команди",
    ),
    "garden": (
        "Opiekuje się ogrodem społecznym",
        "Looks after the community garden",
        "Доглядає громадський сад",
    ),
    "ukraine": (
        "Łączy sąsiadów z Polski i Ukrainy",
        "Brings Polish and Ukrainian neighbours together",
        "Об'єднує сусідів з Польщі та України",
    ),
}

ZONES = [
    {
        "slug": "teofilow",
        "colour": "#0b5f5a",
        "branch": "Filia nr 12 Biblioteki Miejskiej w Łodzi (dane demonstracyjne)",
        "street": "ul. Rojna 18",
        "postal_code": "91-134",
        "latitude": "51.77950",
        "longitude": "19.39600",
        "contact": ("Agnieszka Wiśniewska", "teofilow@sas.example.org", "+48 42 000 01 12"),
        "access": (True, True, False),
        "findings": [62, 48, 35, 7, 5, 27, 22],
        "leaders": [("Halina Mazur", "club", "Klub Seniora „Jesień”"), ("Olena Kowal", "ukraine", "")],
        "pl": {
            "title": "Strefa Teofilów",
            "intro": "Strefa na Teofilowie, wśród dużych bloków z lat 70., gdzie mieszka wielu seniorów.",
            "diagnosis": "Mieszkańcy najczęściej mówili o braku miejsc, w których można spotkać się bez płacenia. Seniorzy czują się samotni, a młode rodziny nie znają sąsiadów.",
            "action": (
                "Sąsiedzka herbatka",
                "Stałe, cotygodniowe spotkanie sąsiadów przy herbacie w bibliotece.",
                "<p>Co środę po południu sąsiedzi spotykają się w czytelni. Każdy przynosi coś do herbaty, a raz w miesiącu ktoś opowiada o swojej pasji.</p>",
                "<p>Na spotkania przychodzi stała grupa około 20 osób, a dwie sąsiadki założyły klub robótek ręcznych.</p>",
            ),
        },
        "en": {
            "title": "Teofilów zone",
            "intro": "A zone in Teofilów, among the large 1970s blocks of flats where many older people live.",
            "diagnosis": "Residents most often spoke of the lack of places where people can meet without paying. Older people feel lonely, and young families do not know their neighbours.",
            "action": (
                "Neighbours' tea",
                "A regular weekly meeting of neighbours over tea in the library.",
                "<p>Every Wednesday afternoon neighbours meet in the reading room. Everyone brings something to go with the tea, and once a month someone talks about their passion.</p>",
                "<p>A steady group of about 20 people comes to the meetings, and two neighbours have started a handicraft club.</p>",
            ),
        },
        "uk": {
            "title": "Зона Теофілув",
            "intro": "Зона на Теофілуві, серед великих багатоповерхівок 1970-х років, де живе багато літніх людей.",
            "diagnosis": "Мешканці найчастіше говорили про брак місць, де можна зустрітися безкоштовно. Літні люди почуваються самотніми, а молоді родини не знають сусідів.",
            "action": (
                "Сусідське чаювання",
                "Регулярна щотижнева зустріч сусідів за чаєм у бібліотеці.",
                "<p>Щосереди після обіду сусіди збираються в читальній залі. Кожен приносить щось до чаю, а раз на місяць хтось розповідає про своє захоплення.</p>",
                "<p>На зустрічі приходить постійна група близько 20 осіб, а дві сусідки заснували клуб рукоділля.</p>",
            ),
        },
    },
    {
        "slug": "retkinia",
        "colour": "#1f4e8c",
        "branch": "Filia nr 31 Biblioteki Miejskiej w Łodzi (dane demonstracyjne)",
        "street": "ul. Kusocińskiego 100",
        "postal_code": "94-054",
        "latitude": "51.75650",
        "longitude": "19.39750",
        "contact": ("Marek Zieliński", "retkinia@sas.example.org", "+48 42 000 01 31"),
        "access": (True, False, True),
        "findings": [54, 66, 28, 9, 8, 21, 31],
        "leaders": [
            ("Tomasz Lewandowski", "sport", "Stowarzyszenie Retkinia Gra"),
            ("Joanna Kaczmarek", "parents", "Rada Rodziców SP 206"),
        ],
        "pl": {
            "title": "Strefa Retkinia",
            "intro": "Strefa na Retkini, największym łódzkim blokowisku, pełnym rodzin z dziećmi.",
            "diagnosis": "Rodzice szukają bezpłatnych zajęć dla dzieci po szkole. Na osiedlu działa wiele klubów sportowych, ale brakuje miejsc, w których dzieci i dorośli robią coś razem.",
            "action": (
                "Podwórkowa liga planszówek",
                "Turniej gier planszowych, w którym grają razem dzieci, rodzice i dziadkowie.",
                "<p>Przez trzy miesiące drużyny złożone z sąsiadów z różnych pokoleń grały w soboty w bibliotece. Gry wybrały dzieci.</p>",
                "<p>W lidze zagrało 14 drużyn. Rodzice sami zorganizowali kolejną edycję.</p>",
            ),
        },
        "en": {
            "title": "Retkinia zone",
            "intro": "A zone in Retkinia, the largest housing estate in Łódź, full of families with children.",
            "diagnosis": "Parents look for free after-school activities for their children. Many sports clubs work on the estate, but there are few places where children and adults do something together.",
            "action": (
                "Courtyard board-game league",
                "A board-game tournament in which children, parents and grandparents play together.",
                "<p>For three months teams of neighbours from different generations played on Saturdays in the library. The children chose the games.</p>",
                "<p>Fourteen teams played in the league. Parents organised the next season themselves.</p>",
            ),
        },
        "uk": {
            "title": "Зона Реткіня",
            "intro": "Зона на Реткіні, найбільшому житловому масиві Лодзі, де живе багато родин з дітьми.",
            "diagnosis": "Батьки шукають безкоштовних занять для дітей після школи. На масиві працює багато спортивних клубів, але бракує місць, де діти й дорослі роблять щось разом.",
            "action": (
                "Дворова ліга настільних ігор",
                "Турнір настільних ігор, у якому разом грають діти, батьки й бабусі з дідусями.",
                "<p>Протягом трьох місяців команди сусідів різних поколінь грали по суботах у бібліотеці. Ігри обирали діти.</p>",
                "<p>У лізі зіграли 14 команд. Наступний сезон батьки організували самі.</p>",
            ),
        },
    },
    {
        "slug": "widzew",
        "colour": "#7a3b8f",
        "branch": "Filia nr 44 Biblioteki Miejskiej w Łodzi (dane demonstracyjne)",
        "street": "ul. Gagarina 7",
        "postal_code": "92-530",
        "latitude": "51.76000",
        "longitude": "19.54000",
        "contact": ("Katarzyna Dąbrowska", "widzew@sas.example.org", "+48 42 000 01 44"),
        "access": (False, False, False),
        "findings": [47, 39, 52, 4, 6, 31, 18],
        "leaders": [
            ("Stanisław Pawlak", "council", "Rada Osiedla Widzew-Wschód"),
            ("Irena Wójcik", "club", ""),
        ],
        "pl": {
            "title": "Strefa Widzew-Wschód",
            "intro": "Strefa na Widzewie-Wschodzie, osiedlu, na którym coraz więcej osób mieszka samotnie.",
            "diagnosis": "Co trzeci mieszkaniec ma ponad 65 lat. Seniorzy potrzebują pomocy w codziennych sprawach i okazji do rozmowy, a sąsiedzi chcą pomagać, ale nie wiedzą komu.",
            "action": (
                "Sąsiedzka skrzynka pomocy",
                "Tablica i skrzynka w bibliotece, przez które sąsiedzi proszą o drobną pomoc i ją oferują.",
                "<p>Sąsiedzi zostawiają karteczki: „zrobię zakupy”, „potrzebuję pomocy przy komputerze”. Bibliotekarka łączy osoby, które się zgłosiły.</p>",
                "<p>W pół roku doszło do ponad 60 sąsiedzkich przysług. Kilka par sąsiadów spotyka się dziś bez pośrednictwa biblioteki.</p>",
            ),
        },
        "en": {
            "title": "Widzew-Wschód zone",
            "intro": "A zone in Widzew-Wschód, an estate where more and more people live alone.",
            "diagnosis": "One resident in three is over 65. Older people need help with everyday errands and chances to talk, and neighbours want to help but do not know whom.",
            "action": (
                "Neighbours' help box",
                "A board and a box in the library through which neighbours ask for and offer small favours.",
                '<p>Neighbours leave notes: "I\'ll do the shopping", "I need help with the computer". The librarian puts the people who answered in touch.</p>',
                "<p>In six months neighbours did each other more than 60 favours. Several pairs of neighbours now meet without the library's help.</p>",
            ),
        },
        "uk": {
            "title": "Зона Відзев-Схід",
            "intro": "Зона на Відзеві-Сході, масиві, де дедалі більше людей живуть самі.",
            "diagnosis": "Кожен третій мешканець старший за 65 років. Літнім людям потрібна допомога в щоденних справах і нагода поговорити, а сусіди хочуть допомагати, але не знають кому.",
            "action": (
                "Сусідська скринька допомоги",
                "Дошка і скринька в бібліотеці, через які сусіди просять про дрібну допомогу й пропонують її.",
                "<p>Сусіди залишають записки: «зроблю покупки», «потрібна допомога з комп'ютером». Бібліотекарка знайомить людей, які відгукнулися.</p>",
                "<p>За пів року сусіди зробили одне одному понад 60 послуг. Кілька пар сусідів тепер зустрічаються без посередництва бібліотеки.</p>",
            ),
        },
    },
    {
        "slug": "radogoszcz",
        "colour": "#a4262c",
        "branch": "Filia nr 8 Biblioteki Miejskiej w Łodzi (dane demonstracyjne)",
        "street": "ul. Zgierska 146",
        "postal_code": "91-320",
        "latitude": "51.80700",
        "longitude": "19.44600",
        "contact": ("Paweł Kamiński", "radogoszcz@sas.example.org", "+48 42 000 01 08"),
        "access": (True, True, True),
        "findings": [58, 44, 30, 11, 7, 19, 29],
        "leaders": [
            ("Natalia Szymańska", "garden", "Fundacja Zielone Bałuty"),
            ("Andrij Melnyk", "ukraine", ""),
        ],
        "pl": {
            "title": "Strefa Radogoszcz",
            "intro": "Strefa na Radogoszczu na Bałutach, gdzie obok siebie mieszkają dawni i nowi mieszkańcy Łodzi.",
            "diagnosis": "Na osiedlu zamieszkało wiele rodzin z Ukrainy. Sąsiedzi mijają się na klatkach schodowych, ale rzadko rozmawiają. Jest za to dużo zieleni, o którą nikt nie dba.",
            "action": (
                "Wspólny ogród przy bibliotece",
                "Sąsiedzi z Polski i Ukrainy zakładają ogród na zaniedbanym skwerze obok filii.",
                "<p>Wiosną sąsiedzi oczyścili skwer, zbudowali grządki z palet i posadzili zioła oraz kwiaty. Podlewają je według grafiku.</p>",
                "<p>Ogród ma 12 grządek i dyżury w całe lato. Przy grządkach powstała sąsiedzka wymiana sadzonek.</p>",
            ),
        },
        "en": {
            "title": "Radogoszcz zone",
            "intro": "A zone in Radogoszcz in Bałuty, where long-time and new residents of Łódź live side by side.",
            "diagnosis": "Many families from Ukraine have settled on the estate. Neighbours pass each other on the stairs but rarely talk. There is plenty of green space, but nobody looks after it.",
            "action": (
                "A shared garden by the library",
                "Polish and Ukrainian neighbours make a garden on a neglected square next to the branch.",
                "<p>In spring neighbours cleared the square, built raised beds from pallets and planted herbs and flowers. They water them to a rota.</p>",
                "<p>The garden has 12 beds and volunteers all summer long. A neighbours' seedling swap has grown up around them.</p>",
            ),
        },
        "uk": {
            "title": "Зона Радогощ",
            "intro": "Зона в Радогощі на Балутах, де поруч живуть давні й нові мешканці Лодзі.",
            "diagnosis": "На масиві оселилося багато родин з України. Сусіди зустрічаються на сходах, але рідко розмовляють. Зате тут багато зелені, про яку ніхто не дбає.",
            "action": (
                "Спільний сад біля бібліотеки",
                "Сусіди з Польщі та України облаштовують сад на занедбаному сквері біля філії.",
                "<p>Навесні сусіди прибрали сквер, збудували грядки з палет і посадили трави й квіти. Поливають їх за графіком.</p>",
                "<p>У саду 12 грядок і чергування протягом усього літа. Біля грядок виник сусідський обмін розсадою.</p>",
            ),
        },
    },
    {
        "slug": "chojny",
        "colour": "#8a5a00",
        "branch": "Filia nr 52 Biblioteki Miejskiej w Łodzi (dane demonstracyjne)",
        "street": "ul. Rzgowska 170",
        "postal_code": "93-337",
        "latitude": "51.72600",
        "longitude": "19.47500",
        "contact": ("Ewa Grabowska", "chojny@sas.example.org", "+48 42 000 01 52"),
        "access": (True, False, False),
        "findings": [41, 57, 33, 6, 9, 24, 26],
        "leaders": [
            ("Krzysztof Wróbel", "parents", "Klub Rodzica Chojny"),
            ("Barbara Kozłowska", "council", "Rada Osiedla Chojny"),
        ],
        "pl": {
            "title": "Strefa Chojny",
            "intro": "Strefa na Chojnach, gdzie stare domy jednorodzinne sąsiadują z nowymi osiedlami.",
            "diagnosis": "Nowi mieszkańcy osiedli grodzonych nie znają sąsiadów z ulic domów jednorodzinnych. Obie grupy chcą zajęć dla dzieci i wspólnego święta dzielnicy.",
            "action": (
                "Święto ulicy Rzgowskiej",
                "Sąsiedzki piknik przygotowany przez mieszkańców starych domów i nowych osiedli.",
                "<p>Mieszkańcy przez dwa miesiące planowali piknik w bibliotece: kto przygotuje gry dla dzieci, kto kiermasz, kto koncert.</p>",
                "<p>Na piknik przyszło około 300 osób. Komitet organizacyjny działa dalej jako grupa sąsiedzka.</p>",
            ),
        },
        "en": {
            "title": "Chojny zone",
            "intro": "A zone in Chojny, where old family houses stand next to new housing estates.",
            "diagnosis": "New residents of gated estates do not know the neighbours from the streets of family houses. Both groups want activities for children and a shared neighbourhood festival.",
            "action": (
                "Rzgowska Street festival",
                "A neighbourhood picnic prepared by residents of the old houses and the new estates.",
                "<p>For two months residents planned the picnic in the library: who would prepare games for children, who the fair, who the concert.</p>",
                "<p>About 300 people came to the picnic. The organising committee carries on as a neighbours' group.</p>",
            ),
        },
        "uk": {
            "title": "Зона Хойни",
            "intro": "Зона на Хойнах, де старі приватні будинки сусідять із новими житловими комплексами.",
            "diagnosis": "Нові мешканці закритих комплексів не знають сусідів із вулиць приватних будинків. Обидві групи хочуть занять для дітей і спільного свята району.",
            "action": (
                "Свято вулиці Жговської",
                "Сусідський пікнік, який підготували мешканці старих будинків і нових комплексів.",
                "<p>Протягом двох місяців мешканці планували пікнік у бібліотеці: хто підготує ігри для дітей, хто ярмарок, хто концерт.</p>",
                "<p>На пікнік прийшло близько 300 осіб. Організаційний комітет працює далі як сусідська група.</p>",
            ),
        },
    },
    {
        "slug": "stoki",
        "colour": "#2e6b1f",
        "branch": "Filia nr 27 Biblioteki Miejskiej w Łodzi (dane demonstracyjne)",
        "street": "ul. Pomorska 254",
        "postal_code": "92-213",
        "latitude": "51.77900",
        "longitude": "19.52500",
        "contact": ("Magdalena Jankowska", "stoki@sas.example.org", "+48 42 000 01 27"),
        "access": (True, True, True),
        "findings": [50, 42, 45, 5, 4, 29, 20],
        "leaders": [
            ("Zofia Piotrowska", "club", "Uniwersytet Trzeciego Wieku"),
            ("Michał Nowicki", "sport", ""),
        ],
        "pl": {
            "title": "Strefa Stoki",
            "intro": "Strefa na Stokach, niewielkim osiedlu na wschodzie miasta, daleko od centrum.",
            "diagnosis": "Mieszkańcy czują, że miasto o nich zapomniało: do centrum daleko, a na osiedlu niewiele się dzieje. Jest za to aktywny uniwersytet trzeciego wieku i chętni wolontariusze.",
            "action": (
                "Stoki w obiektywie",
                "Warsztaty fotograficzne, na których seniorzy i nastolatki razem dokumentują swoje osiedle.",
                "<p>Przez osiem tygodni pary senior–nastolatek fotografowały ulubione i zaniedbane miejsca Stoków i opisywały je w bibliotece.</p>",
                "<p>Powstała wystawa 40 zdjęć, którą pokazano w filii i w urzędzie dzielnicy. Rada osiedla zajęła się trzema pokazanymi miejscami.</p>",
            ),
        },
        "en": {
            "title": "Stoki zone",
            "intro": "A zone in Stoki, a small estate in the east of the city, far from the centre.",
            "diagnosis": "Residents feel the city has forgotten them: the centre is far away and little happens on the estate. But there is an active University of the Third Age and willing volunteers.",
            "action": (
                "Stoki through the lens",
                "Photography workshops in which older people and teenagers document their estate together.",
                "<p>For eight weeks pairs of a senior and a teenager photographed the best-loved and the neglected places of Stoki and wrote about them in the library.</p>",
                "<p>An exhibition of 40 photographs was shown in the branch and in the district office. The estate council took up three of the places shown.</p>",
            ),
        },
        "uk": {
            "title": "Зона Стоки",
            "intro": "Зона на Стоках, невеликому масиві на сході міста, далеко від центру.",
            "diagnosis": "Мешканці відчувають, що місто про них забуло: до центру далеко, а на масиві мало що відбувається. Зате тут діє активний університет третього віку та є охочі волонтери.",
            "action": (
                "Стоки в об'єктиві",
                "Фотомайстерні, на яких літні люди й підлітки разом документують свій масив.",
                "<p>Протягом восьми тижнів пари «літня людина — підліток» фотографували улюблені й занедбані місця Стоків і описували їх у бібліотеці.</p>",
                "<p>З'явилася виставка з 40 світлин, яку показали у філії та в районній адміністрації. Рада масиву взялася за три показані місця.</p>",
            ),
        },
    },
]

# Two stories per zone, in the order of ZONES: (zone slug, slug, date, author, tags, {language: (title, intro, text)}).
STORIES = [
    (
        "teofilow",
        "pierwsza-herbatka",
        datetime.date(2022, 4, 6),
        "Agnieszka Wiśniewska",
        ["seniorzy", "spotkania"],
        {
            "pl": (
                "Pierwsza sąsiedzka herbatka",
                "Na pierwsze spotkanie przy herbacie przyszło dziewięć osób. Po godzinie nikt nie chciał wychodzić.",
                "Zaczęło się od ogłoszenia na klatkach schodowych. Przyszły głównie sąsiadki, które mieszkają w tym samym bloku od trzydziestu lat, a nigdy ze sobą nie rozmawiały. Umówiły się na kolejną środę.",
            ),
            "en": (
                "The first neighbours' tea",
                "Nine people came to the first meeting over tea. After an hour nobody wanted to leave.",
                "It began with a notice in the stairwells. Most of those who came were women who had lived in the same block for thirty years and had never talked to each other. They agreed to meet again next Wednesday.",
            ),
            "uk": (
                "Перше сусідське чаювання",
                "На першу зустріч за чаєм прийшли дев'ять людей. За годину ніхто не хотів іти додому.",
                "Усе почалося з оголошення в під'їздах. Прийшли переважно сусідки, які тридцять років живуть в одному будинку, але ніколи не розмовляли. Вони домовилися зустрітися наступної середи.",
            ),
        },
    ),
    (
        "teofilow",
        "klub-robotek",
        datetime.date(2022, 9, 14),
        "Halina Mazur",
        ["seniorzy", "rękodzieło"],
        {
            "pl": (
                "Z herbatki powstał klub robótek",
                "Dwie uczestniczki herbatek założyły klub, w którym sąsiadki uczą się od siebie szydełkowania.",
                "Klub spotyka się w bibliotece w poniedziałki. Uczestniczki zrobiły już szaliki dla dzieci z pobliskiego przedszkola.",
            ),
            "en": (
                "The tea meetings gave birth to a handicraft club",
                "Two regulars of the tea meetings started a club where neighbours teach each other to crochet.",
                "The club meets in the library on Mondays. Its members have already made scarves for the children of the nearby kindergarten.",
            ),
            "uk": (
                "Із чаювань народився клуб рукоділля",
                "Дві учасниці чаювань заснували клуб, де сусідки вчать одна одну в'язати гачком.",
                "Клуб збирається в бібліотеці щопонеділка. Учасниці вже зв'язали шарфи для дітей із сусіднього дитячого садка.",
            ),
        },
    ),
    (
        "retkinia",
        "liga-planszowek",
        datetime.date(2022, 5, 21),
        "Marek Zieliński",
        ["dzieci", "gry"],
        {
            "pl": (
                "Ruszyła podwórkowa liga planszówek",
                "W pierwszej kolejce zagrało osiem drużyn. Najmłodszy gracz miał sześć lat, najstarszy osiemdziesiąt jeden.",
                "Każda drużyna musiała mieć zawodników z co najmniej dwóch pokoleń. Dzieci tłumaczyły dziadkom zasady, a dziadkowie uczyli dzieci cierpliwości.",
            ),
            "en": (
                "The courtyard board-game league has begun",
                "Eight teams played in the first round. The youngest player was six, the oldest eighty-one.",
                "Each team had to include players from at least two generations. Children explained the rules to their grandparents, and grandparents taught the children patience.",
            ),
            "uk": (
                "Стартувала дворова ліга настільних ігор",
                "У першому турі зіграли вісім команд. Наймолодшому гравцеві було шість років, найстаршому — вісімдесят один.",
                "У кожній команді мали бути гравці щонайменше двох поколінь. Діти пояснювали бабусям і дідусям правила, а ті вчили дітей терпіння.",
            ),
        },
    ),
    (
        "retkinia",
        "final-ligi",
        datetime.date(2022, 8, 27),
        "Joanna Kaczmarek",
        ["dzieci", "gry", "rodziny"],
        {
            "pl": (
                "Finał ligi i co dalej",
                "Liga zakończyła się finałem w bibliotece. Rodzice zapowiedzieli, że drugą edycję zorganizują sami.",
                "Do finału doszły drużyny z bloków przy ulicy Kusocińskiego. Po meczu rodzice usiedli z bibliotekarzem i rozpisali, kto czym zajmie się jesienią.",
            ),
            "en": (
                "The league final and what comes next",
                "The league ended with a final in the library. Parents announced that they would run the second season themselves.",
                "Teams from the blocks on Kusocińskiego Street reached the final. After the match parents sat down with the librarian and agreed who would take care of what in the autumn.",
            ),
            "uk": (
                "Фінал ліги і що далі",
                "Ліга завершилася фіналом у бібліотеці. Батьки оголосили, що другий сезон організують самі.",
                "До фіналу дійшли команди з будинків на вулиці Кусоцінського. Після гри батьки сіли з бібліотекарем і розписали, хто чим займеться восени.",
            ),
        },
    ),
    (
        "widzew",
        "skrzynka-pomocy",
        datetime.date(2022, 3, 15),
        "Katarzyna Dąbrowska",
        ["seniorzy", "pomoc sąsiedzka"],
        {
            "pl": (
                "Skrzynka pomocy zawisła w bibliotece",
                "Pierwsza karteczka brzmiała: „Szukam kogoś, kto pomoże mi wnieść zakupy na czwarte piętro”.",
                "Odpowiedź przyszła jeszcze tego samego dnia. Dziś na tablicy wisi kilkanaście ofert i próśb, od nauki obsługi telefonu po wspólne spacery.",
            ),
            "en": (
                "The help box is up in the library",
                'The first note read: "I\'m looking for someone to help me carry my shopping to the fourth floor".',
                "An answer came the same day. Today the board holds a dozen offers and requests, from learning to use a phone to going for walks together.",
            ),
            "uk": (
                "Скринька допомоги з'явилася в бібліотеці",
                "Перша записка була такою: «Шукаю когось, хто допоможе занести покупки на четвертий поверх».",
                "Відповідь прийшла того ж дня. Сьогодні на дошці висить з десяток пропозицій і прохань — від навчання користуватися телефоном до спільних прогулянок.",
            ),
        },
    ),
    (
        "widzew",
        "rada-osiedla",
        datetime.date(2022, 11, 8),
        "Stanisław Pawlak",
        ["pomoc sąsiedzka", "samorząd"],
        {
            "pl": (
                "Rada osiedla dołącza do strefy",
                "Rada Osiedla Widzew-Wschód będzie co miesiąc dyżurować w bibliotece.",
                "Radni zobaczyli, ile spraw sąsiedzi załatwiają między sobą, i postanowili być bliżej. Dyżur odbywa się w pierwszy wtorek miesiąca.",
            ),
            "en": (
                "The estate council joins the zone",
                "The Widzew-Wschód estate council will hold a monthly surgery in the library.",
                "Councillors saw how many matters neighbours settle among themselves and decided to be closer at hand. The surgery takes place on the first Tuesday of each month.",
            ),
            "uk": (
                "Рада масиву долучається до зони",
                "Рада масиву Відзев-Схід щомісяця чергуватиме в бібліотеці.",
                "Депутати побачили, скільки справ сусіди вирішують між собою, і вирішили бути ближче. Чергування відбувається в перший вівторок місяця.",
            ),
        },
    ),
    (
        "radogoszcz",
        "grzadki-z-palet",
        datetime.date(2022, 4, 23),
        "Natalia Szymańska",
        ["ogród", "integracja"],
        {
            "pl": (
                "Grządki z palet",
                "W sobotę dwadzieścia osób zbudowało pierwsze grządki na skwerze przy bibliotece.",
                "Palety podarował pobliski sklep, ziemię kompostownia miejska. Polscy i ukraińscy sąsiedzi porozumiewali się na migi, po polsku i po ukraińsku — i wszystko się udało.",
            ),
            "en": (
                "Raised beds from pallets",
                "On Saturday twenty people built the first beds on the square by the library.",
                "A nearby shop donated the pallets and the city composting plant gave the soil. Polish and Ukrainian neighbours talked with their hands, in Polish and in Ukrainian, and it all worked.",
            ),
            "uk": (
                "Грядки з палет",
                "У суботу двадцятеро людей збудували перші грядки на сквері біля бібліотеки.",
                "Палети подарував сусідній магазин, землю — міська компостувальна станція. Польські й українські сусіди порозумівалися жестами, польською та українською — і все вдалося.",
            ),
        },
    ),
    (
        "radogoszcz",
        "wymiana-sadzonek",
        datetime.date(2022, 6, 11),
        "Andrij Melnyk",
        ["ogród", "integracja"],
        {
            "pl": (
                "Sąsiedzka wymiana sadzonek",
                "Przy grządkach odbyła się pierwsza wymiana sadzonek. Najwięcej chętnych miały ukraińskie odmiany pomidorów.",
                "Każdy przyniósł to, czego miał za dużo. Przy okazji powstała lista sąsiadów, którzy chcą uczyć się nawzajem języków.",
            ),
            "en": (
                "A neighbours' seedling swap",
                "The first seedling swap took place by the beds. Ukrainian tomato varieties were the most popular.",
                "Everyone brought what they had too much of. Along the way a list of neighbours who want to teach each other their languages was drawn up.",
            ),
            "uk": (
                "Сусідський обмін розсадою",
                "Біля грядок відбувся перший обмін розсадою. Найбільше охочих було на українські сорти помідорів.",
                "Кожен приніс те, чого мав забагато. Заодно з'явився список сусідів, які хочуть навчати одне одного мов.",
            ),
        },
    ),
    (
        "chojny",
        "planujemy-swieto",
        datetime.date(2022, 5, 10),
        "Ewa Grabowska",
        ["święto", "rodziny"],
        {
            "pl": (
                "Planujemy święto ulicy",
                "Na pierwsze spotkanie komitetu przyszli mieszkańcy domów i nowych bloków. Ustalili datę: ostatnia sobota czerwca.",
                "Najwięcej dyskusji wywołała muzyka. Ostatecznie zagra orkiestra dęta z parafii i zespół licealistów z osiedla.",
            ),
            "en": (
                "Planning the street festival",
                "Residents of the houses and the new blocks came to the committee's first meeting. They set a date: the last Saturday of June.",
                "Music caused the longest debate. In the end the parish brass band and a band of secondary-school pupils from the estate will play.",
            ),
            "uk": (
                "Плануємо свято вулиці",
                "На першу зустріч комітету прийшли мешканці приватних будинків і нових багатоповерхівок. Вони визначили дату — остання субота червня.",
                "Найбільше суперечок викликала музика. Зрештою гратиме парафіяльний духовий оркестр і гурт старшокласників із масиву.",
            ),
        },
    ),
    (
        "chojny",
        "po-swiecie",
        datetime.date(2022, 7, 2),
        "Barbara Kozłowska",
        ["święto", "rodziny"],
        {
            "pl": (
                "Trzysta osób na święcie ulicy",
                "Piknik przy Rzgowskiej przyciągnął około trzystu sąsiadów. Komitet nie chce się rozwiązywać.",
                "Były gry dla dzieci, kiermasz ciast i koncert. Najważniejsze jednak, że sąsiedzi z domów i z bloków wreszcie się poznali.",
            ),
            "en": (
                "Three hundred people at the street festival",
                "The picnic on Rzgowska Street drew about three hundred neighbours. The committee does not want to disband.",
                "There were games for children, a cake stall and a concert. Most important of all, neighbours from the houses and from the blocks finally got to know each other.",
            ),
            "uk": (
                "Триста людей на святі вулиці",
                "Пікнік на Жговській зібрав близько трьохсот сусідів. Комітет не хоче розходитися.",
                "Були ігри для дітей, ярмарок випічки й концерт. Але найважливіше — сусіди з приватних будинків і багатоповерхівок нарешті познайомилися.",
            ),
        },
    ),
    (
        "stoki",
        "senior-i-nastolatek",
        datetime.date(2022, 10, 4),
        "Magdalena Jankowska",
        ["seniorzy", "fotografia"],
        {
            "pl": (
                "Senior i nastolatek z aparatem",
                "Ruszyły warsztaty fotograficzne. Pary senior–nastolatek dostały jedno zadanie: pokazać Stoki takimi, jakie są.",
                "Nastolatki uczą seniorów obsługi aparatów w telefonach, a seniorzy opowiadają, jak osiedle wyglądało czterdzieści lat temu.",
            ),
            "en": (
                "A senior and a teenager with a camera",
                "The photography workshops have begun. Pairs of a senior and a teenager got one task: show Stoki as it is.",
                "Teenagers teach the seniors to use their phone cameras, and the seniors tell how the estate looked forty years ago.",
            ),
            "uk": (
                "Літня людина і підліток із фотоапаратом",
                "Почалися фотомайстерні. Пари «літня людина — підліток» отримали одне завдання: показати Стоки такими, якими вони є.",
                "Підлітки вчать старших користуватися камерою телефона, а ті розповідають, який вигляд мав масив сорок років тому.",
            ),
        },
    ),
    (
        "stoki",
        "wystawa",
        datetime.date(2023, 1, 20),
        "Zofia Piotrowska",
        ["fotografia", "samorząd"],
        {
            "pl": (
                "Wystawa „Stoki w obiektywie”",
                "Czterdzieści zdjęć mieszkańców zawisło w bibliotece, a potem w urzędzie dzielnicy.",
                "Na wernisaż przyszli radni osiedla. Obiecali zająć się trzema miejscami ze zdjęć: zniszczonym placem zabaw, ciemnym przejściem i zarośniętym boiskiem.",
            ),
            "en": (
                'The "Stoki through the lens" exhibition',
                "Forty photographs by residents went up in the library and then in the district office.",
                "Estate councillors came to the opening. They promised to deal with three places from the photographs: a broken playground, a dark passage and an overgrown pitch.",
            ),
            "uk": (
                "Виставка «Стоки в об'єктиві»",
                "Сорок світлин мешканців виставили в бібліотеці, а потім у районній адміністрації.",
                "На відкриття прийшли депутати ради масиву. Вони пообіцяли взятися за три місця зі світлин: зламаний дитячий майданчик, темний перехід і зарослий спортмайданчик.",
            ),
        },
    ),
]

TOPICS = {
    "diagnosis": {
        "pl": "Diagnoza potrzeb lokalnych",
        "en": "Diagnosing local needs",
        "uk": "Діагностика місцевих потреб",
    },
    "social-work": {
        "pl": "Narzędzia pracy socjalnej",
        "en": "Tools of social work",
        "uk": "Інструменти соціальної роботи",
    },
    "engaging": {"pl": "Angażowanie społeczności", "en": "Engaging the community", "uk": "Залучення громади"},
    "partnerships": {
        "pl": "Współpraca z instytucjami",
        "en": "Working with institutions",
        "uk": "Співпраця з установами",
    },
}

# (slug, format, minutes, audiences, topics, document kind, {language: (title, summary, outcomes)}).
MATERIALS = [
    (
        "mapa-zasobow",
        "workshop",
        180,
        ["librarians", "leaders"],
        ["diagnosis"],
        "worksheet",
        {
            "pl": (
                "Mapa zasobów osiedla",
                "Jak w jedno popołudnie narysować z mieszkańcami mapę tego, co osiedle już ma: ludzi, miejsc i organizacji.",
                [
                    "wskazać zasoby osiedla razem z mieszkańcami",
                    "przygotować i poprowadzić spacer badawczy",
                    "opisać wyniki w formie mapy",
                ],
            ),
            "en": (
                "Mapping the estate's resources",
                "How to draw with residents, in one afternoon, a map of what the estate already has: people, places and organisations.",
                [
                    "identify the estate's resources together with residents",
                    "prepare and lead an exploratory walk",
                    "present the results as a map",
                ],
            ),
            "uk": (
                "Карта ресурсів масиву",
                "Як за один день намалювати з мешканцями карту того, що вже є на масиві: людей, місць і організацій.",
                [
                    "визначити ресурси масиву разом із мешканцями",
                    "підготувати й провести дослідницьку прогулянку",
                    "оформити результати у вигляді карти",
                ],
            ),
        },
    ),
    (
        "ankieta-sasiedzka",
        "workshop",
        120,
        ["librarians"],
        ["diagnosis"],
        "worksheet",
        {
            "pl": (
                "Ankieta sąsiedzka krok po kroku",
                "Jak ułożyć krótką ankietę, zebrać odpowiedzi w bibliotece i na podwórkach i uczciwie je policzyć.",
                [
                    "ułożyć pytania zrozumiałe dla każdego",
                    "zebrać co najmniej sto odpowiedzi",
                    "przedstawić wyniki mieszkańcom",
                ],
            ),
            "en": (
                "A neighbourhood survey step by step",
                "How to write a short survey, collect answers in the library and in courtyards, and count them honestly.",
                [
                    "write questions everyone understands",
                    "collect at least a hundred answers",
                    "present the results to residents",
                ],
            ),
            "uk": (
                "Сусідське опитування крок за кроком",
                "Як скласти коротку анкету, зібрати відповіді в бібліотеці й у дворах і чесно їх порахувати.",
                [
                    "скласти зрозумілі для всіх запитання",
                    "зібрати щонайменше сто відповідей",
                    "представити результати мешканцям",
                ],
            ),
        },
    ),
    (
        "rozmowa-motywujaca",
        "lecture",
        90,
        ["librarians", "officials"],
        ["social-work"],
        "slides",
        {
            "pl": (
                "Rozmowa, która wspiera",
                "Podstawy rozmowy z osobą w trudnej sytuacji: słuchanie, pytania otwarte i kierowanie do właściwej pomocy.",
                [
                    "prowadzić rozmowę bez oceniania",
                    "rozpoznać, kiedy potrzebna jest pomoc specjalisty",
                    "wskazać instytucje pomocowe w Łodzi",
                ],
            ),
            "en": (
                "A conversation that supports",
                "The basics of talking with someone in a difficult situation: listening, open questions and pointing to the right help.",
                [
                    "hold a conversation without judging",
                    "recognise when a specialist is needed",
                    "point to support services in Łódź",
                ],
            ),
            "uk": (
                "Розмова, яка підтримує",
                "Основи розмови з людиною у складній ситуації: слухання, відкриті запитання і скерування до відповідної допомоги.",
                [
                    "вести розмову без оцінювання",
                    "розпізнати, коли потрібна допомога фахівця",
                    "вказати установи допомоги в Лодзі",
                ],
            ),
        },
    ),
    (
        "siec-wsparcia",
        "workshop",
        150,
        ["librarians", "leaders", "officials"],
        ["social-work", "partnerships"],
        "slides",
        {
            "pl": (
                "Sieć wsparcia wokół biblioteki",
                "Jak współpracować z ośrodkiem pomocy społecznej, szkołą i radą osiedla, żeby pomoc docierała szybciej.",
                [
                    "sporządzić mapę instytucji wokół filii",
                    "umówić pierwsze spotkanie partnerów",
                    "ustalić zasady przekazywania spraw",
                ],
            ),
            "en": (
                "A support network around the library",
                "How to work with the social welfare centre, the school and the estate council so that help arrives faster.",
                [
                    "map the institutions around the branch",
                    "arrange the partners' first meeting",
                    "agree how to pass on cases",
                ],
            ),
            "uk": (
                "Мережа підтримки навколо бібліотеки",
                "Як співпрацювати з центром соціальної допомоги, школою і радою масиву, щоб допомога надходила швидше.",
                [
                    "скласти карту установ навколо філії",
                    "домовитися про першу зустріч партнерів",
                    "узгодити правила передавання справ",
                ],
            ),
        },
    ),
    (
        "pierwsze-spotkanie",
        "workshop",
        120,
        ["librarians", "leaders", "residents"],
        ["engaging"],
        "worksheet",
        {
            "pl": (
                "Jak zaprosić sąsiadów na pierwsze spotkanie",
                "Ogłoszenia, rozmowy na klatkach i w sklepach: co działa, gdy chcemy, żeby przyszli nie tylko stali bywalcy.",
                [
                    "przygotować zaproszenie zrozumiałe dla każdego",
                    "dotrzeć do osób, które nie korzystają z biblioteki",
                    "poprowadzić pierwsze spotkanie tak, by ludzie wrócili",
                ],
            ),
            "en": (
                "How to invite neighbours to a first meeting",
                "Notices, chats in stairwells and shops: what works when we want more than the regulars to come.",
                [
                    "write an invitation everyone understands",
                    "reach people who do not use the library",
                    "run a first meeting so that people come back",
                ],
            ),
            "uk": (
                "Як запросити сусідів на першу зустріч",
                "Оголошення, розмови в під'їздах і магазинах: що працює, коли хочемо, щоб прийшли не лише постійні відвідувачі.",
                [
                    "підготувати зрозуміле для всіх запрошення",
                    "дістатися до людей, які не ходять до бібліотеки",
                    "провести першу зустріч так, щоб люди повернулися",
                ],
            ),
        },
    ),
    (
        "mikrogranty",
        "lecture",
        60,
        ["leaders", "residents"],
        ["engaging"],
        "slides",
        {
            "pl": (
                "Mikrogranty dla inicjatyw sąsiedzkich",
                "Skąd wziąć kilkaset złotych na sąsiedzkie działanie i jak je rozliczyć bez stresu.",
                ["znaleźć program mikrograntów w Łodzi", "napisać prosty wniosek", "rozliczyć wydatki"],
            ),
            "en": (
                "Microgrants for neighbourhood initiatives",
                "Where to find a few hundred złoty for a neighbourhood action and how to account for them without stress.",
                [
                    "find a microgrant programme in Łódź",
                    "write a simple application",
                    "account for the expenses",
                ],
            ),
            "uk": (
                "Мікрогранти для сусідських ініціатив",
                "Де знайти кілька сотень злотих на сусідську ініціативу і як без стресу за них звітувати.",
                [
                    "знайти програму мікрогрантів у Лодзі",
                    "написати просту заявку",
                    "прозвітувати про витрати",
                ],
            ),
        },
    ),
    (
        "wizyta-nodeland",
        "study_visit",
        480,
        ["librarians", "officials"],
        ["partnerships", "engaging"],
        "reading",
        {
            "pl": (
                "Wizyta studyjna: biblioteki w Norwegii",
                "Czego nauczyliśmy się od partnera z Nodeland o bibliotece jako miejscu integracji mieszkańców.",
                [
                    "opisać norweskie modele pracy z nowymi mieszkańcami",
                    "porównać je z doświadczeniem łódzkich filii",
                    "wybrać jeden pomysł do wypróbowania",
                ],
            ),
            "en": (
                "Study visit: libraries in Norway",
                "What we learned from our partner in Nodeland about the library as a place where residents come together.",
                [
                    "describe Norwegian ways of working with new residents",
                    "compare them with the experience of the Łódź branches",
                    "choose one idea to try out",
                ],
            ),
            "uk": (
                "Навчальний візит: бібліотеки в Норвегії",
                "Чого ми навчилися від партнера з Ноделанна про бібліотеку як місце інтеграції мешканців.",
                [
                    "описати норвезькі моделі роботи з новими мешканцями",
                    "порівняти їх із досвідом лодзинських філій",
                    "обрати одну ідею, щоб її випробувати",
                ],
            ),
        },
    ),
    (
        "ewaluacja",
        "online",
        90,
        ["librarians", "leaders", "officials"],
        ["diagnosis", "partnerships"],
        "worksheet",
        {
            "pl": (
                "Jak sprawdzić, co się udało",
                "Proste sposoby oceny działań sąsiedzkich: liczby, rozmowy i zdjęcia zamiast długich raportów.",
                [
                    "wybrać dwa lub trzy mierniki działania",
                    "zebrać opinie uczestników",
                    "opowiedzieć o wynikach partnerom",
                ],
            ),
            "en": (
                "How to check what worked",
                "Simple ways to evaluate neighbourhood actions: numbers, conversations and photos instead of long reports.",
                [
                    "choose two or three measures for an action",
                    "gather participants' views",
                    "tell partners about the results",
                ],
            ),
            "uk": (
                "Як перевірити, що вдалося",
                "Прості способи оцінити сусідські ініціативи: цифри, розмови й світлини замість довгих звітів.",
                [
                    "обрати два-три показники ініціативи",
                    "зібрати думки учасників",
                    "розповісти партнерам про результати",
                ],
            ),
        },
    ),
]
MATERIAL_DOCUMENT_TITLES = {
    "slides": "Slajdy – {title}",
    "worksheet": "Karta pracy – {title}",
    "reading": "Lektura – {title}",
}

GUIDE = {
    "pl": {
        "slug": "jak-stworzyc-sas",
        "title": "Jak stworzyć SAS",
        "intro": "Poradnik dla bibliotek, domów kultury i organizacji, które chcą otworzyć u siebie Strefę Aktywności Sąsiedzkiej. Opisujemy model, najważniejsze przykłady i wnioski z projektu w Łodzi.",
    },
    "en": {
        "slug": "how-to-create-a-sas",
        "title": "How to create a SAS",
        "intro": "A guide for libraries, community centres and organisations that want to open a Neighbourhood Activity Zone. We describe the model and the main examples and lessons of the Łódź project.",
    },
    "uk": {
        "slug": "yak-stvoryty-sas",
        "title": "Як створити SAS",
        "intro": "Посібник для бібліотек, будинків культури та організацій, які хочуть відкрити в себе зону сусідської активності. Ми описуємо модель, найважливіші приклади й висновки з проєкту в Лодзі.",
    },
}

# (slug, {language: (title, summary, [(heading, paragraph), ...])}).
CHAPTERS = [
    (
        "model",
        {
            "pl": (
                "Model Strefy Aktywności Sąsiedzkiej",
                "Czym jest strefa i dlaczego biblioteka jest dla niej dobrym miejscem.",
                [
                    (
                        "Biblioteka jako miejsce spotkań",
                        "Filia biblioteki jest na każdym osiedlu, jest bezpłatna i wszyscy ją znają. To naturalne miejsce, w którym sąsiedzi mogą się poznać.",
                    ),
                    (
                        "Cztery części modelu",
                        "Strefa to szkolenia dla bibliotekarek i liderów, diagnoza potrzeb i zasobów, jedno działanie lokalne prowadzone przez mieszkańców i wymiana doświadczeń na Forum Sąsiedzkim.",
                    ),
                ],
            ),
            "en": (
                "The Neighbourhood Activity Zone model",
                "What a zone is and why a library is a good place for one.",
                [
                    (
                        "The library as a meeting place",
                        "There is a library branch on every estate, it is free and everyone knows it. It is a natural place for neighbours to get to know each other.",
                    ),
                    (
                        "The four parts of the model",
                        "A zone consists of training for librarians and leaders, a diagnosis of needs and resources, one local action run by residents, and the exchange of experience at the Neighbourhood Forum.",
                    ),
                ],
            ),
            "uk": (
                "Модель зони сусідської активності",
                "Що таке зона і чому бібліотека — добре місце для неї.",
                [
                    (
                        "Бібліотека як місце зустрічей",
                        "Філія бібліотеки є на кожному масиві, вона безкоштовна, і всі її знають. Це природне місце, де сусіди можуть познайомитися.",
                    ),
                    (
                        "Чотири складники моделі",
                        "Зона — це навчання для бібліотекарів і лідерів, діагностика потреб і ресурсів, одна місцева ініціатива, яку ведуть мешканці, та обмін досвідом на Сусідському форумі.",
                    ),
                ],
            ),
        },
    ),
    (
        "diagnoza",
        {
            "pl": (
                "Diagnoza potrzeb i zasobów",
                "Jak poznać okolicę biblioteki, zanim zaczniemy cokolwiek robić.",
                [
                    (
                        "Kto tu mieszka",
                        "Zacznij od danych miasta i rozmów z mieszkańcami. Sprawdź, ilu jest seniorów, rodzin z dziećmi, nowych mieszkańców.",
                    ),
                    (
                        "Kto już działa",
                        "Na każdym osiedlu są ludzie i organizacje, które coś robią. Strefa ma ich wspierać, a nie zastępować.",
                    ),
                ],
            ),
            "en": (
                "Diagnosing needs and resources",
                "How to get to know the library's area before doing anything.",
                [
                    (
                        "Who lives here",
                        "Start with city data and conversations with residents. Find out how many older people, families with children and new residents there are.",
                    ),
                    (
                        "Who is already active",
                        "Every estate has people and organisations that do things. The zone should support them, not replace them.",
                    ),
                ],
            ),
            "uk": (
                "Діагностика потреб і ресурсів",
                "Як пізнати околиці бібліотеки, перш ніж щось робити.",
                [
                    (
                        "Хто тут живе",
                        "Почніть із даних міста та розмов із мешканцями. З'ясуйте, скільки тут літніх людей, родин із дітьми, нових мешканців.",
                    ),
                    (
                        "Хто вже діє",
                        "На кожному масиві є люди й організації, які щось роблять. Зона має їх підтримувати, а не заміняти.",
                    ),
                ],
            ),
        },
    ),
    (
        "szkolenia",
        {
            "pl": (
                "Szkolenia dla bibliotekarek i liderów",
                "Czego uczyliśmy i co okazało się najbardziej przydatne.",
                [
                    (
                        "Program cyklu",
                        "Spotkania dotyczyły diagnozy potrzeb, narzędzi pracy socjalnej i angażowania społeczności. Każde kończyło się zadaniem do wykonania w filii.",
                    ),
                    (
                        "Co zadziałało",
                        "Najwięcej dały ćwiczenia w parach bibliotekarka–lider oraz wizyta u partnera w Norwegii.",
                    ),
                ],
            ),
            "en": (
                "Training for librarians and leaders",
                "What we taught and what proved most useful.",
                [
                    (
                        "The programme of the cycle",
                        "The meetings covered diagnosing needs, tools of social work and engaging the community. Each ended with a task to carry out in the branch.",
                    ),
                    (
                        "What worked",
                        "Exercises in librarian-and-leader pairs and the visit to our partner in Norway gave the most.",
                    ),
                ],
            ),
            "uk": (
                "Навчання для бібліотекарів і лідерів",
                "Чого ми навчали і що виявилося найкориснішим.",
                [
                    (
                        "Програма циклу",
                        "Зустрічі стосувалися діагностики потреб, інструментів соціальної роботи та залучення громади. Кожна завершувалася завданням для виконання у філії.",
                    ),
                    (
                        "Що спрацювало",
                        "Найбільше дали вправи в парах «бібліотекарка — лідер» і візит до партнера в Норвегії.",
                    ),
                ],
            ),
        },
    ),
    (
        "dzialanie-lokalne",
        {
            "pl": (
                "Działanie lokalne prowadzone przez mieszkańców",
                "Jak oddać inicjatywę sąsiadom i nie zostawić ich samych.",
                [
                    (
                        "Pomysł od mieszkańców",
                        "Działanie wybierają mieszkańcy na otwartym spotkaniu. Biblioteka daje salę, wsparcie i niewielki budżet.",
                    ),
                    (
                        "Przykłady z Łodzi",
                        "Herbatki sąsiedzkie, liga planszówek, ogród przy bibliotece, święto ulicy, skrzynka pomocy i wystawa zdjęć pokazują, jak różne mogą być działania.",
                    ),
                ],
            ),
            "en": (
                "A local action run by residents",
                "How to hand the initiative to neighbours without leaving them on their own.",
                [
                    (
                        "The idea comes from residents",
                        "Residents choose the action at an open meeting. The library provides a room, support and a small budget.",
                    ),
                    (
                        "Examples from Łódź",
                        "Neighbours' teas, a board-game league, a garden by the library, a street festival, a help box and a photo exhibition show how varied actions can be.",
                    ),
                ],
            ),
            "uk": (
                "Місцева ініціатива, яку ведуть мешканці",
                "Як передати ініціативу сусідам і не залишити їх самих.",
                [
                    (
                        "Ідея від мешканців",
                        "Ініціативу обирають мешканці на відкритій зустрічі. Бібліотека надає залу, підтримку й невеликий бюджет.",
                    ),
                    (
                        "Приклади з Лодзі",
                        "Сусідські чаювання, ліга настільних ігор, сад біля бібліотеки, свято вулиці, скринька допомоги й фотовиставка показують, якими різними можуть бути ініціативи.",
                    ),
                ],
            ),
        },
    ),
    (
        "wnioski",
        {
            "pl": (
                "Wnioski i rady dla naśladowców",
                "Czego nauczyły nas półtora roku pracy w sześciu strefach.",
                [
                    (
                        "Czas i cierpliwość",
                        "Zaufanie sąsiadów buduje się miesiącami. Pierwsze spotkania bywają nieliczne i to jest normalne.",
                    ),
                    (
                        "Co zrobilibyśmy inaczej",
                        "Wcześniej zaprosilibyśmy radę osiedla i szkoły, a budżet działań lokalnych planowalibyśmy razem z mieszkańcami od początku.",
                    ),
                ],
            ),
            "en": (
                "Lessons and advice for those who follow",
                "What a year and a half of work in six zones taught us.",
                [
                    (
                        "Time and patience",
                        "Neighbours' trust takes months to build. First meetings are often small, and that is normal.",
                    ),
                    (
                        "What we would do differently",
                        "We would invite the estate council and schools earlier, and plan the budget of local actions together with residents from the start.",
                    ),
                ],
            ),
            "uk": (
                "Висновки й поради для послідовників",
                "Чого нас навчили півтора року роботи в шести зонах.",
                [
                    (
                        "Час і терпіння",
                        "Довіра сусідів будується місяцями. Перші зустрічі бувають нечисленними, і це нормально.",
                    ),
                    (
                        "Що ми зробили б інакше",
                        "Ми раніше запросили б раду масиву та школи, а бюджет місцевих ініціатив від початку планували б разом із мешканцями.",
                    ),
                ],
            ),
        },
    ),
]
