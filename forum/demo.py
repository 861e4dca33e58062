"""Demo content of the agenda and the Neighbourhood Forum in Polish, English and Ukrainian.

The SAS programme ran from 2022-01-01 to 2023-06-30, but residents browse what is coming, so
demo dates are placed relative to the day the demo is loaded: the agenda is never empty. A
second run finds every page by its slug and changes nothing.
"""

import uuid
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail.rich_text import RichText

from forum import booking
from forum.models import (
    EventIndexPage,
    EventPage,
    ForumPage,
    Registration,
    Room,
    SessionPage,
    SessionSpeaker,
    Speaker,
)
from forum.recurrence import WARSAW
from home.demo_tools import ensure_page, site_root_page
from zones.models import ZonePage

AGENDA = {
    "pl": ("Kalendarium", "kalendarium", "Spotkania, warsztaty i działania sąsiedzkie w strefach."),
    "en": ("Agenda", "agenda", "Meetings, workshops and neighbourhood actions in the zones."),
    "uk": ("Календар подій", "kalendar-podii", "Зустрічі, майстер-класи та сусідські ініціативи в зонах."),
}

# (key, type, audience, day offset or None, start hour, hours, {language: (title, summary)}, extra fields)
EVENTS = [
    (
        "training",
        "training",
        "leaders",
        None,
        17,
        2,
        {
            "pl": (
                "Spotkanie szkoleniowe: diagnoza potrzeb lokalnych",
                "Cotygodniowe spotkania dla bibliotekarek i lokalnych liderów: jak rozpoznać, czego brakuje na osiedlu.",
            ),
            "en": (
                "Training meeting: diagnosing local needs",
                "Weekly meetings for librarians and local leaders: how to find out what the estate is missing.",
            ),
            "uk": (
                "Навчальна зустріч: діагностика місцевих потреб",
                "Щотижневі зустрічі для бібліотекарок і місцевих лідерів: як дізнатися, чого бракує району.",
            ),
        },
        {"repeat": "weekly", "repeat_count": 10},
    ),
    (
        "picnic",
        "local_action",
        "everyone",
        10,
        15,
        3,
        {
            "pl": (
                "Piknik sąsiedzki na skwerze",
                "Gry, domowe ciasta i rozmowy o tym, co zmienić na podwórku.",
            ),
            "en": (
                "Neighbours' picnic in the square",
                "Games, home-made cakes and talk about what to change in the yard.",
            ),
            "uk": (
                "Сусідський пікнік у сквері",
                "Ігри, домашня випічка й розмови про те, що змінити у дворі.",
            ),
        },
        {
            "status": "cancelled",
            "status_reason": {
                "pl": "Zapowiadana jest burza; piknik odbędzie się w innym terminie.",
                "en": "A storm is forecast; the picnic will take place another day.",
                "uk": "Прогнозують грозу; пікнік відбудеться іншого дня.",
            },
            "venue_name": "Skwer przy bibliotece",
        },
    ),
    (
        "webinar",
        "workshop",
        "leaders",
        6,
        18,
        1.5,
        {
            "pl": (
                "Webinar: jak napisać wniosek o mikrogrant",
                "Krok po kroku przez formularz wniosku na lokalny projekt.",
            ),
            "en": (
                "Webinar: how to apply for a microgrant",
                "Step by step through the application form for a local project.",
            ),
            "uk": (
                "Вебінар: як написати заявку на мікрогрант",
                "Крок за кроком через форму заявки на місцевий проєкт.",
            ),
        },
        {"attendance": "online", "online_url": "https://meet.example.org/sas-mikrogranty"},
    ),
    (
        "open-day",
        "other",
        "everyone",
        12,
        None,
        None,
        {
            "pl": (
                "Dzień otwarty Strefy",
                "Przez cały dzień pokazujemy, co dzieje się w strefie, i czekamy na Wasze pomysły.",
            ),
            "en": ("Zone open day", "All day long we show what happens in the zone and wait for your ideas."),
            "uk": (
                "День відкритих дверей Зони",
                "Увесь день показуємо, що відбувається в зоні, і чекаємо на ваші ідеї.",
            ),
        },
        {},
    ),
    (
        "swap-fair",
        "local_action",
        "residents",
        19,
        None,
        None,
        {
            "pl": ("Kiermasz wymiany rzeczy", "Dwa dni wymiany książek, ubrań i zabawek między sąsiadami."),
            "en": ("Swap fair", "Two days of swapping books, clothes and toys between neighbours."),
            "uk": ("Ярмарок обміну речами", "Два дні обміну книжками, одягом та іграшками між сусідами."),
        },
        {"end_days": 1},
    ),
    (
        "games-before",
        "meeting",
        "everyone",
        "dst-1",
        18,
        3,
        {
            "pl": ("Wieczór gier planszowych", "Gramy w planszówki w ostatni wieczór przed zmianą czasu."),
            "en": ("Board game evening", "We play board games on the last evening before the clocks change."),
            "uk": ("Вечір настільних ігор", "Граємо в настільні ігри в останній вечір перед зміною часу."),
        },
        {},
    ),
    (
        "discussion-after",
        "meeting",
        "residents",
        "dst+1",
        18,
        2,
        {
            "pl": (
                "Klub dyskusyjny: nasze osiedle za dziesięć lat",
                "Rozmawiamy o przyszłości osiedla dzień po zmianie czasu.",
            ),
            "en": (
                "Discussion club: our estate in ten years",
                "We talk about the estate's future the day after the clocks change.",
            ),
            "uk": (
                "Дискусійний клуб: наш район за десять років",
                "Говоримо про майбутнє району наступного дня після зміни часу.",
            ),
        },
        {},
    ),
    (
        "breakfast",
        "meeting",
        "everyone",
        "saturday",
        10,
        2,
        {
            "pl": (
                "Sąsiedzkie śniadanie",
                "Raz w miesiącu wspólne śniadanie w bibliotece: każdy przynosi coś do stołu.",
            ),
            "en": (
                "Neighbours' breakfast",
                "Once a month a shared breakfast in the library: everyone brings something.",
            ),
            "uk": (
                "Сусідський сніданок",
                "Раз на місяць спільний сніданок у бібліотеці: кожен приносить щось до столу.",
            ),
        },
        {"repeat": "monthly", "repeat_count": 6},
    ),
    (
        "resource-map",
        "workshop",
        "residents",
        4,
        17,
        2,
        {
            "pl": (
                "Warsztaty: mapa zasobów osiedla",
                "Zaznaczamy na mapie miejsca, ludzi i organizacje, które już działają.",
            ),
            "en": (
                "Workshop: mapping the estate's resources",
                "We mark the places, people and groups already active on a map.",
            ),
            "uk": (
                "Майстер-клас: мапа ресурсів району",
                "Позначаємо на мапі місця, людей та організації, які вже діють.",
            ),
        },
        {"capacity": 20},
    ),
    (
        "officials",
        "meeting",
        "institutions",
        8,
        12,
        2,
        {
            "pl": (
                "Spotkanie z urzędnikami: budżet obywatelski",
                "Pracownicy urzędu wyjaśniają, jak zgłosić projekt do budżetu obywatelskiego.",
            ),
            "en": (
                "Meeting officials: the participatory budget",
                "City staff explain how to submit a project to the participatory budget.",
            ),
            "uk": (
                "Зустріч із посадовцями: громадський бюджет",
                "Працівники міської ради пояснюють, як подати проєкт до громадського бюджету.",
            ),
        },
        {},
    ),
    (
        "windowsill",
        "workshop",
        "families",
        9,
        11,
        1.5,
        {
            "pl": (
                "Warsztaty rodzinne: ogródek na parapecie",
                "Sadzimy zioła w doniczkach; dla dzieci od 5 lat z opiekunami.",
            ),
            "en": (
                "Family workshop: a windowsill garden",
                "We plant herbs in pots; for children aged 5 and up with their carers.",
            ),
            "uk": (
                "Сімейний майстер-клас: город на підвіконні",
                "Садимо трави в горщиках; для дітей від 5 років із дорослими.",
            ),
        },
        {"capacity": 12},
    ),
    (
        "digital",
        "workshop",
        "seniors",
        5,
        10,
        2,
        {
            "pl": (
                "Klub seniora: cyfrowe podstawy",
                "Jak bezpiecznie korzystać ze smartfona i umówić wizytę przez internet.",
            ),
            "en": (
                "Seniors' club: digital basics",
                "How to use a smartphone safely and book an appointment online.",
            ),
            "uk": (
                "Клуб старшого віку: цифрові основи",
                "Як безпечно користуватися смартфоном і записатися на прийом онлайн.",
            ),
        },
        {
            "capacity": 10,
            "accessibility_notes": {
                "pl": "Sala na parterze, wejście bez progów.",
                "en": "Ground-floor room, step-free entrance.",
                "uk": "Зала на першому поверсі, вхід без порогів.",
            },
        },
    ),
    (
        "mural",
        "local_action",
        "residents",
        15,
        10,
        6,
        {
            "pl": (
                "Działanie lokalne: malujemy mural na podwórku",
                "Mieszkańcy razem z artystką malują ścianę garaży.",
            ),
            "en": (
                "Local action: painting a mural in the yard",
                "Residents and an artist paint the garage wall together.",
            ),
            "uk": (
                "Місцева ініціатива: малюємо мурал у дворі",
                "Мешканці разом із художницею розмальовують стіну гаражів.",
            ),
        },
        {"venue_name": "Podwórko przy ul. Pojezierskiej", "venue_address": "ul. Pojezierska 40, 91-341 Łódź"},
    ),
    (
        "bookshelf",
        "local_action",
        "everyone",
        17,
        16,
        2,
        {
            "pl": (
                "Działanie lokalne: biblioteczka podwórkowa",
                "Otwieramy skrzynkę na książki, którą zbudowali sąsiedzi.",
            ),
            "en": ("Local action: a yard bookshelf", "We open the book box the neighbours built."),
            "uk": (
                "Місцева ініціатива: дворова бібліотечка",
                "Відкриваємо скриньку для книжок, яку збудували сусіди.",
            ),
        },
        {},
    ),
    (
        "leaders",
        "meeting",
        "leaders",
        13,
        18,
        2,
        {
            "pl": (
                "Spotkanie liderów lokalnych",
                "Liderki i liderzy ze wszystkich stref wymieniają się doświadczeniami.",
            ),
            "en": ("Local leaders' meeting", "Leaders from all the zones share what they have learnt."),
            "uk": ("Зустріч місцевих лідерів", "Лідерки й лідери з усіх зон обмінюються досвідом."),
        },
        {},
    ),
    (
        "social-work",
        "training",
        "institutions",
        20,
        9,
        4,
        {
            "pl": (
                "Szkolenie: narzędzia pracy socjalnej",
                "Dla bibliotekarek: rozmowa, mediacja i kierowanie do pomocy.",
            ),
            "en": (
                "Training: tools of social work",
                "For librarians: conversation, mediation and referring people to help.",
            ),
            "uk": (
                "Навчання: інструменти соціальної роботи",
                "Для бібліотекарок: розмова, медіація та скерування по допомогу.",
            ),
        },
        {"capacity": 16},
    ),
    (
        "engaging",
        "training",
        "leaders",
        24,
        17,
        2,
        {
            "pl": (
                "Szkolenie: jak angażować społeczność",
                "Sposoby zapraszania sąsiadów, którzy dotąd nie przychodzili.",
            ),
            "en": (
                "Training: engaging the community",
                "Ways of inviting neighbours who have not come before.",
            ),
            "uk": ("Навчання: як залучати громаду", "Способи запросити сусідів, які досі не приходили."),
        },
        {},
    ),
    (
        "forum-info",
        "forum",
        "everyone",
        3,
        18,
        1,
        {
            "pl": (
                "Spotkanie informacyjne o Forum Sąsiedzkim",
                "Co będzie się działo na Forum i jak się zapisać na warsztaty.",
            ),
            "en": (
                "Information meeting about the Neighbourhood Forum",
                "What happens at the Forum and how to sign up for workshops.",
            ),
            "uk": (
                "Інформаційна зустріч про Сусідський форум",
                "Що відбуватиметься на Форумі та як записатися на майстер-класи.",
            ),
        },
        {},
    ),
    (
        "walk",
        "other",
        "residents",
        7,
        16,
        2,
        {
            "pl": (
                "Spacer badawczy po osiedlu",
                "Idziemy razem i notujemy, co działa, a co trzeba poprawić.",
            ),
            "en": (
                "Exploratory walk around the estate",
                "We walk together and note what works and what needs fixing.",
            ),
            "uk": (
                "Дослідницька прогулянка районом",
                "Гуляємо разом і нотуємо, що працює, а що треба виправити.",
            ),
        },
        {"venue_name": "Zbiórka przed biblioteką"},
    ),
    (
        "language-cafe",
        "meeting",
        "everyone",
        2,
        17,
        1.5,
        {
            "pl": ("Kawiarenka językowa polsko-ukraińska", "Rozmowy przy herbacie po polsku i po ukraińsku."),
            "en": ("Polish-Ukrainian language café", "Conversations over tea in Polish and Ukrainian."),
            "uk": ("Польсько-українське мовне кафе", "Розмови за чаєм польською та українською."),
        },
        {"language": "uk"},
    ),
    (
        "concert",
        "local_action",
        "everyone",
        11,
        19,
        2,
        {
            "pl": ("Koncert podwórkowy", "Sąsiedzi grają dla sąsiadów."),
            "en": ("Courtyard concert", "Neighbours play for neighbours."),
            "uk": ("Дворовий концерт", "Сусіди грають для сусідів."),
        },
        {
            "status": "postponed",
            "status_reason": {
                "pl": "Nowy termin podamy wkrótce.",
                "en": "We will announce the new date soon.",
                "uk": "Нову дату повідомимо незабаром.",
            },
        },
    ),
    (
        "consultation",
        "meeting",
        "residents",
        14,
        18,
        1.5,
        {
            "pl": ("Konsultacje: plac zabaw przy bibliotece", "Zbieramy opinie o nowym placu zabaw."),
            "en": ("Consultation: the playground by the library", "We collect views on the new playground."),
            "uk": (
                "Консультації: дитячий майданчик біля бібліотеки",
                "Збираємо думки про новий дитячий майданчик.",
            ),
        },
        {
            "status": "moved_online",
            "status_reason": {
                "pl": "Sala jest w remoncie, spotykamy się online.",
                "en": "The room is being renovated, so we meet online.",
                "uk": "Зала на ремонті, тож зустрічаємося онлайн.",
            },
            "attendance": "online",
            "online_url": "https://meet.example.org/sas-plac-zabaw",
        },
    ),
    (
        "inauguration",
        "meeting",
        "everyone",
        -30,
        17,
        2,
        {
            "pl": (
                "Otwarcie Strefy Aktywności Sąsiedzkiej",
                "Poznaliśmy się, opowiedzieliśmy o projekcie i zebraliśmy pierwsze pomysły.",
            ),
            "en": (
                "Opening of the Neighbourhood Activity Zone",
                "We met, told people about the project and collected first ideas.",
            ),
            "uk": (
                "Відкриття Зони сусідської активності",
                "Ми познайомилися, розповіли про проєкт і зібрали перші ідеї.",
            ),
        },
        {},
    ),
    (
        "needs-workshop",
        "workshop",
        "leaders",
        -14,
        17,
        2,
        {
            "pl": ("Warsztaty z diagnozy potrzeb", "Ćwiczyliśmy wywiady z sąsiadami i analizę ich wyników."),
            "en": (
                "Needs assessment workshop",
                "We practised interviewing neighbours and analysing the results.",
            ),
            "uk": (
                "Майстер-клас із діагностики потреб",
                "Ми вправлялися в інтерв'ю із сусідами та аналізі результатів.",
            ),
        },
        {},
    ),
]

