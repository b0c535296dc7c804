"""plan.yaml against facts read off the source document by hand (handlingsplan-2024-2027.txt).

These tables were written from the source, not from plan.yaml: if they disagree, one of the
two is wrong and the source decides.
"""

from __future__ import annotations

import re

from valdplan.plan.models import Plan

KF = "kultur-och-fritidsnamnderna"
AN = "arbets-och-naringslivsnamnden"
KS, SN, ON, AE, UN = (
    "kommunstyrelsen",
    "socialnamnden",
    "omsorgsnamnden",
    "aldreomsorgsnamnden",
    "utbildningsnamnderna",
)
SB, MN, OF = "samhallsbyggnadsnamnderna", "miljonamnden", "overformyndarnamnden"
TB, TAB = "telge-bostader", "telge-ab"
PR, FR = "kommunala-pensionarsradet", "kommunala-funktionshinderradet"
U, S, IND = "universell", "selektiv", "indikerad"
STYRGRUPP_CO = [SN, ON, AE, UN, KF, SB, MN, AN, TB, PR, FR]

# id: (responsible, co-responsible, levels in printed order, has examples)
ACTIONS = {
    "1:1": ([KF], [], [U], False),
    "1:2": ([KF], [], [U], False),
    "1:3": ([KS, SN, ON, UN, KF, AN], [], [U], False),
    "1:4": ([UN], [], [U], True),
    "1:5": ([SN], [], [U], False),
    "1:6": ([KS], [SN, ON, AE, UN, KF, AN], [U], False),
    "1:8": ([KS], STYRGRUPP_CO, [U], False),
    "1:9": ([SN], [KS], [U], False),
    "2:1": ([SN], [], [IND, S], False),
    "2:2": ([SN], [], [IND, S], True),
    "2:3": ([SN], [], [IND], False),
    "2:4": ([SN], [], [IND], False),
    "2:5": ([SN], [], [IND], False),
    "3:1": ([SN], [UN, KF, AE, ON, AN], [IND, S], False),
    "3:2": ([UN, SN], [], [U], True),
    "3:3": ([UN], [], [U], False),
    "3:4": ([KS], STYRGRUPP_CO, [IND, S], False),
    "4:1": ([SN, ON], [], [IND], False),
    "4:2": ([SN, ON], [], [IND], False),
    "4:3": ([SN], [], [IND], False),
    "4:4": ([SN], [], [IND], False),
    "4:5": ([SN], [], [IND], False),
    "4:6": ([SN, ON, UN, KF], [], [S], False),
    "4:7": ([SN], [], [IND], False),
    "5:1": ([SN, ON, AE, UN, KF, AN, OF, TB], [], [IND], True),
    "5:2": ([SN, ON, AE], [], [IND], True),
    "5:3": ([SN, ON, AE, UN, KF, AN, OF, TB], [], [IND], True),
    "5:4": ([KS], [UN, SN, ON], [S], False),
    "5:5": ([KS, SN, UN], [], [U], False),
    "5:6": ([SN, ON, UN, KF, AN], [], [IND], False),
    "5:7": ([SN], [], [IND], False),
    "5:8": ([KS], [], [U], True),
    "5:9": ([KS, TAB], [], [IND], False),
}


def test_every_action_of_the_source_in_document_order(plan: Plan) -> None:
    assert [action.id for _, action in plan.actions()] == list(ACTIONS)
    assert plan.action_count == 33


def test_action_ids_per_focus_area_keep_the_gap_at_1_7(plan: Plan) -> None:
    ids = {area.number: [a.id for a in area.actions] for area in plan.focus_areas}
    assert ids == {
        1: ["1:1", "1:2", "1:3", "1:4", "1:5", "1:6", "1:8", "1:9"],
        2: ["2:1", "2:2", "2:3", "2:4", "2:5"],
        3: ["3:1", "3:2", "3:3", "3:4"],
        4: ["4:1", "4:2", "4:3", "4:4", "4:5", "4:6", "4:7"],
        5: ["5:1", "5:2", "5:3", "5:4", "5:5", "5:6", "5:7", "5:8", "5:9"],
    }


