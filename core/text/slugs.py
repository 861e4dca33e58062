"""The slug a page gets from its title: the one Wagtail's admin proposes when an editor types it.

With `WAGTAIL_ALLOW_UNICODE_SLUGS` off the admin transliterates the title with the tables of the
page's language first ("Łódź" gives "lodz" on a Polish page, "Як створити" gives "yak-stvoryty"
on a Ukrainian one, by the Ukrainian national transliteration), then keeps ASCII letters, digits,
"-" and "_", joining words with "-". The tables below are the admin's own (its `urlify`) for the
site's languages, so a page saved without a slug (see BasePage), a demo page and a page an editor
creates in the admin read alike.
"""

import re

_TABLES = {
    "latin": "àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ðd ñn òo óo ôo õo öo őo øo ùu úu ûu üu űu "
    "ýy þth ÿy ßss",
    "ru": "аa бb вv гg дd еe ёyo жzh зz иi йj кk лl мm нn оo пp рr сs тt уu фf хx цc чch шsh щshh ъ ыy ь "
    "эe юyu яya",
    "uk": "єye іi їyi ґg гh иy йi хkh цts щshch",
    "pl": "ąa ćc ęe łl ńn óo śs źz żz",
}
# The only letter whose capital the admin spells differently from its small form.
_CAPITALS = {"uk": {"Й": "y"}}
# Applied weakest first, so that a letter two tables know is spelt as in the admin: by the page's
# own language, else by the first of Latin, Russian, Ukrainian, Polish.
_WEAKEST_FIRST = ("pl", "uk", "ru", "latin")


def _table(language_code):
    """Letter -> Latin for a page in `language_code`: its language's table wins over the others."""
    table = {}
    for name in sorted(_WEAKEST_FIRST, key=lambda name: name == language_code):
        table.update({entry[0]: entry[1:] for entry in _TABLES[name].split()})
    table |= _CAPITALS.get(language_code, {})
    return table


def slug_from_title(title, language_code):
    """The page slug the admin proposes for `title` on a page in `language_code`."""
    table = _table(language_code)
    latin = "".join(table.get(letter, table.get(letter.lower(), letter)) for letter in title.strip())
    slug = re.sub(r"[^-a-z0-9_\s]", "", latin.lower())
    return re.sub(r"[-\s]+", "-", slug)[:255].rstrip("-")
