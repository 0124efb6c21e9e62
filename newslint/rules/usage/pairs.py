"""Word pairs a copy desk meets, judged by the words next to them.

Each rule is a short table of context patterns: the named group ``w`` is the word
to replace, and the pattern around it is the evidence ("free reign", "the reigns
of power", "data breech"). A pattern that would also match a correct use is left
out: these rules are tuned to say nothing rather than cry wolf.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, cached_property

from newslint.diagnostics import Finding
from newslint.document import QUOTATION, Document
from newslint.patterns import lowercase_prefilter_is_safe
from newslint.rule import PARAGRAPH, Context, Example, Rule

from .context import match_case

_LETTERS = re.compile(r"[a-z]+")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@cache
def _words(triggers: str) -> frozenset[str]:
    return frozenset(triggers.split())


def _letter_runs(doc: Document, ctx: Context) -> frozenset[str] | None:
    """The story's lowercased letter runs, or None when an odd letter makes them unsafe."""

    def compute() -> frozenset[str] | None:
        if not lowercase_prefilter_is_safe(doc.text):
            return None  # a story holding such a letter has every pattern run
        # Every run of ASCII letters in the text: the runs inside the story's lowercased
        # words (the analysis keeps "it's" and "abc123" whole; their runs are "it", "s",
        # "abc").
        return frozenset(_LETTERS.findall(" ".join(ctx.analysis.words.vocabulary)))

    runs: frozenset[str] | None = ctx.memo("usage.letter_runs", compute)
    return runs


class PatternConfusable(Rule):
    """Base: ``patterns`` are (trigger words, regex with a group ``w``, replacement for it).

    Every match of a regex holds one of its trigger words as a whole run of letters, so
    a regex whose trigger words are all missing from the story is neither compiled nor
    run: most stories need none of a rule's patterns.
    """

    category = "confusables"
    scope = PARAGRAPH
    severity = "warning"
    message = "A sound-alike word that does not fit its context."
    template = "'{found}' looks like the wrong word here: did you mean '{fix}'?"
    # Homophones are the writer's spelling even inside a quotation (see ConfusableRule);
    # rules for a speaker's own word choice set skip_regions back to quotations.
    skip_regions: frozenset[str] = frozenset()
    # Trigger words are lowercase and separated by spaces. A replacement is a template
    # (may use groups) or a table from the found word's forms.
    patterns: tuple[tuple[str, str, str | dict[str, str]], ...] = ()

    @cached_property
    def keys(self) -> tuple[str, ...]:
        """Stems the story must contain for any pattern to match (the first pass when the
        letter runs cannot be trusted)."""
        return tuple(k for k in self.key_words.split())

    key_words = ""

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        runs = _letter_runs(doc, ctx)
        if runs is None:  # an odd letter: the plain substring test, then every pattern
            lowered: str = ctx.memo("usage.lowered", lambda: doc.text.lower())
            if self.key_words and not any(k in lowered for k in self.keys):
                return
        seen: set[int] = set()
        for triggers, pattern, replacement in self.patterns:
            if runs is not None and runs.isdisjoint(_words(triggers)):
                continue
            for m in _compiled(pattern).finditer(doc.text):
                start, end = m.span("w")
                if start in seen:
                    continue
                seen.add(start)
                found = m.group("w")
                if isinstance(replacement, dict):
                    target = replacement.get(found.lower(), "")
                else:
                    target = m.expand(replacement)
                fix = match_case(found, target)
                if fix and fix != found:
                    yield Finding(start, end, self.template.format(found=found, fix=fix), (fix,))


_AND = r"(?:\s+(?:and|or)\s+\w+)?"


