"""Demo content of the shared ground: home pages, the programme, partners, accessibility, contact."""

from datetime import date
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from home.demo_tools import demo_image, ensure_locales, ensure_page, publish, tree_root
from home.models import (
    AccessibilityStatementPage,
    FooterLink,
    FormField,
    FormPage,
    HomePage,
    PartnerLogo,
    SiteSettings,
    StandardPage,
)

HOME = {
    "pl": {
        "title": "Strefy Aktywności Sąsiedzkiej",
        "intro": "Sześć filii Biblioteki Miejskiej w Łodzi staje się miejscami, w których sąsiedzi się poznają, "
        "rozmawiają o swojej okolicy i razem ją zmieniają.",
    },
    "en": {
        "title": "Neighbourhood Activity Zones",
        "intro": "Six branches of the Łódź City Library become places where neighbours meet, talk about "
        "their area and change it together.",
    },
    "uk": {
        "title": "Зони сусідської активності",
        "intro": "Шість філій Міської бібліотеки в Лодзі стають місцями, де сусіди знайомляться, "
        "говорять про свій район і разом змінюють його.",
    },
}

ABOUT = {
    "pl": {
        "title": "O projekcie",
        "intro": "Strefa Aktywności Sąsiedzkiej (SAS) to projekt, który zamienia osiedlowe biblioteki w centra "
        "sąsiedzkiej aktywności.",
        "paragraphs": [
            "Życie w dużym mieście sprzyja anonimowości i izolacji, zwłaszcza na blokowiskach, a pandemia "
            "pogłębiła nieufność wobec obcych. Pomysł SAS narodził się w 2020 roku z rozmów z mieszkańcami "
            "Łodzi. Sześć filii Biblioteki Miejskiej w Łodzi zgodziło się gościć strefy.",
            "Projekt realizujemy od 1 stycznia 2022 do 30 czerwca 2023 roku z partnerem z Norwegii, "
            "Polsk-Norsk Forening Razem=Sammen z Nodeland, który ma doświadczenie w działaniach "
            "integracyjnych w bibliotekach. Projekt otrzymał 62 470 EUR dofinansowania z programu Aktywni "
            "Obywatele – Fundusz Krajowy, finansowanego z Funduszy EOG i Norweskich.",
        ],
        "parts_heading": "Co robimy",
        "parts": "<ul><li>cykl spotkań szkoleniowych dla bibliotekarek i lokalnych liderów (diagnoza potrzeb "
        "lokalnych, narzędzia pracy socjalnej, angażowanie społeczności);</li><li>diagnozę potrzeb i zasobów "
        "wokół każdej filii: kto tam mieszka, kto już działa, czego brakuje;</li><li>jedno działanie lokalne "
        "w każdej strefie, prowadzone przez mieszkańców;</li><li>Forum Sąsiedzkie z wykładami i warsztatami;"
        "</li><li>poradnik „Jak stworzyć SAS” dla innych instytucji w Polsce.</li></ul>",
        "groups_heading": "Dla kogo",
        "groups": "<p>Dla aktywistów i lokalnych liderów, lokalnej społeczności oraz urzędników i pracowników "
        "instytucji publicznych. Zasięg projektu jest lokalny; działania to animacja społeczności lokalnych "
        "i edukacja.</p>",
    },
    "en": {
        "slug": "about",
        "title": "About the project",
        "intro": "The Neighbourhood Activity Zone (SAS) project turns local libraries into centres of "
        "neighbourhood activity.",
        "paragraphs": [
            "Big-city life breeds anonymity and isolation, above all on large housing estates, and the "
            "pandemic deepened people's distrust of strangers. The SAS idea came from conversations with "
            "residents of Łódź in 2020. Six branches of the Łódź City Library agreed to host the zones.",
            "The project runs from 1 January 2022 to 30 June 2023 with a partner from Norway, Polsk-Norsk "
            "Forening Razem=Sammen from Nodeland, experienced in integration work in libraries. It received "
            "EUR 62,470 from the Active Citizens Fund, financed by the EEA and Norway Grants.",
        ],
        "parts_heading": "What we do",
        "parts": "<ul><li>a cycle of training meetings for librarians and local leaders (diagnosing local "
        "needs, tools of social work, engaging the community);</li><li>a needs-and-resources analysis around "
        "each branch: who lives there, who is already active, what is missing;</li><li>one local action per "
        "zone, run by residents;</li><li>a Neighbourhood Forum with talks and workshops;</li><li>the guide "
        "“How to create a Neighbourhood Activity Zone” for other institutions in Poland.</li></ul>",
        "groups_heading": "Who it is for",
        "groups": "<p>Activists and local leaders, the local community, and officials and staff of public "
        "institutions. The project's reach is local; its activities are community animation and "
        "education.</p>",
    },
    "uk": {
        "slug": "pro-proiekt",
        "title": "Про проєкт",
        "intro": "Зона сусідської активності (SAS) — це проєкт, який перетворює районні бібліотеки на центри "
        "сусідської активності.",
        "paragraphs": [
            "Життя у великому місті сприяє анонімності та ізоляції, особливо у великих житлових масивах, а "
            "пандемія поглибила недовіру до незнайомців. Ідея SAS народилася у 2020 році з розмов із "
            "мешканцями Лодзі. Шість філій Міської бібліотеки в Лодзі погодилися прийняти зони.",
            "Проєкт триває з 1 січня 2022 до 30 червня 2023 року разом із партнером із Норвегії — "
            "Polsk-Norsk Forening Razem=Sammen з Ноделанна, що має досвід інтеграційної роботи в "
            "бібліотеках. Проєкт отримав 62 470 євро з Фонду активних громадян, що фінансується Грантами "
            "ЄЕЗ та Норвегії.",
        ],
        "parts_heading": "Що ми робимо",
        "parts": "<ul><li>цикл навчальних зустрічей для бібліотекарок і місцевих лідерів (діагностика місцевих "
        "потреб, інструменти соціальної роботи, залучення громади);</li><li>аналіз потреб і ресурсів навколо "
        "кожної філії: хто там живе, хто вже діє, чого бракує;</li><li>одна місцева ініціатива в кожній зоні, "
        "яку ведуть мешканці;</li><li>Сусідський форум з лекціями та майстер-класами;</li><li>посібник «Як "
        "створити SAS» для інших установ у Польщі.</li></ul>",
        "groups_heading": "Для кого",
        "groups": "<p>Для активістів і місцевих лідерів, місцевої громади, а також посадовців і працівників "
        "публічних установ. Охоплення проєкту місцеве; діяльність — анімація місцевих громад і освіта.</p>",
    },
}

