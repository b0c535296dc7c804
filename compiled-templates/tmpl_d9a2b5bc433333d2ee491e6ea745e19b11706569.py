from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'diff.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_title = resolve('title')
    l_0_new = resolve('new')
    l_0_labels = resolve('labels')
    l_0_old = resolve('old')
    l_0_marks_words = resolve('marks_words')
    l_0_equal = resolve('equal')
    l_0_sections = resolve('sections')
    l_0_segments = missing
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
        t_3 = environment.filters['isolate']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'isolate' found.")
    try:
        t_4 = environment.filters['plan_text']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'plan_text' found.")
    pass
    def macro(l_1_parts):
        t_5 = []
        if l_1_parts is missing:
            l_1_parts = undefined("parameter 'parts' was not provided", name='parts')
        pass
        for l_2_s in l_1_parts:
            _loop_vars = {}
            pass
            if environment.getattr(l_2_s, 'space'):
                pass
                t_5.append(
                    ' ',
                )
            if (environment.getattr(l_2_s, 'kind') == 'del'):
                pass
                t_5.extend((
                    '<del><span class="visually-hidden">[',
                    escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_removed_sr'))),
                    ' </span>',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_s, 'text'))),
                    '<span class="visually-hidden">]</span></del>',
                ))
            elif (environment.getattr(l_2_s, 'kind') == 'ins'):
                pass
                t_5.extend((
                    '<ins><span class="visually-hidden">[',
                    escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_added_sr'))),
                    ' </span>',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_s, 'text'))),
                    '<span class="visually-hidden">]</span></ins>',
                ))
            else:
                pass
                t_5.append(
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_s, 'text'))),
                )
        l_2_s = missing
        return concat(t_5)
    context.exported_vars.add('segments')
    context.vars['segments'] = l_0_segments = Macro(environment, macro, 'segments', ('parts',), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='lang') if l_0_lang is missing else l_0_lang)))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.finalize(context.eval_ctx, t_3((undefined(name='title') if l_0_title is missing else l_0_title))))
    yield ' – '
    yield escape(environment.finalize(context.eval_ctx, t_3(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'title'))))
    yield '</title>\n<style>\n'
    template = environment.get_template('_styles.css', 'diff.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'segments': l_0_segments}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '@media print {\n  @page {\n    @top-left { content: '
    yield escape(environment.finalize(context.eval_ctx, t_2(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'title'))))
    yield '; }\n    @top-right { content: '
    yield escape(environment.finalize(context.eval_ctx, t_2((undefined(name='title') if l_0_title is missing else l_0_title))))
    yield '; }\n    @bottom-right { content: '
    yield escape(environment.finalize(context.eval_ctx, t_1(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'page_of_pages'))))
    yield '; }\n  }\n}\n</style>\n</head>\n<body>\n<a class="skip-link" href="#innehall">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'skip_to_content')))
    yield '</a>\n<main id="innehall">\n<header>\n<h1>'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '</h1>\n<p>'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_comparison')))
    yield ' <strong>'
    yield escape(environment.finalize(context.eval_ctx, t_4(context, environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'title'))))
    yield '</strong> ('
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'period')))
    yield ') '
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_with')))
    yield ' <strong>'
    yield escape(environment.finalize(context.eval_ctx, t_4(context, environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'title'))))
    yield '</strong> ('
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'period')))
    yield ').</p>\n'
    if (undefined(name='marks_words') if l_0_marks_words is missing else l_0_marks_words):
        pass
        yield '<p class="note">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_legend')))
        yield ' <del>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_removed_words')))
        yield '</del> '
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'and')))
        yield ' <ins>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_added_words')))
        yield '</ins>.</p>\n'
    yield '</header>\n'
    if (undefined(name='equal') if l_0_equal is missing else l_0_equal):
        pass
        yield '<p>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_equal')))
        yield '</p>\n'
    l_1_loop = missing
    for l_1_section, l_1_loop in LoopContext((undefined(name='sections') if l_0_sections is missing else l_0_sections), undefined):
        _loop_vars = {}
        pass
        yield '<section aria-labelledby="avsnitt-'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_loop, 'index')))
        yield '">\n<h2 id="avsnitt-'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_loop, 'index')))
        yield '">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_section, 'heading')))
        yield '</h2>\n<ul>\n'
        for l_2_item in environment.getitem(l_1_section, 'items'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='segments') if l_0_segments is missing else l_0_segments), environment.getattr(l_2_item, 'parts'), _loop_vars=_loop_vars)))
            if environment.getattr(l_2_item, 'details'):
                pass
                yield '<ul>\n'
                for l_3_detail in environment.getattr(l_2_item, 'details'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='segments') if l_0_segments is missing else l_0_segments), l_3_detail, _loop_vars=_loop_vars)))
                    yield '</li>\n'
                l_3_detail = missing
                yield '</ul>\n'
            yield '</li>\n'
        l_2_item = missing
        yield '</ul>\n</section>\n'
    l_1_loop = l_1_section = missing
    yield '</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=44&3=49&6=85&10=87&12=91&15=98&16=100&17=102&23=104&26=106&27=108&28=120&29=123&32=132&33=135&35=138&36=142&37=144&39=148&40=152&42=156&43=160'