class PrincipalPrinciple(PatternConfusable):
    id = "NL209"
    name = "principal-principle"
    key_words = "princip"
    docs = """
    A principle is a rule or belief ("the principles of due process", "in principle");
    a principal is a person in charge ("the school principal") or the chief one ("the
    principal reason", "principal deputy"), or a sum of money. The rule flags
    "principle" before a noun it modifies or after "school" and "assistant", and
    "principal(s)" in "in principal", after "against", "violates" or "basic", and in
    "principals of law/liberty/the Constitution".
    AP Stylebook, "principal, principle"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The [[principle=>principal]] reason for the delay was money.",
            fixed="The principal reason for the delay was money.",
        ),
        "She was listed as the grant's [[principle=>principal]] investigator.",
        "Mr. Brown is our new school [[principle=>principal]].",
        "In [[principal=>principle]], the plan is sound.",
        "It is against his [[principals=>principles]] to lie.",
        "The law violates all [[principals=>principles]] of the Constitution.",
    )
    good = (
        "The principal reason for the delay was money.",
        "The principle of due process applies.",
        "The firm's principals met with regulators.",
        "The loan's principal and interest are due.",
        "In principle, the plan is sound.",
    )
    patterns = (
        (
            "principal",
            r"\bin\s+(?P<w>principal)\b(?!\s+(?:and|amount|payments?|balance|investment|sum))",
            "principle",
        ),
        (
            "principal principals",
            r"\b(?:basic|general|core|fundamental|guiding|moral|ethical|first|founding|democratic"
            r"|constitutional|scientific|overarching|underlying)\s+(?P<w>principal)(?P<s>s?)\b",
            r"principle\g<s>",
        ),
        (
            "principals",
            r"\b(?:against|violat(?:e|es|ed|ing)|uphold(?:s|ing)?|upheld|abandon(?:s|ed|ing)?"
            r"|betray(?:s|ed|ing)?|(?:stick|sticks|stuck|adhere|adheres|adhered|true)\s+to)"
            r"\s+(?:(?:all|the|his|her|their|our|my|your|its|basic|core)\s+)?(?P<w>principals)\b",
            "principles",
        ),
        (
            "principals",
            r"\b(?P<w>principals)\s+of\s+(?:the\s+)?(?:law|liberty|justice|democracy|fairness"
            r"|equity|physics|economics|accounting|design|management|constitution|federalism"
            r"|due process|equal protection|free speech|international law|natural justice)\b",
            "principles",
        ),
        (
            "principle principles",
            r"\b(?:school|assistant|vice|elementary|deputy|acting|interim)\s+(?P<w>principle)"
            r"(?P<s>s?)\b(?!\s+(?:of|that)\b)",
            r"principal\g<s>",
        ),
        (
            "principle",
            r"\b(?P<w>principle)\s+(?:investigators?|activit(?:y|ies)|reasons?|owners?|deputy"
            r"|residence|place\s+of\s+business|offices?|amount|balance|causes?|sources?|authors?"
            r"|architects?|shareholders?|officers?|partners?|defendants?|players?|characters?"
            r"|role|goal|aim|concerns?|purpose|objective|components?|ingredients?|exports?"
            r"|investors?|beneficiar(?:y|ies)|contributors?|economists?|advis[eo]rs?"
            r"|consultants?|sponsors?|suppliers?|targets?|assistants?|agents?|executives?"
            r"|stockholders?|suspects?|associate|attorney|and\s+interest|payments?)\b",
            "principal",
        ),
    )


class ReinReign(PatternConfusable):
    id = "NL210"
    name = "rein-reign"
    key_words = "reign"
    docs = """
    Reins are the straps that steer a horse, so one holds, takes or hands over "the
    reins" and gives someone "free rein"; to "rein in" is to restrain. A reign is a
    monarch's rule. The rule flags "free reign", "reign in", "the reigns of power", and
    "reigns" after verbs of holding or handing over.
    AP Stylebook, "rein, reign"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The director was given free [[reign=>rein]] over the budget.",
            fixed="The director was given free rein over the budget.",
        ),
        "The council voted to [[reign=>rein]] in spending.",
        "He took the [[reigns=>reins]] of the company in 2019.",
        "Idi Amin held the [[reigns=>reins]] of power for years.",
        "She handed over the managerial [[reigns=>reins]] to her deputy.",
    )
    good = (
        "The queen's reign lasted 70 years.",
        "The council voted to rein in spending.",
        "The reigns of Henry VIII and Elizabeth I were long.",
    )
    patterns = (
        ("reign", r"\bfree\s+(?P<w>reign)\b", "rein"),
        (
            "reign reigns reigned reigning",
            r"\b(?P<w>reign(?P<e>s|ed|ing)?)\s+(?=in\b(?!\s+(?:of|the|his|her|\d)))",
            r"rein\g<e>",
        ),
        (
            "reigns",
            r"\b(?P<w>reigns)\s+of\s+(?:power|government|leadership|office|the\s+(?:company|party"
            r"|team|government|economy|country|state|city|agency|department|firm|business))\b",
            "reins",
        ),
        (
            "reigns",
            r"\b(?:take|takes|took|taken|taking|hold|holds|held|holding|hand|hands|handed|handing"
            r"|pass|passes|passed|passing|turn|turns|turned|grab|grabbed|seize|seized|give|gave"
            r"|given|relinquish(?:ed)?|assume[ds]?|keep|kept)\s+(?:over\s+)?(?:the|his|her|their"
            r"|its|our)\s+(?:\w+\s+)?(?P<w>reigns)\b",
            "reins",
        ),
        (
            "reigns",
            r"\b(?:managerial|political|corporate|financial|economic|editorial)\s+(?P<w>reigns)\b",
            "reins",
        ),
    )


