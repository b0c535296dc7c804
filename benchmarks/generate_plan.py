"""Write a synthetic plan of N actions, deterministic for a given N (same N, same bytes).

Swedish text with å/ä/ö, the real plan's bodies plus extra district boards for larger plans,
about 24 actions per focus area, and level and body mixes like the real plan's.

    python benchmarks/generate_plan.py 12000 > /tmp/plan-12000.yaml
"""

from __future__ import annotations

import random
import sys

BODIES = [
    ("kommunstyrelsen", "Kommunstyrelsen", "board"),
    ("socialnamnden", "Socialnämnden", "board"),
    ("omsorgsnamnden", "Omsorgsnämnden", "board"),
    ("aldreomsorgsnamnden", "Äldreomsorgsnämnden", "board"),
    ("utbildningsnamnderna", "Utbildningsnämnderna", "board"),
    ("kultur-och-fritidsnamnderna", "Kultur- och fritidsnämnderna", "board"),
    ("arbets-och-naringslivsnamnden", "Arbets- och näringslivsnämnden", "board"),
    ("samhallsbyggnadsnamnderna", "Samhällsbyggnadsnämnderna", "board"),
    ("miljonamnden", "Miljönämnden", "board"),
    ("overformyndarnamnden", "Överförmyndarnämnden", "board"),
    ("telge-bostader", "Telge Bostäder", "company"),
    ("telge-ab", "Telge AB", "company"),
    ("kommunala-pensionarsradet", "Kommunala pensionärsrådet", "council"),
    ("kommunala-funktionshinderradet", "Kommunala funktionshinderrådet", "council"),
]
# Socialnämnden carries most actions in the real plan; the councils only co-own a few.
WEIGHTS = [8, 23, 8, 3, 9, 7, 4, 1, 1, 2, 2, 1, 1, 1]
VERBS = ["Säkerställa", "Utveckla", "Sprida", "Erbjuda", "Följa upp", "Kartlägga", "Stärka"]
OBJECTS = [
    "förebyggande insatser för barn och unga",
    "stöd till våldsutsatta i särskilt sårbara situationer",
    "information på flera språk om stöd- och skyddsinsatser",
    "samverkan mellan socialtjänst, skola och polis",
    "kunskap om hedersrelaterat våld och förtryck",
    "återfallsförebyggande insatser för våldsutövare",
    "rutiner för att fråga om våldsutsatthet i äldreomsorgen",
]
PLACES = ["i förskolan", "på fritidsgårdar", "i hemtjänsten", "på arbetsplatser", "i kommunen"]
PURPOSES = [
    "i syfte att främja tidig upptäckt av våldsutsatta barn, unga, vuxna och äldre",
    "för att förebygga och bekämpa våld i nära relationer, hedersrelaterat våld och förtryck",
    "när det finns behov av insatser från både socialtjänsten och hälso- och sjukvården",
    "så att stödet ges inom rimlig tid och utifrån den enskildes behov",
]
LEVELS = [["universell"], ["selektiv"], ["indikerad"], ["indikerad", "selektiv"]]
LEVEL_WEIGHTS = [12, 4, 14, 3]


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(actions: int) -> str:
    rng = random.Random(actions)
    bodies = list(BODIES)
    weights = list(WEIGHTS)
    for n in range(1, actions // 600 + 1):
        bodies.append((f"stadsdelsnamnd-{n}", f"Stadsdelsnämnd {n} Söder", "board"))
        weights.append(2)
    areas = max(5, actions // 24)
    lines = [
        f"# Synthetic plan with {actions} actions, made by benchmarks/generate_plan.py.",
        f"title: Syntetisk handlingsplan mot våld i nära relation ({actions} åtgärder)",
        "organisation: Exempelregionens kommuner",
        "period:",
        "  start: 2024",
        "  end: 2027",
        "levels:",
    ]
    for level_id, name in [("universell", "Universell"), ("selektiv", "Selektiv")]:
        lines += [f"  - id: {level_id}", f"    name: {name}", "    definition:", "      - Text."]
    lines += [
        "  - id: indikerad",
        "    name: Indikerad",
        "    aliases:",
        "      - indikativ",
        "    definition:",
        "      - Insatser då våldet redan har ägt rum.",
        "bodies:",
    ]
    for body_id, name, kind in bodies:
        lines += [f"  - id: {body_id}", f"    name: {name}", f"    kind: {kind}"]
    lines.append("focus_areas:")
    per_area = [actions // areas + (1 if i < actions % areas else 0) for i in range(areas)]
    for area, count in enumerate(per_area, start=1):
        lines += [
            f"  - number: {area}",
            f"    title: Fokusområde om {rng.choice(OBJECTS)} ({area})",
            "    introduction:",
            f"      - Verksamheterna behöver stärka arbetet {rng.choice(PLACES)}.",
            "    actions:",
        ]
        for number in range(1, count + 1):
            chosen = rng.choices(range(len(bodies)), weights=weights, k=rng.choice([1, 1, 2, 3]))
            responsible = list(dict.fromkeys(bodies[i][0] for i in chosen))
            co = []
            if rng.random() < 0.2:
                co = [b[0] for b in rng.sample(bodies, 4) if b[0] not in responsible]
            levels = rng.choices(LEVELS, weights=LEVEL_WEIGHTS)[0]
            text = (
                f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)}"
                f" {rng.choice(PURPOSES)}, samt {rng.choice(OBJECTS)} {rng.choice(PLACES)}."
            )
            lines += [f'      - id: "{area}:{number}"', f"        text: {quote(text)}"]
            if rng.random() < 0.2:
                lines += [
                    "        examples:",
                    '          - "Exempelvis: Webbkurs om våld från NCK."',
                ]
            lines.append("        responsible:")
            lines += [f"          - {b}" for b in responsible]
            if co:
                lines.append("        co_responsible:")
                lines += [f"          - {b}" for b in co]
            lines.append("        levels:")
            lines += [f"          - {lv}" for lv in levels]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 120))