FORUM = {
    "pl": (
        "Forum Sąsiedzkie",
        "forum-sasiedzkie",
        "Dwa dni rozmów mieszkańców, lokalnych liderów i miejskich aktywistów o pracy w sąsiedztwie: jej "
        "wyzwaniach i narzędziach.",
    ),
    "en": (
        "Neighbourhood Forum",
        "neighbourhood-forum",
        "Two days in which residents, local leaders and city activists talk about community work: its "
        "challenges and its tools.",
    ),
    "uk": (
        "Сусідський форум",
        "susidskyi-forum",
        "Два дні розмов мешканців, місцевих лідерів і міських активістів про роботу в громаді: її виклики та "
        "інструменти.",
    ),
}

ROOMS = [
    (
        120,
        {"pl": "Sala widowiskowa", "en": "Main hall", "uk": "Головна зала"},
        {
            "pl": "Wejście bez progów, pętla indukcyjna.",
            "en": "Step-free entrance, induction loop.",
            "uk": "Вхід без порогів, індукційна петля.",
        },
    ),
    (
        25,
        {"pl": "Pracownia warsztatowa", "en": "Workshop room", "uk": "Майстерня"},
        {"pl": "Pierwsze piętro, winda.", "en": "First floor, lift.", "uk": "Другий поверх, ліфт."},
    ),
    (
        40,
        {"pl": "Czytelnia", "en": "Reading room", "uk": "Читальня"},
        {
            "pl": "Parter, cichy kącik.",
            "en": "Ground floor, quiet corner.",
            "uk": "Перший поверх, тихий куточок.",
        },
    ),
]