def test_bodies_roles_levels_and_examples_of_every_action(plan: Plan) -> None:
    for _, action in plan.actions():
        responsible, co_responsible, levels, has_examples = ACTIONS[action.id]
        assert list(action.responsible) == responsible, action.id
        assert list(action.co_responsible) == co_responsible, action.id
        assert list(action.levels) == levels, action.id
        assert bool(action.examples) == has_examples, action.id


def test_body_register_names_and_kinds(plan: Plan) -> None:
    assert [(b.name, b.kind) for b in plan.bodies] == [
        ("Kommunstyrelsen", "board"),
        ("Socialnämnden", "board"),
        ("Omsorgsnämnden", "board"),
        ("Äldreomsorgsnämnden", "board"),
        ("Utbildningsnämnderna", "board"),
        ("Kultur- och fritidsnämnderna", "board"),
        ("Arbets- och näringslivsnämnden", "board"),
        ("Samhällsbyggnadsnämnderna", "board"),
        ("Miljönämnden", "board"),
        ("Överförmyndarnämnden", "board"),
        ("Telge Bostäder", "company"),
        ("Telge AB", "company"),
        ("Kommunala pensionärsrådet", "council"),
        ("Kommunala funktionshinderrådet", "council"),
    ]


def test_focus_area_titles_are_the_headings(plan: Plan) -> None:
    assert [area.title for area in plan.focus_areas] == [
        "Kommunen arbetar våldsförebyggande",
        "Kommunen erbjuder våldsutövare återfallsförebyggande insatser",
        "Kommunen arbetar aktivt för att upptäcka våldsutsatthet",
        "Våldsutsatta vuxna och barn erbjuds insatser utifrån sina specifika behov",
        "Kommunen arbetar systematiskt med kunskaps- och metodutveckling",
    ]
    assert [len(area.prerequisites) for area in plan.focus_areas] == [2, 2, 2, 2, 3]


def test_levels_and_the_indikativ_alias(plan: Plan) -> None:
    assert [(lv.id, lv.name, lv.aliases) for lv in plan.levels] == [
        ("universell", "Universell", ()),
        ("selektiv", "Selektiv", ()),
        ("indikerad", "Indikerad", ("indikativ",)),
    ]


def test_metadata(plan: Plan) -> None:
    assert plan.organisation == "Södertälje kommun"
    assert (plan.period.start, plan.period.end) == (2024, 2027)
    assert plan.replaces is not None
    assert (plan.replaces.period.start, plan.replaces.period.end) == (2021, 2023)
    assert plan.owner is not None and plan.owner.board == "kommunstyrelsen"
    assert plan.owner.office == "Kommunstyrelsens kontor"
    assert len(plan.target_groups) == 3
    assert plan.follow_up is not None and "delårsbokslut och årsberättelser" in plan.follow_up
    agenda = next(d for d in plan.governing_documents if d.name == "Agenda 2030")
    assert [ref.split()[1] for ref in agenda.references] == ["3", "5", "10", "16"]


def test_texts_are_mended_and_keep_real_hyphens(plan: Plan) -> None:
    texts = [action.text for _, action in plan.actions()]
    texts += [example for _, action in plan.actions() for example in action.examples]
    texts += [body.name for body in plan.bodies]
    for text in texts:
        # A hyphen followed by a space must introduce a conjunction ("Kultur- och").
        for match in re.finditer(r"\w- (\w+)", text):
            assert match.group(1) in {"och", "eller", "som"}, text
        assert "  " not in text and text == text.strip(), text
        assert not re.search(r"[a-zåäö]\d", text), f"footnote digit left in: {text}"
    by_id = {action.id: action for _, action in plan.actions()}
    assert by_id["2:3"].text.startswith("SIP-planer (Samordnad individuell plan) för våldsutövare")
    assert by_id["5:8"].examples[0] == "Förslag på kurser:"
    assert len(by_id["5:8"].examples) == 5