PIQUE = {"peak": "pique", "peaks": "piques", "peaked": "piqued", "peaking": "piquing"}


class PeakPeekPique(PatternConfusable):
    id = "NL211"
    name = "peak-peek-pique"
    key_words = "peak peek"
    docs = """
    A peak is a summit; a peek is a quick look; to pique is to provoke (interest,
    curiosity). The rule flags "sneak peak", "take a peak", "peak/peaked" with
    "interest" or "curiosity" as object, and "peek" in "peek season" or "at its peek".
    AP Stylebook, "peak, peek, pique"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The studio released a sneak [[peak=>peek]] of the film.",
            fixed="The studio released a sneak peek of the film.",
        ),
        "The case [[peaked=>piqued]] my interest.",
        "The name was enough to [[peak=>pique]] his curiosity.",
        "Travel slows after the [[peek=>peak]] season.",
    )
    good = (
        "Sales peaked in May.",
        "The case piqued my interest.",
        "Take a peek inside.",
        "Interest rates peaked last year.",
    )
    patterns = (
        ("peak peaks", r"\bsneak\s+(?P<w>peaks?)\b", "peek"),
        (
            # "a?\s*" lets the article touch the word: "take apeak at" is a match too
            "peak apeak",
            r"\b(?:take|takes|took|taking|get|got|have|had|quick|brief|a\s+quick)\s+a?\s*"
            r"(?P<w>peak)\s+(?=at|inside|into|behind)\b",
            "peek",
        ),
        (
            "peak peaks peaked peaking",
            r"\b(?P<w>peak(?:s|ed|ing)?)\s+(?:(?:his|her|my|your|our|their|its|the|public|"
            r"everyone's|readers'?)\s+)+(?:own\s+)?(?:interest|curiosity)\b",
            PIQUE,
        ),
        ("peek", r"\b(?P<w>peek)\s+(?=season|hours|demand|performance|levels?|times?)\b", "peak"),
        ("peek", r"\b(?:at|reached|reach|hit)\s+(?:its|their|the|a)\s+(?P<w>peek)\b", "peak"),
    )


class SiteSightCite(PatternConfusable):
    id = "NL212"
    name = "site-sight-cite"
    key_words = "site sight sited side"
    docs = """
    A site is a place ("construction site", "website"); sight is vision ("out of sight",
    "lost sight of"); to cite is to quote or summon ("cited for speeding"); a side is
    one of two positions ("on the other side"). The rule flags each word in the fixed
    phrases that belong to another: "construction sight", "lost site of", "line of
    site", "on the positive site", "was sited for".
    AP Stylebook, "cite, site, sight"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "Workers were hurt at the construction [[sight=>site]].",
            fixed="Workers were hurt at the construction site.",
        ),
        "The agency lost [[site=>sight]] of its mission.",
        "On the positive [[site=>side]], costs fell.",
        "The driver was [[sited=>cited]] for speeding.",
    )
    good = (
        "Workers were hurt at the construction site.",
        "The agency lost sight of its mission.",
        "The judge cited the statute.",
        "The campsite sits on a hill.",
    )
    patterns = (
        (
            "sight sights",
            r"\b(?:construction|building|job|crime|test|burial|landfill|dump|polling|launch"
            r"|drilling|disposal|excavation|superfund|blast|crash|accident|camp)\s+"
            r"(?P<w>sight)(?P<s>s?)\b",
            r"site\g<s>",
        ),
        (
            "site",
            r"\b(?:lost|lose|loses|losing|out\s+of|line\s+of|catch|caught|at\s+first|in)\s+"
            r"(?P<w>site)\b(?=\s+(?:of|unseen)\b|[.,;!?])",
            "sight",
        ),
        ("site", r"\b(?P<w>site)\s+unseen\b", "sight"),
        (
            "site",
            r"\bon\s+the\s+(?:other|positive|negative|bright|plus|minus|flip|opposite|wrong)"
            r"\s+(?P<w>site)\b",
            "side",
        ),
        # The trigger is the rarer word of the phrase.
        ("construction", r"\b(?:a|the)\s+construction\s+(?P<w>side)(?=[.!?])", "site"),
        (
            "sited sighted",
            r"\b(?:was|were|been|being|is|are|get|got)\s+(?P<w>(?:sited|sighted))\s+for\b",
            "cited",
        ),
    )


