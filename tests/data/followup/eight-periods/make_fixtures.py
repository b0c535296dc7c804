"""Make the eight follow-up files of the whole plan period (delår and helår 2024–2027) the way
the coordinator's year runs: ``followup init`` writes the period's file, ``followup export
--per-body`` hands out one sheet per body, the bodies that answer fill theirs in, and
``followup import`` reads them all back at once. The plan's facts (actions, bodies, roles)
come from plan.yaml; what the bodies write is invented test data, the same on every run.

Most pairs are reported in every period, and work moves on from period to period: each pair
starts, goes on and is done at periods fixed by a hash of its action and body (``course``).
The two councils never answer; Telge Bostäder misses three periods, Miljönämnden answers
only at helår, and a few pairs are not applicable.

Run from the repository root: ``python tests/data/followup/eight-periods/make_fixtures.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
PLAN = str(ROOT / "plan.yaml")
VALDPLAN = [sys.executable, "-m", "valdplan"]

# The periods in time order: (file name, year, part).
PERIODS = [
    (f"{part_id}-{year}", year, part)
    for year in (2024, 2025, 2026, 2027)
    for part_id, part in (("delar", "delår"), ("helar", "helår"))
]
# Bodies that never send their sheet back.
NEVER = {"kommunala-pensionarsradet", "kommunala-funktionshinderradet"}
# Bodies that miss some periods (by index in PERIODS).
MISSES = {
    "telge-bostader": {0, 4, 7},
    "miljonamnden": {0, 2, 4, 6},
    "samhallsbyggnadsnamnderna": {0},
    "overformyndarnamnden": {2},
}
# Pairs a body reports as not applicable from the period given, with why.
NOT_APPLICABLE = {
    ("1:8", "miljonamnden"): (1, "Nämnden har ingen verksamhet som möter målgruppen."),
    ("3:4", "miljonamnden"): (1, "Miljökontorets tillsyn omfattar inga samtal med enskilda."),
    ("5:9", "telge-ab"): (0, "Ingår i koncernens chefsutbildning."),
    ("4:5", "socialnamnden"): (5, "Ersätts av stödet i 4:1 efter omorganisationen 2026."),
}
OFFICE = {
    "kommunstyrelsen": "Kommunstyrelsens kontor",
    "socialnamnden": "Socialkontoret",
    "omsorgsnamnden": "Omsorgskontoret",
    "aldreomsorgsnamnden": "Äldreomsorgskontoret",
    "utbildningsnamnderna": "Utbildningskontoret",
    "kultur-och-fritidsnamnderna": "Kultur- och fritidskontoret",
    "arbets-och-naringslivsnamnden": "Arbets- och näringslivskontoret",
    "samhallsbyggnadsnamnderna": "Samhällsbyggnadskontoret",
    "miljonamnden": "Miljökontoret",
    "overformyndarnamnden": "Överförmyndarkontoret",
    "telge-bostader": "Telge Bostäder",
    "telge-ab": "Telge AB",
}
# What a body writes about an action: when work starts, while it goes on, when it is done.
# "{office}" is the body's office.
TEXTS: dict[str, tuple[str, str, str]] = {
    "1:1": (
        "Kartläggning av normkritiska metoder i fritidsgårdarna har påbörjats.",
        "Två fritidsgårdar prövar metoden Machofabriken; personalen har fått handledning.",
        "Normkritiskt arbete ingår i verksamhetsplanen för alla fritidsgårdar.",
    ),
    "1:2": (
        "Uppföljningsmodell tas fram tillsammans med fritidsgårdarnas chefer.",
        "Första uppföljningen visar att metoden används i fyra av sex verksamheter.",
        "Arbetet följs upp årligen i verksamhetsberättelsen.",
    ),
    "1:3": (
        "{office} har inlett dialog med föreningar om samverkan.",
        "Överenskommelse med två föreningar; en tredje förhandlas.",
        "Överenskommelse om idéburet offentligt partnerskap (IOP) med tre föreningar.",
    ),
    "1:4": (
        "Elevhälsan följer Jämställdhetsmyndighetens utvärderingar.",
        "Safe Dates prövas på två högstadieskolor läsåret ut.",
        "Beslut om att införa Safe Dates på alla högstadieskolor.",
    ),
    "1:5": (
        "ABC-föräldraskapsprogram planeras på tre familjecentraler.",
        "Sex grupper har genomförts; väntelista finns.",
        "Föräldraskapsprogram erbjuds löpande på alla familjecentraler.",
    ),
    "1:6": (
        "{office} planerar aktiviteter till Orange Week.",
        "{office} deltar i planeringsgruppen för årets Orange Week.",
        "Orange Week genomförd med aktiviteter i {office_lower}s verksamheter.",
    ),
    "1:8": (
        "{office} deltar i styrgruppens arbetsgrupp.",
        "Förslag till samverkansformer har remitterats till kontoren.",
        "Samverkansformerna är fastställda; rapportering till styrgruppen två gånger per år.",
    ),
    "1:9": (
        "Underlag till lägesbilden samlas in från socialtjänsten och polisen.",
        "Lägesbilden har kompletterats med statistik om hedersrelaterat våld.",
        "Lägesbilden 2026 omfattar våld i nära relationer, heder och människohandel.",
    ),
    "2:1": (
        "Informationsmaterial om stöd till våldsutövare tas fram.",
        "Broschyren är översatt till fem språk; spridning via öppenvården pågår.",
        "Information finns på sju språk på webben och i väntrummen.",
    ),
    "2:2": (
        "Kontakt har tagits med regionens mottagning för personer som köper sex.",
        "Information om mottagningen sprids via ungdomsmottagningarna.",
        "Hänvisningsrutin till regionens stödverksamhet är införd.",
    ),
    "2:3": (
        "Rutin för SIP för våldsutövare diskuteras med regionen.",
        "SIP har upprättats i fyra ärenden; rutinen revideras.",
        "Gemensam rutin för SIP med regionen är antagen och används.",
    ),
    "2:4": (
        "Utredning om tillfälligt boende för våldsutövare har startat.",
        "Utredningen jämför två modeller; kostnaderna beräknas.",
        "Utredningen är klar och redovisad för nämnden.",
    ),
    "2:5": (
        "Behovet av krisstöd vid omplacering kartläggs.",
        "Krisstöd erbjuds i pilotform inom öppenvården.",
        "Krisstöd ingår i socialtjänstens ordinarie utbud.",
    ),
    "3:1": (
        "{office} samlar informationsmaterial om stöd och skydd.",
        "Material på flera språk finns i {office_lower}s verksamheter; uppdatering pågår.",
        "Informationen finns på lätt svenska och fem språk i alla verksamheter.",
    ),
    "3:2": (
        "Stödmaterial för förskolan väljs ut tillsammans med socialtjänsten.",
        "Materialet används i hälften av förskolorna.",
        "Stödmaterialet är infört i alla förskolor och i förebyggande verksamheter.",
    ),
    "3:3": (
        "Lektionsmaterial om barnets rättigheter tas fram.",
        "Materialet används i årskurs 4–6 på tio skolor.",
        "Undervisning om barnkonventionen ingår i alla skolors årsplan.",
    ),
    "3:4": (
        "{office} har utsett kontaktperson för rutinen.",
        "Rutinen för att fråga om våld prövas i {office_lower}s verksamheter.",
        "Rutinen för att fråga om våldsutsatthet är införd.",
    ),
    "4:1": (
        "Behovet av anpassat skydd kartläggs för personer med funktionsnedsättning.",
        "Handläggare utbildas; två anpassade skyddsplaceringar har ordnats.",
        "Anpassat skydd och stöd erbjuds enligt ny rutin.",
    ),
    "4:2": (
        "Rutin för SIP för våldsutsatta ses över med regionen.",
        "SIP har upprättats i elva ärenden under perioden.",
        "SIP upprättas enligt gemensam rutin i alla ärenden med behov.",
    ),
    "4:3": (
        "Stödinsatser för personer med erfarenhet av sex mot ersättning kartläggs.",
        "Samverkan med Mikamottagningen har inletts.",
        "Stödinsatser erbjuds genom Relationsvåldscenter och Mikamottagningen.",
    ),
    "4:4": (
        "Rutin för hot- och riskbedömning tas fram.",
        "Rutinen är antagen; utbildning av handläggare pågår.",
        "Strukturerade hot- och riskbedömningar görs i alla ärenden.",
    ),
    "4:5": (
        "Krisstöd till föräldrar till placerade barn planeras.",
        "Stödsamtal erbjuds; tio föräldrar har tackat ja.",
        "Krisstöd till föräldrar ingår i placeringsprocessen.",
    ),
    "4:6": (
        "{office} kartlägger förebyggande insatser mot sexuell exploatering.",
        "{office} har utbildat personal i att känna igen tecken på exploatering.",
        "Förebyggande insatser erbjuds enligt gemensam handlingsplan.",
    ),
    "4:7": (
        "Möten med lokalpolisområdet om akuta våldshändelser har inletts.",
        "Gemensam rutin med polisen prövas sedan våren.",
        "Samverkansöverenskommelse med polisen om akuta våldshändelser är tecknad.",
    ),
    "5:1": (
        "{office} inventerar vilka medarbetare som behöver grundutbildning.",
        "Hälften av berörda medarbetare har gått webbutbildningen.",
        "Alla berörda medarbetare har gått grundutbildningen om våld i nära relation.",
    ),
    "5:2": (
        "Fördjupningsutbildning för klientnära personal upphandlas.",
        "Två av tre utbildningsomgångar är genomförda.",
        "All klientnära personal har gått fördjupningsutbildningen.",
    ),
    "5:3": (
        "{office} planerar utbildning om hedersrelaterat våld och förtryck.",
        "Utbildning om heder pågår; cirka 60 procent har deltagit.",
        "Berörd personal har utbildats om hedersrelaterat våld och förtryck.",
    ),
    "5:4": (
        "Enkät till personal i skola och socialtjänst förbereds.",
        "Enkäten är besvarad; resultaten analyseras.",
        "Kartläggningen är redovisad för styrgruppen.",
    ),
    "5:5": (
        "Frågor om begränsningar föreslås till skolenkäten.",
        "Frågorna ingår i årets skolenkät; svaren analyseras.",
        "Frågor om begränsningar ingår varje år i skolenkäten.",
    ),
    "5:6": (
        "{office} planerar utbildning om prostitution och människohandel.",
        "Första utbildningsomgången om människohandel är genomförd.",
        "Berörd personal har utbildats om prostitution och människohandel.",
    ),
    "5:7": (
        "Relationsvåldscenter förbereder arbete med ISU.",
        "ISU används vid inskrivning; uppföljningsintervjuer startar.",
        "ISU-resultaten används i verksamhetsplaneringen.",
    ),
    "5:8": (
        "Kurs för förtroendevalda planeras till hösten.",
        "En första kursomgång för förtroendevalda är genomförd.",
        "Kursen erbjuds förtroendevalda i alla berörda nämnder varje mandatperiod.",
    ),
    "5:9": (
        "Stödmaterial för chefer tas fram tillsammans med HR.",
        "Stödmaterialet granskas av de fackliga organisationerna.",
        "Stödmaterial och utbildning för chefer är införda.",
    ),
}


def course(action: str, body: str) -> tuple[int | None, int | None]:
    """The periods (indices into PERIODS) at which the pair starts and is done; None for
    never. Fixed by a hash, so every run makes the same files."""
    mixed = zlib.crc32(f"{action}|{body}".encode())
    if mixed % 11 == 0:
        return None, None  # never started in the plan period
    start = mixed % 4
    done = start + 2 + (mixed >> 4) % 5
    return start, done if done < len(PERIODS) else None


def entry(action: str, body: str, index: int) -> tuple[str, str, list[str], str | None]:
    """The status, comment, evidence and date the body writes for the pair in period
    ``index``."""
    year = PERIODS[index][1]
    if (action, body) in NOT_APPLICABLE and index >= NOT_APPLICABLE[action, body][0]:
        return "ej aktuell", NOT_APPLICABLE[action, body][1], [], None
    office = OFFICE[body]
    starting, going, finished = (
        text.format(office=office, office_lower=office[0].lower() + office[1:])
        for text in TEXTS[action]
    )
    start, done = course(action, body)
    mixed = zlib.crc32(f"{body}|{action}".encode())
    if start is None or index < start:
        if start is None and index >= 3:
            later = f"Ej prioriterat {year}; tas upp i nästa verksamhetsplan."
            return "ej påbörjad", later, [], None
        return "ej påbörjad", "", [], None
    if done is not None and index >= done:
        done_year, done_part = PERIODS[done][1], PERIODS[done][2]
        month = 3 + mixed % 5 if done_part == "delår" else 9 + mixed % 4
        date = f"{done_year}-{month:02d}-{1 + mixed % 28:02d}"
        evidence = []
        if mixed % 3 == 0:
            page = f"{action.replace(':', '-')}-{body}.pdf"
            evidence.append(f"https://intranat.example/uppfoljning/{page}")
        if mixed % 4 == 1:
            evidence.append(f"Protokoll {PLAN_NAMES[body]} {date} § {10 + mixed % 150}")
        # The rules allow only dates of the year followed up (and the next).
        return "genomförd", finished, evidence, date if done_year == year else None
    return "pågående", starting if index == start else going, [], None


PLAN_NAMES: dict[str, str] = {}


def valdplan(*args: str) -> list[str]:
    result = subprocess.run(
        [*VALDPLAN, *args, "--plan", PLAN], capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(result.stderr)
    return result.stdout.splitlines()


def fill(sheet: Path, index: int) -> None:
    """Fill in a body's sheet as the body does in Excel."""
    book = openpyxl.load_workbook(sheet)
    rows = book["Uppföljning"]
    header = [cell.value for cell in rows[1]]
    column = {name: header.index(name) for name in header}
    for row in rows.iter_rows(min_row=2):
        action, body = row[column["Åtgärd"]].value, row[column["Organ-id"]].value
        status, comment, evidence, date = entry(str(action), str(body), index)
        row[column["Status"]].value = status
        row[column["Kommentar"]].value = comment or None
        row[column["Underlag"]].value = "\n".join(evidence) or None
        row[column["Datum"]].value = date
    book.save(sheet)