# (slug, name, {language: (organisation, bio)})
SPEAKERS = [
    (
        "anna-kowalska",
        "Anna Kowalska",
        {
            "pl": (
                "Fundacja Sąsiedzka",
                "Animatorka społeczności lokalnych, od dziesięciu lat pracuje na łódzkich osiedlach.",
            ),
            "en": (
                "Neighbourhood Foundation",
                "A community animator who has worked on Łódź housing estates for ten years.",
            ),
            "uk": ("Сусідська фундація", "Аніматорка місцевих громад, десять років працює в районах Лодзі."),
        },
    ),
    (
        "olena-shevchenko",
        "Olena Shevchenko",
        {
            "pl": (
                "Polsk-Norsk Forening Razem=Sammen",
                "Koordynatorka działań integracyjnych w bibliotekach.",
            ),
            "en": ("Polsk-Norsk Forening Razem=Sammen", "Coordinates integration work in libraries."),
            "uk": ("Polsk-Norsk Forening Razem=Sammen", "Координаторка інтеграційних заходів у бібліотеках."),
        },
    ),
    (
        "marek-nowicki",
        "Marek Nowicki",
        {
            "pl": ("Biblioteka Miejska w Łodzi", "Kierownik filii, która jako pierwsza otworzyła strefę."),
            "en": ("Łódź City Library", "Head of the branch that opened the first zone."),
            "uk": ("Міська бібліотека в Лодзі", "Керівник філії, яка першою відкрила зону."),
        },
    ),
    (
        "ingrid-solberg",
        "Ingrid Solberg",
        {
            "pl": ("Razem=Sammen, Nodeland", "Opowiada o norweskich bibliotekach jako miejscach spotkań."),
            "en": ("Razem=Sammen, Nodeland", "Talks about Norwegian libraries as meeting places."),
            "uk": ("Razem=Sammen, Ноделанн", "Розповідає про норвезькі бібліотеки як місця зустрічей."),
        },
    ),
    (
        "katarzyna-wisniewska",
        "Katarzyna Wiśniewska",
        {
            "pl": ("Liderka osiedlowa", "Prowadzi grupę sąsiedzką, która odnowiła podwórko."),
            "en": ("Local leader", "Runs the neighbours' group that renewed their courtyard."),
            "uk": ("Місцева лідерка", "Веде сусідську групу, яка оновила свій двір."),
        },
    ),
    (
        "tomasz-zielinski",
        "Tomasz Zieliński",
        {
            "pl": ("Urzędnik miejski", "Zajmuje się konsultacjami społecznymi i budżetem obywatelskim."),
            "en": ("City official", "Works on public consultations and the participatory budget."),
            "uk": ("Міський посадовець", "Займається громадськими консультаціями та громадським бюджетом."),
        },
    ),
    (
        "iryna-bondarenko",
        "Iryna Bondarenko",
        {
            "pl": (
                "Grupa wsparcia sąsiedzkiego",
                "Pomaga mieszkańcom z Ukrainy odnaleźć się w nowym sąsiedztwie.",
            ),
            "en": (
                "Neighbourhood support group",
                "Helps residents from Ukraine find their way in a new neighbourhood.",
            ),
            "uk": (
                "Група сусідської підтримки",
                "Допомагає мешканцям з України освоїтися в новому сусідстві.",
            ),
        },
    ),
    (
        "pawel-lewandowski",
        "Paweł Lewandowski",
        {
            "pl": ("Stowarzyszenie Podwórko", "Animator kultury, prowadzi warsztaty dla grup sąsiedzkich."),
            "en": ("Podwórko Association", "A culture animator who runs workshops for neighbours' groups."),
            "uk": ("Асоціація «Podwórko»", "Аніматор культури, проводить майстер-класи для сусідських груп."),
        },
    ),
]