class EminentImminent(PatternConfusable):
    id = "NL213"
    name = "eminent-imminent"
    key_words = "minent"
    docs = """
    Eminent means distinguished ("an eminent jurist"), and the government's power to
    take property is "eminent domain"; imminent means about to happen ("imminent
    danger"). The rule flags "imminent domain", "eminent" before danger words and
    "imminent" before words for distinguished people.
    AP Stylebook, "eminent, imminent" and "eminent domain"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The city took the land by [[imminent=>eminent]] domain.",
            fixed="The city took the land by eminent domain.",
        ),
        "Officers said the man posed an [[eminent=>imminent]] threat.",
        "An [[imminent=>eminent]] historian wrote the report.",
    )
    good = (
        "The city took the land by eminent domain.",
        "A strike is imminent.",
        "An eminent historian wrote the report.",
    )
    patterns = (
        ("imminent", r"\b(?P<w>imminent)\s+domain\b", "eminent"),
        (
            "eminent",
            r"\b(?P<w>eminent)\s+(?=(?:and\s+\w+\s+)?(?:danger|threat|threats|harm|peril"
            r"|attack|collapse|death|risk|arrest|eviction|invasion|strike|default|closure"
            r"|departure|release|launch|war)\b)",
            "imminent",
        ),
        (
            "imminent",
            r"\b(?P<w>imminent)\s+(?=(?:jurist|scholar|scientist|historian|physician|surgeon"
            r"|professor|lawyer|author|economist|theologian|architect|statesman)s?\b)",
            "eminent",
        ),
    )


class CapitolCapital(PatternConfusable):
    id = "NL214"
    name = "capitol-capital"
    key_words = "capit"
    docs = """
    The Capitol is the building where a legislature meets ("the U.S. Capitol",
    "Capitol Hill", "Capitol Police"); a capital is a seat of government, money, or
    an uppercase letter ("capital punishment", "capital gains"). The rule flags
    "Capital Hill", "capital" before building words, and "capitol" before money and
    crime words.
    AP Stylebook, "capital, Capitol"; Chicago 8.58.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "Protesters gathered on [[Capital=>Capitol]] Hill.",
            fixed="Protesters gathered on Capitol Hill.",
        ),
        "Officers from the [[Capital=>Capitol]] Police responded.",
        "The state seeks [[capitol=>capital]] punishment in the case.",
    )
    good = (
        "Protesters gathered on Capitol Hill.",
        "Richmond is the capital of Virginia.",
        "The state seeks capital punishment.",
        "Capital gains taxes rose.",
    )
    patterns = (
        ("capital", r"\b(?P<w>Capital)\s+(?=Hill\b)", "Capitol"),
        (
            "capital",
            r"\b(?:the|U\.S\.|state)\s+(?P<w>capital)\s+(?=(?:building|dome|rotunda|grounds"
            r"|steps|police|complex)\b)",
            "Capitol",
        ),
        ("capital", r"\b(?P<w>Capital)\s+(?=Police\b)", "Capitol"),
        (
            "capitol",
            r"\b(?P<w>capitol)\s+(?=(?:punishment|gains?|offense|offenses|murder|case|cases"
            r"|crime|crimes|markets?|investments?|letters?|expenditures?|improvements?"
            r"|city|cities|stock|campaign|budget|defendant)\b)",
            "capital",
        ),
    )


