"""The search engine behind the views: the database's own full-text index, or OpenSearch.

Both search the same normalised words (core.text.folding): a query word matches a page holding
it in any form, with or without diacritics, and every word of the query must match.

Ranking, the same on every backend: for each query word, the title holding the exact form counts
8, the title holding another form 4, the text holding the exact form 2, another form 1; an event
or forum session still to come adds a half, so it goes first among equally relevant pages.

On SQLite and PostgreSQL the engine reads Wagtail's own index table (its FTS5 table, or its
tsvector columns) with one subquery per word and field, so the count, the type facets and the page
of results are each one SQL query, whatever the number of matches; Wagtail's database backend
scores each match with its own subquery, which took a second at 5,000 pages. With OpenSearch the
same points are constant-score clauses of one query, sent through Wagtail's query compiler.
"""

from django.db import connection
from django.db.models import Case, Count, FloatField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.utils import timezone
from modelsearch.conf import get_app_config
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MATCH_ALL, And, Boost, Or, PlainText

from forum.models import EventPage, SessionPage
from home.models import StandardPage
from home.search_fields import SEARCH_TERMS

TITLE_EXACT, TITLE_FORM, TEXT_EXACT, TEXT_FORM = 8, 4, 2, 1
UPCOMING = 0.5


def upcoming_condition():
    """Pages that are events or forum sessions not yet over."""
    now = timezone.now()
    return Q(pk__in=EventPage.objects.filter(span_end__gte=now).values("pk")) | Q(
        pk__in=SessionPage.objects.filter(span_end__gte=now).values("pk")
    )


def word_points(exact, forms, title, text):
    """(field, points, terms): the ways a page holds one query word, for the fields named so."""
    ways = (
        (title, TITLE_EXACT, (exact,)),
        (title, TITLE_FORM, forms),
        (text, TEXT_EXACT, (exact,)),
        (text, TEXT_FORM, forms),
    )
    return [(field, points, terms) for field, points, terms in ways if terms]


class CountedResults:
    """Ranked matches whose number is already known (the sum of the type facets), for the paginator."""

    def __init__(self, queryset, count):
        self.queryset = queryset
        self._count = count

    def count(self):
        return self._count

    def __getitem__(self, index):
        return self.queryset[index]


class DatabaseEngine:
    """Full-text search in Wagtail's index table on SQLite (FTS5) or PostgreSQL (tsvector)."""

    def __init__(self, vendor):
        self.vendor = vendor
        self.entries = get_app_config().get_model("IndexEntry")._meta.db_table
        self.fts = f"{self.entries}_fts"

    def _condition(self, columns, groups, prefix=None):
        """SQL and parameters: an entry where every group (the alternative terms of one word)
        matches in one of `columns`, and a word starts with `prefix` when one is given.

        FTS5 takes the whole expression with a column filter; PostgreSQL takes one tsquery per
        word and column, so that a word in the title and another in the text both count and each
        test can use the column's GIN index.
        """
        if self.vendor == "sqlite":
            parts = ["(" + " OR ".join(f'"{term}"' for term in group) + ")" for group in groups]
            if prefix:
                parts.append(f'"{prefix}"*')
            expression = f"{{{' '.join(columns)}}} : ({' AND '.join(parts)})"
            return f"e.id IN (SELECT rowid FROM {self.fts} WHERE {self.fts} MATCH %s)", [expression]
        queries = [" | ".join(group) for group in groups] + ([f"{prefix}:*"] if prefix else [])
        config = "'simple', " if columns == ("autocomplete",) else ""
        tests = " OR ".join(f"e.{column} @@ (SELECT to_tsquery({config}%s))" for column in columns)
        condition = " AND ".join(f"({tests})" for _query in queries)
        return condition, [query for query in queries for _column in columns]

    def _matching(self, columns, groups, prefix=None):
        """SQL selecting the ids of pages whose index entry matches in `columns`."""
        content_types = ", ".join(str(pk) for pk in get_descendants_content_types_pks(Page))
        condition, params = self._condition(columns, groups, prefix)
        sql = (
            f"SELECT CAST(e.object_id AS INTEGER) FROM {self.entries} e "
            f"WHERE e.content_type_id IN ({content_types}) AND {condition}"
        )
        return RawSQL(sql, params)

    def matches(self, pages, words):
        return pages.filter(
            pk__in=self._matching(("title", "body"), [(exact, *forms) for exact, forms in words])
        )

    def type_counts(self, pages, words):
        """{content type id: number of matching pages}, counted by the database."""
        counted = self.matches(pages, words).values("content_type_id").annotate(count=Count("id")).order_by()
        return {row["content_type_id"]: row["count"] for row in counted}

    def _text_points(self, words):
        """The points of the words' forms in each page's title and text, as an SQL expression.

        FTS5 answers MATCH only as a filter: one set of matching pages per word, field and form.
        PostgreSQL tests each page's own index entry (found through its unique key), which reads
        each entry once instead of once per test.
        """
        ways = [way for exact, forms in words for way in word_points(exact, forms, "title", "body")]
        if self.vendor == "sqlite":
            points = [
                Case(When(pk__in=self._matching((column,), [terms]), then=Value(float(weight))), default=0.0)
                for column, weight, terms in ways
            ]
            return sum(points[1:], points[0])
        tests = " + ".join(
            f"(CASE WHEN e.{column} @@ (SELECT to_tsquery(%s)) THEN {float(weight)} ELSE 0 END)"
            for column, weight, _ in ways
        )
        sql = (
            f"SELECT {tests} FROM {self.entries} e WHERE e.content_type_id = wagtailcore_page.content_type_id "
            "AND e.object_id = CAST(wagtailcore_page.id AS TEXT)"
        )
        return RawSQL(sql, [" | ".join(terms) for _column, _weight, terms in ways], output_field=FloatField())

    def results(self, pages, words, count):
        """The `count` matching pages, most relevant first, to slice."""
        upcoming = Case(When(upcoming_condition(), then=Value(UPCOMING)), default=Value(0.0))
        relevance = self._text_points(words) + upcoming
        ranked = self.matches(pages, words).annotate(relevance=relevance).order_by("-relevance", "-pk")
        return CountedResults(ranked, count)

    def autocomplete(self, pages, words, prefix):
        groups = [(exact,) for exact, _forms in words]
        return pages.filter(pk__in=self._matching(("autocomplete",), groups, prefix)).order_by("title")