# (day 0/1, start "HH:MM", minutes, kind, room index or None, capacity, speaker slugs, {language: (title, abstract)})
SESSIONS = [
    (
        0,
        "09:30",
        30,
        "break",
        None,
        None,
        [],
        {
            "pl": ("Rejestracja i kawa", ""),
            "en": ("Registration and coffee", ""),
            "uk": ("Реєстрація та кава", ""),
        },
    ),
    (
        0,
        "10:00",
        30,
        "talk",
        0,
        None,
        ["anna-kowalska", "ingrid-solberg"],
        {
            "pl": ("Otwarcie Forum", "Po co nam sąsiedztwo i co wydarzyło się w strefach."),
            "en": ("Opening of the Forum", "Why neighbourhoods matter and what happened in the zones."),
            "uk": ("Відкриття Форуму", "Навіщо нам сусідство і що відбулося в зонах."),
        },
    ),
    (
        0,
        "10:30",
        60,
        "talk",
        0,
        None,
        ["marek-nowicki"],
        {
            "pl": (
                "Anonimowość na blokowisku i jak ją przełamać",
                "Co mówią badania i doświadczenia bibliotek.",
            ),
            "en": (
                "Anonymity on the housing estate and how to break it",
                "What research and libraries' experience tell us.",
            ),
            "uk": (
                "Анонімність у спальному районі і як її подолати",
                "Що кажуть дослідження та досвід бібліотек.",
            ),
        },
    ),
    (
        0,
        "11:30",
        30,
        "break",
        None,
        None,
        [],
        {"pl": ("Przerwa kawowa", ""), "en": ("Coffee break", ""), "uk": ("Перерва на каву", "")},
    ),
    (
        0,
        "12:00",
        90,
        "workshop",
        1,
        20,
        ["katarzyna-wisniewska"],
        {
            "pl": (
                "Warsztat: mapa zasobów sąsiedztwa",
                "Uczymy się rysować mapę ludzi, miejsc i organizacji.",
            ),
            "en": (
                "Workshop: mapping neighbourhood resources",
                "We learn to draw a map of people, places and groups.",
            ),
            "uk": (
                "Майстер-клас: мапа ресурсів сусідства",
                "Вчимося малювати мапу людей, місць і організацій.",
            ),
        },
    ),
    (
        0,
        "12:00",
        60,
        "talk",
        2,
        None,
        ["ingrid-solberg"],
        {
            "pl": (
                "Biblioteka jako trzecie miejsce",
                "Między domem a pracą: biblioteka, w której się spotykamy.",
            ),
            "en": ("The library as a third place", "Between home and work: a library where people meet."),
            "uk": ("Бібліотека як третє місце", "Між домом і роботою: бібліотека, де ми зустрічаємося."),
        },
    ),
    (
        0,
        "13:30",
        60,
        "break",
        None,
        None,
        [],
        {"pl": ("Przerwa obiadowa", ""), "en": ("Lunch break", ""), "uk": ("Обідня перерва", "")},
    ),
    (
        0,
        "14:30",
        90,
        "panel",
        0,
        None,
        ["tomasz-zielinski", "katarzyna-wisniewska", "anna-kowalska"],
        {
            "pl": ("Panel: jak rozmawiać z urzędem", "Mieszkańcy i urzędnicy o tym, co ułatwia współpracę."),
            "en": (
                "Panel: talking to the city hall",
                "Residents and officials on what makes working together easier.",
            ),
            "uk": (
                "Панель: як говорити з міською радою",
                "Мешканці й посадовці про те, що полегшує співпрацю.",
            ),
        },
    ),
    (
        0,
        "14:30",
        90,
        "workshop",
        1,
        20,
        ["iryna-bondarenko", "olena-shevchenko"],
        {
            "pl": (
                "Warsztat: narzędzia pracy socjalnej w bibliotece",
                "Rozmowa wspierająca i kierowanie do pomocy.",
            ),
            "en": (
                "Workshop: social work tools in the library",
                "Supportive conversation and referring people to help.",
            ),
            "uk": (
                "Майстер-клас: інструменти соціальної роботи в бібліотеці",
                "Підтримувальна розмова та скерування по допомогу.",
            ),
        },
    ),
    (
        1,
        "10:00",
        60,
        "talk",
        0,
        None,
        ["ingrid-solberg", "olena-shevchenko"],
        {
            "pl": (
                "Doświadczenia z Norwegii: biblioteka, która łączy",
                "Jak biblioteki w Norwegii pomagają sąsiadom się poznać.",
            ),
            "en": (
                "Lessons from Norway: a library that connects",
                "How libraries in Norway help neighbours get to know each other.",
            ),
            "uk": (
                "Досвід Норвегії: бібліотека, що об'єднує",
                "Як бібліотеки в Норвегії допомагають сусідам познайомитися.",
            ),
        },
    ),
    (
        1,
        "10:00",
        90,
        "workshop",
        1,
        15,
        ["pawel-lewandowski"],
        {
            "pl": (
                "Warsztat: pierwszy krok – jak zaprosić sąsiadów",
                "Plakaty, rozmowy na klatce i inne sprawdzone sposoby.",
            ),
            "en": (
                "Workshop: the first step – inviting your neighbours",
                "Posters, staircase chats and other tried ways.",
            ),
            "uk": (
                "Майстер-клас: перший крок — як запросити сусідів",
                "Плакати, розмови під під'їздом та інші перевірені способи.",
            ),
        },
    ),
    (
        1,
        "11:30",
        30,
        "break",
        None,
        None,
        [],
        {"pl": ("Przerwa kawowa", ""), "en": ("Coffee break", ""), "uk": ("Перерва на каву", "")},
    ),
    (
        1,
        "12:00",
        60,
        "talk",
        2,
        None,
        ["iryna-bondarenko"],
        {
            "pl": (
                "Sąsiedzi z Ukrainy w łódzkich dzielnicach",
                "Co pomaga nowym mieszkańcom poczuć się u siebie.",
            ),
            "en": ("Neighbours from Ukraine in Łódź districts", "What helps new residents feel at home."),
            "uk": ("Сусіди з України в районах Лодзі", "Що допомагає новим мешканцям почуватися як удома."),
        },
    ),
    (
        1,
        "12:00",
        90,
        "panel",
        0,
        None,
        ["anna-kowalska", "marek-nowicki", "tomasz-zielinski"],
        {
            "pl": ("Panel: co dalej ze Strefami?", "Jak utrzymać strefy po zakończeniu projektu."),
            "en": ("Panel: what next for the zones?", "How to keep the zones going after the project ends."),
            "uk": ("Панель: що далі із Зонами?", "Як зберегти зони після завершення проєкту."),
        },
    ),
    (
        1,
        "13:30",
        30,
        "talk",
        0,
        None,
        ["anna-kowalska"],
        {
            "pl": (
                "Podsumowanie Forum",
                "Najważniejsze wnioski i zaproszenie do poradnika „Jak stworzyć SAS”.",
            ),
            "en": (
                "Closing of the Forum",
                "The main lessons and an invitation to the guide on creating a zone.",
            ),
            "uk": ("Підсумки Форуму", "Головні висновки та запрошення до посібника «Як створити SAS»."),
        },
    ),
]