PARTNERS = {
    "pl": {
        "title": "Partnerzy",
        "intro": "Projekt prowadzimy razem z biblioteką i partnerem z Norwegii.",
        "body": "<p><b>Biblioteka Miejska w Łodzi</b> – sześć filii gości Strefy Aktywności Sąsiedzkiej.</p>"
        "<p><b>Polsk-Norsk Forening Razem=Sammen</b> (Nodeland, Norwegia) – stowarzyszenie z "
        "doświadczeniem w działaniach integracyjnych prowadzonych w bibliotekach.</p>",
    },
    "en": {
        "slug": "partners",
        "title": "Partners",
        "intro": "We run the project together with the library and a partner from Norway.",
        "body": "<p><b>Łódź City Library</b> (Biblioteka Miejska w Łodzi) – six of its branches host the "
        "Neighbourhood Activity Zones.</p><p><b>Polsk-Norsk Forening Razem=Sammen</b> (Nodeland, Norway) – "
        "an association experienced in integration work run in libraries.</p>",
    },
    "uk": {
        "slug": "partnery",
        "title": "Партнери",
        "intro": "Ми реалізуємо проєкт разом із бібліотекою та партнером із Норвегії.",
        "body": "<p><b>Міська бібліотека в Лодзі</b> (Biblioteka Miejska w Łodzi) — шість її філій приймають "
        "Зони сусідської активності.</p><p><b>Polsk-Norsk Forening Razem=Sammen</b> (Ноделанн, Норвегія) — "
        "асоціація з досвідом інтеграційної роботи в бібліотеках.</p>",
    },
}

