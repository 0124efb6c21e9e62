"""Rules over the entities register: names the world knows, judged on the story's date.

The facts come from ``known`` (what the story says) and ``newslint.entities`` (what the
register knows); each rule here decides what is wrong and says so.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterator

from newslint.analysis import Analysis
from newslint.diagnostics import SAFE, UNSAFE, Finding
from newslint.document import Document
from newslint.entities import Register, register
from newslint.rule import Context, Example, Rule
from newslint.rules.names import known

_MONTHS = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
_LOOKING_BACK = re.compile(
    r"\b(?:former(?:ly)?|then|ex|late|onetime|one-time|erstwhile|defunct|abolished|renamed|"
    r"predecessor|until|once|old|became|replaced|merged|later|history|historical|was called|"
    r"known as)\b",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def ap_date(day: datetime.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _register(ctx: Context) -> Register:
    """The register, with the newsroom's own names (from settings) winning over it."""
    listed = ctx.option("names_list")
    if listed is None or not listed.people:
        return register()
    extra = {form for p in listed.people for form in (p.name, *p.aliases)}
    return register(tuple(sorted(extra)))


def _story_date(a: Analysis) -> str:
    where = {"front matter": "the story's front matter", "settings": "the run's --date"}
    return f"{ap_date(a.date)}, from {where.get(a.date_source, a.date_source)}"


def _dated(a: Analysis) -> bool:
    """Whether the story has a date of its own (front matter, --date or the config's date).
    An undated story is not judged on today's date: a story checked after it was written
    (an archive, a republished piece) would be told that every title in it has lapsed."""
    return a.date_source != "today"


def _uses(doc: Document, ctx: Context) -> list[known.NameUse]:
    return ctx.memo("names.known.uses", lambda: known.name_uses(ctx.analysis, _register(ctx)))