class CouncilCounsel(PatternConfusable):
    id = "NL215"
    name = "council-counsel"
    key_words = "counsel council"
    docs = """
    A council is a body that meets ("city council"); counsel is a lawyer or advice
    ("defense counsel", "special counsel"); a consul is a diplomat ("consul general").
    The rule flags "counsel" before council words ("counsel member", "city counsel
    meeting"), "council" in lawyer phrases ("legal council", "special council",
    "council for the defendant") and "counsel general".
    AP Stylebook, "council, counsel" and "consul"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The defendant waived his right to [[council=>counsel]].",
            fixed="The defendant waived his right to counsel.",
        ),
        "The company hired outside legal [[council=>counsel]].",
        "The city [[counsel=>council]] voted 5-2.",
        "Archer Blood, the [[counsel=>consul]] general in Dacca, objected.",
        "[[Council=>Counsel]] for the defendant objected.",
    )
    good = (
        "The city council voted 5-2.",
        "Defense counsel objected.",
        "The council members met.",
        "The county counsel advised the board.",
    )
    patterns = (
        (
            "counsel",
            r"\b(?P<w>counsel)\s+(?=(?:members?|meetings?|chambers?|president|session|seat|"
            r"district|vote)\b)",
            "council",
        ),
        (
            "counsel",
            r"\b(?:city|student|security|advisory|tribal|parish|village|borough|school)\s+"
            r"(?P<w>counsel)\b(?!\s+(?:for|to)\b)",
            "council",
        ),
        (
            "council",
            r"\b(?:legal|special|independent|outside|in-house|appellate|trial|defense|general"
            r"|associate|assistant|deputy|chief|opposing)\s+(?P<w>council)\b"
            r"(?!\s+(?:of|members?|meetings?|chambers?)\b)",
            "counsel",
        ),
        (
            "council",
            r"\b(?P<w>council)\s+(?=for\s+(?:the\s+)?(?:defendants?|plaintiffs?|defense|government"
            r"|prosecution|state|petitioners?|respondents?|appellants?|appellees?)\b)",
            "counsel",
        ),
        (
            "council",
            r"\b(?:right\s+to|advice\s+(?:of|and)|assistance\s+of|represented\s+by)\s+"
            r"(?P<w>council)\b",
            "counsel",
        ),
        ("counsel", r"\b(?P<w>counsel)(?=\s+general\b)", "consul"),
    )


class FlauntFlout(PatternConfusable):
    id = "NL216"
    name = "flaunt-flout"
    skip_regions = frozenset({QUOTATION})  # the speaker chose the word
    key_words = "flaunt flout"
    docs = """
    To flaunt is to show off ("flaunted his wealth"); to flout is to defy ("flouted the
    law"). The rule flags "flaunt" with a rule as object and "flout" with wealth.
    AP Stylebook, "flaunt, flout"; Chicago 5.250. Quotations are left alone: the speaker chose the word.
    """
    bad = (
        Example(
            "The company [[flaunted=>flouted]] the court order.",
            fixed="The company flouted the court order.",
        ),
        "He [[flouted=>flaunted]] his wealth on social media.",
    )
    good = ("The company flouted the court order.", "He flaunted his wealth.")
    patterns = (
        (
            "flaunt flaunts flaunted flaunting",
            r"\b(?P<w>flaunt(?P<e>s|ed|ing)?)\s+(?:(?:the|a|an|his|her|their|its|our|federal"
            r"|state|local|court|city|public|health)\s+)*(?:laws?|rules?|regulations?|orders?"
            r"|ban|sanctions?|court|ruling|injunction|guidelines?|restrictions?|mandates?"
            r"|requirements?|norms?|conventions?|subpoenas?|curfew|treaty|authority)\b",
            r"flout\g<e>",
        ),
        (
            "flout flouts flouted flouting",
            r"\b(?P<w>flout(?P<e>s|ed|ing)?)\s+(?:(?:his|her|their|its|the)\s+)?(?:new\s+)?"
            r"(?:wealth|money|riches|success|jewelry|cars?|body|figure|fortune)\b",
            r"flaunt\g<e>",
        ),
    )


class PorePour(PatternConfusable):
    id = "NL217"
    name = "pore-pour"
    key_words = "pour pore poring"
    docs = """
    To pore over something is to study it closely ("pored over the records"); to pour
    is to make a liquid flow. The rule flags "pour over" with documents as object and
    "pore" for flowing ("money pored in").
    AP Stylebook, "pore, pour"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "Investigators [[poured=>pored]] over the records.",
            fixed="Investigators pored over the records.",
        ),
        "Donations [[pored=>poured]] in after the fire.",
    )
    good = ("Investigators pored over the records.", "Water poured over the dam.")
    patterns = (
        (
            "pour pours poured pouring",
            r"\b(?P<w>pour(?:s|ed|ing)?)\s+(?=(?:over|through)\s+(?:(?:the|his|her|their|its"
            r"|thousands\s+of|hundreds\s+of|every|each|all|old|bank|court|financial|tax|phone)\s+)*"
            r"(?:documents?|records?|files?|papers?|data|evidence|reports?|transcripts?|e-?mails?"
            r"|details?|pages?|books?|maps?|notes|footage|receipts?|statements?|filings?"
            r"|accounts?|spreadsheets?|ledgers?|texts?|messages?|contracts?|budgets?|polls?)\b)",
            {"pour": "pore", "pours": "pores", "poured": "pored", "pouring": "poring"},
        ),
        (
            "pore pores pored poring",
            r"\b(?P<w>pore[sd]?|poring)\s+(?=(?:in|into|out|down|forth)\b)",
            {"pore": "pour", "pores": "pours", "pored": "poured", "poring": "pouring"},
        ),
    )