ACCESSIBILITY_DATES = {
    "site_published_on": date(2022, 3, 1),
    "last_updated_on": date(2026, 11, 25),
    "prepared_on": date(2022, 3, 31),
    "reviewed_on": date(2026, 3, 31),
}

ACCESSIBILITY = {
    "pl": {
        "title": "Deklaracja dostępności",
        "non_accessible_content": "<ul><li>Część zdjęć w historiach stref z 2022 roku nie ma jeszcze opisów "
        "alternatywnych; uzupełniamy je.</li><li>Nagrania z Forum Sąsiedzkiego nie mają napisów; transkrypcję "
        "wyślemy na prośbę.</li></ul>",
        "architecture": "<p>Biuro projektu nie przyjmuje gości; spotkania odbywają się w filiach biblioteki. "
        "Do każdej filii można wejść z psem asystującym. Tłumacza polskiego języka migowego zapewniamy na "
        "prośbę zgłoszoną 3 dni robocze przed wydarzeniem.</p>",
    },
    "en": {
        "slug": "accessibility-statement",
        "title": "Accessibility statement",
        "non_accessible_content": "<ul><li>Some photos in the zones' stories from 2022 have no text "
        "alternative yet; we are adding them.</li><li>Recordings from the Neighbourhood Forum have no "
        "subtitles; we send a transcript on request.</li></ul>",
        "architecture": "<p>The project office does not receive visitors; meetings take place in the library "
        "branches. You may enter every branch with an assistance dog. We provide a Polish sign language "
        "interpreter when asked 3 working days before an event.</p>",
    },
    "uk": {
        "slug": "deklaratsiia-dostupnosti",
        "title": "Декларація доступності",
        "non_accessible_content": "<ul><li>Частина фотографій в історіях зон за 2022 рік ще не має "
        "текстових описів; ми їх додаємо.</li><li>Записи з Сусідського форуму не мають субтитрів; "
        "транскрипцію надішлемо на прохання.</li></ul>",
        "architecture": "<p>Офіс проєкту не приймає відвідувачів; зустрічі відбуваються у філіях бібліотеки. "
        "До кожної філії можна увійти з собакою-помічником. Перекладача польської жестової мови забезпечуємо "
        "на прохання, надіслане за 3 робочі дні до події.</p>",
    },
}

PRIVACY = {
    "pl": {
        "title": "Informacja o ochronie danych",
        "intro": "Jak przetwarzamy dane osób, które zapisują się na wydarzenia i Forum Sąsiedzkie.",
        "body": "<p>Administratorem danych podanych w formularzu zapisu jest organizator projektu "
        "(dane demonstracyjne). Przetwarzamy imię, e-mail, opcjonalnie telefon, strefę zamieszkania i "
        "potrzeby dostępności wyłącznie po to, by obsłużyć zapis, listę obecności i przypomnienia "
        "(art. 6 ust. 1 lit. a RODO). Dane usuwamy 30 dni po wydarzeniu; zostaje tylko liczba osób.</p>"
        "<p>Masz prawo wglądu do danych, ich poprawienia i usunięcia oraz cofnięcia zgody — napisz do nas "
        "przez formularz kontaktowy. Możesz też złożyć skargę do Prezesa UODO.</p>",
    },
    "en": {
        "slug": "privacy",
        "title": "Privacy notice",
        "intro": "How we handle the data of people who register for events and the Neighbourhood Forum.",
        "body": "<p>The controller of the data given in the registration form is the project organiser "
        "(demonstration data). We process your name, e-mail and, if you give them, phone, zone of residence "
        "and accessibility needs only to handle the registration, the attendance list and reminders "
        "(Art. 6(1)(a) GDPR). We erase the data 30 days after the event and keep only the number of people.</p>"
        "<p>You may see, correct and erase your data and withdraw your consent: write to us through the "
        "contact form. You may also complain to the Polish data protection authority (UODO).</p>",
    },
    "uk": {
        "slug": "konfidentsiinist",
        "title": "Інформація про захист даних",
        "intro": "Як ми обробляємо дані людей, які реєструються на події та Сусідський форум.",
        "body": "<p>Контролером даних, наданих у формі реєстрації, є організатор проєкту (демонстраційні "
        "дані). Ми обробляємо ваше ім’я, e-mail і, якщо ви їх надали, телефон, зону проживання та потреби "
        "доступності лише для обслуговування реєстрації, списку присутніх і нагадувань (ст. 6(1)(a) GDPR). "
        "Ми видаляємо дані через 30 днів після події, залишаючи лише кількість людей.</p>"
        "<p>Ви маєте право переглянути, виправити й видалити свої дані та відкликати згоду: напишіть нам "
        "через контактну форму. Ви також можете подати скаргу до польського органу захисту даних (UODO).</p>",
    },
}

