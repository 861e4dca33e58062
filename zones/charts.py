"""Accessible bar charts drawn on the server as SVG: a title, a description and text labels, so a
screen reader announces what the chart shows; the page repeats the same data as a table."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

WIDTH = 640
BAR_AREA = 440
ROW_HEIGHT = 46
BAR_HEIGHT = 18
KINDS = [
    ("need", _("Needs named by residents"), "#a4262c"),
    ("resource", _("Resources of the area"), "#1d6b3a"),
    ("group", _("Groups of residents"), "#1f4e8c"),
]


def bar_chart(chart_id, title, colour, findings):
    """One horizontal bar per finding, scaled to the largest value, each labelled with its text."""
    largest = max(finding.value for finding in findings) or 1
    bars = []
    for row, finding in enumerate(findings):
        y = row * ROW_HEIGHT
        width = float(finding.value) / float(largest) * BAR_AREA
        bars.append(
            (
                y + 16,
                finding.label,
                y + 22,
                f"{width:.1f}",
                BAR_HEIGHT,
                colour,
                f"{width + 6:.1f}",
                y + 36,
                finding.display_value,
            )
        )
    top = max(findings, key=lambda finding: finding.value)
    description = ngettext(
        "A bar chart of %(count)d finding. The largest: %(label)s, %(value)s.",
        "A bar chart of %(count)d findings. The largest: %(label)s, %(value)s.",
        len(findings),
    ) % {"count": len(findings), "label": top.label, "value": top.display_value}
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="zone-chart" role="img" '
        'aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {width} {height}" '
        'font-family="system-ui, sans-serif" font-size="14">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{description}</desc>{bars}</svg>',
        id=chart_id,
        width=WIDTH,
        height=len(findings) * ROW_HEIGHT,
        title=title,
        description=description,
        bars=format_html_join(
            "",
            '<text x="0" y="{}" fill="#212529">{}</text>'
            '<rect x="0" y="{}" width="{}" height="{}" fill="{}"></rect>'
            '<text x="{}" y="{}" fill="#212529">{}</text>',
            bars,
        ),
    )


def diagnosis_charts(findings):
    """One chart per kind of finding (needs, resources, groups), since their units differ."""
    charts = []
    for kind, title, colour in KINDS:
        rows = [finding for finding in findings if finding.kind == kind]
        if rows:
            charts.append(
                {"kind": kind, "title": title, "svg": bar_chart(f"chart-{kind}", title, colour, rows)}
            )
    return charts