def _at(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute)).replace(tzinfo=WARSAW)


def _next_weekday(day, weekday):
    return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)


def _next_clock_change(today):
    """The next last Sunday of March or October after `today`, when Polish clocks change."""
    for year in (today.year, today.year + 1):
        for month in (3, 10):
            last = date(year, month, 31)
            sunday = last - timedelta(days=(last.weekday() - 6) % 7)
            if sunday > today + timedelta(days=1):
                return sunday
    raise AssertionError("unreachable: a clock change happens every six months")


def _slug(text, language):
    return slugify(text, allow_unicode=language == "uk")[:80]


def _event_day(offset, today):
    if offset is None:
        return _next_weekday(today, 1)
    if offset == "saturday":
        return _next_weekday(today, 5)
    if isinstance(offset, str):
        return _next_clock_change(today) + timedelta(days=-1 if offset == "dst-1" else 1)
    return today + timedelta(days=offset)


def _translated(extra, code):
    """The fields of `extra` given per language ({"pl": ..., "en": ..., "uk": ...}), in one language."""
    return {name: value[code] for name, value in extra.items() if isinstance(value, dict)}


def _event(key, event_type, audience, offset, hour, hours, texts, extra, zone, today):
    extra = {**extra, **_translated(extra, "pl")}
    day = _event_day(offset, today)
    fields = {"slug": key, "event_type": event_type, "audience": audience, "zone": zone}
    if extra.get("capacity") and hour is not None:
        fields.update(registration_enabled=True, max_seats_per_registration=3)
    if hour is None:
        fields.update(all_day=True, start_date=day, end_date=day + timedelta(days=extra.pop("end_days", 0)))
    else:
        start = _at(day, hour)
        fields.update(start=start, end=start + timedelta(hours=hours))
    if extra.get("repeat") == "weekly":
        extra["repeat_exceptions"] = [("date", day + timedelta(weeks=2))]
    title, intro = texts["pl"]
    body = [("paragraph", RichText(f"<p>{intro}</p>"))]
    return EventPage(
        title=title, intro=intro, body=body, organiser="Strefa Aktywności Sąsiedzkiej", **fields, **extra
    )