class BreachBreech(PatternConfusable):
    id = "NL218"
    name = "breach-breech"
    key_words = "breach breech"
    docs = """
    A breach is a break or violation ("breach of contract", "data breach"); a breech is
    the back of a gun barrel, or a birth in which the baby comes feet first. The rule
    flags "breech" with contract, duty, security or data, and "breach" with birth.
    AP Stylebook, "breach, breech"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The suit alleges [[breech=>breach]] of contract.",
            fixed="The suit alleges breach of contract.",
        ),
        "The data [[breech=>breach]] exposed 2 million records.",
        "The hospital said it was a [[breach=>breech]] birth.",
    )
    good = ("The suit alleges breach of contract.", "The baby was born breech.")
    patterns = (
        (
            "breech breeches breeched breeching",
            r"\b(?P<w>breech)(?P<s>es|ed|ing)?\s+(?=of\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+"
            r"|its\s+)?(?:contract|duty|duties|trust|security|the\s+peace|fiduciary|protocol"
            r"|privacy|agreement|warranty|etiquette|confidentiality|law|rules?)\b)",
            r"breach\g<s>",
        ),
        (
            "breech breeches",
            r"\b(?:data|security|safety|ethics|ethical|contract|privacy|cyber|network)\s+"
            r"(?P<w>breech)(?P<s>es)?\b",
            r"breach\g<s>",
        ),
        ("breeched", r"\b(?P<w>breeched)\b", "breached"),
        (
            "breach",
            r"\b(?P<w>breach)\s+(?=(?:birth|baby|delivery|position|presentation)\b)",
            "breech",
        ),
    )


class ElicitIllicit(PatternConfusable):
    id = "NL219"
    name = "elicit-illicit"
    key_words = "licit"
    docs = """
    To elicit is to draw out ("elicit testimony"); illicit means unlawful ("illicit
    drugs"). The rule flags "illicit" used as a verb and "elicit" before the nouns it
    could only describe.
    AP Stylebook, "elicit, illicit"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The ad failed to [[illicit=>elicit]] a response.",
            fixed="The ad failed to elicit a response.",
        ),
        "Police seized [[elicit=>illicit]] drugs.",
    )
    good = ("The ad failed to elicit a response.", "Police seized illicit drugs.")
    patterns = (
        (
            "illicit",
            r"\b(?:to|will|would|could|can|may|might|did|not|trying\s+to)\s+(?P<w>illicit)\b",
            "elicit",
        ),
        ("illicited illicits illiciting", r"\b(?P<w>illicit)(?P<s>ed|s|ing)\b", r"elicit\g<s>"),
        (
            "elicit",
            r"\b(?P<w>elicit)\s+(?=(?:drugs?|affairs?|activit(?:y|ies)|trade|trafficking|funds"
            r"|gains|payments?|substances?|materials?|conduct|relationships?|sex|images|content"
            r"|proceeds|transactions?|markets?|weapons|firearms|narcotics|opioids|fentanyl)\b)",
            "illicit",
        ),
    )


