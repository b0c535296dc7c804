"""The fixed words of generated documents: English msgids, translated through the gettext
catalogs into the document's language. Plan content is never translated.

Templates reach them as ``labels.KEY``; the keys name what a word is for, the msgids are
what it says in English.
"""

from __future__ import annotations

import functools

from ..messages import N_, words
from ..vocabulary import PART_WORDS

_MSGIDS: dict[str, str] = {
    "checklist": N_("Checklist"),
    "action": N_("Action"),
    "actions_one": N_("action"),
    "actions_many": N_("actions"),
    "focus_area": N_("Focus area"),
    "level": N_("Prevention level"),
    "levels": N_("Prevention levels"),
    "responsible": N_("Responsible"),
    "co_responsible": N_("Co-responsible"),
    "role": N_("Role"),
    "together_with": N_("Together with"),
    "examples": N_("Examples and suggestions"),
    "follow_up": N_("Follow-up"),
    "all_actions": N_("All actions"),
    "role_any": N_("responsible or co-responsible"),
    "role_responsible": N_("responsible"),
    "role_co_responsible": N_("co-responsible"),
    "period": N_("Period"),
    "generated": N_("Generated"),
    "no_actions": N_("The selection holds no actions."),
    "index_title": N_("Checklists"),
    # The heading over the bodies when a kind has no plural (else made from the plurals).
    "bodies": N_("Bodies"),
    "list_and": N_("{items} and {last}"),
    "body": N_("Body"),
    "focus_areas": N_("Focus areas"),
    "total_responsible": N_("Responsible, total"),
    "total_co_responsible": N_("Co-responsible, total"),
    "matrix_areas": N_("Actions per body and focus area (responsible or co-responsible)"),
    "matrix_levels": N_("Actions per body and prevention level (responsible or co-responsible)"),
    "overview": N_("Responsibility overview"),
    "skip_to_content": N_("Skip to content"),
    "saved_note": N_("Ticks are saved in this browser only."),
    "report": N_("Follow-up"),
    "by_focus_area": N_("By focus area"),
    "by_body": N_("By body"),
    "by_level": N_("By prevention level"),
    "overall_heading": N_("Whole plan"),
    "group": N_("Group"),
    "total": N_("Total"),
    "pairs": N_("action and body pairs"),
    "not_started": N_("Not started"),
    "missing": N_("Not reported"),
    "silent_bodies": N_("Bodies that have reported nothing"),
    "changes": N_("Changes since"),
    "no_changes": N_("No changes."),
    "none": N_("None."),
    "from": N_("From"),
    "to": N_("To"),
    "status": N_("Status"),
    "share_note": N_("Share of the group's action and body pairs, in percent; count in brackets."),
    # The report by action (issue 21): each action counted once, with a derived status.
    "all": N_("All"),
    "all_actions_row": N_("All actions"),
    "actions_and_assignments": N_("{actions} actions, {assignments} assignments for the bodies"),
    "by_action_heading": N_("Actions by status"),
    "by_action_note": N_(
        "Each action counts once, with one status from its bodies' reports: done when every"
        " body has done it or it does not apply to them; not reported when no body has"
        " reported; otherwise the least advanced status reported, marked partly when the"
        " bodies' statuses differ."
    ),
    "action_share_note": N_("Share of the group's actions, in percent; count in brackets."),
    "partly": N_("partly"),
    "diff_struck": N_("struck through"),
    "diff_underlined": N_("underlined"),
    "chart_key": N_("The bars from the left (hatched: not reported):"),
    "actions_by_area": N_("The actions of each focus area"),
    # The coordinator's text (issue 21): assessment, recommendations, prerequisites.
    "assessment_heading": N_("The coordinator's assessment"),
    "assessment": N_("Assessment"),
    "recommendations": N_("Recommendations"),
    "not_assessed": N_("not assessed"),
    # The follow-up report (issue 14): periods, lists, the plan period, Word and print.
    **{f"part_{part}": word for part, word in PART_WORDS.items()},
    "report_title": N_("Follow-up, {period}"),
    "contents": N_("Contents"),
    "summary": N_("Summary"),
    "legend": N_("Key"),
    "pairs_one": N_("action and body pair"),
    "pairs_many": N_("action and body pairs"),
    "list_genomford": N_("Done"),
    "list_pagaende": N_("In progress"),
    "list_ej_paborjad": N_("Not started"),
    "list_ej_aktuell": N_("Not applicable"),
    "by_body_detail": N_("Reported by body"),
    "by_body_detail_note": N_("What each body has reported, action by action."),
    "by_body_summary_note": N_(
        "Each body's actions by status; what the body wrote is under the action in the lists"
        " by status."
    ),
    "plan_period": N_("Over the plan period"),
    "plan_period_note": N_("Action and body pairs per status in each period."),
    "period_by_focus_area": N_("By focus area and period"),
    "period_by_body": N_("By body and period"),
    "history_actions": N_("Action by action"),
    "history_note": N_(
        "Each body's status for the action in the first period and wherever it changed: →"
        " marks a change since the period before, · a status unchanged."
    ),
    "comment": N_("Comment"),
    "evidence": N_("Evidence"),
    "date": N_("Date"),
    "reported": N_("Reported"),
    "actions_heading": N_("Actions"),
    "missing_of": N_("{count} of {total}"),
    "nothing_reported": N_("nothing reported"),
    "missing_note": N_("Actions the body has not reported on for the period."),
    "changed": N_("changed"),
    # Short by design (issue 21): the main part names only what is still to do and what
    # was done since the period before; the history shows a status where it changes.
    "remaining": N_("still to do:"),
    "done_earlier": N_("{count} more were done in earlier periods."),
    "done_by_period": N_("Done pairs in each period"),
    "done_by_period_note": N_(
        "The number of each group's action and body pairs reported done in each period; the"
        " group's number of pairs in brackets."
    ),
    "unchanged": N_("unchanged"),
    # Checklists: summary, role badge, follow-up, print (issue 13).
    "count_responsible_one": N_("{count} as responsible"),
    "count_responsible_many": N_("{count} as responsible"),
    "count_co_responsible_one": N_("{count} as co-responsible"),
    "count_co_responsible_many": N_("{count} as co-responsible"),
    "back_to_index": N_("All checklists"),
    "other_levels": N_("Also prevention level"),
    "ticks_local": N_(
        "What you tick is saved in this browser only, for this checklist and this version of"
        " the plan. Other checklists do not show it."
    ),
    "ticks_followup": N_(
        "The boxes show what was reported in the follow-up for {period} and cannot be changed"
        " on this page. A ticked box means the action is done."
    ),
    # One title pattern for every checklist (issue 22): "Checklista för Barn- och skolnämnden".
    "checklist_for": N_("Checklist for {subject}"),
    "subject_level": N_("prevention level {name}"),
    "subject_focus_area": N_("focus area {number}: {title}"),
    "subject_all": N_("all actions"),
    "subject_role": N_("{body} as {role}"),
    # Who else has an action, each role once with its bodies.
    "also_responsible": N_("Also responsible"),
    "co_responsible_bodies": N_("Co-responsible bodies"),
    # A focus area's and a level's own text at the top of their checklists.
    "prerequisites": N_("To reach the focus area, the following must be in place:"),
    "about_level": N_("About the prevention level"),
    "about_focus_area": N_("About the focus area"),
    "jump_to_area": N_("Focus areas:"),
    "status_for": N_("Status for {period}"),
    "named_word": N_("{title} (Word)"),
    # When and how a body reports next (documents/deadline.py).
    "next_report": N_("Next report: by {date} ({period})"),
    "period_report": N_("Report for {period}: by {date}"),
    "yearly_report": N_("Reported every year: {days}"),
    "yearly_due": N_("{period} by {date}"),
    "report_in": N_("in {document}"),
    "report_to": N_("to {coordinator}"),
    "report_how": N_("Report {how}."),
    "month_1": N_("January"),
    "month_2": N_("February"),
    "month_3": N_("March"),
    "month_4": N_("April"),
    "month_5": N_("May"),
    "month_6": N_("June"),
    "month_7": N_("July"),
    "month_8": N_("August"),
    "month_9": N_("September"),
    "month_10": N_("October"),
    "month_11": N_("November"),
    "month_12": N_("December"),
    "signoff": N_("Reviewed at the meeting of"),
    "initials": N_("Initials"),
    # Printed pages: the whole label for CSS page counters, and its words apart for
    # Word, whose page numbers are fields between runs of text.
    "page_of_pages": N_("Page {page} of {pages}"),
    "page": N_("Page"),
    "page_of": N_("of"),
    # The overview of the index and of README.md.
    "focus_area_short": N_("FA"),
    "sum": N_("Sum"),
    "named_markdown": N_("{title} (Markdown)"),
    "named_html": N_("{title} (HTML)"),
    "matrix_areas_roles": N_("Actions per body and focus area"),
    "matrix_levels_roles": N_("Actions per body and prevention level"),
    "matrix_key": N_(
        "In each cell: actions as responsible + actions as co-responsible; – means none."
        " The sum counts an action once for each body that has it."
    ),
    "cell_counts": N_("{responsible} as responsible, {co_responsible} as co-responsible"),
    "none_short": N_("none"),
    "scroll_hint": N_("The table is wider than the screen: scroll it sideways."),
    "html_note": N_("The HTML versions are meant for the browser and for printing."),
    # Goals: checklists, the report and the index's overview of goals and focus areas.
    "goals": N_("Goals"),
    "goals_served": N_("The actions serve these goals:"),
    "goal_level_global": N_("global"),
    "goal_level_national": N_("national"),
    "goal_level_regional": N_("regional"),
    "goal_level_local": N_("local"),
    "goal_source": N_("source"),
    "goal": N_("Goal"),
    "matrix_goals_areas": N_("Actions per goal and focus area"),
    "matrix_goals_key": N_(
        "In each cell: the actions of the focus area that serve the goal, by their own goals,"
        " their focus area's or the plan's; – means none."
    ),
    "goal_cell": N_("{count} in {area}"),
    # Indicators from Kolada in the report and the index.
    "indicators": N_("Indicators"),
    "indicators_note": N_(
        "Totals for women and men together; – means Kolada has no value for that year."
    ),
    "indicator_area": N_("Area"),
    "indicator_trend": N_("Trend"),
    "better_higher": N_("higher is better"),
    "better_lower": N_("lower is better"),
    "trend_up": N_("up from {value} in {year}, {judged}"),
    "trend_down": N_("down from {value} in {year}, {judged}"),
    "trend_same": N_("unchanged"),
    "trend_better": N_("better"),
    "trend_worse": N_("worse"),
    "trend_unknown": N_("too few values for a trend"),
    "compared": N_("{area} {year}: {value}; {parts}."),
    "compared_better": N_("better than {area} ({value})"),
    "compared_worse": N_("worse than {area} ({value})"),
    "compared_same": N_("the same as {area}"),
    "compared_missing": N_("{area} has no value"),
    "indicator_source": N_("Source: {source}, producer {producer}, fetched {date}"),
    "producer_unknown": N_("not named"),
    # The open-data catalogue (datasets/dcat.rdf), written in both languages.
    "dcat_catalog_title": N_("Open data of the action plan of {organisation} {period}"),
    "dcat_catalog_description": N_(
        "The action plan of {organisation} {period} and its follow-up as data, made with valdplan."
    ),
    "dcat_plan_title": N_("Action plan of {organisation} {period}"),
    "dcat_plan_description": N_(
        "The plan's focus areas, actions, responsible bodies, prevention levels and goals as"
        " the plan prints them."
    ),
    "dcat_followup_title": N_("Follow-up {followup} of the action plan of {organisation}"),
    "dcat_followup_description": N_(
        "What each body reported on each of its actions in the follow-up {followup}: status,"
        " comment, evidence and date."
    ),
    "dcat_json_title": N_("JSON file"),
    "dcat_csv_title": N_("CSV file"),
    # The accessibility statement (tillganglighet.html) and the link to it on every page.
    "a11y_title": N_("Accessibility statement"),
    "open_data": N_("Open data"),
    "a11y_link": N_("Accessibility statement"),
    "a11y_intro": N_(
        "{publisher} is responsible for {service}. We want as many people as possible to be"
        " able to use it. This statement describes how it meets the Act on accessibility to"
        " digital public services, known problems and how you can tell us about problems."
    ),
    "a11y_compliance_heading": N_("How accessible are these pages?"),
    "a11y_compliance_full": N_("fully compliant"),
    "a11y_compliance_partial": N_("partially compliant"),
    "a11y_compliance_none": N_("not compliant"),
    "a11y_compliance": N_(
        "These pages are {compliance} with the Act on accessibility to digital public services."
    ),
    "a11y_gaps_heading": N_("Content that is not accessible"),
    "a11y_gaps_publisher": N_("Known by the publisher:"),
    "a11y_gaps_own": N_("Known limits of the pages valdplan makes:"),
    "a11y_reason": N_("Reason"),
    "a11y_burden_heading": N_("Disproportionate burden"),
    "a11y_scope_heading": N_("Content not within the scope of the law"),
    "a11y_none": N_("None."),
    "a11y_method_heading": N_("How we tested these pages"),
    "a11y_assessed": N_("The latest assessment was made on {date}."),
    "a11y_updated": N_("This statement was last updated on {date}."),
    "a11y_feedback_heading": N_("Report problems with accessibility"),
    "a11y_feedback": N_(
        "If you cannot use part of these pages, or need their content in another form, tell us"
        " by e-mail:"
    ),
    "a11y_feedback_form": N_("or use our form"),
    "a11y_enforcement_heading": N_("Enforcement"),
    "a11y_enforcement": N_(
        "The Agency for Digital Government (Digg) is responsible for enforcing the law. If you"
        " are not satisfied with how we handle your comments, you can"
    ),
    "a11y_complaint_link": N_("report it to Digg"),
    # The change annex.
    "diff_title": N_("Changes to the action plan"),
    "diff_comparison": N_("Comparison of"),
    "diff_with": N_("with"),
    "diff_equal": N_("The plans are equal."),
    "diff_legend": N_("Changed texts show"),
    "diff_removed_words": N_("removed words"),
    "diff_added_words": N_("added words"),
    "and": N_("and"),
    "diff_removed_sr": N_("removed:"),
    "diff_added_sr": N_("added:"),
}


@functools.cache
def _labels(lang: str) -> dict[str, str]:
    translate = words(lang)
    return {key: translate(msgid) for key, msgid in _MSGIDS.items()}


class _Labels:
    """``LABELS[lang]``: every fixed word of documents in ``lang``, by key."""

    def __getitem__(self, lang: str) -> dict[str, str]:
        return _labels(lang)


LABELS = _Labels()
