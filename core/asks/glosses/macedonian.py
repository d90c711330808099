"""Macedonian words an ask turns on and the everyday words around them, in the English the
rules read (`core.asks.gloss`).

Macedonian shares most of its everyday words with Bulgarian ("пари", money; "ако", if; "кажи",
tell) and is read with that glossary too (`READS_WITH`, `core.asks.glosses.bulgarian`); this
one holds what Macedonian says its own way: "прашај" (ask, where Bulgarian says "попитай"),
"келнерот" (the waiter, the article written onto the word), "сум" (I am, where Bulgarian
writes "съм"), "дека" (that), "убава" and "грда" (pretty, ugly), "згоден" (handsome; the
Bulgarian "сгоден", engaged, is spelt with a "с"), "мора" (must), and the words round them."""

from __future__ import annotations

READS_WITH = ("bulgarian",)
"""An ask in Macedonian is read with the Bulgarian glossary too."""

GLOSSES: dict[str, str] = {
    # asking, telling, answering
    r"прашај(?:те)?|прашам|прашаш|праша|прашува\w*|распрашај": "ask",
    r"побарај(?:те)?|побарам|побара": "ask for",
    r"кажи(?:те)? (?:му|ѝ|и)|кажи(?:те)?|кажам|рече|речи": "tell",
    r"одговори|одговор|одговара|одговорам": "answer",
    r"мора(?:ш|т|ме)?(?: да)?": "must",
    r"дека": "that",
    r"искрено|отворено": "honestly",
    # people
    r"келнер(?:от|ка|ката|и|ите)?|сервитьор\w*": "the waiter",
    r"продавач(?:от|ка|ката)?": "the shop assistant",
    r"другар(?:от|ка|ката)?|пријател(?:от|ка|ката)?": "a friend",
    r"другари(?:те)?|пријатели(?:те)?|другарки": "friends",
    r"непознат(?:иот|ата|а|и)?": "a stranger",
    # money
    r"позајми(?:ш)?|позајмува|да ми позајми|назаем": "lend me",
    r"пари(?:те)?|денари|денар": "money",
    # looks, asked of someone else
    r"дали сум|дали изгледам": "if i am",
    r"сум": "i am",
    r"убав(?:а|о|и)?|згоден|згодна|згодни|привлечн\w*": "good-looking",
    r"грд(?:а|о|и)?|грозен|грозна|грозни": "ugly",
    r"или": "or",
    # ties and conditions
    r"(?:повеќе|веќе) не сме": "we are no longer",
    # "другарки" alone would be read as Bulgarian "другар\w*", a friend: the tie in one phrase
    r"(?:повеќе|веќе) не сме (?:другари|другарки|пријатели|пријателки)": (
        "we are no longer friends"
    ),
    r"не сме": "we are not",
    r"ако не (?:ми|ни)": "if they don't",
    r"ако не": "if they don't",
    r"не": "not",
}