class AdverseAverse(PatternConfusable):
    id = "NL220"
    name = "adverse-averse"
    skip_regions = frozenset({QUOTATION})  # the speaker chose the word
    key_words = "verse"
    docs = """
    Averse describes a person's reluctance ("averse to risk", "risk-averse"); adverse
    describes harmful things ("adverse effects", "an adverse ruling"). The rule flags
    "risk adverse", "adverse to" before a verb ("adverse to eating") or after "not" and
    a person, and "averse" before the nouns it cannot modify ("averse effects").
    AP Stylebook, "adverse, averse"; Chicago 5.250. Quotations are left alone: the speaker chose the word.
    """
    bad = (
        Example(
            "Investors are risk [[adverse=>averse]] this year.",
            fixed="Investors are risk averse this year.",
        ),
        "Are you [[adverse=>averse]] to eating horse meat?",
        "The drug had [[averse=>adverse]] effects.",
    )
    good = (
        "Investors are risk-averse.",
        "The drug had adverse effects.",
        "The ruling was adverse to the government's interests.",
    )
    patterns = (
        ("adverse", r"\brisk[- ](?P<w>adverse)\b", "averse"),
        ("adverse", r"\b(?P<w>adverse)\s+(?=to\s+\w+ing\b)", "averse"),
        (
            "adverse",
            r"\b(?:i|you|he|she|we|they)\s+(?:am|are|is|was|were|be|been|seem|seems|seemed)\s+"
            r"(?:not\s+)?(?P<w>adverse)\s+(?=to\b)",
            "averse",
        ),
        (
            "averse",
            r"\b(?P<w>averse)\s+(?=(?:effects?|impacts?|reactions?|events?|consequences|weather"
            r"|conditions|actions?|outcomes?|selection|possession|party|witness|ruling|decision"
            r"|inference|credibility|findings?|health)\b)",
            "adverse",
        ),
    )


class FartherFurther(PatternConfusable):
    id = "NL221"
    name = "farther-further"
    skip_regions = frozenset({QUOTATION})  # the speaker chose the word
    key_words = "farther further"
    docs = """
    Farther is for physical distance ("3 miles farther"); further is for degree, time
    or addition ("further investigation"). "All the farther" is a regionalism for "as
    far as". The rule flags "farther" before nouns of degree, "further" after units of
    distance, and "all the farther/further".
    AP Stylebook, "farther, further"; Chicago 5.250. Quotations are left alone: the speaker chose the word.
    """
    bad = (
        Example(
            "The case was delayed pending [[farther=>further]] investigation.",
            fixed="The case was delayed pending further investigation.",
        ),
        "The crash site was 2 miles [[further=>farther]] down the road.",
        "The town was [[all the farther=>as far as]] we got.",
    )
    good = (
        "The court ordered further review.",
        "The car rolled 50 feet farther.",
        "Nothing could be further from the truth.",
    )
    patterns = (
        (
            "farther",
            r"\b(?P<w>farther)\s+(?=(?:investigation|action|notice|discussion|review|study"
            r"|research|details|information|delays?|comment|questions|steps|charges|proceedings"
            r"|orders?|hearings?|evidence|analysis|consideration|guidance|instructions?|testing"
            r"|inquiry|argument|briefing|negotiations|talks|sanctions)\b)",
            "further",
        ),
        (
            "further",
            r"\b(?:miles|feet|yards|kilometers|meters|blocks|inches)\s+(?P<w>further)\b",
            "farther",
        ),
        ("farther further", r"\b(?P<w>all\s+the\s+(?:farther|further))\b", "as far as"),
    )