class BackendEngine:
    """Wagtail's search API with the normalised words, for a backend without its own engine here."""

    @staticmethod
    def _query(words):
        return And(
            [
                Or([Boost(PlainText(exact), TITLE_EXACT / TITLE_FORM), *(PlainText(form) for form in forms)])
                for exact, forms in words
            ]
        )

    def type_counts(self, pages, words):
        return dict(pages.search(self._query(words)).facet("content_type_id"))

    def results(self, pages, words, count):
        return pages.search(self._query(words))

    def autocomplete(self, pages, words, prefix):
        return pages.autocomplete(" ".join([*(exact for exact, _forms in words), prefix]))


class OpenSearchEngine(BackendEngine):
    """OpenSearch scoring the same points as the database engine, with constant-score clauses.

    The query goes through Wagtail's compiler and results (filters from the queryset, count, type
    facets, pages of results fetched from the database); only its inner query is ours. The title
    field holds the title and its normalised words (home.search_fields.TitleSearchField); the
    normalised text is its own field. Words are already normalised, so they are sought as terms.
    """

    def __init__(self, backend):
        self.backend = backend
        mapping = backend.mapping_class(StandardPage)
        fields = {field.field_name: field for field in StandardPage.get_searchable_search_fields()}
        self.title = mapping.get_field_column_name(fields["title"])
        self.text = mapping.get_field_column_name(fields[SEARCH_TERMS])

    @staticmethod
    def _points(field, terms, boost):
        return {"constant_score": {"filter": {"terms": {field: list(terms)}}, "boost": boost}}

    def _inner_query(self, pages, words):
        must = [
            {
                "bool": {
                    "should": [
                        self._points(field, terms, weight)
                        for field, weight, terms in word_points(exact, forms, self.title, self.text)
                    ],
                    "minimum_should_match": 1,
                }
            }
            for exact, forms in words
        ]
        upcoming = [str(pk) for pk in pages.filter(upcoming_condition()).values_list("pk", flat=True)]
        return {"bool": {"must": must, "should": [self._points("pk", upcoming, UPCOMING)]}}

    def _search(self, pages, words):
        inner = self._inner_query(pages, words)

        class NormalisedQueryCompiler(self.backend.query_compiler_class):
            def get_inner_query(self):
                return inner

        compiler = NormalisedQueryCompiler(pages, MATCH_ALL)
        compiler.check()
        return self.backend.results_class(self.backend, compiler)

    def type_counts(self, pages, words):
        return dict(self._search(pages, words).facet("content_type_id"))

    def results(self, pages, words, count):
        return self._search(pages, words)


# Wagtail's database backends whose index table the DatabaseEngine reads, by database vendor.
DATABASE_BACKENDS = {"sqlite": "SQLiteSearchBackend", "postgresql": "PostgresSearchBackend"}


def engine():
    """The engine for the configured search backend and database."""
    backend = get_search_backend()
    if DATABASE_BACKENDS.get(connection.vendor) == type(backend).__name__:
        return DatabaseEngine(connection.vendor)
    if type(backend).__module__.startswith("modelsearch.backends.opensearch"):
        return OpenSearchEngine(backend)
    return BackendEngine()
