from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_plan = resolve('plan')
    l_0_labels = resolve('labels')
    l_0_count_text = resolve('count_text')
    l_0_date = resolve('date')
    l_0_reporting = resolve('reporting')
    l_0_formats = resolve('formats')
    l_0_sections = resolve('sections')
    l_0_area_columns = resolve('area_columns')
    l_0_level_columns = resolve('level_columns')
    l_0_goal_rows = resolve('goal_rows')
    l_0_downloads = resolve('downloads')
    l_0_cell = l_0_matrix = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_4 = environment.filters['md_url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md_url' found.")
    pass
    def macro(l_1_c):
        t_5 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        pass
        if environment.getattr(l_1_c, 'total'):
            pass
            t_5.extend((
                str(environment.finalize(context.eval_ctx, environment.getattr(l_1_c, 'responsible'))),
                ' + ',
                str(environment.finalize(context.eval_ctx, environment.getattr(l_1_c, 'co_responsible'))),
            ))
        else:
            pass
            t_5.append(
                '–',
            )
        return concat(t_5)
    context.exported_vars.add('cell')
    context.vars['cell'] = l_0_cell = Macro(environment, macro, 'cell', ('c',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_caption, l_1_headers, l_1_cells_key):
        t_6 = []
        l_1_rows = resolve('rows')
        l_1_sums = resolve('sums')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_headers is missing:
            l_1_headers = undefined("parameter 'headers' was not provided", name='headers')
        if l_1_cells_key is missing:
            l_1_cells_key = undefined("parameter 'cells_key' was not provided", name='cells_key')
        pass
        t_6.extend((
            '**',
            str(environment.finalize(context.eval_ctx, t_3(l_1_caption))),
            '**\n\n| ',
            str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body'))),
            ' |',
        ))
        for l_2_header in l_1_headers:
            _loop_vars = {}
            pass
            t_6.extend((
                ' ',
                str(environment.finalize(context.eval_ctx, t_3(l_2_header))),
                ' |',
            ))
        l_2_header = missing
        t_6.extend((
            ' ',
            str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total'))),
            ' |\n| --- |',
        ))
        for l_2_header in l_1_headers:
            _loop_vars = {}
            pass
            t_6.append(
                ' ---: |',
            )
        l_2_header = missing
        t_6.append(
            ' ---: |\n',
        )
        for l_2_row in (undefined(name='rows') if l_1_rows is missing else l_1_rows):
            _loop_vars = {}
            pass
            t_6.extend((
                '| ',
                str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_2_row, 'name')))),
                ' |',
            ))
            for l_3_c in environment.getitem(l_2_row, l_1_cells_key):
                _loop_vars = {}
                pass
                t_6.extend((
                    ' ',
                    str(environment.finalize(context.eval_ctx, context.call((undefined(name='cell') if l_0_cell is missing else l_0_cell), l_3_c, _loop_vars=_loop_vars))),
                    ' |',
                ))
            l_3_c = missing
            t_6.extend((
                ' ',
                str(environment.finalize(context.eval_ctx, context.call((undefined(name='cell') if l_0_cell is missing else l_0_cell), environment.getattr(l_2_row, 'total'), _loop_vars=_loop_vars))),
                ' |\n',
            ))
        l_2_row = missing
        t_6.extend((
            '| **',
            str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'sum'))),
            '** |',
        ))
        for l_2_c in environment.getitem((undefined(name='sums') if l_1_sums is missing else l_1_sums), l_1_cells_key):
            _loop_vars = {}
            pass
            t_6.extend((
                ' ',
                str(environment.finalize(context.eval_ctx, context.call((undefined(name='cell') if l_0_cell is missing else l_0_cell), l_2_c, _loop_vars=_loop_vars))),
                ' |',
            ))
        l_2_c = missing
        t_6.extend((
            ' ',
            str(environment.finalize(context.eval_ctx, context.call((undefined(name='cell') if l_0_cell is missing else l_0_cell), environment.getattr((undefined(name='sums') if l_1_sums is missing else l_1_sums), 'total')))),
            ' |\n',
        ))
        return concat(t_6)
    context.exported_vars.add('matrix')
    context.vars['matrix'] = l_0_matrix = Macro(environment, macro, 'matrix', ('caption', 'headers', 'cells_key'), False, False, False, context.eval_ctx.autoescape)
    yield '# '
    yield str(environment.finalize(context.eval_ctx, t_3((undefined(name='title') if l_0_title is missing else l_0_title))))
    yield ': '
    yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))))
    yield '\n\n'
    yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'organisation'))))
    yield ' · '
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period')))
    yield ' '
    yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'period'))))
    yield ' · '
    yield str(environment.finalize(context.eval_ctx, t_3((undefined(name='count_text') if l_0_count_text is missing else l_0_count_text))))
    yield '\n'
    if (undefined(name='date') if l_0_date is missing else l_0_date):
        pass
        yield '\n'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'generated')))
        yield ' '
        yield str(environment.finalize(context.eval_ctx, t_3((undefined(name='date') if l_0_date is missing else l_0_date))))
        yield '\n'
    if (undefined(name='reporting') if l_0_reporting is missing else l_0_reporting):
        pass
        yield '\n**'
        yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr((undefined(name='reporting') if l_0_reporting is missing else l_0_reporting), 'due_text'))))
        yield '.** '
        yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr((undefined(name='reporting') if l_0_reporting is missing else l_0_reporting), 'how'))))
        yield '\n'
    if ('html' in (undefined(name='formats') if l_0_formats is missing else l_0_formats)):
        pass
        yield '\n'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'html_note')))
        yield '\n'
    for l_1_section in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
        _loop_vars = {}
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_1_section, 'heading'))))
        yield '\n\n'
        for l_2_link in environment.getattr(l_1_section, 'links'):
            _loop_vars = {}
            pass
            yield '- ['
            yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_2_link, 'title'))))
            yield '](<'
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(environment.getattr(l_2_link, 'files'), 'md'))))
            yield '>) – '
            yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_2_link, 'count_text'))))
            if environment.getattr(l_2_link, 'roles_text'):
                pass
                yield ' ('
                yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_2_link, 'roles_text'))))
                yield ')'
            if environment.getattr(l_2_link, 'due_text'):
                pass
                yield ' · '
                yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_2_link, 'due_text'))))
            def t_7(fiter):
                for (l_3_fmt, l_3_file) in fiter:
                    if (l_3_fmt != 'md'):
                        yield (l_3_fmt, l_3_file)
            for (l_3_fmt, l_3_file) in t_7(context.call(environment.getattr(environment.getattr(l_2_link, 'files'), 'items'), _loop_vars=_loop_vars)):
                _loop_vars = {}
                pass
                yield ' · ['
                yield str(environment.finalize(context.eval_ctx, t_3(environment.getitem(environment.getattr(l_2_link, 'names'), l_3_fmt))))
                yield '](<'
                yield str(environment.finalize(context.eval_ctx, t_4(l_3_file)))
                yield '>)'
            l_3_fmt = l_3_file = missing
            yield '\n'
        l_2_link = missing
    l_1_section = missing
    yield '\n## '
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'overview')))
    yield '\n\n'
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'matrix_key')))
    yield '\n\n'
    for l_1_column in (undefined(name='area_columns') if l_0_area_columns is missing else l_0_area_columns):
        _loop_vars = {}
        pass
        yield '- **'
        yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_1_column, 'short'))))
        yield '** = '
        yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_1_column, 'name'))))
        yield ', '
        yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_1_column, 'title'))))
        yield '\n'
    l_1_column = missing
    yield '\n'
    yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix), environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'matrix_areas_roles'), t_1(context.eval_ctx, t_2(context, (undefined(name='area_columns') if l_0_area_columns is missing else l_0_area_columns), attribute='short')), 'area_cells')))
    yield '\n'
    yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix), environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'matrix_levels_roles'), (undefined(name='level_columns') if l_0_level_columns is missing else l_0_level_columns), 'level_cells')))
    if (undefined(name='goal_rows') if l_0_goal_rows is missing else l_0_goal_rows):
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goals')))
        yield '\n\n'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'matrix_goals_key')))
        yield '\n\n**'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'matrix_goals_areas')))
        yield '**\n\n| '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goal')))
        yield ' |'
        for l_1_column in (undefined(name='area_columns') if l_0_area_columns is missing else l_0_area_columns):
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_1_column, 'short'))))
            yield ' |'
        l_1_column = missing
        yield ' '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total')))
        yield ' |\n| --- |'
        for l_1_column in (undefined(name='area_columns') if l_0_area_columns is missing else l_0_area_columns):
            _loop_vars = {}
            pass
            yield ' ---: |'
        l_1_column = missing
        yield ' ---: |\n'
        for l_1_row in (undefined(name='goal_rows') if l_0_goal_rows is missing else l_0_goal_rows):
            _loop_vars = {}
            pass
            yield '| '
            if environment.getattr(l_1_row, 'url'):
                pass
                yield '['
                yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_1_row, 'name'))))
                yield '](<'
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_row, 'url'))))
                yield '>)'
            else:
                pass
                yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_1_row, 'name'))))
            yield ' ('
            yield str(environment.finalize(context.eval_ctx, environment.getitem((undefined(name='labels') if l_0_labels is missing else l_0_labels), environment.getattr(l_1_row, 'level'))))
            yield '; '
            yield str(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_1_row, 'source'))))
            yield ') |'
            for l_2_cell in environment.getattr(l_1_row, 'cells'):
                _loop_vars = {}
                pass
                yield ' '
                yield str(environment.finalize(context.eval_ctx, (environment.getattr(l_2_cell, 'count') if environment.getattr(l_2_cell, 'count') else '–')))
                yield ' |'
            l_2_cell = missing
            yield ' '
            yield str(environment.finalize(context.eval_ctx, environment.getattr(l_1_row, 'total')))
            yield ' |\n'
        l_1_row = missing
    template = environment.get_template('_indicators.md.j2', 'index.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'cell': l_0_cell, 'matrix': l_0_matrix}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if (undefined(name='downloads') if l_0_downloads is missing else l_0_downloads):
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'open_data')))
        yield '\n\n'
        for l_1_file in (undefined(name='downloads') if l_0_downloads is missing else l_0_downloads):
            _loop_vars = {}
            pass
            yield '- ['
            yield str(environment.finalize(context.eval_ctx, t_3(l_1_file)))
            yield '](<'
            yield str(environment.finalize(context.eval_ctx, t_4(l_1_file)))
            yield '>)\n'
        l_1_file = missing

blocks = {}
debug_info = '2=48&3=68&4=81&6=83&7=100&8=110&9=115&11=135&13=156&15=160&16=168&18=171&20=175&22=178&24=182&26=185&28=187&30=191&32=193&33=197&38=228&40=230&42=232&43=236&46=244&47=246&48=247&50=250&52=252&54=254&56=256&57=268&58=274&59=278&62=304&63=310&65=313&67=315&68=319'