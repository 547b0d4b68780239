"""The allow-list on Markdown's tree: pages without raw HTML never reach the HTML parser,
so the tree pass alone must stop what Markdown syntax can smuggle in."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from markdown.serializers import to_xhtml_string

from edu_app.content import load_book
from edu_app.render import markdown_to_html, render_chapter
from edu_app.render.sanitize import sanitize, sanitize_tree

from ..content.test_loader import CHAPTER, write_book

# Markdown syntax only, no raw HTML: every line would be dangerous or remote if let through.
HOSTILE_MARKDOWN = """Click here.
{: onclick="steal()" style="display:none" }

[js link](javascript:alert(1)) and [encoded](&#106;avascript:alert(2))
and [data](data:text/html;base64,PHNjcmlwdD4=) and [ftp](ftp://evil.example/x)

![tracker](https://evil.example/track.png)

![secret](file:///etc/passwd)

[inside](chapter:two#first) and [section](#first)
"""


@pytest.fixture
def hostile(tmp_path):
    body = CHAPTER.format(id="one", title="One") + "\n" + HOSTILE_MARKDOWN
    root = write_book(tmp_path / "b", {"en": {"01-one.md": body},
                                       "fr": {"01-one.md": CHAPTER.format(id="one", title="Un")}})
    return render_chapter(load_book(root), "one", "en")


def test_markdown_syntax_cannot_bring_in_scripts_links_or_remote_pictures(hostile):
    html = hostile.html.lower()
    for bad in ("onclick", "display:none", "javascript:", "&#106;avascript", "data:text",
                "ftp:", "evil.example", "/etc/passwd"):
        assert bad not in html, bad
    assert 'href="chapter:two#first"' in hostile.html and 'href="#first"' in hostile.html
    assert "[tracker]" in hostile.html and "[secret]" in hostile.html  # their words stay
    assert "js link" in hostile.html and "Click here." in hostile.html
    assert {"onclick attribute", "style attribute"} <= set(hostile.dropped)
    assert any(d.startswith("link javascript:alert(2)") for d in hostile.dropped)


def test_the_tree_pass_leaves_nothing_for_the_html_parser(tmp_path):
    # Without raw HTML the body goes the fast way; the full sanitizer finds nothing left.
    body, _, dropped = markdown_to_html(load_book(write_book(tmp_path / "b")),
                                        HOSTILE_MARKDOWN, "en")
    assert dropped and sanitize(body)[1] == []


SNIPPETS = [
    '<div><p>a <blink>b <b>c</b> d</blink> e</p></div>',
    '<div><p>keep <script>alert(1)</script>tail</p><!-- c --><p>x</p></div>',
    '<div><p><img src="https://x.example/a.png" alt="words" />after</p></div>',
    '<div><p><img src="https://x.example/a.png" />after</p></div>',
    '<div><p><a href="javascript:x()" title="t">link</a> '
    '<a href="#s" onmouseover="y">s</a></p></div>',
    '<div><object><p>hidden</p></object>'
    '<table><tr><td colspan="2" style="x">c</td></tr></table></div>',
]


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_tree_and_html_sanitizers_agree(snippet):
    tree = ET.fromstring(snippet)
    dropped = sanitize_tree(tree)
    from_tree = sanitize(to_xhtml_string(tree))
    from_html = sanitize(snippet)
    assert from_tree[1] == []  # already clean
    assert from_tree[0] == from_html[0]
    assert sorted(dropped) == sorted(from_html[1])


def test_only_the_dotted_underline_passes_as_a_style():
    html, dropped = sanitize('<a href="#a" style="text-underline-style: dotted">a</a>'
                             '<a href="#b" style="text-underline-style: dotted; color: red">b</a>')
    assert html == ('<a href="#a" style="text-underline-style: dotted">a</a>'
                    '<a href="#b">b</a>')
    assert dropped == ["style attribute"]