# What the coordinator writes in the plan period's last file, with ``followup set`` after
# the import (invented test data, of the length a coordinator's summary has).
ASSESSMENT = (
    "Planperioden avslutas med 19 av 33 åtgärder genomförda av alla sina organ. Arbetet har"
    " gått framåt i varje fokusområde, mest i det förebyggande arbetet och i insatserna för"
    " våldsutsatta. Två råd och Telge Bostäder har inte rapporterat, vilket gör bilden"
    " ofullständig för åtgärderna som rör dem."
)
RECOMMENDATIONS = (
    "Nästa handlingsplan bör ha färre och mer mätbara åtgärder, ett organ som ansvarar för"
    " varje åtgärd och en rapportering som också råden och bolagen är en del av."
)
AREA_TEXTS = {
    1: ("Det förebyggande arbetet har nått alla utbildningsnämndernas verksamheter.",
        "Fortsätt sprida normkritiska metoder till fritidsverksamheterna."),
    2: ("Krisstöd till våldsutövare finns; samverkan med regionen är ännu inte formaliserad.",
        "Teckna en överenskommelse med regionen om återfallsförebyggande insatser."),
    3: ("Rutiner för att fråga om våldsutsatthet finns i de flesta verksamheter.",
        "Följ upp att rutinerna används, inte bara att de finns."),
    4: ("Insatserna för våldsutsatta vuxna och barn har byggts ut under perioden.",
        "Säkra skyddat boende för barn med särskilda behov."),
    5: ("Systematisk uppföljning (ISU) används; forskningsstödet är ännu begränsat.",
        "Knyt arbetet till ett forsknings- och utvecklingsstöd."),
}  # fmt: skip
# Each prerequisite's status at the end of the period: (focus area, number, status, comment).
PREREQUISITES = (
    (1, 1, "pa-plats", "Utbildning genomförd i alla förvaltningar."),
    (1, 2, "delvis", "Metoderna används i skolan, ännu inte i fritidsverksamheten."),
    (2, 1, "delvis", "Kunskap finns i socialtjänsten, mindre i övriga verksamheter."),
    (2, 2, "ej-pa-plats", "Samverkan sker från fall till fall."),
    (3, 1, "pa-plats", "Rutiner finns i skola, socialtjänst och omsorg."),
    (3, 2, "delvis", "Rutiner för att upptäcka våldsutövare finns i socialtjänsten."),
    (4, 1, "pa-plats", "Relationsvåldscentrum erbjuder insatser för alla åldrar."),
    (4, 2, "pa-plats", "Samverkansöverenskommelse antagen 2026."),
    (5, 1, "pa-plats", "ISU används i relationsvåldscentrums verksamhet."),
    (5, 2, "delvis", "Kunskapsstöd används i socialtjänsten."),
    (5, 3, "ej-pa-plats", "Inget forskningsstöd knutet till arbetet ännu."),
)