class KnownNameForm(Rule):
    id = "NL105"
    name = "known-name-form"
    category = "names"
    severity = "warning"
    message = "A name the register knows is written in another form."
    knowledge = (
        "newslint's entities register: organisations, companies, products and technology "
        "names curated with a source for each (scripts/entities/names.tsv), programming "
        "languages and data formats from GitHub Linguist's languages.yml (MIT), one-word agency "
        "names (scripts/entities/agencies.json); the newsroom's names list overrides it."
    )
    docs = """
    Flags a known organisation, company, product or technology name written in another
    casing or form: "Javascript" for JavaScript, "Redhat" for Red Hat, "llvm" for LLVM,
    "linux" for Linux, "Github" for GitHub. The fix is the exact name.

    Why: AP "company names" and "trademarks" — use the name as the company writes it;
    a miscased product name reads as carelessness to every reader who uses it.
    A name that is also an ordinary word in lowercase ("rust", "go", "swift", "slack")
    is flagged only when the story itself uses the name elsewhere. Words inside file
    names, addresses and identifiers ("rust-lld", "linux.md") and all-capital headlines
    are left alone, as are quotations. A name at the start of a sentence may take a
    capital ("Npm", "EBay"). The fix is safe.
    """
    bad = (
        "The team rewrote the front end in [[Javascript=>JavaScript]] last year.",
        "Support for [[linux=>Linux]] and macOS arrived in March.",
        "Engineers from Google, Dropbox and [[Redhat=>Red Hat]] attended.",
        "Version 1.80 of Rust is out. It makes [[rust=>Rust]] builds faster.",
    )
    good = (
        "The team rewrote the front end in JavaScript last year.",
        "The bridge showed rust along its rails.",
        "Run the rust-lld linker on every build.",
        "Npm is the default package manager.",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        uses = _uses(doc, ctx)
        established = {u.known.name for u in uses if u.how == "exact" and not u.sentence_start}
        # The same lowercase form three times or more is the writer's choice, not a slip.
        lowercase = Counter(u.surface for u in uses if u.surface.islower())
        for u in uses:
            if u.how == "exact":
                continue
            name = u.known.name
            if u.how == "casing":
                if u.surface.isupper() and len(u.surface) > 1 and not name.isupper():
                    continue  # an all-capital headline or label
                if u.surface == name[:1].upper() + name[1:] and (
                    u.sentence_start or name.islower()
                ):
                    continue  # "Npm" opening a sentence; "Rustup" for a lowercase name
                if u.surface.islower() and lowercase[u.surface] >= 3:
                    continue
            if u.known.word and name not in established:
                continue
            if u.known.word and u.surface.islower() and u.sentence_start:
                continue
            kind = "casing" if u.how == "casing" else "form"
            yield Finding(
                u.start,
                u.end,
                f"“{u.surface}”: the {u.known.kind} is written “{name}” (its {kind}; "
                f"source {u.known.source}).",
                (name,),
            )


class KnownNameNearMiss(Rule):
    id = "NL106"
    name = "known-name-near-miss"
    category = "names"
    severity = "warning"
    message = "A name is one slip away from a name the register or the story knows."
    knowledge = (
        "newslint's entities register (scripts/entities/agencies.json: official names of "
        "U.S. federal agencies and offices with sources; U.S. federal agencies and their "
        "sub-offices, each tied to its parent agency, from the CISA .gov registry's public "
        "data, cisagov/dotgov-data, CC0; names.tsv: products and companies) and the story's "
        "own names: mixed-case names, and proper nouns no dictionary knows."
    )
    docs = """
    Flags a name one slip away from one the register knows: a capitalised word one
    letter from a product or company name ("InteliJ" for IntelliJ), a mixed-case name
    one letter from another the story uses ("FBOpoen" beside FBOpen), a word no
    dictionary knows one letter from a proper noun the story establishes mid-sentence
    and uses as often or earlier ("Satrliner" beside Starliner), and an agency's
    official name with one word replaced by a near synonym ("Federal Election
    Committee" for Federal Election Commission, "Technology Transformative Services"),
    with a word dropped ("Water Mission Area" for Water Resources Mission Area) or with
    a word in the wrong casing ("Center for Medicaid and Chip Services"). Sub-offices
    count ("Pipeline and Hazardous Safety Administration" for the Transportation
    Department's Pipeline and Hazardous Materials Safety Administration).

    Why: AP "names" and the agency's own usage — a government body's name is its legal
    name, and a reader who searches for the wrong one finds nothing. People are left
    alone (a word after a given name is a surname, and an unknown person is never
    "corrected" to a known one), as are capitalised ordinary words that open a
    sentence, plurals, titles before names ("Federal Election Commissioner") and names
    the register accepts, including former names (another rule dates those). Offices
    every department has ("Office of the Secretary", "Office of Inspector General") are
    not in the register, and a name with a word dropped must still single out one body
    ("U.S. Court of Appeals" is not the U.S. Tax Court short a word). The fix is unsafe:
    the writer may mean another body.
    """
    bad = (
        "She chaired the Federal Election [[Committee=>Commission]] for two years.",
        "The plugin for [[InteliJ=>IntelliJ]] shipped in May.",
        "Analysts at the USGS [[Water Mission Area=>Water Resources Mission Area]] built it.",
        "The [[Pipeline and Hazardous Safety Administration=>Pipeline and Hazardous Materials "
        "Safety Administration]] fined the operator.",
        "The agency released FBOpen on Monday. [[FBOpoen=>FBOpen]] is built on Solr.",
        "The crew flew on the Starliner in May. The [[Satrliner=>Starliner]] docked a day later.",
    )
    good = (
        "She chaired the Federal Election Commission for two years.",
        "Federal Election Commissioner Ellen Weintraub voted no.",
        "The U.S. Court of Appeals for the Ninth Circuit heard the case.",
        "The plugin for IntelliJ shipped in May.",
        "Jessica Intellig joined the team in May.",
        # Two names the dictionary knows; a person, whom the names rules judge.
        "Exports from Zambia and Gambia rose in May.",
        "Deputy Mayor Ann Kessler spoke. Her aide, Tom Kesler, did not.",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = ctx.analysis
        reg = _register(ctx)
        for slip in known.agency_slips(a, reg):
            agency = slip.agency
            if slip.how == "missing":
                what = "a word is missing from"
            elif slip.how == "casing":
                what = "a word is miscased in"
            else:
                what = f"“{slip.surface}” should be “{slip.fix}” in"
            yield Finding(
                slip.start,
                slip.end,
                f"{what} the official name, {agency.name}"
                f"{' (' + agency.acronym + ')' if agency.acronym else ''}; source {agency.source}.",
                (slip.fix,),
            )
        for miss in known.near_misses(a, reg, _uses(doc, ctx)):
            yield Finding(
                miss.start,
                miss.end,
                f"“{miss.surface}” is one letter from “{miss.fix}”, known from {miss.why}.",
                (miss.fix,),
            )


class AcronymMismatch(Rule):
    id = "NL107"
    name = "acronym-mismatch"
    category = "names"
    severity = "warning"
    message = "An acronym does not match the name it stands for."
    knowledge = (
        "the words before a parenthesised acronym, and the acronyms of U.S. agencies in "
        "newslint's entities register (scripts/entities/agencies.json; and, from the CISA "
        ".gov registry's public data, cisagov/dotgov-data, CC0, the acronyms agencies and "
        "offices registered as their own domain, such as cftc.gov)."
    )
    docs = """
    Flags an acronym in parentheses that does not fit the name before it — letters
    swapped ("Common Language Runtime (CRL)"), one letter wrong ("Backus-Naur Form
    (BMF)") or the last one missing ("Chief Financial Officer (CF)") — and a known
    agency's acronym with two letters swapped when the story names that agency or one of
    its offices ("GAS" in a story about the General Services Administration or its
    Federal Acquisition Service). Also an agency acronym with
    a bare s before a noun ("GSAs website"): one agency, so a possessive.

    Why: AP "abbreviations and acronyms" — an acronym in parentheses tells the reader
    how the story will refer to the name; a wrong one sends them looking for something
    else. Acronyms that match the name with its small words ("Department of Justice
    (DOJ)") and acronyms the register gives for a name are accepted. A transposition
    of a known acronym is flagged only when the story names the agency, since many
    short acronyms exist. The fix is unsafe.
    """
    bad = (
        "Code runs on the Common Language Runtime ([[CRL=>CLR]]).",
        "The General Services Administration runs the site. Staff at the [[GAS=>GSA]] agreed.",
        # An office of the agency names it too.
        "Partners at the [[GAS=>GSA]], mostly in its Federal Acquisition Service, agreed.",
        "The Chief Financial Officer ([[CF=>CFO]]) signed the agreement.",
    )
    good = (
        "The Department of Justice (DOJ) declined to comment.",
        "The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) traced the gun.",
        "The price of GAS rose again in June.",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for slip in known.acronym_slips(ctx.analysis, _register(ctx)):
            yield Finding(
                slip.start,
                slip.end,
                f"“{slip.surface}”: {slip.why}, so “{slip.fix}”.",
                (slip.fix,),
            )


class TitleNotCurrent(Rule):
    id = "NL108"
    name = "title-not-current"
    category = "names"
    severity = "warning"
    message = "The person did not hold this title on the story's date."
    knowledge = (
        "newslint's entities register: members of Congress, presidents and vice presidents "
        "(unitedstates/congress-legislators, public domain), attorneys general, secretaries "
        "of state, defense, homeland security and the treasury, and Supreme Court justices "
        "(curated from justice.gov, state.gov, defense.gov, dhs.gov, treasury.gov, "
        "supremecourt.gov); the story's date from its front matter, --date or the config."
    )
    docs = """
    Flags a title before the name of a known officeholder who did not hold it on the
    story's date: "Attorney General Jeff Sessions" in a story dated 2020 (he left office
    Nov. 7, 2018), "Rep. Chuck Schumer" after he moved to the Senate. The message says
    when the term began and ended and what the person held on the story's date.

    Why: AP "titles" — use "former" before a title a person no longer holds; the copy
    desk's oldest check is whether a title is still true. The story's date is its front
    matter's date:, else --date (or the config's date); an undated story is not judged
    (checked later, in an archive, every title would look lapsed). Titles after
    "former", "then-", "the late" and in sentences that name a year of the person's
    term ("In 2017, Attorney General Jeff Sessions said") are left alone, as are
    quotations and names the register does not know. The fix adds "former" and is
    unsafe.
    """
    bad = (
        Example(
            "[[Attorney General Jeff Sessions=>former Attorney General Jeff Sessions]] spoke "
            "in Mobile on Tuesday.",
            options=(("date", "2020-06-01"),),
        ),
        Example(
            "[[Rep. Chuck Schumer=>former Rep. Chuck Schumer]] met the mayors.",
            options=(("date", "2021-03-01"),),
        ),
    )
    good = (
        Example(
            "Attorney General Jeff Sessions spoke in Mobile on Tuesday.",
            options=(("date", "2017-06-01"),),
        ),
        Example(
            "Former Attorney General Jeff Sessions spoke in Mobile on Tuesday.",
            options=(("date", "2020-06-01"),),
        ),
        Example(
            "In 2017, Attorney General Jeff Sessions ordered the review.",
            options=(("date", "2020-06-01"),),
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = ctx.analysis
        if not _dated(a):
            return
        text = a.text
        day = a.date
        for tp in known.titled_people(a, _register(ctx)):
            before = text[max(0, tp.start - 16) : tp.start].lower()
            if re.search(r"(?:former|then|ex|late|onetime|future|acting)[\s-]*$", before):
                continue
            held = [(p, p.terms_as(tp.title)) for p in tp.people]
            held = [(p, terms) for p, terms in held if terms]
            if not held or any(t.covers(day) for _, terms in held for t in terms):
                continue
            years = {int(y) for y in _YEAR.findall(tp.context)}
            person, terms = held[0]
            if any(t.start.year <= y <= (t.end or day).year for t in terms for y in years):
                continue
            first, last = terms[0], terms[-1]
            now = ", ".join(
                f"{t.title}{' (' + t.state + ')' if t.state else ''}"
                for t in person.offices_on(day)
            )
            if day < first.start:
                what = (
                    f"{person.name} did not take office as {tp.title} until {ap_date(first.start)}"
                )
                fixes: tuple[str, ...] = ()
            else:
                span = f"{ap_date(first.start)}, to {ap_date(last.end)}" if last.end else ""
                what = f"{person.name} held the title {tp.title} from {span}"
                fixes = ("former " + text[tp.start : tp.end],)
            held_now = f"; on that date: {now}" if now else ""
            yield Finding(
                tp.start,
                tp.end,
                f"{what}; the story is dated {_story_date(a)}{held_now}. Source: {person.source}.",
                fixes,
            )


class AgencyNameNotCurrent(Rule):
    id = "NL109"
    name = "agency-name-not-current"
    category = "names"
    severity = "warning"
    message = "An agency's name had changed, or the agency was abolished, by the story's date."
    knowledge = (
        "newslint's entities register: U.S. agencies' former names with the date of each "
        "renaming or abolition, curated with sources (scripts/entities/agencies.json); the "
        "story's date from its front matter, --date or the config."
    )
    docs = """
    Flags the former name of a U.S. federal agency, or an abolished agency, written as
    if current: "the General Accounting Office said" in a story dated after July 7, 2004
    (renamed the Government Accountability Office), "the Immigration and Naturalization
    Service is reviewing" after March 1, 2003 (abolished). The message says what changed
    and when; the fix, where the agency was renamed, is its new name.

    Why: AP "names" and "titles" of organisations — use the name in force on the
    story's date (front matter's date:, --date or the config's date; undated stories are
    not judged). Sentences that look back ("former", "then", "abolished", "renamed",
    "until", or a year before the change) and quotations are left alone. The fix is
    unsafe: a story about history may mean the old name.
    """
    bad = (
        Example(
            "The [[General Accounting Office=>Government Accountability Office]] released "
            "its report Monday.",
            options=(("date", "2019-03-04"),),
        ),
        Example(
            "A spokesman for the [[Immigration and Naturalization Service]] said the case "
            "is under review.",
            options=(("date", "2010-05-01"),),
        ),
    )
    good = (
        Example(
            "The General Accounting Office released its report Monday.",
            options=(("date", "1999-03-04"),),
        ),
        Example(
            "The former Immigration and Naturalization Service kept the files.",
            options=(("date", "2010-05-01"),),
        ),
        Example(
            "In 1998, the Immigration and Naturalization Service deported him.",
            options=(("date", "2010-05-01"),),
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = ctx.analysis
        if not _dated(a):
            return
        day = a.date
        for use in known.change_uses(a, _register(ctx)):
            change = use.change
            if day < change.changed:
                continue
            before = a.text[max(0, use.start - 30) : use.start]
            if _LOOKING_BACK.search(use.context) or _LOOKING_BACK.search(before):
                continue
            if any(int(y) <= change.changed.year for y in _YEAR.findall(use.context)):
                continue
            renamed = bool(change.successor) and change.successor != change.name
            yield Finding(
                use.start,
                use.end,
                f"The {change.name} was {change.note} on {ap_date(change.changed)}; the story "
                f"is dated {_story_date(a)}. Source: {change.source}.",
                (change.successor,) if renamed else (),
                fix_safety=UNSAFE,
            )
