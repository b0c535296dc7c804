from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'diff.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_labels = resolve('labels')
    l_0_old = resolve('old')
    l_0_new = resolve('new')
    l_0_marks_words = resolve('marks_words')
    l_0_equal = resolve('equal')
    l_0_sections = resolve('sections')
    l_0_segments = missing
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    def macro(l_1_parts):
        t_2 = []
        if l_1_parts is missing:
            l_1_parts = undefined("parameter 'parts' was not provided", name='parts')
        pass
        for l_2_s in l_1_parts:
            _loop_vars = {}
            pass
            if environment.getattr(l_2_s, 'space'):
                pass
                t_2.append(
                    ' ',
                )
            if (environment.getattr(l_2_s, 'kind') == 'del'):
                pass
                t_2.extend((
                    '~~',
                    str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_2_s, 'text')))),
                    '~~',
                ))
            elif (environment.getattr(l_2_s, 'kind') == 'ins'):
                pass
                t_2.extend((
                    '**',
                    str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_2_s, 'text')))),
                    '**',
                ))
            else:
                pass
                t_2.append(
                    str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_2_s, 'text')))),
                )
        l_2_s = missing
        return concat(t_2)
    context.exported_vars.add('segments')
    context.vars['segments'] = l_0_segments = Macro(environment, macro, 'segments', ('parts',), False, False, False, context.eval_ctx.autoescape)
    yield '# '
    yield str(environment.finalize(context.eval_ctx, t_1((undefined(name='title') if l_0_title is missing else l_0_title))))
    yield '\n\n'
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_comparison')))
    yield ' **'
    yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'title'))))
    yield '** ('
    yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'period'))))
    yield ') '
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_with')))
    yield ' **'
    yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'title'))))
    yield '** ('
    yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'period'))))
    yield ').\n'
    if (undefined(name='marks_words') if l_0_marks_words is missing else l_0_marks_words):
        pass
        yield '\n'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_legend')))
        yield ' ~~'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_removed_words')))
        yield '~~ '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'and')))
        yield ' **'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_added_words')))
        yield '**.\n'
    if (undefined(name='equal') if l_0_equal is missing else l_0_equal):
        pass
        yield '\n'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'diff_equal')))
        yield '\n'
    for l_1_section in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
        _loop_vars = {}
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_1_section, 'heading'))))
        yield '\n\n'
        for l_2_item in environment.getitem(l_1_section, 'items'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='segments') if l_0_segments is missing else l_0_segments), environment.getattr(l_2_item, 'parts'), _loop_vars=_loop_vars)))
            yield '\n'
            for l_3_detail in environment.getattr(l_2_item, 'details'):
                _loop_vars = {}
                pass
                yield '  - '
                yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='segments') if l_0_segments is missing else l_0_segments), l_3_detail, _loop_vars=_loop_vars)))
                yield '\n'
            l_3_detail = missing
        l_2_item = missing
    l_1_section = missing

blocks = {}
debug_info = '2=25&3=30&5=62&7=64&8=76&10=79&12=87&14=90&16=92&18=96&20=98&21=102&22=104&23=108'