def _agenda(home):
    title, slug, intro = AGENDA["pl"]
    return ensure_page(
        home,
        EventIndexPage(title=title, slug=slug, intro=intro, show_in_menus=True),
        {code: dict(zip(("title", "slug", "intro"), AGENDA[code], strict=True)) for code in ("en", "uk")},
    )


def _speakers():
    locales = {code: Locale.objects.get(language_code=code) for code in ("pl", "en", "uk")}
    speakers = {}
    for slug, name, texts in SPEAKERS:
        speaker = Speaker.objects.filter(slug=slug, locale=locales["pl"]).first()
        if speaker is None:
            organisation, bio = texts["pl"]
            speaker = Speaker.objects.create(
                slug=slug, name=name, organisation=organisation, bio=f"<p>{bio}</p>", locale=locales["pl"]
            )
        for code in ("en", "uk"):
            if speaker.get_translation_or_none(locales[code]) is None:
                translation = speaker.copy_for_translation(locales[code])
                translation.organisation, bio = texts[code]
                translation.bio = f"<p>{bio}</p>"
                translation.save()
        speakers[slug] = speaker
    return speakers


def _forum(home, zone, today):
    first_day = _next_weekday(today + timedelta(days=35), 4)
    keys = [uuid.uuid4() for _ in ROOMS]

    def rooms(code):
        return [
            Room(name=names[code], capacity=capacity, accessibility=access[code], translation_key=key)
            for key, (capacity, names, access) in zip(keys, ROOMS, strict=True)
        ]

    title, slug, intro = FORUM["pl"]
    forum = ensure_page(
        home,
        ForumPage(
            title=title,
            slug=slug,
            intro=intro,
            show_in_menus=True,
            start_date=first_day,
            end_date=first_day + timedelta(days=1),
            zone=zone,
            venue_name=zone.branch_name if zone else "Biblioteka Miejska w Łodzi",
            venue_address=zone.address if zone else "Łódź",
            rooms=rooms("pl"),
        ),
        {
            code: {
                "title": FORUM[code][0],
                "slug": FORUM[code][1],
                "intro": FORUM[code][2],
                "rooms": rooms(code),
            }
            for code in ("en", "uk")
        },
    )
    speakers = _speakers()
    forum_rooms = list(forum.rooms.all())
    for day, clock, minutes, kind, room, capacity, speaker_slugs, texts in SESSIONS:
        hour, minute = map(int, clock.split(":"))
        start = _at(forum.start_date + timedelta(days=day), hour, minute)
        title, abstract = texts["pl"]
        ensure_page(
            forum,
            SessionPage(
                title=title,
                slug=_slug(f"{texts['en'][0]}-{day + 1}", "en"),
                kind=kind,
                room=None if room is None else forum_rooms[room],
                start=start,
                end=start + timedelta(minutes=minutes),
                capacity=capacity,
                registration_enabled=capacity is not None,
                abstract=f"<p>{abstract}</p>" if abstract else "",
                language="uk" if speaker_slugs == ["iryna-bondarenko"] else "pl",
                session_speakers=[
                    SessionSpeaker(speaker=speakers[slug], sort_order=order)
                    for order, slug in enumerate(speaker_slugs)
                ],
            ),
            {
                code: {
                    "title": texts[code][0],
                    "slug": _slug(f"{texts[code][0]}-{day + 1}", code),
                    "abstract": f"<p>{texts[code][1]}</p>" if texts[code][1] else "",
                }
                for code in ("en", "uk")
            },
        )
    return forum


