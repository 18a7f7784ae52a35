"""The LaTeX and Markdown filters: user text comes out literally and cannot change the structure."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from pep_cli.escape import LATEX_PRINTABLE, latex, latex_paragraphs, md, md_paragraphs

LATEX_SPECIALS = [
    ("\\", r"\textbackslash{}"),
    ("{", r"\{"),
    ("}", r"\}"),
    ("$", r"\$"),
    ("&", r"\&"),
    ("#", r"\#"),
    ("^", r"\textasciicircum{}"),
    ("_", r"\_"),
    ("%", r"\%"),
    ("~", r"\textasciitilde{}"),
    ("<", r"\textless{}"),
    (">", r"\textgreater{}"),
    ("|", r"\textbar{}"),
    ('"', r"\textquotedbl{}"),
    ("`", r"\textasciigrave{}"),
    ("'", r"\textquoteright{}"),
    ("[", "{[}"),
    ("]", "{]}"),
]


@pytest.mark.parametrize(("char", "expected"), LATEX_SPECIALS, ids=[c for c, _ in LATEX_SPECIALS])
def test_each_latex_special_is_escaped(char: str, expected: str) -> None:
    assert latex(f"a{char}b") == f"a{expected}b"


def test_tex_commands_in_data_are_text() -> None:
    assert latex(r"\input{/etc/passwd}") == r"\textbackslash{}input\{/etc/passwd\}"
    assert latex(r"\write18{rm -rf ~}") == r"\textbackslash{}write18\{rm -rf \textasciitilde{}\}"


def test_no_backslash_survives_unless_it_starts_an_escape() -> None:
    text = "".join(char for char, _ in LATEX_SPECIALS) * 3
    escaped = latex(text)
    commands = {
        "textbackslash",
        "textasciicircum",
        "textasciitilde",
        "textless",
        "textgreater",
        "textbar",
        "textquotedbl",
        "textasciigrave",
        "textquoteright",
    }
    for piece in escaped.split("\\")[1:]:
        name = piece.split("{", 1)[0]
        assert name in commands or piece[:1] in "{}$&#_%", piece


def test_ligatures_that_change_text_are_broken() -> None:
    assert latex("a--b---c") == "a-{}-b-{}-{}-c"
    assert latex(",,x") == ",{},x"
    assert latex("<<x>>") == r"\textless{}\textless{}x\textgreater{}\textgreater{}"


def test_white_space_is_inline_and_no_break_spaces_stay() -> None:
    assert latex("  un\n\ndeux\ttrois  ") == "un deux trois"
    assert latex("810\u202f000\u00a0€") == r"810\,000~€"


def test_paragraphs_keep_blank_lines_only() -> None:
    assert latex_paragraphs("un\ndeux\n\n  \ntrois") == "un deux\n\ntrois"
    assert md_paragraphs("# un\ndeux\n\ntrois") == "\\# un deux\n\ntrois"


def test_characters_the_fonts_lack_become_visible_code_points() -> None:
    assert latex("a🙂b") == r"a{[}U+1F642{]}\allowbreak{}b"
    assert latex("中") == r"{[}U+4E2D{]}\allowbreak{}"
    assert latex("a\x01b") == r"a{[}U+0001{]}\allowbreak{}b"
    # French text, ligatures and guillemets are kept as they are.
    assert latex("« Œuvre » æ ﬁ é") == "« Œuvre » æ ﬁ é"


def test_decomposed_accents_are_composed() -> None:
    assert latex("e\u0301te\u0301") == "été"


def test_the_latex_character_set_covers_french() -> None:
    french = "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’“”–—…€°"
    assert set(french) <= LATEX_PRINTABLE


def _tokens(text: str) -> list[str]:
    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    return [token.type for token in parser.parse(text)]


MARKDOWN_ATTACKS = [
    "# titre",
    "## titre ##",
    "- liste",
    "+ liste",
    "* liste",
    "1. liste",
    "3) liste",
    "> citation",
    "---",
    "===",
    "***",
    "```code```",
    "    code indenté",
    "| a | b |",
    "[lien](http://example.org)",
    "![image](x.png)",
    "<http://example.org>",
    "<script>alert(1)</script>",
    "<!-- commentaire -->",
    "**gras** __gras__ *it* _it_",
    "~~barré~~",
    "`code`",
    "&amp; &#35; &copy;",
    "[ref]: http://example.org",
    "\\# déjà échappé",
]


@pytest.mark.parametrize("text", MARKDOWN_ATTACKS)
def test_markdown_specials_render_as_one_plain_paragraph(text: str) -> None:
    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    tokens = parser.parse(md(text))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    inline = tokens[1]
    assert [child.type for child in inline.children or []] == ["text"]
    assert inline.children[0].content == " ".join(text.split())  # type: ignore[index]


@pytest.mark.parametrize("text", MARKDOWN_ATTACKS)
def test_markdown_specials_stay_text_in_headings_lists_and_cells(text: str) -> None:
    document = f"## {md(text)}\n\n- {md(text)}\n\n| a | b |\n|---|---|\n| {md(text)} | x |\n"
    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    tokens = parser.parse(document)
    inlines = [t for t in tokens if t.type == "inline"]
    assert [t.content for t in inlines][:2] == [md(text), md(text)]
    assert all([c.type for c in t.children or []] == ["text"] for t in inlines)
    texts = [t.children[0].content for t in inlines]  # type: ignore[index]
    shown = " ".join(text.split())  # inline text: white space runs become one space
    assert texts == [shown, shown, "a", "b", shown, "x"]
    assert _tokens(document).count("td_open") == 2


def test_markdown_keeps_french_text_readable() -> None:
    text = "Crédits de l'État (programme 304) : 810\u202f000\u00a0€, 2022-2024 « ok » !"
    assert md(text) == text
