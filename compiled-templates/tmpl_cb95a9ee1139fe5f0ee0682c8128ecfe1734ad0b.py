from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.html.j2'

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
    l_0_count_text = resolve('count_text')
    l_0_reporting = resolve('reporting')
    l_0_sections = resolve('sections')
    l_0_area_columns = resolve('area_columns')
    l_0_goal_rows = resolve('goal_rows')
    l_0_downloads = resolve('downloads')
    l_0_count_cell = l_0_matrix = missing
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
        t_5 = environment.filters['plan_text']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'plan_text' found.")
    pass
    def macro(l_1_cell, l_1_total):
        t_6 = []
        if l_1_cell is missing:
            l_1_cell = undefined("parameter 'cell' was not provided", name='cell')
        if l_1_total is missing:
            l_1_total = False
        pass
        t_6.append(
            '<td',
        )
        if l_1_total:
            pass
            t_6.append(
                ' class="total"',
            )
        t_6.append(
            '>',
        )
        if environment.getattr(l_1_cell, 'total'):
            pass
            t_6.extend((
                '<span aria-hidden="true">',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_cell, 'responsible'))),
                ' + ',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_cell, 'co_responsible'))),
                '</span>',
            ))
        else:
            pass
            t_6.append(
                '<span class="none" aria-hidden="true">–</span>',
            )
        t_6.extend((
            '<span class="visually-hidden">',
            escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_cell, 'spoken'))),
            '</span></td>\n',
        ))
        return concat(t_6)
    context.exported_vars.add('count_cell')
    context.vars['count_cell'] = l_0_count_cell = Macro(environment, macro, 'count_cell', ('cell', 'total'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_id, l_1_caption, l_1_cells_key, l_1_caller):
        t_7 = []
        l_1_rows = resolve('rows')
        l_1_sums = resolve('sums')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_cells_key is missing:
            l_1_cells_key = undefined("parameter 'cells_key' was not provided", name='cells_key')
        pass
        t_7.extend((
            '<div class="table-wrap" role="region" aria-labelledby="',
            escape(environment.finalize(context.eval_ctx, l_1_id)),
            '" tabindex="0">\n<table class="matrix">\n<caption id="',
            escape(environment.finalize(context.eval_ctx, l_1_id)),
            '">',
            escape(environment.finalize(context.eval_ctx, l_1_caption)),
            '</caption>\n<thead>\n<tr>\n<th scope="col">',
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'body'))),
            '</th>\n',
            escape(environment.finalize(context.eval_ctx, context.call(l_1_caller))),
            '\n<th scope="col">',
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total'))),
            '</th>\n</tr>\n</thead>\n<tbody>\n',
        ))
        for l_2_row in (undefined(name='rows') if l_1_rows is missing else l_1_rows):
            _loop_vars = {}
            pass
            t_7.extend((
                '<tr>\n<th scope="row">',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_row, 'name'))),
                '</th>\n',
            ))
            for l_3_cell in environment.getitem(l_2_row, l_1_cells_key):
                _loop_vars = {}
                pass
                t_7.extend((
                    escape(environment.finalize(context.eval_ctx, context.call((undefined(name='count_cell') if l_0_count_cell is missing else l_0_count_cell), l_3_cell, _loop_vars=_loop_vars))),
                    '\n',
                ))
            l_3_cell = missing
            t_7.extend((
                escape(environment.finalize(context.eval_ctx, context.call((undefined(name='count_cell') if l_0_count_cell is missing else l_0_count_cell), environment.getattr(l_2_row, 'total'), True, _loop_vars=_loop_vars))),
                '\n</tr>\n',
            ))
        l_2_row = missing
        t_7.extend((
            '</tbody>\n<tfoot>\n<tr>\n<th scope="row">',
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'sum'))),
            '</th>\n',
        ))
        for l_2_cell in environment.getitem((undefined(name='sums') if l_1_sums is missing else l_1_sums), l_1_cells_key):
            _loop_vars = {}
            pass
            t_7.extend((
                escape(environment.finalize(context.eval_ctx, context.call((undefined(name='count_cell') if l_0_count_cell is missing else l_0_count_cell), l_2_cell, _loop_vars=_loop_vars))),
                '\n',
            ))
        l_2_cell = missing
        t_7.extend((
            escape(environment.finalize(context.eval_ctx, context.call((undefined(name='count_cell') if l_0_count_cell is missing else l_0_count_cell), environment.getattr((undefined(name='sums') if l_1_sums is missing else l_1_sums), 'total'), True))),
            '\n</tr>\n</tfoot>\n</table>\n</div>\n',
        ))
        return concat(t_7)
    context.exported_vars.add('matrix')
    context.vars['matrix'] = l_0_matrix = Macro(environment, macro, 'matrix', ('id', 'caption', 'cells_key'), False, False, True, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='lang') if l_0_lang is missing else l_0_lang)))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.finalize(context.eval_ctx, t_4((undefined(name='title') if l_0_title is missing else l_0_title))))
    yield ' – '
    yield escape(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))))
    yield '</title>\n<style>\n'
    template = environment.get_template('_styles.css', 'index.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'count_cell': l_0_count_cell, 'matrix': l_0_matrix}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '@media print {\n  @page {\n    @top-left { content: '
    yield escape(environment.finalize(context.eval_ctx, t_2(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))))
    yield '; }\n    @top-right { content: '
    yield escape(environment.finalize(context.eval_ctx, t_2(markup_join(((undefined(name='title') if l_0_title is missing else l_0_title), (markup_join((' · ', (undefined(name='date') if l_0_date is missing else l_0_date), )) if (undefined(name='date') if l_0_date is missing else l_0_date) else ''), )))))
    yield '; }\n    @bottom-right { content: '
    yield escape(environment.finalize(context.eval_ctx, t_1(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'page_of_pages'))))
    yield '; }\n  }\n}\n</style>\n</head>\n<body>\n<a class="skip-link" href="#innehall">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'skip_to_content')))
    yield '</a>\n<main id="innehall">\n<header>\n<h1>'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '</h1>\n<p class="plan-title">'
    yield escape(environment.finalize(context.eval_ctx, t_5(context, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))))
    yield '</p>\n<p class="meta">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'organisation')))
    yield ' · '
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period')))
    yield ' '
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'period')))
    yield ' · '
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='count_text') if l_0_count_text is missing else l_0_count_text)))
    if (undefined(name='date') if l_0_date is missing else l_0_date):
        pass
        yield ' · '
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'generated')))
        yield ' '
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='date') if l_0_date is missing else l_0_date)))
    yield '</p>\n</header>\n'
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
    l_1_loop = missing
    for l_1_section, l_1_loop in LoopContext((undefined(name='sections') if l_0_sections is missing else l_0_sections), undefined):
        _loop_vars = {}
        pass
        yield '<section aria-labelledby="'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_section, 'kind')))
        yield '">\n<h2 id="'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_section, 'kind')))
        yield '">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_section, 'heading')))
        yield '</h2>\n<ul class="links">\n'
        l_2_loop = missing
        for l_2_link, l_2_loop in LoopContext(environment.getattr(l_1_section, 'links'), undefined):
            l_2_main = missing
            _loop_vars = {}
            pass
            l_2_main = ('html' if ('html' in environment.getattr(l_2_link, 'files')) else 'md')
            _loop_vars['main'] = l_2_main
            yield '<li><a href="'
            yield escape(environment.finalize(context.eval_ctx, t_3(environment.getitem(environment.getattr(l_2_link, 'files'), (undefined(name='main') if l_2_main is missing else l_2_main)))))
            yield '">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_link, 'title')))
            yield '</a> – '
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_link, 'count_text')))
            if environment.getattr(l_2_link, 'roles_text'):
                pass
                yield ' ('
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_link, 'roles_text')))
                yield ')'
            if environment.getattr(l_2_link, 'due_text'):
                pass
                yield '<span class="link-due">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_link, 'due_text')))
                yield '</span>'
            def t_8(fiter):
                for (l_3_fmt, l_3_file) in fiter:
                    if (l_3_fmt != (undefined(name='main') if l_2_main is missing else l_2_main)):
                        yield (l_3_fmt, l_3_file)
            l_3_loop = missing
            for (l_3_fmt, l_3_file), l_3_loop in LoopContext(t_8(context.call(environment.getattr(environment.getattr(l_2_link, 'files'), 'items'), _loop_vars=_loop_vars)), undefined):
                _loop_vars = {}
                pass
                if environment.getattr(l_3_loop, 'first'):
                    pass
                    yield '<span class="no-print alt">'
                yield ' · <a href="'
                yield escape(environment.finalize(context.eval_ctx, t_3(l_3_file)))
                yield '">'
                yield escape(environment.finalize(context.eval_ctx, environment.getitem(environment.getattr(l_2_link, 'names'), l_3_fmt)))
                yield '</a>'
                if environment.getattr(l_3_loop, 'last'):
                    pass
                    yield '</span>'
            l_3_loop = l_3_fmt = l_3_file = missing
            yield '</li>\n'
        l_2_loop = l_2_link = l_2_main = missing
        yield '</ul>\n</section>\n'
    l_1_loop = l_1_section = missing
    yield '<section aria-labelledby="oversikt">\n<h2 id="oversikt">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'overview')))
    yield '</h2>\n<p class="key">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'matrix_key')))
    yield '</p>\n<ul class="matrix-legend">\n'
    for l_1_column in (undefined(name='area_columns') if l_0_area_columns is missing else l_0_area_columns):
        _loop_vars = {}
        pass
        yield '<li><strong>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_column, 'short')))
        yield '</strong> = '
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_column, 'name')))
        yield ', '
        yield escape(environment.finalize(context.eval_ctx, t_5(context, environment.getattr(l_1_column, 'title'))))
        yield '</li>\n'
    l_1_column = missing
    yield '</ul>\n<p class="scroll-hint note">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'scroll_hint')))
    yield '</p>\n'
    def macro():
        t_9 = []
        pass
        for l_2_column in (undefined(name='area_columns') if l_0_area_columns is missing else l_0_area_columns):
            _loop_vars = {}
            pass
            t_9.extend((
                '<th scope="col"><span aria-hidden="true">',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_column, 'short'))),
                '</span><span class="visually-hidden">',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_column, 'name'))),
                '</span></th>\n',
            ))
        l_2_column = missing
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix), 'matris-fokusomraden', environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'matrix_areas_roles'), 'area_cells', caller=caller)
    def macro():
        t_10 = []
        l_1_level_columns = resolve('level_columns')
        pass
        for l_2_column in (undefined(name='level_columns') if l_1_level_columns is missing else l_1_level_columns):
            _loop_vars = {}
            pass
            t_10.extend((
                '<th scope="col">',
                escape(environment.finalize(context.eval_ctx, l_2_column)),
                '</th>\n',
            ))
        l_2_column = missing
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix), 'matris-nivaer', environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'matrix_levels_roles'), 'level_cells', caller=caller)
    yield '</section>\n'
    if (undefined(name='goal_rows') if l_0_goal_rows is missing else l_0_goal_rows):
        pass
        yield '<section aria-labelledby="mal">\n<h2 id="mal">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goals')))
        yield '</h2>\n<p class="key">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'matrix_goals_key')))
        yield '</p>\n<p class="scroll-hint note">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'scroll_hint')))
        yield '</p>\n<div class="table-wrap" role="region" aria-labelledby="matris-mal" tabindex="0">\n<table class="matrix goals-matrix">\n<caption id="matris-mal">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'matrix_goals_areas')))
        yield '</caption>\n<thead>\n<tr>\n<th scope="col">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goal')))
        yield '</th>\n'
        for l_1_column in (undefined(name='area_columns') if l_0_area_columns is missing else l_0_area_columns):
            _loop_vars = {}
            pass
            yield '<th scope="col"><span aria-hidden="true">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_column, 'short')))
            yield '</span><span class="visually-hidden">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_column, 'name')))
            yield '</span></th>\n'
        l_1_column = missing
        yield '<th scope="col">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'total')))
        yield '</th>\n</tr>\n</thead>\n<tbody>\n'
        for l_1_row in (undefined(name='goal_rows') if l_0_goal_rows is missing else l_0_goal_rows):
            _loop_vars = {}
            pass
            yield '<tr>\n<th scope="row">'
            if environment.getattr(l_1_row, 'url'):
                pass
                yield '<a href="'
                yield escape(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_1_row, 'url'))))
                yield '">'
                yield escape(environment.finalize(context.eval_ctx, t_5(context, environment.getattr(l_1_row, 'name'))))
                yield '</a>'
            else:
                pass
                yield escape(environment.finalize(context.eval_ctx, t_5(context, environment.getattr(l_1_row, 'name'))))
            yield ' <span class="goal-source">('
            yield escape(environment.finalize(context.eval_ctx, environment.getitem((undefined(name='labels') if l_0_labels is missing else l_0_labels), environment.getattr(l_1_row, 'level'))))
            yield '; '
            yield escape(environment.finalize(context.eval_ctx, t_5(context, environment.getattr(l_1_row, 'source'))))
            yield ')</span></th>\n'
            for l_2_cell in environment.getattr(l_1_row, 'cells'):
                _loop_vars = {}
                pass
                yield '<td>'
                if environment.getattr(l_2_cell, 'count'):
                    pass
                    yield '<span aria-hidden="true">'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_cell, 'count')))
                    yield '</span>'
                else:
                    pass
                    yield '<span class="none" aria-hidden="true">–</span>'
                yield '<span class="visually-hidden">'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_cell, 'spoken')))
                yield '</span></td>\n'
            l_2_cell = missing
            yield '<td class="total">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_row, 'total')))
            yield '</td>\n</tr>\n'
        l_1_row = missing
        yield '</tbody>\n</table>\n</div>\n</section>\n'
    template = environment.get_template('_indicators.html.j2', 'index.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'count_cell': l_0_count_cell, 'matrix': l_0_matrix}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if (undefined(name='downloads') if l_0_downloads is missing else l_0_downloads):
        pass
        yield '<section aria-labelledby="oppna-data">\n<h2 id="oppna-data">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'open_data')))
        yield '</h2>\n<ul class="links">\n'
        for l_1_file in (undefined(name='downloads') if l_0_downloads is missing else l_0_downloads):
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(environment.finalize(context.eval_ctx, t_3(l_1_file)))
            yield '">'
            yield escape(environment.finalize(context.eval_ctx, l_1_file))
            yield '</a></li>\n'
        l_1_file = missing
        yield '</ul>\n</section>\n'
    yield '</main>\n'
    template = environment.get_template('_footer.html.j2', 'index.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'count_cell': l_0_count_cell, 'matrix': l_0_matrix}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</body>\n</html>\n'

blocks = {}
debug_info = '2=53&3=63&5=93&6=106&8=108&11=112&12=114&13=116&17=119&19=124&20=127&21=131&23=136&29=142&30=145&31=149&33=154&40=161&44=163&46=167&49=174&50=176&51=178&57=180&60=182&61=184&62=186&64=200&65=203&67=212&68=216&69=218&71=223&72=227&73=230&79=270&80=272&82=274&83=278&86=286&87=288&88=291&89=296&87=304&92=305&93=309&94=314&92=320&98=322&100=325&101=327&102=329&105=331&108=333&109=335&110=339&112=345&116=347&118=351&119=366&120=370&122=383&130=387&131=393&133=396&135=398&136=402&142=409'