DEMO_PEOPLE = ["Anna Nowak", "Jan Kowalski", "Olena Kovalenko", "Maria Wiśniewska", "Piotr Zieliński"]


def _registrations(forum):
    """Fill the smallest Forum workshop and put two people on its waiting list, once (booking.py
    writes their e-mails to the outbox as it would for anyone)."""
    workshop = (
        SessionPage.objects.child_of(forum)
        .filter(registration_enabled=True, capacity__isnull=False, locale=forum.locale)
        .order_by("capacity", "start")
        .first()
    )
    if workshop is None or Registration.objects.filter(occasion_id=workshop.pk).exists():
        return
    for number in range(workshop.capacity + 2):
        name = DEMO_PEOPLE[number % len(DEMO_PEOPLE)]
        person = booking.Person(
            name=f"{name} ({number + 1})",
            email=f"uczestnik{number + 1}@example.org",
            seats=1,
            language="uk" if "Olena" in name else "pl",
            consent_text="Demo",
        )
        booking.book(workshop, person)


def load():
    home = site_root_page()
    today = timezone.localdate()
    zones = list(ZonePage.objects.live().filter(locale=home.locale).order_by("path"))
    agenda = _agenda(home)
    for number, (key, event_type, audience, offset, hour, hours, texts, extra) in enumerate(EVENTS):
        event = _event(
            key,
            event_type,
            audience,
            offset,
            hour,
            hours,
            texts,
            extra,
            zones[number % len(zones)] if zones else None,
            today,
        )
        if event.zone is None and not event.venue_name:
            event.venue_name = "Biblioteka Miejska w Łodzi"
        ensure_page(
            agenda,
            event,
            {
                code: {
                    "title": texts[code][0],
                    "slug": _slug(texts[code][0], code),
                    "intro": texts[code][1],
                    "body": [("paragraph", RichText(f"<p>{texts[code][1]}</p>"))],
                    **_translated(extra, code),
                }
                for code in ("en", "uk")
            },
        )
    forum = _forum(home, zones[0] if zones else None, today)
    _registrations(forum)
