from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_title = resolve('title')
    l_0_plan = resolve('plan')
    l_0_date = resolve('date')
    l_0_labels = resolve('labels')
    l_0_period_name = resolve('period_name')
    l_0_counted_text = resolve('counted_text')
    l_0_action_rows = resolve('action_rows')
    l_0_toc = resolve('toc')
    l_0_action_areas = resolve('action_areas')
    l_0_appendix = resolve('appendix')
    l_0_overall = resolve('overall')
    l_0_sections = resolve('sections')
    l_0_has_history = resolve('has_history')
    l_0_history = resolve('history')
    l_0_previous = resolve('previous')
    l_0_changes_heading = resolve('changes_heading')
    l_0_changes = resolve('changes')
    l_0_status_lists = resolve('status_lists')
    l_0_missing_by_body = resolve('missing_by_body')
    l_0_body_views = resolve('body_views')
    l_0_legend = l_0_chart = l_0_numbers = l_0_count_cell = l_0_period_table = l_0_evidence = l_0_entry_details = missing
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
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['plan_text']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'plan_text' found.")
    pass
    def macro():
        t_6 = []
        l_1_statuses = resolve('statuses')
        pass
        t_6.append(
            '<ul class="legend" aria-hidden="true">\n',
        )
        for l_2_s in (undefined(name='statuses') if l_1_statuses is missing else l_1_statuses):
            _loop_vars = {}
            pass
            t_6.extend((
                '<li><span class="swatch seg-',
                escape(environment.getattr(l_2_s, 'id')),
                '"></span>',
                escape(environment.getattr(l_2_s, 'name')),
                '</li>\n',
            ))
        l_2_s = missing
        t_6.append(
            '</ul>\n',
        )
        return concat(t_6)
    context.exported_vars.add('legend')
    context.vars['legend'] = l_0_legend = Macro(environment, macro, 'legend', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows):
        t_7 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_7.append(
            '<div class="chart" aria-hidden="true">\n',
        )
        for l_2_row in l_1_rows:
            _loop_vars = {}
            pass
            t_7.extend((
                '<div class="bar-row">\n<p class="bar-label"><span>',
                escape(environment.getattr(l_2_row, 'label')),
                '</span> <span class="bar-total">',
                escape(environment.getattr(l_2_row, 'total_text')),
                '</span></p>\n<div class="bar">\n',
            ))
            def t_8(fiter):
                for l_3_seg in fiter:
                    if environment.getattr(l_3_seg, 'count'):
                        yield l_3_seg
            for l_3_seg in t_8(environment.getattr(l_2_row, 'segments')):
                _loop_vars = {}
                pass
                t_7.extend((
                    '<span class="seg seg-',
                    escape(environment.getattr(l_3_seg, 'id')),
                    escape((' wide' if (environment.getattr(l_3_seg, 'share') >= 20) else (' mid' if environment.getattr(l_3_seg, 'inside') else ''))),
                    '" style="width: ',
                    escape(('%.2f' % ((100 * environment.getattr(l_3_seg, 'count')) / environment.getattr(l_2_row, 'total')))),
                    '%">',
                ))
                if environment.getattr(l_3_seg, 'inside'):
                    pass
                    t_7.extend((
                        '<span class="seg-text">',
                        escape(environment.getattr(l_3_seg, 'share')),
                        '&nbsp;%</span>',
                    ))
                t_7.append(
                    '</span>\n',
                )
            l_3_seg = missing
            t_7.append(
                '</div>\n<p class="bar-values">\n',
            )
            def t_9(fiter):
                for l_3_seg in fiter:
                    if environment.getattr(l_3_seg, 'count'):
                        yield l_3_seg
            for l_3_seg in t_9(environment.getattr(l_2_row, 'segments')):
                _loop_vars = {}
                pass
                t_7.extend((
                    '<span class="value"><span class="swatch seg-',
                    escape(environment.getattr(l_3_seg, 'id')),
                    '"></span>',
                    escape(environment.getattr(l_3_seg, 'name')),
                    ' ',
                    escape(environment.getattr(l_3_seg, 'share')),
                    '&nbsp;% (',
                    escape(environment.getattr(l_3_seg, 'count')),
                    ')</span>\n',
                ))
            l_3_seg = missing
            t_7.append(
                '</p>\n</div>\n',
            )
        l_2_row = missing
        t_7.append(
            '</div>\n',
        )
        return concat(t_7)
    context.exported_vars.add('chart')
    context.vars['chart'] = l_0_chart = Macro(environment, macro, 'chart', ('rows',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows, l_1_heading_id):
        t_10 = []
        l_1_statuses = resolve('statuses')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_heading_id is missing:
            l_1_heading_id = undefined("parameter 'heading_id' was not provided", name='heading_id')
        pass
        t_10.extend((
            '<div class="visually-hidden">\n<table aria-labelledby="',
            escape(l_1_heading_id),
            '">\n<thead>\n<tr><th scope="col">',
            escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'group')),
            '</th><th scope="col">',
            escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total')),
            '</th>',
        ))
        for l_2_s in (undefined(name='statuses') if l_1_statuses is missing else l_1_statuses):
            _loop_vars = {}
            pass
            t_10.extend((
                '<th scope="col">',
                escape(environment.getattr(l_2_s, 'name')),
                '</th>',
            ))
        l_2_s = missing
        t_10.append(
            '</tr>\n</thead>\n<tbody>\n',
        )
        for l_2_row in l_1_rows:
            _loop_vars = {}
            pass
            t_10.extend((
                '<tr><th scope="row">',
                escape(environment.getattr(l_2_row, 'label')),
                '</th><td>',
                escape(environment.getattr(l_2_row, 'total')),
                '</td>',
            ))
            for l_3_seg in environment.getattr(l_2_row, 'segments'):
                _loop_vars = {}
                pass
                t_10.extend((
                    '<td>',
                    escape(environment.getattr(l_3_seg, 'share')),
                    '&nbsp;% (',
                    escape(environment.getattr(l_3_seg, 'count')),
                    ')</td>',
                ))
            l_3_seg = missing
            t_10.append(
                '</tr>\n',
            )
        l_2_row = missing
        t_10.append(
            '</tbody>\n</table>\n</div>\n',
        )
        return concat(t_10)
    context.exported_vars.add('numbers')
    context.vars['numbers'] = l_0_numbers = Macro(environment, macro, 'numbers', ('rows', 'heading_id'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_cell):
        t_11 = []
        if l_1_cell is missing:
            l_1_cell = undefined("parameter 'cell' was not provided", name='cell')
        pass
        if environment.getattr(l_1_cell, 'count'):
            pass
            t_11.extend((
                '<td>',
                escape(environment.getattr(l_1_cell, 'count')),
                '</td>',
            ))
        else:
            pass
            t_11.append(
                '<td class="zero"><span aria-hidden="true">–</span><span class="visually-hidden">0</span></td>',
            )
        return concat(t_11)
    context.exported_vars.add('count_cell')
    context.vars['count_cell'] = l_0_count_cell = Macro(environment, macro, 'count_cell', ('cell',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_groups, l_1_heading_id):
        t_12 = []
        l_1_statuses = resolve('statuses')
        if l_1_groups is missing:
            l_1_groups = undefined("parameter 'groups' was not provided", name='groups')
        if l_1_heading_id is missing:
            l_1_heading_id = undefined("parameter 'heading_id' was not provided", name='heading_id')
        pass
        t_12.extend((
            '<div class="table-wrap" role="region" aria-labelledby="',
            escape(l_1_heading_id),
            '" tabindex="0">\n<table class="periods" aria-labelledby="',
            escape(l_1_heading_id),
            '">\n<thead>\n<tr><th scope="col">',
            escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period')),
            '</th>',
        ))
        for l_2_s in (undefined(name='statuses') if l_1_statuses is missing else l_1_statuses):
            _loop_vars = {}
            pass
            t_12.extend((
                '<th scope="col"><span class="swatch seg-',
                escape(environment.getattr(l_2_s, 'id')),
                '" aria-hidden="true"></span>',
                escape(environment.getattr(l_2_s, 'name')),
                '</th>',
            ))
        l_2_s = missing
        t_12.append(
            '</tr>\n</thead>\n',
        )
        for l_2_group in l_1_groups:
            _loop_vars = {}
            pass
            t_12.extend((
                '<tbody>\n<tr class="group-row"><th scope="rowgroup" colspan="',
                escape((t_4((undefined(name='statuses') if l_1_statuses is missing else l_1_statuses)) + 1)),
                '">',
                escape(environment.getattr(l_2_group, 'label')),
                ' <span class="quiet">(',
                escape(environment.getattr(l_2_group, 'total')),
                ')</span></th></tr>\n',
            ))
            for l_3_row in environment.getattr(l_2_group, 'rows'):
                _loop_vars = {}
                pass
                t_12.extend((
                    '<tr><th scope="row">',
                    escape(environment.getattr(l_3_row, 'period')),
                    '</th>',
                ))
                for l_4_cell in environment.getattr(l_3_row, 'cells'):
                    _loop_vars = {}
                    pass
                    t_12.append(
                        escape(context.call((undefined(name='count_cell') if l_0_count_cell is missing else l_0_count_cell), l_4_cell, _loop_vars=_loop_vars)),
                    )
                l_4_cell = missing
                t_12.append(
                    '</tr>\n',
                )
            l_3_row = missing
            t_12.append(
                '</tbody>\n',
            )
        l_2_group = missing
        t_12.append(
            '</table>\n</div>\n',
        )
        return concat(t_12)
    context.exported_vars.add('period_table')
    context.vars['period_table'] = l_0_period_table = Macro(environment, macro, 'period_table', ('groups', 'heading_id'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_entry):
        t_13 = []
        if l_1_entry is missing:
            l_1_entry = undefined("parameter 'entry' was not provided", name='entry')
        pass
        if environment.getattr(l_1_entry, 'evidence'):
            pass
            t_13.extend((
                '<p class="evidence">',
                escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'evidence')),
                ': ',
            ))
            l_2_loop = missing
            for l_2_item, l_2_loop in LoopContext(environment.getattr(l_1_entry, 'evidence'), undefined):
                _loop_vars = {}
                pass
                if environment.getattr(l_2_item, 'url'):
                    pass
                    t_13.extend((
                        '<a href="',
                        escape(environment.getattr(l_2_item, 'url')),
                        '">',
                        escape(environment.getattr(l_2_item, 'text')),
                        '</a>',
                    ))
                else:
                    pass
                    t_13.append(
                        escape(environment.getattr(l_2_item, 'text')),
                    )
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_13.append(
                        '; ',
                    )
            l_2_loop = l_2_item = missing
            t_13.append(
                '</p>\n',
            )
        return concat(t_13)
    context.exported_vars.add('evidence')
    context.vars['evidence'] = l_0_evidence = Macro(environment, macro, 'evidence', ('entry',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_entry):
        t_14 = []
        if l_1_entry is missing:
            l_1_entry = undefined("parameter 'entry' was not provided", name='entry')
        pass
        if environment.getattr(l_1_entry, 'comment'):
            pass
            t_14.extend((
                '<p class="comment">',
                escape(t_5(context, environment.getattr(l_1_entry, 'comment'))),
                '</p>\n',
            ))
        t_14.extend((
            escape(context.call((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), l_1_entry)),
            '\n',
        ))
        return concat(t_14)
    context.exported_vars.add('entry_details')
    context.vars['entry_details'] = l_0_entry_details = Macro(environment, macro, 'entry_details', ('entry',), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape((undefined(name='lang') if l_0_lang is missing else l_0_lang))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n<title>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield ' – '
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))
    yield '</title>\n<style>\n'
    template = environment.get_template('_styles.css', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'chart': l_0_chart, 'count_cell': l_0_count_cell, 'entry_details': l_0_entry_details, 'evidence': l_0_evidence, 'legend': l_0_legend, 'numbers': l_0_numbers, 'period_table': l_0_period_table}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('_report.css', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'chart': l_0_chart, 'count_cell': l_0_count_cell, 'entry_details': l_0_entry_details, 'evidence': l_0_evidence, 'legend': l_0_legend, 'numbers': l_0_numbers, 'period_table': l_0_period_table}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '@page {\n  @top-left { content: '
    yield escape(t_2(markup_join((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'organisation'), ' · ', (undefined(name='title') if l_0_title is missing else l_0_title), ))))
    yield '; }\n  @top-right { content: '
    yield escape(t_2(((undefined(name='date') if l_0_date is missing else l_0_date) or '')))
    yield '; }\n  @bottom-right { content: '
    yield escape(t_1(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'page_of_pages')))
    yield '; }\n}\n</style>\n</head>\n<body>\n<a class="skip-link" href="#innehall">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'skip_to_content'))
    yield '</a>\n<main id="innehall">\n<header>\n<h1>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</h1>\n<p class="plan-title">'
    yield escape(t_5(context, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title')))
    yield '</p>\n<p class="meta">'
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'organisation'))
    yield ' · '
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period'))
    yield ' '
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'period'))
    yield ' · '
    yield escape((undefined(name='period_name') if l_0_period_name is missing else l_0_period_name))
    yield ' · '
    yield escape((undefined(name='counted_text') if l_0_counted_text is missing else l_0_counted_text))
    if (undefined(name='date') if l_0_date is missing else l_0_date):
        pass
        yield ' · '
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'generated'))
        yield ' <time datetime="'
        yield escape((undefined(name='date') if l_0_date is missing else l_0_date))
        yield '">'
        yield escape((undefined(name='date') if l_0_date is missing else l_0_date))
        yield '</time>'
    yield '</p>\n</header>\n<section aria-labelledby="atgarder">\n<h2 id="atgarder">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_action_heading'))
    yield '</h2>\n<p class="lead">'
    yield escape((undefined(name='counted_text') if l_0_counted_text is missing else l_0_counted_text))
    yield '</p>\n<p class="note">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_action_note'))
    yield ' '
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action_share_note'))
    yield '</p>\n'
    yield escape(context.call((undefined(name='legend') if l_0_legend is missing else l_0_legend)))
    yield '\n'
    yield escape(context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), (undefined(name='action_rows') if l_0_action_rows is missing else l_0_action_rows)))
    yield '\n'
    yield escape(context.call((undefined(name='numbers') if l_0_numbers is missing else l_0_numbers), (undefined(name='action_rows') if l_0_action_rows is missing else l_0_action_rows), 'atgarder'))
    yield '\n</section>\n<nav class="toc" aria-labelledby="innehall-rubrik">\n<h2 id="innehall-rubrik">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'contents'))
    yield '</h2>\n<ol>\n'
    for l_1_item in (undefined(name='toc') if l_0_toc is missing else l_0_toc):
        _loop_vars = {}
        pass
        yield '<li><a href="#'
        yield escape(environment.getattr(l_1_item, 'anchor'))
        yield '">'
        yield escape(environment.getattr(l_1_item, 'heading'))
        yield '</a>\n'
        if environment.getattr(l_1_item, 'children'):
            pass
            yield '<ol class="'
            yield escape(('toc-bodies' if (environment.getattr(l_1_item, 'anchor') == 'per-organ') else ''))
            yield '">\n'
            for l_2_child in environment.getattr(l_1_item, 'children'):
                _loop_vars = {}
                pass
                yield '<li><a href="#'
                yield escape(environment.getattr(l_2_child, 'anchor'))
                yield '">'
                yield escape(environment.getattr(l_2_child, 'heading'))
                yield '</a></li>\n'
            l_2_child = missing
            yield '</ol>\n'
        yield '</li>\n'
    l_1_item = missing
    yield '</ol>\n</nav>\n<section aria-labelledby="atgarder-per-fokusomrade">\n<h2 id="atgarder-per-fokusomrade">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actions_by_area'))
    yield '</h2>\n'
    for l_1_area in (undefined(name='action_areas') if l_0_action_areas is missing else l_0_action_areas):
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(environment.getattr(l_1_area, 'label'))
        yield '</h3>\n<ul class="action-lines">\n'
        for l_2_line in environment.getattr(l_1_area, 'actions'):
            _loop_vars = {}
            pass
            yield '<li><span class="action-id">'
            yield escape(environment.getattr(l_2_line, 'action'))
            yield '</span> '
            yield escape(environment.getattr(l_2_line, 'short'))
            yield ' <span class="action-status"><span class="swatch seg-'
            yield escape(environment.getattr(l_2_line, 'status'))
            yield '" aria-hidden="true"></span><strong>'
            yield escape(environment.getattr(l_2_line, 'status_name'))
            yield '</strong>'
            if environment.getattr(l_2_line, 'mixed'):
                pass
                yield ' ('
                yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'partly'))
                yield ')'
            yield '</span> <span class="quiet">'
            yield escape(t_3(context.eval_ctx, environment.getattr(l_2_line, 'bodies'), ', '))
            yield '</span></li>\n'
        l_2_line = missing
        yield '</ul>\n'
    l_1_area = missing
    yield '</section>\n'
    if (undefined(name='appendix') if l_0_appendix is missing else l_0_appendix):
        pass
        yield '<section aria-labelledby="hela-planen">\n<h2 id="hela-planen">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'overall_heading'))
        yield '</h2>\n<p class="note">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'share_note'))
        yield '</p>\n'
        yield escape(context.call((undefined(name='legend') if l_0_legend is missing else l_0_legend)))
        yield '\n'
        yield escape(context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), [(undefined(name='overall') if l_0_overall is missing else l_0_overall)]))
        yield '\n'
        yield escape(context.call((undefined(name='numbers') if l_0_numbers is missing else l_0_numbers), [(undefined(name='overall') if l_0_overall is missing else l_0_overall)], 'hela-planen'))
        yield '\n</section>\n'
        for l_1_section in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
            _loop_vars = {}
            pass
            yield '<section aria-labelledby="'
            yield escape(environment.getattr(l_1_section, 'id'))
            yield '">\n<h2 id="'
            yield escape(environment.getattr(l_1_section, 'id'))
            yield '">'
            yield escape(environment.getattr(l_1_section, 'heading'))
            yield '</h2>\n'
            yield escape(context.call((undefined(name='legend') if l_0_legend is missing else l_0_legend), _loop_vars=_loop_vars))
            yield '\n'
            yield escape(context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), environment.getattr(l_1_section, 'rows'), _loop_vars=_loop_vars))
            yield '\n'
            yield escape(context.call((undefined(name='numbers') if l_0_numbers is missing else l_0_numbers), environment.getattr(l_1_section, 'rows'), environment.getattr(l_1_section, 'id'), _loop_vars=_loop_vars))
            yield '\n</section>\n'
        l_1_section = missing
        if (undefined(name='has_history') if l_0_has_history is missing else l_0_has_history):
            pass
            yield '<section aria-labelledby="planperioden">\n<h2 id="planperioden">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'plan_period'))
            yield '</h2>\n<p class="note">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'plan_period_note'))
            yield '</p>\n'
            yield escape(context.call((undefined(name='legend') if l_0_legend is missing else l_0_legend)))
            yield '\n'
            yield escape(context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'rows')))
            yield '\n'
            yield escape(context.call((undefined(name='numbers') if l_0_numbers is missing else l_0_numbers), environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'rows'), 'planperioden'))
            yield '\n<h3 id="period-fokusomraden">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period_by_focus_area'))
            yield '</h3>\n'
            yield escape(context.call((undefined(name='period_table') if l_0_period_table is missing else l_0_period_table), environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'areas'), 'period-fokusomraden'))
            yield '\n<h3 id="period-organ">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period_by_body'))
            yield '</h3>\n'
            yield escape(context.call((undefined(name='period_table') if l_0_period_table is missing else l_0_period_table), environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'bodies'), 'period-organ'))
            yield '\n<h3 id="atgard-for-atgard">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'history_actions'))
            yield '</h3>\n<p class="note">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'history_note'))
            yield '</p>\n<div class="table-wrap" role="region" aria-labelledby="atgard-for-atgard" tabindex="0">\n<table class="history" aria-labelledby="atgard-for-atgard">\n<thead>\n<tr><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action'))
            yield '</th><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body'))
            yield '</th>'
            for l_1_period in environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'periods'):
                _loop_vars = {}
                pass
                yield '<th scope="col">'
                yield escape(environment.getattr(l_1_period, 'name'))
                yield '</th>'
            l_1_period = missing
            yield '</tr>\n</thead>\n'
            l_1_loop = missing
            for l_1_action, l_1_loop in LoopContext(environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'actions'), undefined):
                _loop_vars = {}
                pass
                yield '<tbody>\n'
                l_2_loop = missing
                for l_2_body, l_2_loop in LoopContext(environment.getattr(l_1_action, 'bodies'), undefined):
                    _loop_vars = {}
                    pass
                    yield '<tr>\n'
                    if environment.getattr(l_2_loop, 'first'):
                        pass
                        yield '<th scope="rowgroup" rowspan="'
                        yield escape(t_4(environment.getattr(l_1_action, 'bodies')))
                        yield '" class="history-action"><span class="action-id">'
                        yield escape(environment.getattr(l_1_action, 'action'))
                        yield '</span> <span class="short">'
                        yield escape(environment.getattr(l_1_action, 'short'))
                        yield '</span></th>'
                    yield '<th scope="row">'
                    yield escape(environment.getattr(l_2_body, 'body'))
                    yield '</th>\n'
                    for l_3_cell in environment.getattr(l_2_body, 'cells'):
                        _loop_vars = {}
                        pass
                        yield '<td class="status'
                        yield escape((' changed' if environment.getattr(l_3_cell, 'changed') else cond_expr_undefined("the inline if-expression on line 175 in 'report.html.j2' evaluated to false and no else section was defined.")))
                        yield '">'
                        if environment.getattr(l_3_cell, 'changed'):
                            pass
                            yield '<span class="change-mark" aria-hidden="true">→&nbsp;</span>'
                        yield '<span class="swatch seg-'
                        yield escape(environment.getattr(l_3_cell, 'id'))
                        yield '" aria-hidden="true"></span>'
                        yield escape(environment.getattr(l_3_cell, 'name'))
                        if environment.getattr(l_3_cell, 'changed'):
                            pass
                            yield '<span class="visually-hidden"> ('
                            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'changed'))
                            yield ')</span>'
                        yield '</td>\n'
                    l_3_cell = missing
                    yield '</tr>\n'
                l_2_loop = l_2_body = missing
                yield '</tbody>\n'
            l_1_loop = l_1_action = missing
            yield '</table>\n</div>\n</section>\n'
    if (undefined(name='previous') if l_0_previous is missing else l_0_previous):
        pass
        yield '<section aria-labelledby="forandringar">\n<h2 id="forandringar">'
        yield escape((undefined(name='changes_heading') if l_0_changes_heading is missing else l_0_changes_heading))
        yield '</h2>\n'
        if (undefined(name='changes') if l_0_changes is missing else l_0_changes):
            pass
            yield '<div class="table-wrap" role="region" aria-labelledby="forandringar" tabindex="0">\n<table aria-labelledby="forandringar">\n<thead><tr><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action'))
            yield '</th><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body'))
            yield '</th><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'from'))
            yield '</th><th scope="col">'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'to'))
            yield '</th></tr></thead>\n<tbody>\n'
            for l_1_change in (undefined(name='changes') if l_0_changes is missing else l_0_changes):
                _loop_vars = {}
                pass
                yield '<tr><th scope="row">'
                yield escape(environment.getattr(l_1_change, 'action'))
                yield '</th><td class="text">'
                yield escape(environment.getattr(l_1_change, 'body'))
                yield '</td><td class="text">'
                yield escape(environment.getattr(l_1_change, 'from_name'))
                yield '</td><td class="text">'
                yield escape(environment.getattr(l_1_change, 'to_name'))
                yield '</td></tr>\n'
            l_1_change = missing
            yield '</tbody>\n</table>\n</div>\n'
        else:
            pass
            yield '<p>'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_changes'))
            yield '</p>\n'
        yield '</section>\n'
    def t_15(fiter):
        for l_1_list in fiter:
            if ((undefined(name='appendix') if l_0_appendix is missing else l_0_appendix) or (environment.getattr(l_1_list, 'id') in ('genomford', 'pagaende'))):
                yield l_1_list
    for l_1_list in t_15((undefined(name='status_lists') if l_0_status_lists is missing else l_0_status_lists)):
        _loop_vars = {}
        pass
        yield '<section aria-labelledby="'
        yield escape(environment.getattr(l_1_list, 'anchor'))
        yield '">\n<h2 id="'
        yield escape(environment.getattr(l_1_list, 'anchor'))
        yield '"><span class="swatch seg-'
        yield escape(environment.getattr(l_1_list, 'id'))
        yield '" aria-hidden="true"></span>'
        yield escape(environment.getattr(l_1_list, 'heading'))
        yield '</h2>\n<p class="note">'
        yield escape(environment.getattr(l_1_list, 'count_text'))
        yield '</p>\n'
        if environment.getattr(l_1_list, 'groups'):
            pass
            yield '<ul class="groups">\n'
            for l_2_group in environment.getattr(l_1_list, 'groups'):
                _loop_vars = {}
                pass
                yield '<li class="group">\n<p class="group-head"><span class="action-id">'
                yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action'))
                yield ' '
                yield escape(environment.getattr(l_2_group, 'action'))
                yield '</span> '
                yield escape(t_5(context, environment.getattr(l_2_group, 'text')))
                yield '</p>\n<ul class="entries">\n'
                for l_3_entry in environment.getattr(l_2_group, 'entries'):
                    _loop_vars = {}
                    pass
                    yield '<li><p class="entry-head"><strong>'
                    yield escape(environment.getattr(l_3_entry, 'body'))
                    yield '</strong> ('
                    yield escape(environment.getattr(l_3_entry, 'role'))
                    yield ')'
                    if environment.getattr(l_3_entry, 'date'):
                        pass
                        yield ' · <time datetime="'
                        yield escape(environment.getattr(l_3_entry, 'date'))
                        yield '">'
                        yield escape(environment.getattr(l_3_entry, 'date'))
                        yield '</time>'
                    yield '</p>\n'
                    yield escape(context.call((undefined(name='entry_details') if l_0_entry_details is missing else l_0_entry_details), l_3_entry, _loop_vars=_loop_vars))
                    yield '</li>\n'
                l_3_entry = missing
                yield '</ul>\n</li>\n'
            l_2_group = missing
            yield '</ul>\n'
        else:
            pass
            yield '<p>'
            yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'none'))
            yield '</p>\n'
        yield '</section>\n'
    l_1_list = missing
    yield '<section aria-labelledby="saknar-rapport">\n<h2 id="saknar-rapport"><span class="swatch seg-saknas" aria-hidden="true"></span>'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'missing'))
    yield '</h2>\n<p class="note">'
    yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'missing_note'))
    yield '</p>\n'
    if (undefined(name='missing_by_body') if l_0_missing_by_body is missing else l_0_missing_by_body):
        pass
        yield '<div class="table-wrap" role="region" aria-labelledby="saknar-rapport" tabindex="0">\n<table class="missing" aria-labelledby="saknar-rapport">\n<thead><tr><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'missing'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actions_heading'))
        yield '</th></tr></thead>\n<tbody>\n'
        for l_1_row in (undefined(name='missing_by_body') if l_0_missing_by_body is missing else l_0_missing_by_body):
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.getattr(l_1_row, 'body'))
            yield '</th><td>'
            yield escape(environment.getattr(l_1_row, 'count_text'))
            if environment.getattr(l_1_row, 'silent'):
                pass
                yield ' ('
                yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'nothing_reported'))
                yield ')'
            yield '</td><td class="text">'
            yield escape(t_3(context.eval_ctx, environment.getattr(l_1_row, 'actions'), ', '))
            yield '</td></tr>\n'
        l_1_row = missing
        yield '</tbody>\n</table>\n</div>\n'
    else:
        pass
        yield '<p>'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'none'))
        yield '</p>\n'
    yield '</section>\n'
    if (undefined(name='appendix') if l_0_appendix is missing else l_0_appendix):
        pass
        yield '<section aria-labelledby="per-organ">\n<h2 id="per-organ">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_body_detail'))
        yield '</h2>\n<p class="note">'
        yield escape(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_body_detail_note'))
        yield '</p>\n'
        for l_1_view in (undefined(name='body_views') if l_0_body_views is missing else l_0_body_views):
            _loop_vars = {}
            pass
            yield '<section class="body-view" aria-labelledby="'
            yield escape(environment.getattr(l_1_view, 'anchor'))
            yield '">\n<h3 id="'
            yield escape(environment.getattr(l_1_view, 'anchor'))
            yield '">'
            yield escape(environment.getattr(l_1_view, 'name'))
            yield '</h3>\n<p class="note">'
            yield escape(environment.getattr(l_1_view, 'count_text'))
            yield '</p>\n'
            for l_2_status in environment.getattr(l_1_view, 'statuses'):
                _loop_vars = {}
                pass
                yield '<h4><span class="swatch seg-'
                yield escape(environment.getattr(l_2_status, 'id'))
                yield '" aria-hidden="true"></span>'
                yield escape(environment.getattr(l_2_status, 'heading'))
                yield ' ('
                yield escape(environment.getattr(l_2_status, 'count'))
                yield ')</h4>\n<ul class="entries">\n'
                for l_3_entry in environment.getattr(l_2_status, 'entries'):
                    _loop_vars = {}
                    pass
                    yield '<li><p class="entry-head"><strong>'
                    yield escape(environment.getattr(l_3_entry, 'action'))
                    yield '</strong> '
                    yield escape(environment.getattr(l_3_entry, 'short'))
                    if environment.getattr(l_3_entry, 'date'):
                        pass
                        yield ' · <time datetime="'
                        yield escape(environment.getattr(l_3_entry, 'date'))
                        yield '">'
                        yield escape(environment.getattr(l_3_entry, 'date'))
                        yield '</time>'
                    yield '</p>\n'
                    yield escape(context.call((undefined(name='entry_details') if l_0_entry_details is missing else l_0_entry_details), l_3_entry, _loop_vars=_loop_vars))
                    yield '</li>\n'
                l_3_entry = missing
                yield '</ul>\n'
            l_2_status = missing
            if environment.getattr(l_1_view, 'missing'):
                pass
                yield '<h4><span class="swatch seg-saknas" aria-hidden="true"></span>'
                yield escape(environment.getattr(l_1_view, 'missing_heading'))
                yield ' ('
                yield escape(t_4(environment.getattr(l_1_view, 'missing')))
                yield ')</h4>\n<p>'
                yield escape(t_3(context.eval_ctx, environment.getattr(l_1_view, 'missing'), ', '))
                yield '</p>\n'
            yield '</section>\n'
        l_1_view = missing
        yield '</section>\n'
        template = environment.get_template('_goals.html.j2', 'report.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'chart': l_0_chart, 'count_cell': l_0_count_cell, 'entry_details': l_0_entry_details, 'evidence': l_0_evidence, 'legend': l_0_legend, 'numbers': l_0_numbers, 'period_table': l_0_period_table}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        template = environment.get_template('_indicators.html.j2', 'report.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'chart': l_0_chart, 'count_cell': l_0_count_cell, 'entry_details': l_0_entry_details, 'evidence': l_0_evidence, 'legend': l_0_legend, 'numbers': l_0_numbers, 'period_table': l_0_period_table}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield '</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '3=63&5=70&6=75&10=87&12=95&14=100&16=105&17=114&21=134&22=143&29=163&31=173&33=175&36=192&37=197&43=223&44=228&46=243&47=253&48=255&50=257&52=274&54=279&55=286&56=291&63=315&64=320&65=324&68=357&69=362&70=366&72=370&75=377&80=379&82=383&83=389&85=396&86=398&87=400&92=402&95=404&96=406&97=408&100=427&101=429&102=431&103=435&104=437&105=439&108=441&110=443&111=447&112=451&113=454&114=456&115=460&124=469&125=471&126=475&128=477&129=481&134=501&136=504&137=506&138=508&139=510&140=512&142=514&143=518&144=520&145=524&146=526&147=528&150=531&152=534&153=536&154=538&155=540&156=542&157=544&158=546&159=548&160=550&161=552&162=554&166=556&168=569&170=574&172=578&173=588&174=590&175=594&186=615&188=618&189=620&192=623&194=631&195=635&201=648&205=651&206=659&207=661&208=667&209=669&211=672&213=676&215=682&216=686&217=698&224=707&229=712&230=714&231=716&234=719&236=725&237=729&243=745&246=748&248=751&249=753&250=755&251=759&252=761&253=765&254=767&255=771&257=777&258=781&259=792&263=797&264=800&265=804&270=809&271=815'