from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_indicators.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_indicators = resolve('indicators')
    l_0_labels = resolve('labels')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    if (undefined(name='indicators') if l_0_indicators is missing else l_0_indicators):
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'indicators')))
        yield '\n\n'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'indicators_note')))
        yield '\n'
        for l_1_indicator in (undefined(name='indicators') if l_0_indicators is missing else l_0_indicators):
            _loop_vars = {}
            pass
            yield '\n### '
            yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_1_indicator, 'name'))))
            yield '\n\n'
            yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_1_indicator, 'title'))))
            yield ' ('
            yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_1_indicator, 'kpi'))))
            yield '; '
            yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_1_indicator, 'better'))))
            yield ')\n\n| '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'indicator_area')))
            yield ' |'
            for l_2_year in environment.getattr(l_1_indicator, 'years'):
                _loop_vars = {}
                pass
                yield ' '
                yield str(environment.finalize(context.eval_ctx, l_2_year))
                yield ' |'
            l_2_year = missing
            yield ' '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'indicator_trend')))
            yield ' |\n| --- |'
            for l_2_year in environment.getattr(l_1_indicator, 'years'):
                _loop_vars = {}
                pass
                yield ' ---: |'
            l_2_year = missing
            yield ' --- |\n'
            for l_2_area in environment.getattr(l_1_indicator, 'areas'):
                _loop_vars = {}
                pass
                yield '| '
                yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_2_area, 'name'))))
                yield ' |'
                for l_3_value in environment.getitem(l_2_area, 'values'):
                    _loop_vars = {}
                    pass
                    yield ' '
                    yield str(environment.finalize(context.eval_ctx, l_3_value))
                    yield ' |'
                l_3_value = missing
                yield ' '
                if environment.getattr(environment.getattr(l_2_area, 'trend'), 'arrow'):
                    pass
                    yield str(environment.finalize(context.eval_ctx, environment.getattr(environment.getattr(l_2_area, 'trend'), 'arrow')))
                    yield ' '
                yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(environment.getattr(l_2_area, 'trend'), 'text'))))
                yield ' |\n'
            l_2_area = missing
            if environment.getattr(l_1_indicator, 'comparison'):
                pass
                yield '\n'
                yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_1_indicator, 'comparison'))))
                yield '\n'
            yield '\n'
            yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_1_indicator, 'source'))))
            yield '\n'
        l_1_indicator = missing

blocks = {}
debug_info = '2=19&4=22&6=24&7=26&9=30&11=32&13=38&14=50&15=56&16=60&18=77&20=80&23=83'