def assess(target: Path) -> None:
    """The coordinator's text in the last file, as ``followup set`` writes it."""
    set_text = ("followup", "set", "--file", str(target))
    valdplan(*set_text, "--assessment", ASSESSMENT, "--recommendations", RECOMMENDATIONS)
    for area, (assessment, recommendations) in AREA_TEXTS.items():
        texts = ("--assessment", assessment, "--recommendations", recommendations)
        valdplan(*set_text, "--focus-area", str(area), *texts)
    for area, number, status, comment in PREREQUISITES:
        prerequisite = ("--focus-area", str(area), "--prerequisite", str(number))
        valdplan(*set_text, *prerequisite, "--status", status, "--comment", comment)


def make(index: int, work: Path) -> None:
    name, year, part = PERIODS[index]
    target = HERE / f"{name}.yaml"
    valdplan(
        "followup", "init", "--year", str(year), "--part", part, "-o", str(target), "--force"
    )  # fmt: skip
    sheets = work / name
    valdplan("followup", "export", str(target), "--per-body", str(sheets))
    answered = []
    for sheet in sorted(sheets.glob("*.xlsx")):
        body = sheet.stem
        if body in NEVER or index in MISSES.get(body, set()):
            continue
        fill(sheet, index)
        answered.append(str(sheet))
    valdplan("followup", "import", *answered, "--into", str(target))
    if index == len(PERIODS) - 1:
        assess(target)


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from valdplan.plan.loader import load_plan

    PLAN_NAMES.update({body.id: body.name for body in load_plan(Path(PLAN)).bodies})
    with tempfile.TemporaryDirectory() as folder:
        for index in range(len(PERIODS)):
            make(index, Path(folder))


if __name__ == "__main__":
    main()
