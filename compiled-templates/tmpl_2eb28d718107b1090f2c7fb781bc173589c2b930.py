from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_plan = resolve('plan')
    l_0_labels = resolve('labels')
    l_0_period_name = resolve('period_name')
    l_0_counted_text = resolve('counted_text')
    l_0_date = resolve('date')
    l_0_coordinator = resolve('coordinator')
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
    l_0_table = l_0_period_table = l_0_details = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.filters['md_lines']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md_lines' found.")
    try:
        t_6 = environment.filters['md_url']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'md_url' found.")
    pass
    def macro(l_1_rows, l_1_first):
        t_7 = []
        l_1_statuses = resolve('statuses')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_first is missing:
            l_1_first = undefined("parameter 'first' was not provided", name='first')
        pass
        t_7.extend((
            '| ',
            str(environment.finalize(context.eval_ctx, t_4(l_1_first))),
            ' | ',
            str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total'))),
            ' |',
        ))
        for l_2_s in (undefined(name='statuses') if l_1_statuses is missing else l_1_statuses):
            _loop_vars = {}
            pass
            t_7.extend((
                ' ',
                str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_s, 'name')))),
                ' |',
            ))
        l_2_s = missing
        t_7.append(
            '\n| --- | ---: |',
        )
        for l_2_s in (undefined(name='statuses') if l_1_statuses is missing else l_1_statuses):
            _loop_vars = {}
            pass
            t_7.append(
                ' ---: |',
            )
        l_2_s = missing
        t_7.append(
            '\n',
        )
        for l_2_row in l_1_rows:
            _loop_vars = {}
            pass
            t_7.extend((
                '| ',
                str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_row, 'label')))),
                ' | ',
                str(environment.finalize(context.eval_ctx, environment.getattr(l_2_row, 'total'))),
                ' |',
            ))
            for l_3_seg in environment.getattr(l_2_row, 'segments'):
                _loop_vars = {}
                pass
                t_7.append(
                    ' ',
                )
                if environment.getattr(l_3_seg, 'count'):
                    pass
                    t_7.extend((
                        str(environment.finalize(context.eval_ctx, environment.getattr(l_3_seg, 'share'))),
                        ' % (',
                        str(environment.finalize(context.eval_ctx, environment.getattr(l_3_seg, 'count'))),
                        ')',
                    ))
                else:
                    pass
                    t_7.append(
                        '–',
                    )
                t_7.append(
                    ' |',
                )
            l_3_seg = missing
            t_7.append(
                '\n',
            )
        l_2_row = missing
        return concat(t_7)
    context.exported_vars.add('table')
    context.vars['table'] = l_0_table = Macro(environment, macro, 'table', ('rows', 'first'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_groups, l_1_first):
        t_8 = []
        l_1_statuses = resolve('statuses')
        if l_1_groups is missing:
            l_1_groups = undefined("parameter 'groups' was not provided", name='groups')
        if l_1_first is missing:
            l_1_first = undefined("parameter 'first' was not provided", name='first')
        pass
        t_8.extend((
            '| ',
            str(environment.finalize(context.eval_ctx, t_4(l_1_first))),
            ' | ',
            str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period'))),
            ' |',
        ))
        for l_2_s in (undefined(name='statuses') if l_1_statuses is missing else l_1_statuses):
            _loop_vars = {}
            pass
            t_8.extend((
                ' ',
                str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_s, 'name')))),
                ' |',
            ))
        l_2_s = missing
        t_8.append(
            '\n| --- | --- |',
        )
        for l_2_s in (undefined(name='statuses') if l_1_statuses is missing else l_1_statuses):
            _loop_vars = {}
            pass
            t_8.append(
                ' ---: |',
            )
        l_2_s = missing
        t_8.append(
            '\n',
        )
        l_2_loop = missing
        for l_2_group, l_2_loop in LoopContext(l_1_groups, undefined):
            _loop_vars = {}
            pass
            l_3_loop = missing
            for l_3_row, l_3_loop in LoopContext(environment.getattr(l_2_group, 'rows'), undefined):
                _loop_vars = {}
                pass
                t_8.append(
                    '| ',
                )
                if environment.getattr(l_3_loop, 'first'):
                    pass
                    t_8.extend((
                        str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_group, 'label')))),
                        ' (',
                        str(environment.finalize(context.eval_ctx, environment.getattr(l_2_group, 'total'))),
                        ')',
                    ))
                t_8.extend((
                    ' | ',
                    str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_row, 'period')))),
                    ' |',
                ))
                for l_4_cell in environment.getattr(l_3_row, 'cells'):
                    _loop_vars = {}
                    pass
                    t_8.extend((
                        ' ',
                        str(environment.finalize(context.eval_ctx, (environment.getattr(l_4_cell, 'count') or '–'))),
                        ' |',
                    ))
                l_4_cell = missing
                t_8.append(
                    '\n',
                )
            l_3_loop = l_3_row = missing
        l_2_loop = l_2_group = missing
        return concat(t_8)
    context.exported_vars.add('period_table')
    context.vars['period_table'] = l_0_period_table = Macro(environment, macro, 'period_table', ('groups', 'first'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_entry):
        t_9 = []
        if l_1_entry is missing:
            l_1_entry = undefined("parameter 'entry' was not provided", name='entry')
        pass
        if environment.getattr(l_1_entry, 'comment'):
            pass
            t_9.extend((
                ': ',
                str(environment.finalize(context.eval_ctx, t_5(environment.getattr(l_1_entry, 'comment'), 2))),
            ))
        if environment.getattr(l_1_entry, 'evidence'):
            pass
            t_9.extend((
                '\\\n  ',
                str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'evidence'))),
                ': ',
            ))
            l_2_loop = missing
            for l_2_item, l_2_loop in LoopContext(environment.getattr(l_1_entry, 'evidence'), undefined):
                _loop_vars = {}
                pass
                if environment.getattr(l_2_item, 'url'):
                    pass
                    t_9.extend((
                        '<',
                        str(environment.finalize(context.eval_ctx, t_6(environment.getattr(l_2_item, 'url')))),
                        '>',
                    ))
                else:
                    pass
                    t_9.append(
                        str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_item, 'text')))),
                    )
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_9.append(
                        '; ',
                    )
            l_2_loop = l_2_item = missing
        return concat(t_9)
    context.exported_vars.add('details')
    context.vars['details'] = l_0_details = Macro(environment, macro, 'details', ('entry',), False, False, False, context.eval_ctx.autoescape)
    yield '# '
    yield str(environment.finalize(context.eval_ctx, t_4((undefined(name='title') if l_0_title is missing else l_0_title))))
    yield '\n\n**'
    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))))
    yield '**\n\n'
    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'organisation'))))
    yield ' · '
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period')))
    yield ' '
    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'period'))))
    yield ' · '
    yield str(environment.finalize(context.eval_ctx, t_4((undefined(name='period_name') if l_0_period_name is missing else l_0_period_name))))
    yield ' · '
    yield str(environment.finalize(context.eval_ctx, t_4((undefined(name='counted_text') if l_0_counted_text is missing else l_0_counted_text))))
    if (undefined(name='date') if l_0_date is missing else l_0_date):
        pass
        yield ' · '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'generated')))
        yield ' '
        yield str(environment.finalize(context.eval_ctx, t_4((undefined(name='date') if l_0_date is missing else l_0_date))))
    yield '\n'
    if (undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator):
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'assessment_heading')))
        yield '\n'
        if environment.getattr((undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator), 'assessment'):
            pass
            yield '\n'
            yield str(environment.finalize(context.eval_ctx, t_5(environment.getattr((undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator), 'assessment'), 0)))
            yield '\n'
        if environment.getattr((undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator), 'recommendations'):
            pass
            yield '\n**'
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'recommendations'))))
            yield ':** '
            yield str(environment.finalize(context.eval_ctx, t_5(environment.getattr((undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator), 'recommendations'), 0)))
            yield '\n'
        for l_1_area in environment.getattr((undefined(name='coordinator') if l_0_coordinator is missing else l_0_coordinator), 'areas'):
            _loop_vars = {}
            pass
            yield '\n### '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_area, 'label'))))
            yield '\n'
            if environment.getattr(l_1_area, 'assessment'):
                pass
                yield '\n'
                yield str(environment.finalize(context.eval_ctx, t_5(environment.getattr(l_1_area, 'assessment'), 0)))
                yield '\n'
            if environment.getattr(l_1_area, 'recommendations'):
                pass
                yield '\n**'
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'recommendations'))))
                yield ':** '
                yield str(environment.finalize(context.eval_ctx, t_5(environment.getattr(l_1_area, 'recommendations'), 0)))
                yield '\n'
            if environment.getattr(l_1_area, 'prerequisites'):
                pass
                yield '\n**'
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'prerequisites'))))
                yield '**\n\n'
                for l_2_p in environment.getattr(l_1_area, 'prerequisites'):
                    _loop_vars = {}
                    pass
                    yield '- '
                    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_p, 'text'))))
                    yield ' – **'
                    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_p, 'status_name'))))
                    yield '**'
                    if environment.getattr(l_2_p, 'comment'):
                        pass
                        yield ': '
                        yield str(environment.finalize(context.eval_ctx, t_5(environment.getattr(l_2_p, 'comment'), 2)))
                    yield '\n'
                l_2_p = missing
        l_1_area = missing
    yield '\n## '
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_action_heading')))
    yield '\n\n'
    yield str(environment.finalize(context.eval_ctx, t_4((undefined(name='counted_text') if l_0_counted_text is missing else l_0_counted_text))))
    yield '\n\n'
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_action_note')))
    yield ' '
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action_share_note')))
    yield '\n\n'
    yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='table') if l_0_table is missing else l_0_table), (undefined(name='action_rows') if l_0_action_rows is missing else l_0_action_rows), environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'group'))))
    yield '\n## '
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'contents')))
    yield '\n\n'
    for l_1_item in (undefined(name='toc') if l_0_toc is missing else l_0_toc):
        _loop_vars = {}
        pass
        yield '- ['
        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_item, 'heading'))))
        yield '](#'
        yield str(environment.finalize(context.eval_ctx, environment.getattr(l_1_item, 'md_anchor')))
        yield ')\n'
        for l_2_child in environment.getattr(l_1_item, 'children'):
            _loop_vars = {}
            pass
            yield '  - ['
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_child, 'heading'))))
            yield '](#'
            yield str(environment.finalize(context.eval_ctx, environment.getattr(l_2_child, 'md_anchor')))
            yield ')\n'
        l_2_child = missing
    l_1_item = missing
    yield '\n## '
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actions_by_area')))
    yield '\n'
    for l_1_area in (undefined(name='action_areas') if l_0_action_areas is missing else l_0_action_areas):
        _loop_vars = {}
        pass
        yield '\n### '
        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_area, 'label'))))
        yield '\n\n'
        for l_2_line in environment.getattr(l_1_area, 'actions'):
            _loop_vars = {}
            pass
            yield '- **'
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_line, 'action'))))
            yield '** '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_line, 'short'))))
            yield ' – **'
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_line, 'status_name'))))
            yield '**'
            if environment.getattr(l_2_line, 'mixed'):
                pass
                yield ' ('
                yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'partly')))
                yield ')'
            if environment.getattr(l_2_line, 'remaining'):
                pass
                yield ' · '
                yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'remaining')))
                yield ' '
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_line, 'remaining'))))
        l_2_line = missing
    l_1_area = missing
    if (undefined(name='appendix') if l_0_appendix is missing else l_0_appendix):
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'overall_heading')))
        yield '\n\n'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'share_note')))
        yield '\n\n'
        yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='table') if l_0_table is missing else l_0_table), [(undefined(name='overall') if l_0_overall is missing else l_0_overall)], environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'group'))))
        for l_1_section in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
            _loop_vars = {}
            pass
            yield '\n## '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_section, 'heading'))))
            yield '\n\n'
            yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='table') if l_0_table is missing else l_0_table), environment.getattr(l_1_section, 'rows'), environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'group'), _loop_vars=_loop_vars)))
        l_1_section = missing
        if (undefined(name='has_history') if l_0_has_history is missing else l_0_has_history):
            pass
            yield '\n## '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'plan_period')))
            yield '\n\n'
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'plan_period_note')))
            yield '\n\n'
            yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='table') if l_0_table is missing else l_0_table), environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'rows'), environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period'))))
            yield '\n### '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period_by_focus_area')))
            yield '\n\n'
            yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='period_table') if l_0_period_table is missing else l_0_period_table), environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'areas'), environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'focus_area'))))
            yield '\n### '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period_by_body')))
            yield '\n\n'
            yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='period_table') if l_0_period_table is missing else l_0_period_table), environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'bodies'), environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body'))))
            yield '\n### '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'history_actions')))
            yield '\n\n'
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'history_note')))
            yield '\n\n| '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action')))
            yield ' | '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body')))
            yield ' |'
            for l_1_period in environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'periods'):
                _loop_vars = {}
                pass
                yield ' '
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_period, 'name'))))
                yield ' |'
            l_1_period = missing
            yield '\n| --- | --- |'
            for l_1_period in environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'periods'):
                _loop_vars = {}
                pass
                yield ' --- |'
            l_1_period = missing
            yield '\n'
            l_1_loop = missing
            for l_1_action, l_1_loop in LoopContext(environment.getattr((undefined(name='history') if l_0_history is missing else l_0_history), 'actions'), undefined):
                _loop_vars = {}
                pass
                l_2_loop = missing
                for l_2_body, l_2_loop in LoopContext(environment.getattr(l_1_action, 'bodies'), undefined):
                    _loop_vars = {}
                    pass
                    yield '| '
                    if environment.getattr(l_2_loop, 'first'):
                        pass
                        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_action, 'action'))))
                    yield ' | '
                    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_body, 'body'))))
                    yield ' |'
                    for l_3_cell in environment.getattr(l_2_body, 'cells'):
                        _loop_vars = {}
                        pass
                        yield ' '
                        if environment.getattr(l_3_cell, 'same'):
                            pass
                            yield '·'
                        else:
                            pass
                            if environment.getattr(l_3_cell, 'changed'):
                                pass
                                yield '→ '
                            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_cell, 'name'))))
                        yield ' |'
                    l_3_cell = missing
                    yield '\n'
                l_2_loop = l_2_body = missing
            l_1_loop = l_1_action = missing
    if (undefined(name='previous') if l_0_previous is missing else l_0_previous):
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, t_4((undefined(name='changes_heading') if l_0_changes_heading is missing else l_0_changes_heading))))
        yield '\n\n'
        if (undefined(name='changes') if l_0_changes is missing else l_0_changes):
            pass
            yield '| '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action')))
            yield ' | '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body')))
            yield ' | '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'from')))
            yield ' | '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'to')))
            yield ' |\n| --- | --- | --- | --- |\n'
            for l_1_change in (undefined(name='changes') if l_0_changes is missing else l_0_changes):
                _loop_vars = {}
                pass
                yield '| '
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_change, 'action'))))
                yield ' | '
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_change, 'body'))))
                yield ' | '
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_change, 'from_name'))))
                yield ' | '
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_change, 'to_name'))))
                yield ' |\n'
            l_1_change = missing
        else:
            pass
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_changes')))
            yield '\n'
    def t_10(fiter):
        for l_1_list in fiter:
            if ((undefined(name='appendix') if l_0_appendix is missing else l_0_appendix) or (environment.getattr(l_1_list, 'id') in ('genomford', 'pagaende'))):
                yield l_1_list
    for l_1_list in t_10((undefined(name='status_lists') if l_0_status_lists is missing else l_0_status_lists)):
        _loop_vars = {}
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_list, 'heading'))))
        yield '\n\n'
        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_list, 'count_text'))))
        if environment.getattr(l_1_list, 'earlier_text'):
            pass
            yield '. '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_list, 'earlier_text'))))
        yield '\n'
        t_11 = 1
        for l_2_group in environment.getattr(l_1_list, 'groups'):
            _loop_vars = {}
            pass
            yield '\n**'
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action')))
            yield ' '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_group, 'action'))))
            yield '** '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_group, 'text'))))
            yield '\n\n'
            for l_3_entry in environment.getattr(l_2_group, 'entries'):
                _loop_vars = {}
                pass
                yield '- **'
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_entry, 'body'))))
                yield '** ('
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_entry, 'role'))))
                yield ')'
                if environment.getattr(l_3_entry, 'date'):
                    pass
                    yield ', '
                    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_entry, 'date'))))
                yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='details') if l_0_details is missing else l_0_details), l_3_entry, _loop_vars=_loop_vars)))
                yield '\n'
            l_3_entry = missing
            t_11 = 0
        l_2_group = missing
        if t_11:
            pass
            yield '\n'
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'none')))
            yield '\n'
    l_1_list = missing
    yield '\n## '
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'missing')))
    yield '\n\n'
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'missing_note')))
    yield '\n\n'
    if (undefined(name='missing_by_body') if l_0_missing_by_body is missing else l_0_missing_by_body):
        pass
        yield '| '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body')))
        yield ' | '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'missing')))
        yield ' | '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'actions_heading')))
        yield ' |\n| --- | --- | --- |\n'
        for l_1_row in (undefined(name='missing_by_body') if l_0_missing_by_body is missing else l_0_missing_by_body):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_row, 'body'))))
            yield ' | '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_row, 'count_text'))))
            if environment.getattr(l_1_row, 'silent'):
                pass
                yield ' ('
                yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'nothing_reported')))
                yield ')'
            yield ' | '
            yield str(environment.finalize(context.eval_ctx, t_1(context.eval_ctx, t_3(context, environment.getattr(l_1_row, 'actions'), 'md'), ', ')))
            yield ' |\n'
        l_1_row = missing
    else:
        pass
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'none')))
        yield '\n'
    if (undefined(name='appendix') if l_0_appendix is missing else l_0_appendix):
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_body_detail')))
        yield '\n\n'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'by_body_detail_note')))
        yield '\n'
        for l_1_view in (undefined(name='body_views') if l_0_body_views is missing else l_0_body_views):
            _loop_vars = {}
            pass
            yield '\n### '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_view, 'name'))))
            yield '\n\n'
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_view, 'count_text'))))
            yield '\n'
            for l_2_status in environment.getattr(l_1_view, 'statuses'):
                _loop_vars = {}
                pass
                yield '\n**'
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_status, 'heading'))))
                yield ' ('
                yield str(environment.finalize(context.eval_ctx, environment.getattr(l_2_status, 'count')))
                yield ')**\n\n'
                for l_3_entry in environment.getattr(l_2_status, 'entries'):
                    _loop_vars = {}
                    pass
                    yield '- **'
                    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_entry, 'action'))))
                    yield '** '
                    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_entry, 'short'))))
                    if environment.getattr(l_3_entry, 'date'):
                        pass
                        yield ', '
                        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_entry, 'date'))))
                    yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='details') if l_0_details is missing else l_0_details), l_3_entry, _loop_vars=_loop_vars)))
                    yield '\n'
                l_3_entry = missing
            l_2_status = missing
            if environment.getattr(l_1_view, 'missing'):
                pass
                yield '\n**'
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_view, 'missing_heading'))))
                yield ' ('
                yield str(environment.finalize(context.eval_ctx, t_2(environment.getattr(l_1_view, 'missing'))))
                yield ')**: '
                yield str(environment.finalize(context.eval_ctx, t_1(context.eval_ctx, t_3(context, environment.getattr(l_1_view, 'missing'), 'md'), ', ')))
                yield '\n'
        l_1_view = missing
        template = environment.get_template('_goals.md.j2', 'report.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'details': l_0_details, 'period_table': l_0_period_table, 'table': l_0_table}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        template = environment.get_template('_indicators.md.j2', 'report.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'details': l_0_details, 'period_table': l_0_period_table, 'table': l_0_table}))
        try:
            for event in gen:
                yield event
        finally: gen.close()

blocks = {}
debug_info = '3=69&4=79&6=96&8=106&9=111&13=146&14=156&16=173&18=184&19=188&20=194&25=224&26=229&27=235&28=239&31=268&33=270&35=272&37=288&39=291&40=293&42=296&44=298&46=301&48=305&50=309&51=311&53=314&55=316&57=319&59=323&61=326&63=328&64=332&71=344&73=346&75=348&77=352&78=354&80=356&81=360&82=364&83=368&87=375&88=377&90=381&92=383&93=387&96=406&98=409&100=411&102=413&104=418&106=420&108=422&110=425&112=427&114=429&115=431&117=433&118=435&120=437&121=439&123=441&125=443&127=455&129=462&130=466&131=470&137=494&139=497&141=499&142=502&144=510&145=514&148=525&151=527&153=535&155=537&157=544&159=548&161=554&162=558&166=574&170=578&172=580&174=582&175=585&177=591&178=595&181=609&183=611&185=614&187=616&188=618&190=622&192=624&193=626&195=630&197=634&198=638&201=649&203=652&206=659&207=665'