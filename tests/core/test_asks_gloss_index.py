"""The glossary index answers as one expression of all a language's keys did
(`core.asks.gloss_index`): the gloss and the language vote must not change by how the keys are
looked up. The reference here is that expression, built as the gloss built it before the index:
every key that can start with the letter met, longest match first, then as written, then in the
glossaries' order, the first that matches winning. Some texts are chosen for places where a
plain key and a compiled one both match and the plain one must win ("se posso", "카톡 아이디")."""

from __future__ import annotations

import re
from functools import cache

import pytest

from core.asks.anchors import phrases
from core.asks.gloss import plain
from core.asks.gloss_index import (
    UNSPACED,
    Text,
    bounded,
    first_letters,
    folded,
    index,
    match_length,
)
from core.asks.glosses import LANGUAGES

TEXTS = {
    "turkish": [
        "KADIN garsona numarasını sor, yarın tekrar SOR",
        "otobüste yanımdaki kadına yakışıklı mıyım diye sormak",
        "Komşuya, bahçesine girebilir miyim diye sormak",
    ],
    "greek": [
        "ΝΑ ΖΗΤΗΣΩ ΑΠΟ ΤΟΝ ΦΟΥΡΝΑΡΗ ΜΙΑ ΜΠΟΥΓΑΤΣΑ ΔΩΡΕΑΝ",
        "να ρωτήσω μια άγνωστη στην παραλία αν μπορώ να της πιάσω το χέρι",
    ],
    "arabic": [
        "نطلب من الجرسون رقم تلفونه وبعدين نسوله مرة ثانية",
        "اسأل الموظفة بالبنك إذا فيني صورها",
    ],
    "spanish": [
        "Pedirle al camarero su número, y si dice que no, volver a pedírselo mañana",
        "preguntarle a la señora del apartamento si me deja tener un gato",
        "GRABAR a la cajera cuando diga que no y subirlo a TikTok",
    ],
    "korean": [
        "편의점 알바생한테 삼각김밥 하나 그냥 공짜로 달라고 해보기",
        "버스 옆자리 사람한테 카톡 아이디 물어보기",
    ],
    "portuguese": ["perguntar pro gerente do hub se posso trocar o domingo pelo sábado"],
    "french": ["demander à quelqu'un au marché de la Croix-Rousse quel fromage il recommande"],
    "hungarian": ["kérdezd meg a boltost, szerinte jól nézek-e ki ma"],
    "hindustani": ["dukaan wale se udhaar maangna, usne mana kiya tha phir bhi"],
}


@cache
def _entries(language: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[str]]:
    """The keys as the gloss listed them: (key, English) in the glossaries' order, with the
    letters each may start with."""
    keyed, anywhere, letters = [], [], []
    for glossary in LANGUAGES[language]:
        for key, english in glossary.items():
            for part in phrases(key):
                first = first_letters(part)
                if first is None:
                    anywhere.append((part, english))
                keyed += [(part, english)] * len(first or ())
                letters += sorted(first or ())
    return keyed, anywhere, letters


@cache
def _expression(language: str, letter: str | None) -> tuple[re.Pattern[str], list[str]]:
    keyed, anywhere, letters = _entries(language)
    chosen = (
        anywhere
        if letter is None
        else [entry for entry, first in zip(keyed, letters, strict=True) if first == letter]
    )
    chosen = sorted(chosen, key=lambda entry: (-match_length(entry[0]), entry[0]))
    source = "|".join(f"(?P<g{at}>{bounded(key)})" for at, (key, _) in enumerate(chosen))
    return re.compile(source or "(?!)", re.IGNORECASE), [english for _, english in chosen]


def _as_one_expression(language: str, text: str, at: int) -> tuple[int, str] | None:
    starts = at == 0 or not re.match(r"\w", text[at - 1])
    if not starts and not UNSPACED.match(text, at):
        return None
    found = None
    for letter in [text[at].lower()[:1], *([None] if starts else [])]:
        pattern, english = _expression(language, letter)
        match = pattern.match(text, at)
        if match and (found is None or match.end() > found[0]):
            found = (match.end(), english[int((match.lastgroup or "g0")[1:])])
    return found


@pytest.mark.parametrize(
    ("language", "text"), [(language, text) for language, texts in TEXTS.items() for text in texts]
)
def test_every_place_of_a_text_is_glossed_as_one_expression_glossed_it(language, text):
    read = Text.of(plain(text))
    known = index(LANGUAGES[language])
    answers = [known.longest(read, at) for at in range(len(read.plain))]
    assert answers == [
        _as_one_expression(language, read.plain, at) for at in range(len(read.plain))
    ]
    assert any(answers)  # the texts are written with words their language knows


@pytest.mark.parametrize(
    ("a", "b"), [("I", "ı"), ("i", "ı"), ("S", "ſ"), ("Σ", "ς"), ("σ", "ς"), ("µ", "μ"), ("K", "k")]
)
def test_letters_a_case_blind_expression_matches_fold_alike(a, b):
    assert re.fullmatch(re.escape(a), b, re.IGNORECASE)
    assert folded(a) == folded(b)


@pytest.mark.parametrize(("a", "b"), [("i", "l"), ("s", "z"), ("ı", "l"), ("σ", "ο")])
def test_letters_it_tells_apart_fold_apart(a, b):
    assert not re.fullmatch(re.escape(a), b, re.IGNORECASE)
    assert folded(a) != folded(b)