CONTACT = {
    "pl": {
        "title": "Kontakt",
        "intro": "<p>Masz pytanie o strefy, szkolenia albo Forum Sąsiedzkie? Napisz do nas.</p>",
        "thank_you": "<p>Dziękujemy! Odpowiemy najszybciej, jak to możliwe.</p>",
        "fields": [
            ("Imię i nazwisko", "singleline"),
            ("E-mail", "email"),
            ("Wiadomość", "multiline"),
        ],
    },
    "en": {
        "slug": "contact",
        "title": "Contact",
        "intro": "<p>A question about the zones, the training or the Neighbourhood Forum? Write to us.</p>",
        "thank_you": "<p>Thank you! We will answer as soon as we can.</p>",
        "fields": [("Name", "singleline"), ("E-mail", "email"), ("Message", "multiline")],
    },
    "uk": {
        "slug": "kontakty",
        "title": "Контакти",
        "intro": "<p>Маєте запитання про зони, навчання чи Сусідський форум? Напишіть нам.</p>",
        "thank_you": "<p>Дякуємо! Ми відповімо якнайшвидше.</p>",
        "fields": [
            ("Ім'я та прізвище", "singleline"),
            ("Електронна пошта", "email"),
            ("Повідомлення", "multiline"),
        ],
    },
}

FUNDING = {
    "pl": "Projekt „Strefa Aktywności Sąsiedzkiej” korzysta z dofinansowania o wartości 62 470 EUR otrzymanego "
    "od Islandii, Liechtensteinu i Norwegii w ramach Funduszy EOG i Funduszy Norweskich w ramach programu "
    "Aktywni Obywatele – Fundusz Krajowy.",
    "en": "The project “Neighbourhood Activity Zone” benefits from a EUR 62,470 grant from Iceland, "
    "Liechtenstein and Norway through the EEA and Norway Grants, under the Active Citizens Fund programme.",
    "uk": "Проєкт «Зона сусідської активності» отримує фінансування в розмірі 62 470 євро від Ісландії, "
    "Ліхтенштейну та Норвегії в рамках Грантів ЄЕЗ та Норвегії за програмою «Активні громадяни».",
}

LOGOS = [
    (
        "Fundusze EOG i Fundusze Norweskie – Aktywni Obywatele",
        "funder",
        "#1d3f7a",
        "EEA & Norway Grants",
        "https://www.eog.gov.pl/",
    ),
    (
        "Biblioteka Miejska w Łodzi",
        "partner",
        "#7a1d3f",
        "Biblioteka Miejska w Łodzi",
        "https://biblioteka.lodz.pl/",
    ),
    (
        "Polsk-Norsk Forening Razem=Sammen",
        "partner",
        "#1d5e3f",
        "Razem=Sammen",
        "https://razemsammen.no/",
    ),
]


def _standard_page_fields(text, extra_blocks=()):
    body = [("paragraph", RichText("".join(f"<p>{p}</p>" for p in text.get("paragraphs", []))))]
    if "body" in text:
        body = [("paragraph", RichText(text["body"]))]
    for heading_key, html_key in extra_blocks:
        body += [
            ("heading", {"text": text[heading_key], "level": "h2"}),
            ("paragraph", RichText(text[html_key])),
        ]
    fields = {"title": text["title"], "intro": text["intro"], "body": body}
    if "slug" in text:
        fields["slug"] = text["slug"]
    return fields


def _home_page():
    """Put the Polish home page at the site root, replacing Wagtail's welcome page once."""
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = tree_root()
    home = HomePage(slug="sas", **HOME["pl"])
    root.add_child(instance=home)
    publish(home)
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="SAS Łódź",
        )
    else:
        welcome = site.root_page
        site.root_page = home
        site.save()
        if (
            not isinstance(welcome.specific, HomePage)
            and welcome.depth == 2
            and not welcome.get_children_count()
        ):
            welcome.delete()
    return home


