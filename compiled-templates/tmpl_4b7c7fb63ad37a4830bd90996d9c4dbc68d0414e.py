from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'checklist.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_title = resolve('title')
    l_0_plan = resolve('plan')
    l_0_has_statuses = resolve('has_statuses')
    l_0_subject = resolve('subject')
    l_0_followup_period = resolve('followup_period')
    l_0_date = resolve('date')
    l_0_labels = resolve('labels')
    l_0_index_files = resolve('index_files')
    l_0_summary = resolve('summary')
    l_0_count_text = resolve('count_text')
    l_0_reporting = resolve('reporting')
    l_0_status_counts = resolve('status_counts')
    l_0_status_heading = resolve('status_heading')
    l_0_followup_note = resolve('followup_note')
    l_0_group_headings = resolve('group_headings')
    l_0_groups = resolve('groups')
    l_0_intro = resolve('intro')
    l_0_intro_text = resolve('intro_text')
    l_0_is_body_checklist = resolve('is_body_checklist')
    l_0_tick_key = resolve('tick_key')
    l_0_evidence_list = missing
    try:
        t_1 = environment.filters['css_counter']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'css_counter' found.")
    try:
        t_2 = environment.filters['css_string']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'css_string' found.")
    try:
        t_3 = environment.filters['href']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'href' found.")
    try:
        t_4 = environment.filters['isolate']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'isolate' found.")
    try:
        t_5 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_6 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_7 = environment.filters['plan_text']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'plan_text' found.")
    try:
        t_8 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    pass
    def macro(l_1_record):
        t_9 = []
        if l_1_record is missing:
            l_1_record = undefined("parameter 'record' was not provided", name='record')
        pass
        t_9.append(
            '<ul class="evidence">\n',
        )
        for l_2_evidence in environment.getattr(l_1_record, 'evidence'):
            _loop_vars = {}
            pass
            t_9.append(
                '<li>',
            )
            if environment.getattr(l_2_evidence, 'href'):
                pass
                t_9.extend((
                    '<a href="',
                    escape(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_2_evidence, 'href')))),
                    '">',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_evidence, 'text'))),
                    '</a>',
                ))
            else:
                pass
                t_9.append(
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_evidence, 'text'))),
                )
            t_9.append(
                '</li>\n',
            )
        l_2_evidence = missing
        t_9.append(
            '</ul>\n',
        )
        return concat(t_9)
    context.exported_vars.add('evidence_list')
    context.vars['evidence_list'] = l_0_evidence_list = Macro(environment, macro, 'evidence_list', ('record',), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='lang') if l_0_lang is missing else l_0_lang)))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.finalize(context.eval_ctx, t_4((undefined(name='title') if l_0_title is missing else l_0_title))))
    yield ' – '
    yield escape(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'organisation'))))
    yield '</title>\n<style>\n'
    template = environment.get_template('_styles.css', 'checklist.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'evidence_list': l_0_evidence_list, 'intro_text': l_0_intro_text}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if (undefined(name='has_statuses') if l_0_has_statuses is missing else l_0_has_statuses):
        pass
        template = environment.get_template('_statuses.css', 'checklist.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'evidence_list': l_0_evidence_list, 'intro_text': l_0_intro_text}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield '@media print {\n  @page {\n    @top-left { content: '
    yield escape(environment.finalize(context.eval_ctx, t_2(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))))
    yield '; }\n    @top-right { content: '
    yield escape(environment.finalize(context.eval_ctx, t_2(markup_join(((undefined(name='subject') if l_0_subject is missing else l_0_subject), (markup_join((' · ', (undefined(name='followup_period') if l_0_followup_period is missing else l_0_followup_period), )) if (undefined(name='followup_period') if l_0_followup_period is missing else l_0_followup_period) else ''), (markup_join((' · ', (undefined(name='date') if l_0_date is missing else l_0_date), )) if (undefined(name='date') if l_0_date is missing else l_0_date) else ''), )))))
    yield '; }\n    @bottom-right { content: '
    yield escape(environment.finalize(context.eval_ctx, t_1(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'page_of_pages'))))
    yield '; }\n  }\n}\n</style>\n</head>\n<body>\n<a class="skip-link" href="#innehall">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'skip_to_content')))
    yield '</a>\n<main id="innehall">\n<header>\n'
    if ('html' in (undefined(name='index_files') if l_0_index_files is missing else l_0_index_files)):
        pass
        yield '<p class="back no-print"><a href="'
        yield escape(environment.finalize(context.eval_ctx, t_3(environment.getattr((undefined(name='index_files') if l_0_index_files is missing else l_0_index_files), 'html'))))
        yield '"><span aria-hidden="true">← </span>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'back_to_index')))
        yield '</a></p>\n'
    yield '<h1>'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '</h1>\n<p class="meta"><span class="plan-name">'
    yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))))
    yield '</span> · '
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'organisation')))
    yield ' · '
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period')))
    yield ' '
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'period')))
    if (undefined(name='date') if l_0_date is missing else l_0_date):
        pass
        yield ' · '
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'generated')))
        yield ' '
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='date') if l_0_date is missing else l_0_date)))
    yield '</p>\n</header>\n<section class="asked" aria-label="'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'summary')))
    yield '">\n'
    if environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'roles'):
        pass
        yield '<p class="roles">'
        l_1_loop = missing
        for l_1_role, l_1_loop in LoopContext(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'roles'), undefined):
            _loop_vars = {}
            pass
            yield '<span class="badge role-'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_role, 'id')))
            yield '">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_role, 'text')))
            yield '</span>'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '<span class="visually-hidden">, </span>'
        l_1_loop = l_1_role = missing
        yield '</p>\n'
    else:
        pass
        yield '<p class="roles">'
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='count_text') if l_0_count_text is missing else l_0_count_text)))
        yield '</p>\n'
    if (undefined(name='reporting') if l_0_reporting is missing else l_0_reporting):
        pass
        yield '<p class="due"><strong>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='reporting') if l_0_reporting is missing else l_0_reporting), 'due_text')))
        yield '</strong>'
        if environment.getattr((undefined(name='reporting') if l_0_reporting is missing else l_0_reporting), 'how'):
            pass
            yield ' <span class="how">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='reporting') if l_0_reporting is missing else l_0_reporting), 'how')))
            yield '</span>'
        yield '</p>\n'
    if (undefined(name='status_counts') if l_0_status_counts is missing else l_0_status_counts):
        pass
        yield '<p class="status-counts"><span class="status-heading">'
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='status_heading') if l_0_status_heading is missing else l_0_status_heading)))
        yield ':</span> '
        l_1_loop = missing
        for l_1_status, l_1_loop in LoopContext((undefined(name='status_counts') if l_0_status_counts is missing else l_0_status_counts), undefined):
            _loop_vars = {}
            pass
            yield '<span class="status-count"><span class="swatch seg-'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_status, 'id')))
            yield '" aria-hidden="true"></span><span aria-hidden="true">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_status, 'symbol')))
            yield ' </span>'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_status, 'name')))
            yield ' '
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_status, 'count')))
            yield '</span>'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '<span class="visually-hidden">, </span> '
        l_1_loop = l_1_status = missing
        yield '</p>\n<p class="note no-print">'
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='followup_note') if l_0_followup_note is missing else l_0_followup_note)))
        yield '</p>\n'
    if ((undefined(name='group_headings') if l_0_group_headings is missing else l_0_group_headings) and (t_6((undefined(name='groups') if l_0_groups is missing else l_0_groups)) > 1)):
        pass
        yield '<nav class="jump" aria-label="'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'focus_areas')))
        yield '"><span aria-hidden="true">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'jump_to_area')))
        yield '</span>'
        for l_1_group in environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'areas'):
            _loop_vars = {}
            pass
            yield ' <a href="#'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_group, 'anchor')))
            yield '"><span class="visually-hidden">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'focus_area')))
            yield ' </span>'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_group, 'number')))
            yield '</a> <span class="jump-count">('
            yield escape(environment.finalize(context.eval_ctx, t_6(environment.getattr(l_1_group, 'items'))))
            yield ')</span>'
        l_1_group = missing
        yield '</nav>\n'
    if (not (undefined(name='has_statuses') if l_0_has_statuses is missing else l_0_has_statuses)):
        pass
        yield '<p class="note no-print" id="saved-note" hidden>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'ticks_local')))
        yield '</p>\n'
    yield '</section>\n'
    if (undefined(name='intro') if l_0_intro is missing else l_0_intro):
        pass
        def macro():
            t_10 = []
            pass
            for l_2_paragraph in environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'paragraphs'):
                _loop_vars = {}
                pass
                t_10.extend((
                    '<p>',
                    escape(environment.finalize(context.eval_ctx, t_7(context, l_2_paragraph))),
                    '</p>\n',
                ))
            l_2_paragraph = missing
            if environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'prerequisites'):
                pass
                t_10.extend((
                    '<p class="prerequisites-heading">',
                    escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'prerequisites_heading'))),
                    '</p>\n<ul>\n',
                ))
                for l_2_paragraph in environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'prerequisites'):
                    _loop_vars = {}
                    pass
                    t_10.extend((
                        '<li>',
                        escape(environment.finalize(context.eval_ctx, t_7(context, l_2_paragraph))),
                        '</li>\n',
                    ))
                l_2_paragraph = missing
                t_10.append(
                    '</ul>\n',
                )
            return concat(t_10)
        context.exported_vars.add('intro_text')
        context.vars['intro_text'] = l_0_intro_text = Macro(environment, macro, 'intro_text', (), False, False, False, context.eval_ctx.autoescape)
        yield '<details class="intro no-print">\n<summary>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'heading')))
        yield '</summary>\n'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='intro_text') if l_0_intro_text is missing else l_0_intro_text))))
        yield '\n</details>\n<section class="intro print-only" aria-label="'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'heading')))
        yield '">\n<h2>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'heading')))
        yield '</h2>\n'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='intro_text') if l_0_intro_text is missing else l_0_intro_text))))
        yield '\n</section>\n'
    if (not (undefined(name='groups') if l_0_groups is missing else l_0_groups)):
        pass
        yield '<p>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_actions')))
        yield '</p>\n'
    for l_1_group in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        _loop_vars = {}
        pass
        if (undefined(name='group_headings') if l_0_group_headings is missing else l_0_group_headings):
            pass
            yield '<section aria-labelledby="'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_group, 'anchor')))
            yield '">\n<h2 id="'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_group, 'anchor')))
            yield '">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'focus_area')))
            yield ' '
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_group, 'number')))
            yield ': '
            yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_1_group, 'title'))))
            yield '</h2>\n'
        else:
            pass
            yield '<section>\n'
        yield '<ul class="checklist">\n'
        for l_2_item in environment.getattr(l_1_group, 'items'):
            l_2_level_name = resolve('level_name')
            _loop_vars = {}
            pass
            yield '<li class="item'
            if environment.getattr(l_2_item, 'long'):
                pass
                yield ' long'
            yield '">\n'
            if environment.getattr(l_2_item, 'role'):
                pass
                yield '<p class="badge role-'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'role_id')))
                yield '">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'role')))
                yield '</p>\n'
            yield '<div class="item-head">\n<input type="checkbox" id="'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'anchor')))
            yield '" name="'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'anchor')))
            yield '" data-action="'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'id')))
            yield '"'
            if environment.getattr(l_2_item, 'done'):
                pass
                yield ' checked'
            if (undefined(name='has_statuses') if l_0_has_statuses is missing else l_0_has_statuses):
                pass
                yield ' disabled'
            yield '>\n<span class="box" aria-hidden="true"></span>\n<label for="'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'anchor')))
            yield '"><span class="action-id">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action')))
            yield ' '
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'id')))
            yield '</span> '
            yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_2_item, 'text'))))
            yield '</label>\n</div>\n<dl class="details">\n'
            if (t_6(environment.getattr(l_2_item, 'examples')) == 1):
                pass
                yield '<dt>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'examples')))
                yield '</dt>\n<dd>'
                yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getitem(environment.getattr(l_2_item, 'examples'), 0))))
                yield '</dd>\n'
            elif environment.getattr(l_2_item, 'examples'):
                pass
                yield '<dt>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'examples')))
                yield '</dt>\n<dd><ul>\n'
                for l_3_example in environment.getattr(l_2_item, 'examples'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    yield escape(environment.finalize(context.eval_ctx, t_7(context, l_3_example)))
                    yield '</li>\n'
                l_3_example = missing
                yield '</ul></dd>\n'
            if ((undefined(name='has_statuses') if l_0_has_statuses is missing else l_0_has_statuses) and (undefined(name='is_body_checklist') if l_0_is_body_checklist is missing else l_0_is_body_checklist)):
                pass
                for l_3_record in environment.getattr(l_2_item, 'followup'):
                    _loop_vars = {}
                    pass
                    yield '<dt>'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'status')))
                    yield '</dt>\n<dd class="status status-'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'status_id')))
                    yield '"><span class="swatch seg-'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'status_id')))
                    yield '" aria-hidden="true"></span><span aria-hidden="true">'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'symbol')))
                    yield ' </span>'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'status')))
                    yield '</dd>\n'
                    if environment.getattr(l_3_record, 'date'):
                        pass
                        yield '<dt>'
                        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'date')))
                        yield '</dt>\n<dd>'
                        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'date')))
                        yield '</dd>\n'
                    if environment.getattr(l_3_record, 'comment'):
                        pass
                        yield '<dt>'
                        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'comment')))
                        yield '</dt>\n<dd class="comment">'
                        yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_3_record, 'comment'))))
                        yield '</dd>\n'
                    if environment.getattr(l_3_record, 'evidence'):
                        pass
                        yield '<dt>'
                        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'evidence')))
                        yield '</dt>\n<dd>'
                        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='evidence_list') if l_0_evidence_list is missing else l_0_evidence_list), l_3_record, _loop_vars=_loop_vars)))
                        yield '</dd>\n'
                l_3_record = missing
            elif (undefined(name='has_statuses') if l_0_has_statuses is missing else l_0_has_statuses):
                pass
                for l_3_record in environment.getattr(l_2_item, 'followup'):
                    _loop_vars = {}
                    pass
                    yield '<dt>'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'body')))
                    yield ' ('
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'role')))
                    yield ')</dt>\n<dd><span class="status status-'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'status_id')))
                    yield '"><span class="swatch seg-'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'status_id')))
                    yield '" aria-hidden="true"></span><span aria-hidden="true">'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'symbol')))
                    yield ' </span>'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'status')))
                    yield '</span>'
                    if environment.getattr(l_3_record, 'date'):
                        pass
                        yield ' · '
                        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'date')))
                        yield ' '
                        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_record, 'date')))
                    if environment.getattr(l_3_record, 'comment'):
                        pass
                        yield '<br><span class="visually-hidden">'
                        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'comment')))
                        yield ': </span><span class="comment">'
                        yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_3_record, 'comment'))))
                        yield '</span>\n'
                    if environment.getattr(l_3_record, 'evidence'):
                        pass
                        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='evidence_list') if l_0_evidence_list is missing else l_0_evidence_list), l_3_record, _loop_vars=_loop_vars)))
                        yield '\n'
                    yield '</dd>\n'
                l_3_record = missing
            if (undefined(name='is_body_checklist') if l_0_is_body_checklist is missing else l_0_is_body_checklist):
                pass
                if environment.getattr(l_2_item, 'also_responsible'):
                    pass
                    yield '<dt>'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'also_responsible')))
                    yield '</dt>\n<dd>'
                    yield escape(environment.finalize(context.eval_ctx, t_5(context.eval_ctx, environment.getattr(l_2_item, 'also_responsible'), ', ')))
                    yield '</dd>\n'
                if environment.getattr(l_2_item, 'also_co_responsible'):
                    pass
                    yield '<dt>'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'co_responsible_bodies')))
                    yield '</dt>\n<dd>'
                    yield escape(environment.finalize(context.eval_ctx, t_5(context.eval_ctx, environment.getattr(l_2_item, 'also_co_responsible'), ', ')))
                    yield '</dd>\n'
            elif (not (undefined(name='has_statuses') if l_0_has_statuses is missing else l_0_has_statuses)):
                pass
                yield '<dt>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'responsible')))
                yield '</dt>\n<dd>'
                yield escape(environment.finalize(context.eval_ctx, t_5(context.eval_ctx, environment.getattr(l_2_item, 'responsible'), ', ')))
                yield '</dd>\n'
                if environment.getattr(l_2_item, 'co_responsible'):
                    pass
                    yield '<dt>'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'co_responsible')))
                    yield '</dt>\n<dd>'
                    yield escape(environment.finalize(context.eval_ctx, t_5(context.eval_ctx, environment.getattr(l_2_item, 'co_responsible'), ', ')))
                    yield '</dd>\n'
            if environment.getattr(l_2_item, 'other_levels'):
                pass
                yield '<dt>'
                yield escape(environment.finalize(context.eval_ctx, (environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'other_levels') if (undefined(name='level_name') if l_2_level_name is missing else l_2_level_name) else environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'level'))))
                yield '</dt>\n<dd>'
                yield escape(environment.finalize(context.eval_ctx, t_5(context.eval_ctx, environment.getattr(l_2_item, 'other_levels'), ', ')))
                yield '</dd>\n'
            for l_3_detail in environment.getattr(l_2_item, 'details'):
                _loop_vars = {}
                pass
                yield '<dt>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_detail, 'label')))
                yield '</dt>\n<dd>'
                yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_3_detail, 'text'))))
                yield '</dd>\n'
            l_3_detail = missing
            yield '</dl>\n</li>\n'
        l_2_item = l_2_level_name = missing
        yield '</ul>\n</section>\n'
    l_1_group = missing
    yield '<div class="closing">\n'
    template = environment.get_template('_goals.html.j2', 'checklist.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'evidence_list': l_0_evidence_list, 'intro_text': l_0_intro_text}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if ((undefined(name='is_body_checklist') if l_0_is_body_checklist is missing else l_0_is_body_checklist) and environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'follow_up')):
        pass
        yield '<section aria-labelledby="uppfoljning">\n<h2 id="uppfoljning">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'follow_up')))
        yield '</h2>\n<p>'
        yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'follow_up'))))
        yield '</p>\n</section>\n'
    yield '<p class="signoff print-only">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'signoff')))
    yield ': <span class="field">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'date')))
    yield '<span class="blank"></span></span> <span class="field">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'initials')))
    yield '<span class="blank"></span></span></p>\n</div>\n</main>\n'
    template = environment.get_template('_footer.html.j2', 'checklist.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'evidence_list': l_0_evidence_list, 'intro_text': l_0_intro_text}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if (not (undefined(name='has_statuses') if l_0_has_statuses is missing else l_0_has_statuses)):
        pass
        yield '<script>\n/* Optional: remember ticks in this browser, for this page and this version of the plan only\n   (its address, its selection and the plan\'s fingerprint), so that a tick on one body\'s\n   checklist never shows on another\'s. The page works fully without it. */\n(function () {\n  try {\n    var key = "valdplan:" + location.pathname + ":" + '
        yield escape(environment.finalize(context.eval_ctx, t_8(context.eval_ctx, (undefined(name='tick_key') if l_0_tick_key is missing else l_0_tick_key))))
        yield ' + ":";\n    var boxes = document.querySelectorAll(".item input[type=checkbox][data-action]");\n    for (var i = 0; i < boxes.length; i++) {\n      var box = boxes[i];\n      var stored = localStorage.getItem(key + box.getAttribute("data-action"));\n      if (stored !== null) { box.checked = stored === "1"; }\n      box.addEventListener("change", function (event) {\n        var action = event.target.getAttribute("data-action");\n        localStorage.setItem(key + action, event.target.checked ? "1" : "0");\n      });\n    }\n    document.getElementById("saved-note").hidden = false;\n  } catch (error) { /* storage unavailable: ticks are simply not remembered */ }\n})();\n</script>\n'
    yield '</body>\n</html>\n'

blocks = {}
debug_info = '2=81&4=89&5=95&10=120&14=122&16=126&17=132&18=134&22=141&23=143&24=145&30=147&33=149&34=152&36=157&37=159&39=173&40=175&41=179&43=195&45=197&46=200&48=208&49=211&50=231&52=233&53=236&55=254&56=257&59=260&60=262&61=265&62=270&64=274&65=278&67=281&68=286&76=297&77=299&79=301&80=303&81=305&84=307&85=310&87=312&88=315&89=318&90=320&95=332&96=337&97=341&98=344&101=349&103=362&106=370&107=373&108=375&109=377&110=380&112=382&113=386&117=390&118=392&119=396&120=398&121=406&122=409&123=411&125=413&126=416&127=418&129=420&130=423&131=425&134=428&135=430&136=434&137=438&138=452&139=455&141=459&142=461&147=465&148=467&149=470&150=472&152=474&153=477&154=479&156=481&157=484&158=486&159=488&160=491&161=493&164=495&165=498&166=500&168=502&169=506&170=508&179=516&180=522&182=525&183=527&186=530&189=536&190=542&197=545'