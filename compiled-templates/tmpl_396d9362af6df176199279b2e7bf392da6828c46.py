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
    l_0_coordinator = resolve('coordinator')
    l_0_action_rows = resolve('action_rows')
    l_0_toc = resolve('toc')
    l_0_action_areas = resolve('action_areas')
    l_0_previous = resolve('previous')
    l_0_changes_heading = resolve('changes_heading')
    l_0_changes = resolve('changes')
    l_0_status_lists = resolve('status_lists')
    l_0_missing_by_body = resolve('missing_by_body')
    l_0_appendix = resolve('appendix')
    l_0_overall = resolve('overall')
    l_0_sections = resolve('sections')
    l_0_has_history = resolve('has_history')
    l_0_history = resolve('history')
    l_0_body_views = resolve('body_views')
    l_0_legend = l_0_chart = l_0_numbers = l_0_count_cell = l_0_done_table = l_0_evidence = l_0_inline_evidence = l_0_entry_details = l_0_status_list = missing
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
    pass
    def macro():
        t_8 = []
        l_1_statuses = resolve('statuses')
        pass
        t_8.append(
            '<ul class="legend" aria-hidden="true">\n',
        )
        for l_2_s in (undefined(name='statuses') if l_1_statuses is missing else l_1_statuses):
            _loop_vars = {}
            pass
            t_8.extend((
                '<li><span class="swatch seg-',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_s, 'id'))),
                '"></span>',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_s, 'name'))),
                '</li>\n',
            ))
        l_2_s = missing
        t_8.append(
            '</ul>\n',
        )
        return concat(t_8)
    context.exported_vars.add('legend')
    context.vars['legend'] = l_0_legend = Macro(environment, macro, 'legend', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows):
        t_9 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_9.append(
            '<div class="chart" aria-hidden="true">\n',
        )
        for l_2_row in l_1_rows:
            _loop_vars = {}
            pass
            t_9.extend((
                '<div class="bar-row">\n<p class="bar-label"><span>',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_row, 'label'))),
                '</span> <span class="bar-total">',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_row, 'total_text'))),
                '</span></p>\n<div class="bar">\n',
            ))
            def t_10(fiter):
                for l_3_seg in fiter:
                    if environment.getattr(l_3_seg, 'count'):
                        yield l_3_seg
            for l_3_seg in t_10(environment.getattr(l_2_row, 'segments')):
                _loop_vars = {}
                pass
                t_9.extend((
                    '<span class="seg seg-',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_seg, 'id'))),
                    escape(environment.finalize(context.eval_ctx, (' wide' if (environment.getattr(l_3_seg, 'share') >= 20) else (' mid' if environment.getattr(l_3_seg, 'inside') else '')))),
                    '" style="width: ',
                    escape(environment.finalize(context.eval_ctx, ('%.2f' % ((100 * environment.getattr(l_3_seg, 'count')) / environment.getattr(l_2_row, 'total'))))),
                    '%">',
                ))
                if environment.getattr(l_3_seg, 'inside'):
                    pass
                    t_9.extend((
                        '<span class="seg-text">',
                        escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_seg, 'share'))),
                        '&nbsp;%</span>',
                    ))
                t_9.append(
                    '</span>\n',
                )
            l_3_seg = missing
            t_9.append(
                '</div>\n<p class="bar-values">\n',
            )
            def t_11(fiter):
                for l_3_seg in fiter:
                    if environment.getattr(l_3_seg, 'count'):
                        yield l_3_seg
            for l_3_seg in t_11(environment.getattr(l_2_row, 'segments')):
                _loop_vars = {}
                pass
                t_9.extend((
                    '<span class="value"><span class="swatch seg-',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_seg, 'id'))),
                    '"></span>',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_seg, 'name'))),
                    ' ',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_seg, 'share'))),
                    '&nbsp;% (',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_seg, 'count'))),
                    ')</span>\n',
                ))
            l_3_seg = missing
            t_9.append(
                '</p>\n</div>\n',
            )
        l_2_row = missing
        t_9.append(
            '</div>\n',
        )
        return concat(t_9)
    context.exported_vars.add('chart')
    context.vars['chart'] = l_0_chart = Macro(environment, macro, 'chart', ('rows',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows, l_1_heading_id):
        t_12 = []
        l_1_statuses = resolve('statuses')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_heading_id is missing:
            l_1_heading_id = undefined("parameter 'heading_id' was not provided", name='heading_id')
        pass
        t_12.extend((
            '<div class="numbers visually-hidden">\n<table aria-labelledby="',
            escape(environment.finalize(context.eval_ctx, l_1_heading_id)),
            '">\n<thead>\n<tr><th scope="col">',
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'group'))),
            '</th><th scope="col">',
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total'))),
            '</th>',
        ))
        for l_2_s in (undefined(name='statuses') if l_1_statuses is missing else l_1_statuses):
            _loop_vars = {}
            pass
            t_12.extend((
                '<th scope="col">',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_s, 'name'))),
                '</th>',
            ))
        l_2_s = missing
        t_12.append(
            '</tr>\n</thead>\n<tbody>\n',
        )
        for l_2_row in l_1_rows:
            _loop_vars = {}
            pass
            t_12.extend((
                '<tr><th scope="row">',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_row, 'label'))),
                '</th><td>',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_row, 'total'))),
                '</td>',
            ))
            for l_3_seg in environment.getattr(l_2_row, 'segments'):
                _loop_vars = {}
                pass
                t_12.extend((
                    '<td>',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_seg, 'share'))),
                    '&nbsp;% (',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_seg, 'count'))),
                    ')</td>',
                ))
            l_3_seg = missing
            t_12.append(
                '</tr>\n',
            )
        l_2_row = missing
        t_12.append(
            '</tbody>\n</table>\n</div>\n',
        )
        return concat(t_12)
    context.exported_vars.add('numbers')
    context.vars['numbers'] = l_0_numbers = Macro(environment, macro, 'numbers', ('rows', 'heading_id'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_cell):
        t_13 = []
        if l_1_cell is missing:
            l_1_cell = undefined("parameter 'cell' was not provided", name='cell')
        pass
        if environment.getattr(l_1_cell, 'count'):
            pass
            t_13.extend((
                '<td>',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_cell, 'count'))),
                '</td>',
            ))
        else:
            pass
            t_13.append(
                '<td class="zero"><span aria-hidden="true">–</span><span class="visually-hidden">0</span></td>',
            )
        return concat(t_13)
    context.exported_vars.add('count_cell')
    context.vars['count_cell'] = l_0_count_cell = Macro(environment, macro, 'count_cell', ('cell',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows, l_1_first, l_1_heading_id):
        t_14 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_first is missing:
            l_1_first = undefined("parameter 'first' was not provided", name='first')
        if l_1_heading_id is missing:
            l_1_heading_id = undefined("parameter 'heading_id' was not provided", name='heading_id')
        pass
        t_14.extend((
            '<div class="table-wrap" role="region" aria-labelledby="',
            escape(environment.finalize(context.eval_ctx, l_1_heading_id)),
            '" tabindex="0">\n<table class="periods" aria-labelledby="',
            escape(environment.finalize(context.eval_ctx, l_1_heading_id)),
            '">\n<thead>\n<tr><th scope="col">',
            escape(environment.finalize(context.eval_ctx, l_1_first)),
            '</th>',
        ))
        for l_2_period in environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'periods'):
            _loop_vars = {}
            pass
            t_14.extend((
                '<th scope="col">',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_period, 'name'))),
                '</th>',
            ))
        l_2_period = missing
        t_14.append(
            '</tr>\n</thead>\n<tbody>\n',
        )
        for l_2_row in l_1_rows:
            _loop_vars = {}
            pass
            t_14.extend((
                '<tr><th scope="row">',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_row, 'label'))),
                ' <span class="quiet">(',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_row, 'total'))),
                ')</span></th>',
            ))
            for l_3_count in environment.getattr(l_2_row, 'counts'):
                _loop_vars = {}
                pass
                t_14.append(
                    escape(environment.finalize(context.eval_ctx, context.call((undefined(name='count_cell') if l_0_count_cell is missing else l_0_count_cell), {'count': l_3_count}, _loop_vars=_loop_vars))),
                )
            l_3_count = missing
            t_14.append(
                '</tr>\n',
            )
        l_2_row = missing
        t_14.append(
            '</tbody>\n</table>\n</div>\n',
        )
        return concat(t_14)
    context.exported_vars.add('done_table')
    context.vars['done_table'] = l_0_done_table = Macro(environment, macro, 'done_table', ('rows', 'first', 'heading_id'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_entry):
        t_15 = []
        if l_1_entry is missing:
            l_1_entry = undefined("parameter 'entry' was not provided", name='entry')
        pass
        if environment.getattr(l_1_entry, 'evidence'):
            pass
            t_15.extend((
                '<p class="evidence">',
                escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'evidence'))),
                ': ',
            ))
            l_2_loop = missing
            for l_2_item, l_2_loop in LoopContext(environment.getattr(l_1_entry, 'evidence'), undefined):
                _loop_vars = {}
                pass
                if environment.getattr(l_2_item, 'url'):
                    pass
                    t_15.extend((
                        '<a href="',
                        escape(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_2_item, 'url')))),
                        '">',
                        escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'text'))),
                        '</a>',
                    ))
                else:
                    pass
                    t_15.append(
                        escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'text'))),
                    )
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_15.append(
                        '; ',
                    )
            l_2_loop = l_2_item = missing
            t_15.append(
                '</p>\n',
            )
        return concat(t_15)
    context.exported_vars.add('evidence')
    context.vars['evidence'] = l_0_evidence = Macro(environment, macro, 'evidence', ('entry',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_entry):
        t_16 = []
        if l_1_entry is missing:
            l_1_entry = undefined("parameter 'entry' was not provided", name='entry')
        pass
        if environment.getattr(l_1_entry, 'evidence'):
            pass
            t_16.extend((
                ' <span class="evidence">',
                escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'evidence'))),
                ': ',
            ))
            l_2_loop = missing
            for l_2_item, l_2_loop in LoopContext(environment.getattr(l_1_entry, 'evidence'), undefined):
                _loop_vars = {}
                pass
                if environment.getattr(l_2_item, 'url'):
                    pass
                    t_16.extend((
                        '<a href="',
                        escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'url'))),
                        '">',
                        escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'text'))),
                        '</a>',
                    ))
                else:
                    pass
                    t_16.append(
                        escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_item, 'text'))),
                    )
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_16.append(
                        '; ',
                    )
            l_2_loop = l_2_item = missing
            t_16.append(
                '</span>',
            )
        return concat(t_16)
    context.exported_vars.add('inline_evidence')
    context.vars['inline_evidence'] = l_0_inline_evidence = Macro(environment, macro, 'inline_evidence', ('entry',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_entry):
        t_17 = []
        if l_1_entry is missing:
            l_1_entry = undefined("parameter 'entry' was not provided", name='entry')
        pass
        if environment.getattr(l_1_entry, 'comment'):
            pass
            t_17.extend((
                '<p class="comment">',
                escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_1_entry, 'comment')))),
                '</p>\n',
            ))
        t_17.extend((
            escape(environment.finalize(context.eval_ctx, context.call((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), l_1_entry))),
            '\n',
        ))
        return concat(t_17)
    context.exported_vars.add('entry_details')
    context.vars['entry_details'] = l_0_entry_details = Macro(environment, macro, 'entry_details', ('entry',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_list):
        t_18 = []
        if l_1_list is missing:
            l_1_list = undefined("parameter 'list' was not provided", name='list')
        pass
        t_18.extend((
            '<section aria-labelledby="',
            escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_list, 'anchor'))),
            '">\n<h2 id="',
            escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_list, 'anchor'))),
            '"><span class="swatch seg-',
            escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_list, 'id'))),
            '" aria-hidden="true"></span>',
            escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_list, 'heading'))),
            '</h2>\n<p class="note">',
            escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_list, 'count_text'))),
        ))
        if environment.getattr(l_1_list, 'earlier_text'):
            pass
            t_18.extend((
                '. ',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_list, 'earlier_text'))),
            ))
        t_18.append(
            '</p>\n',
        )
        if environment.getattr(l_1_list, 'groups'):
            pass
            t_18.append(
                '<ul class="groups">\n',
            )
            for l_2_group in environment.getattr(l_1_list, 'groups'):
                _loop_vars = {}
                pass
                t_18.extend((
                    '<li class="group">\n<p class="group-head"><span class="action-id">',
                    escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action'))),
                    ' ',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_group, 'action'))),
                    '</span> ',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_group, 'short'))),
                    '</p>\n<ul class="entries">\n',
                ))
                for l_3_entry in environment.getattr(l_2_group, 'entries'):
                    _loop_vars = {}
                    pass
                    t_18.extend((
                        '<li><p class="entry-head"><strong>',
                        escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_entry, 'body'))),
                        '</strong> (',
                        escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_entry, 'role'))),
                        ')',
                    ))
                    if environment.getattr(l_3_entry, 'date'):
                        pass
                        t_18.extend((
                            ' · <time datetime="',
                            escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_entry, 'date'))),
                            '">',
                            escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_entry, 'date'))),
                            '</time>',
                        ))
                    if environment.getattr(l_3_entry, 'comment'):
                        pass
                        t_18.extend((
                            ': <span class="comment">',
                            escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_3_entry, 'comment')))),
                            '</span>',
                        ))
                    t_18.extend((
                        escape(environment.finalize(context.eval_ctx, context.call((undefined(name='inline_evidence') if l_0_inline_evidence is missing else l_0_inline_evidence), l_3_entry, _loop_vars=_loop_vars))),
                        '</p></li>\n',
                    ))
                l_3_entry = missing
                t_18.append(
                    '</ul>\n</li>\n',
                )
            l_2_group = missing
            t_18.append(
                '</ul>\n',
            )
        else:
            pass
            t_18.extend((
                '<p>',
                escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'none'))),
                '</p>\n',
            ))
        t_18.append(
            '</section>\n',
        )
        return concat(t_18)
    context.exported_vars.add('status_list')
    context.vars['status_list'] = l_0_status_list = Macro(environment, macro, 'status_list', ('list',), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='lang') if l_0_lang is missing else l_0_lang)))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n<title>'
    yield escape(environment.finalize(context.eval_ctx, t_4((undefined(name='title') if l_0_title is missing else l_0_title))))
    yield ' – '
    yield escape(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))))
    yield '</title>\n<style>\n'
    template = environment.get_template('_styles.css', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'chart': l_0_chart, 'count_cell': l_0_count_cell, 'done_table': l_0_done_table, 'entry_details': l_0_entry_details, 'evidence': l_0_evidence, 'inline_evidence': l_0_inline_evidence, 'legend': l_0_legend, 'numbers': l_0_numbers, 'status_list': l_0_status_list}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('_report.css', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'chart': l_0_chart, 'count_cell': l_0_count_cell, 'done_table': l_0_done_table, 'entry_details': l_0_entry_details, 'evidence': l_0_evidence, 'inline_evidence': l_0_inline_evidence, 'legend': l_0_legend, 'numbers': l_0_numbers, 'status_list': l_0_status_list}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '@page {\n  @top-left { content: '
    yield escape(environment.finalize(context.eval_ctx, t_2(markup_join((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'organisation'), ' · ', (undefined(name='title') if l_0_title is missing else l_0_title), )))))
    yield '; }\n  @top-right { content: '
    yield escape(environment.finalize(context.eval_ctx, t_2(((undefined(name='date') if l_0_date is missing else l_0_date) or ''))))
    yield '; }\n  @bottom-right { content: '
    yield escape(environment.finalize(context.eval_ctx, t_1(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'page_of_pages'))))
    yield '; }\n}\n</style>\n</head>\n<body>\n<a class="skip-link" href="#innehall">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'skip_to_content')))
    yield '</a>\n<main id="innehall">\n<header>\n<h1>'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '</h1>\n<p class="plan-title">'
    yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))))
    yield '</p>\n<p class="meta">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'organisation')))
    yield ' · '
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period')))
    yield ' '
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'period')))
    yield ' · '
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='period_name') if l_0_period_name is missing else l_0_period_name)))
    yield ' · '
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='counted_text') if l_0_counted_text is missing else l_0_counted_text)))
    if (undefined(name='date') if l_0_date is missing else l_0_date):
        pass
        yield ' · '
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'generated')))
        yield ' <time datetime="'
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='date') if l_0_date is missing else l_0_date)))
        yield '">'
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='date') if l_0_date is missing else l_0_date)))
        yield '</time>'
    yield '</p>\n</header>\n'
    if (undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator):
        pass
        yield '<section aria-labelledby="bedomning">\n<h2 id="bedomning">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'assessment_heading')))
        yield '</h2>\n'
        if environment.getattr((undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator), 'assessment'):
            pass
            yield '<p class="comment">'
            yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr((undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator), 'assessment'))))
            yield '</p>\n'
        if environment.getattr((undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator), 'recommendations'):
            pass
            yield '<p><strong>'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'recommendations')))
            yield ':</strong> '
            yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr((undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator), 'recommendations'))))
            yield '</p>\n'
        for l_1_area in environment.getattr((undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator), 'areas'):
            _loop_vars = {}
            pass
            yield '<h3>'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_area, 'label')))
            yield '</h3>\n'
            if environment.getattr(l_1_area, 'assessment'):
                pass
                yield '<p class="comment">'
                yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_1_area, 'assessment'))))
                yield '</p>\n'
            if environment.getattr(l_1_area, 'recommendations'):
                pass
                yield '<p><strong>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'recommendations')))
                yield ':</strong> '
                yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_1_area, 'recommendations'))))
                yield '</p>\n'
            if environment.getattr(l_1_area, 'prerequisites'):
                pass
                yield '<p><strong>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'prerequisites')))
                yield '</strong></p>\n<ul>\n'
                for l_2_p in environment.getattr(l_1_area, 'prerequisites'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_2_p, 'text'))))
                    yield ' – <strong>'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_p, 'status_name')))
                    yield '</strong>'
                    if environment.getattr(l_2_p, 'comment'):
                        pass
                        yield ': <span class="comment">'
                        yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_2_p, 'comment'))))
                        yield '</span>'
                    yield '</li>\n'
                l_2_p = missing
                yield '</ul>\n'
        l_1_area = missing
        yield '</section>\n'
    yield '<section aria-labelledby="atgarder">\n<h2 id="atgarder">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_action_heading')))
    yield '</h2>\n<p class="lead">'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='counted_text') if l_0_counted_text is missing else l_0_counted_text)))
    yield '</p>\n<p class="note">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_action_note')))
    yield ' '
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action_share_note')))
    yield '</p>\n'
    yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='legend') if l_0_legend is missing else l_0_legend))))
    yield '\n'
    yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), (undefined(name='action_rows') if l_0_action_rows is missing else l_0_action_rows))))
    yield '\n'
    yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='numbers') if l_0_numbers is missing else l_0_numbers), (undefined(name='action_rows') if l_0_action_rows is missing else l_0_action_rows), 'atgarder')))
    yield '\n</section>\n<nav class="toc" aria-labelledby="innehall-rubrik">\n<h2 id="innehall-rubrik">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'contents')))
    yield '</h2>\n<ol>\n'
    for l_1_item in (undefined(name='toc') if l_0_toc is missing else l_0_toc):
        _loop_vars = {}
        pass
        yield '<li><a href="#'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_item, 'anchor')))
        yield '">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_item, 'heading')))
        yield '</a>\n'
        if environment.getattr(l_1_item, 'children'):
            pass
            yield '<ol class="'
            yield escape(environment.finalize(context.eval_ctx, ('toc-bodies' if (environment.getattr(l_1_item, 'anchor') == 'per-organ') else '')))
            yield '">\n'
            for l_2_child in environment.getattr(l_1_item, 'children'):
                _loop_vars = {}
                pass
                yield '<li><a href="#'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_child, 'anchor')))
                yield '">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_child, 'heading')))
                yield '</a></li>\n'
            l_2_child = missing
            yield '</ol>\n'
        yield '</li>\n'
    l_1_item = missing
    yield '</ol>\n</nav>\n<section aria-labelledby="atgarder-per-fokusomrade">\n<h2 id="atgarder-per-fokusomrade">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actions_by_area')))
    yield '</h2>\n'
    for l_1_area in (undefined(name='action_areas') if l_0_action_areas is missing else l_0_action_areas):
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_area, 'label')))
        yield '</h3>\n<ul class="action-lines">\n'
        for l_2_line in environment.getattr(l_1_area, 'actions'):
            _loop_vars = {}
            pass
            yield '<li><span class="action-id">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_line, 'action')))
            yield '</span> '
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_line, 'short')))
            yield ' <span class="action-status"><span class="swatch seg-'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_line, 'status')))
            yield '" aria-hidden="true"></span><strong>'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_line, 'status_name')))
            yield '</strong>'
            if environment.getattr(l_2_line, 'mixed'):
                pass
                yield ' ('
                yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'partly')))
                yield ')'
            yield '</span>'
            if environment.getattr(l_2_line, 'remaining'):
                pass
                yield ' <span class="quiet">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'remaining')))
                yield ' '
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_line, 'remaining')))
                yield '</span>'
            yield '</li>\n'
        l_2_line = missing
        yield '</ul>\n'
    l_1_area = missing
    yield '</section>\n'
    if (undefined(name='previous') if l_0_previous is missing else l_0_previous):
        pass
        yield '<section aria-labelledby="forandringar">\n<h2 id="forandringar">'
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='changes_heading') if l_0_changes_heading is missing else l_0_changes_heading)))
        yield '</h2>\n'
        if (undefined(name='changes') if l_0_changes is missing else l_0_changes):
            pass
            yield '<div class="table-wrap" role="region" aria-labelledby="forandringar" tabindex="0">\n<table aria-labelledby="forandringar">\n<thead><tr><th scope="col">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action')))
            yield '</th><th scope="col">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body')))
            yield '</th><th scope="col">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'from')))
            yield '</th><th scope="col">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'to')))
            yield '</th></tr></thead>\n<tbody>\n'
            for l_1_change in (undefined(name='changes') if l_0_changes is missing else l_0_changes):
                _loop_vars = {}
                pass
                yield '<tr><th scope="row">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_change, 'action')))
                yield '</th><td class="text">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_change, 'body')))
                yield '</td><td class="text">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_change, 'from_name')))
                yield '</td><td class="text">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_change, 'to_name')))
                yield '</td></tr>\n'
            l_1_change = missing
            yield '</tbody>\n</table>\n</div>\n'
        else:
            pass
            yield '<p>'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_changes')))
            yield '</p>\n'
        yield '</section>\n'
    def t_19(fiter):
        for l_1_list in fiter:
            if (environment.getattr(l_1_list, 'id') in ('genomford', 'pagaende')):
                yield l_1_list
    for l_1_list in t_19((undefined(name='status_lists') if l_0_status_lists is missing else l_0_status_lists)):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='status_list') if l_0_status_list is missing else l_0_status_list), l_1_list, _loop_vars=_loop_vars)))
        yield '\n'
    l_1_list = missing
    yield '<section aria-labelledby="saknar-rapport">\n<h2 id="saknar-rapport"><span class="swatch seg-saknas" aria-hidden="true"></span>'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'missing')))
    yield '</h2>\n<p class="note">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'missing_note')))
    yield '</p>\n'
    if (undefined(name='missing_by_body') if l_0_missing_by_body is missing else l_0_missing_by_body):
        pass
        yield '<div class="table-wrap" role="region" aria-labelledby="saknar-rapport" tabindex="0">\n<table class="missing" aria-labelledby="saknar-rapport">\n<thead><tr><th scope="col">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body')))
        yield '</th><th scope="col">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'missing')))
        yield '</th><th scope="col">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actions_heading')))
        yield '</th></tr></thead>\n<tbody>\n'
        for l_1_row in (undefined(name='missing_by_body') if l_0_missing_by_body is missing else l_0_missing_by_body):
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_row, 'body')))
            yield '</th><td>'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_row, 'count_text')))
            if environment.getattr(l_1_row, 'silent'):
                pass
                yield ' ('
                yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'nothing_reported')))
                yield ')'
            yield '</td><td class="text">'
            yield escape(environment.finalize(context.eval_ctx, t_5(context.eval_ctx, environment.getattr(l_1_row, 'actions'), ', ')))
            yield '</td></tr>\n'
        l_1_row = missing
        yield '</tbody>\n</table>\n</div>\n'
    else:
        pass
        yield '<p>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'none')))
        yield '</p>\n'
    yield '</section>\n'
    if (undefined(name='appendix') if l_0_appendix is missing else l_0_appendix):
        pass
        yield '<div class="appendix">\n<section aria-labelledby="hela-planen">\n<h2 id="hela-planen">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'overall_heading')))
        yield '</h2>\n<p class="note">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'share_note')))
        yield '</p>\n'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='legend') if l_0_legend is missing else l_0_legend))))
        yield '\n'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), [(undefined(name='overall') if l_0_overall is missing else l_0_overall)])))
        yield '\n'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='numbers') if l_0_numbers is missing else l_0_numbers), [(undefined(name='overall') if l_0_overall is missing else l_0_overall)], 'hela-planen')))
        yield '\n</section>\n'
        for l_1_section in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
            _loop_vars = {}
            pass
            yield '<section aria-labelledby="'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_section, 'id')))
            yield '">\n<h2 id="'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_section, 'id')))
            yield '">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_section, 'heading')))
            yield '</h2>\n'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='legend') if l_0_legend is missing else l_0_legend), _loop_vars=_loop_vars)))
            yield '\n'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), environment.getattr(l_1_section, 'rows'), _loop_vars=_loop_vars)))
            yield '\n'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='numbers') if l_0_numbers is missing else l_0_numbers), environment.getattr(l_1_section, 'rows'), environment.getattr(l_1_section, 'id'), _loop_vars=_loop_vars)))
            yield '\n</section>\n'
        l_1_section = missing
        if (undefined(name='has_history') if l_0_has_history is missing else l_0_has_history):
            pass
            yield '<section aria-labelledby="planperioden">\n<h2 id="planperioden">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'plan_period')))
            yield '</h2>\n<p class="note">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'plan_period_note')))
            yield '</p>\n'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='legend') if l_0_legend is missing else l_0_legend))))
            yield '\n'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'rows'))))
            yield '\n'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='numbers') if l_0_numbers is missing else l_0_numbers), environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'rows'), 'planperioden')))
            yield '\n<h3 id="period-fokusomraden">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period_by_focus_area')))
            yield '</h3>\n<p class="note">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'done_by_period_note')))
            yield '</p>\n'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='done_table') if l_0_done_table is missing else l_0_done_table), environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'done_areas'), environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'focus_area'), 'period-fokusomraden')))
            yield '\n<h3 id="period-organ">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period_by_body')))
            yield '</h3>\n'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='done_table') if l_0_done_table is missing else l_0_done_table), environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'done_bodies'), environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body'), 'period-organ')))
            yield '\n<h3 id="atgard-for-atgard">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'history_actions')))
            yield '</h3>\n<p class="note">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'history_note')))
            yield '</p>\n<div class="table-wrap" role="region" aria-labelledby="atgard-for-atgard" tabindex="0">\n<table class="history" aria-labelledby="atgard-for-atgard">\n<thead>\n<tr><th scope="col">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body')))
            yield '</th>'
            for l_1_period in environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'periods'):
                _loop_vars = {}
                pass
                yield '<th scope="col">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_period, 'name')))
                yield '</th>'
            l_1_period = missing
            yield '</tr>\n</thead>\n'
            for l_1_action in environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'actions'):
                _loop_vars = {}
                pass
                yield '<tbody>\n<tr class="group-row"><th scope="rowgroup" colspan="'
                yield escape(environment.finalize(context.eval_ctx, (t_6(environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'periods')) + 1)))
                yield '" class="history-action"><span class="sticky"><span class="action-id">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_action, 'action')))
                yield '</span> <span class="short">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_action, 'short')))
                yield '</span></span></th></tr>\n'
                for l_2_body in environment.getattr(l_1_action, 'bodies'):
                    _loop_vars = {}
                    pass
                    yield '<tr>\n<th scope="row">'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_body, 'body')))
                    yield '</th>\n'
                    for l_3_cell in environment.getattr(l_2_body, 'cells'):
                        _loop_vars = {}
                        pass
                        if environment.getattr(l_3_cell, 'same'):
                            pass
                            yield '<td class="status same"><span aria-hidden="true">·</span><span class="visually-hidden">'
                            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_cell, 'name')))
                            yield ' ('
                            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'unchanged')))
                            yield ')</span></td>'
                        else:
                            pass
                            yield '<td class="status'
                            yield escape(environment.finalize(context.eval_ctx, (' changed' if environment.getattr(l_3_cell, 'changed') else cond_expr_undefined("the inline if-expression on line 263 in 'report.html.j2' evaluated to false and no else section was defined."))))
                            yield '">'
                            if environment.getattr(l_3_cell, 'changed'):
                                pass
                                yield '<span class="change-mark" aria-hidden="true">→&nbsp;</span>'
                            yield '<span class="swatch seg-'
                            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_cell, 'id')))
                            yield '" aria-hidden="true"></span>'
                            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_3_cell, 'name')))
                            if environment.getattr(l_3_cell, 'changed'):
                                pass
                                yield '<span class="visually-hidden"> ('
                                yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'changed')))
                                yield ')</span>'
                            yield '</td>'
                    l_3_cell = missing
                    yield '</tr>\n'
                l_2_body = missing
                yield '</tbody>\n'
            l_1_action = missing
            yield '</table>\n</div>\n</section>\n'
        def t_20(fiter):
            for l_1_list in fiter:
                if (environment.getattr(l_1_list, 'id') not in ('genomford', 'pagaende')):
                    yield l_1_list
        for l_1_list in t_20((undefined(name='status_lists') if l_0_status_lists is missing else l_0_status_lists)):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='status_list') if l_0_status_list is missing else l_0_status_list), l_1_list, _loop_vars=_loop_vars)))
            yield '\n'
        l_1_list = missing
        yield '<section aria-labelledby="per-organ">\n<h2 id="per-organ">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_body_detail')))
        yield '</h2>\n<p class="note">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_body_detail_note')))
        yield '</p>\n'
        for l_1_view in (undefined(name='body_views') if l_0_body_views is missing else l_0_body_views):
            _loop_vars = {}
            pass
            yield '<section class="body-view" aria-labelledby="'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_view, 'anchor')))
            yield '">\n<h3 id="'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_view, 'anchor')))
            yield '">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_view, 'name')))
            yield '</h3>\n<p class="note">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_view, 'count_text')))
            yield '</p>\n<ul class="entries compact">\n'
            for l_2_entry in environment.getattr(l_1_view, 'entries'):
                _loop_vars = {}
                pass
                yield '<li><p class="entry-head"><strong>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_entry, 'action')))
                yield '</strong> <span class="short">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_entry, 'short')))
                yield '</span> <span class="action-status"><span class="swatch seg-'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_entry, 'status')))
                yield '" aria-hidden="true"></span>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_entry, 'status_name')))
                yield '</span>'
                if environment.getattr(l_2_entry, 'date'):
                    pass
                    yield ' · <time datetime="'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_entry, 'date')))
                    yield '">'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_entry, 'date')))
                    yield '</time>'
                if environment.getattr(l_2_entry, 'comment'):
                    pass
                    yield ': <span class="comment">'
                    yield escape(environment.finalize(context.eval_ctx, t_7(context, environment.getattr(l_2_entry, 'comment'))))
                    yield '</span>'
                yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='inline_evidence') if l_0_inline_evidence is missing else l_0_inline_evidence), l_2_entry, _loop_vars=_loop_vars)))
                yield '</p></li>\n'
            l_2_entry = missing
            yield '</ul>\n'
            if environment.getattr(l_1_view, 'missing'):
                pass
                yield '<h4><span class="swatch seg-saknas" aria-hidden="true"></span>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_view, 'missing_heading')))
                yield ' ('
                yield escape(environment.finalize(context.eval_ctx, t_6(environment.getattr(l_1_view, 'missing'))))
                yield ')</h4>\n<p>'
                yield escape(environment.finalize(context.eval_ctx, t_5(context.eval_ctx, environment.getattr(l_1_view, 'missing'), ', ')))
                yield '</p>\n'
            yield '</section>\n'
        l_1_view = missing
        yield '</section>\n'
        template = environment.get_template('_goals.html.j2', 'report.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'chart': l_0_chart, 'count_cell': l_0_count_cell, 'done_table': l_0_done_table, 'entry_details': l_0_entry_details, 'evidence': l_0_evidence, 'inline_evidence': l_0_inline_evidence, 'legend': l_0_legend, 'numbers': l_0_numbers, 'status_list': l_0_status_list}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        template = environment.get_template('_indicators.html.j2', 'report.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'chart': l_0_chart, 'count_cell': l_0_count_cell, 'done_table': l_0_done_table, 'entry_details': l_0_entry_details, 'evidence': l_0_evidence, 'inline_evidence': l_0_inline_evidence, 'legend': l_0_legend, 'numbers': l_0_numbers, 'status_list': l_0_status_list}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '</div>\n'
    yield '</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '3=76&5=83&6=88&10=100&12=108&14=113&16=118&17=127&21=147&22=156&29=176&31=186&33=188&36=205&37=210&43=236&44=241&46=256&47=267&48=269&50=271&53=286&54=291&60=313&61=318&62=322&65=355&66=360&68=397&69=402&70=406&72=410&74=416&75=423&76=425&77=431&78=442&80=447&82=452&84=459&85=464&92=501&97=511&102=513&104=517&105=523&107=530&108=532&109=534&114=536&117=538&118=540&119=542&121=561&123=564&124=566&126=571&128=578&129=582&130=584&132=589&134=596&135=599&137=601&138=605&146=620&147=622&148=624&149=628&150=630&151=632&154=634&156=636&157=640&158=644&159=647&160=649&161=653&170=662&171=664&172=668&174=670&175=674&180=700&182=703&183=705&186=708&188=716&189=720&195=733&199=736&200=743&203=747&204=749&205=751&208=754&210=760&211=764&217=780&220=783&223=786&224=788&225=790&226=792&227=794&229=796&230=800&231=802&232=806&233=808&234=810&237=813&239=816&240=818&241=820&242=822&243=824&244=826&245=828&246=830&247=832&248=834&249=836&250=838&254=840&256=850&258=854&259=860&261=864&262=866&263=869&273=900&274=907&277=911&278=913&279=915&280=919&281=921&282=925&284=927&285=931&288=955&289=958&290=962&295=967&296=973'