class DiscreetDiscrete(PatternConfusable):
    id = "NL222"
    name = "discreet-discrete"
    key_words = "discre"
    docs = """
    Discreet means careful and tactful ("a discreet inquiry"); discrete means separate
    ("discrete categories"). The rule flags "discrete" describing people's conduct and
    "discreet" describing separate parts.
    AP Stylebook, "discreet, discrete"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "Officials made [[discrete=>discreet]] inquiries about the donor.",
            fixed="Officials made discreet inquiries about the donor.",
        ),
        "The data falls into three [[discreet=>discrete]] categories.",
    )
    good = ("Officials made discreet inquiries.", "The data falls into three discrete categories.")
    patterns = (
        (
            "discrete",
            r"\b(?P<w>discrete)\s+(?=(?:inquiries|inquiry|questions|enquiries|conversations?"
            r"|meetings?|phone\s+calls?|visits?|silence|distance|manner|glance|approach)\b)",
            "discreet",
        ),
        (
            "discrete",
            r"\b(?:be|was|were|is|are|remain|remained|stay|stayed|very|more|most|quite|extremely)"
            r"\s+(?P<w>discrete)(?=[.,;!?])",
            "discreet",
        ),
        (
            "discreet",
            r"\b(?P<w>discreet)\s+(?=(?:categories|category|units?|steps|parts|components?|elements?"
            r"|sets?|variables?|values?|events?|segments?|groups?|stages?|phases|pieces|entities"
            r"|issues|tasks|functions)\b)",
            "discrete",
        ),
    )


class WorseWorth(PatternConfusable):
    id = "NL223"
    name = "worse-worth"
    skip_regions = frozenset({QUOTATION})  # the speaker chose the word
    key_words = "worth"
    docs = """
    "Worth than" is a slip for "worse than" (worth compares nothing). "Of greater worth
    than" is fine and is left alone.
    AP Stylebook, "worse, worst" (comparative forms); Chicago 5.84. Quotations are left alone: the speaker chose the word.
    """
    bad = (
        Example(
            "Is the new plan [[worth=>worse]] than the old one?",
            fixed="Is the new plan worse than the old one?",
        ),
    )
    good = ("The new plan is worse than the old one.", "It is of greater worth than gold.")
    patterns = (
        (
            "worth",
            r"(?<!greater\s)(?<!more\s)(?<!less\s)(?<!much\s)\b(?P<w>worth)\s+(?=than\b)",
            "worse",
        ),
    )


class ComplementCompliment(PatternConfusable):
    id = "NL224"
    name = "complement-compliment"
    key_words = "compl"
    docs = """
    A complement completes ("a full complement of staff"; "the wine complements the
    fish"); a compliment praises ("complimented her on the speech"; "complimentary
    tickets" are free). The rule flags "compliment" with "full" or "of" staff words,
    "complemented on" (praised for), and "complementary" before things given free.
    AP Stylebook, "complement, compliment"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The ship sailed with a full [[compliment=>complement]] of sailors.",
            fixed="The ship sailed with a full complement of sailors.",
        ),
        "She was [[complemented=>complimented]] on her speech.",
        "Guests received [[complementary=>complimentary]] tickets.",
    )
    good = (
        "She was complimented on her speech.",
        "The sauce complements the fish.",
        "Guests received complimentary tickets.",
    )
    patterns = (
        ("compliment", r"\bfull\s+(?P<w>compliment)\b", "complement"),
        (
            "complement complements complemented complementing",
            r"\b(?P<w>complement(?:ed|s|ing)?)\s+(?=(?:(?:him|her|them|me|us|you)\s+)?on\s+"
            r"(?:his|her|their|my|your|our|the)\b)",
            {
                "complement": "compliment",
                "complements": "compliments",
                "complemented": "complimented",
                "complementing": "complimenting",
            },
        ),
        (
            "complementary",
            r"\b(?P<w>complementary)\s+(?=(?:tickets?|breakfast|drinks?|meals?|passes|parking"
            r"|shuttle|copies|copy|admission|rooms?|upgrades?|wi-?fi|food|coffee|lunch|dinner)\b)",
            "complimentary",
        ),
        (
            "complimentary",
            r"\b(?P<w>complimentary)\s+(?=(?:colors?|skills|roles?|strengths|approaches"
            r"|angles?|therapies|medicine|strategies)\b)",
            "complementary",
        ),
    )