def _translate_home(home):
    ensure_page(home.get_parent(), home, {code: HOME[code] for code in ("en", "uk")})


def _form_fields(text):
    return [
        FormField(sort_order=index, label=label, field_type=kind, required=True)
        for index, (label, kind) in enumerate(text["fields"])
    ]


def _site_address():
    """Point the default site at BASE_URL's host, so the sitemap and feeds give usable links."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.get(is_default_site=True)
    port = address.port or (443 if address.scheme == "https" else 80)
    if (site.hostname, site.port) != (address.hostname, port):
        site.hostname, site.port = address.hostname, port
        site.save()


def _site_settings(home, footer_pages, privacy_page):
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if site_settings.privacy_page is None:
        site_settings.privacy_page = privacy_page
        site_settings.save()
    if site_settings.funding_statement_pl:
        return
    site_settings.funding_statement_pl = FUNDING["pl"]
    site_settings.funding_statement_en = FUNDING["en"]
    site_settings.funding_statement_uk = FUNDING["uk"]
    site_settings.organisation_name = "Strefy Aktywności Sąsiedzkiej (demo)"
    site_settings.address = "ul. Przykładowa 1\n90-001 Łódź"
    site_settings.email = "kontakt@sas.example.org"
    site_settings.phone = "+48 42 000 00 00"
    site_settings.facebook_url = "https://www.facebook.com/"
    site_settings.partner_logos = [
        PartnerLogo(
            name=name,
            role=role,
            logo=demo_image(f"Logo: {name}", colour, label, (480, 160)),
            url=url,
        )
        for name, role, colour, label, url in LOGOS
    ]
    site_settings.footer_links = [FooterLink(page=page) for page in footer_pages]
    site_settings.save()


def load():
    ensure_locales()
    home = _home_page()
    _translate_home(home)
    about = ensure_page(
        home,
        StandardPage(
            slug="o-projekcie",
            show_in_menus=True,
            **_standard_page_fields(ABOUT["pl"], [("parts_heading", "parts"), ("groups_heading", "groups")]),
        ),
        {
            code: _standard_page_fields(
                ABOUT[code], [("parts_heading", "parts"), ("groups_heading", "groups")]
            )
            for code in ("en", "uk")
        },
    )
    ensure_page(
        home,
        StandardPage(slug="partnerzy", show_in_menus=True, **_standard_page_fields(PARTNERS["pl"])),
        {code: _standard_page_fields(PARTNERS[code]) for code in ("en", "uk")},
    )
    accessibility = ensure_page(
        home,
        AccessibilityStatementPage(
            slug="deklaracja-dostepnosci",
            contact_person="Anna Przykładowa (demo)",
            **ACCESSIBILITY_DATES,
            **ACCESSIBILITY["pl"],
        ),
        {code: ACCESSIBILITY[code] for code in ("en", "uk")},
    )
    privacy = ensure_page(
        home,
        StandardPage(slug="ochrona-danych", **_standard_page_fields(PRIVACY["pl"])),
        {code: _standard_page_fields(PRIVACY[code]) for code in ("en", "uk")},
    )
    contact = ensure_page(
        home,
        FormPage(
            slug="kontakt",
            show_in_menus=True,
            title=CONTACT["pl"]["title"],
            intro=CONTACT["pl"]["intro"],
            thank_you_text=CONTACT["pl"]["thank_you"],
            to_address="kontakt@sas.example.org",
            subject="Wiadomość ze strony SAS",
            form_fields=_form_fields(CONTACT["pl"]),
        ),
        {
            code: {
                "slug": CONTACT[code]["slug"],
                "title": CONTACT[code]["title"],
                "intro": CONTACT[code]["intro"],
                "thank_you_text": CONTACT[code]["thank_you"],
                "form_fields": _form_fields(CONTACT[code]),
            }
            for code in ("en", "uk")
        },
    )
    _site_address()
    _site_settings(home, [about, accessibility, privacy, contact], privacy)
    return Page.objects.live().count()
