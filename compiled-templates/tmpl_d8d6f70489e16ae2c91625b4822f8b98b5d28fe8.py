from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_indicators.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_indicators = resolve('indicators')
    l_0_labels = resolve('labels')
    try:
        t_1 = environment.filters['plan_text']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'plan_text' found.")
    pass
    if (undefined(name='indicators') if l_0_indicators is missing else l_0_indicators):
        pass
        yield '<section aria-labelledby="indikatorer">\n<h2 id="indikatorer">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'indicators')))
        yield '</h2>\n<p class="note">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'indicators_note')))
        yield '</p>\n'
        for l_1_indicator in (undefined(name='indicators') if l_0_indicators is missing else l_0_indicators):
            _loop_vars = {}
            pass
            yield '<section class="indicator" aria-labelledby="indikator-'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_indicator, 'kpi')))
            yield '">\n<h3 id="indikator-'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_indicator, 'kpi')))
            yield '">'
            yield escape(environment.finalize(context.eval_ctx, t_1(context, environment.getattr(l_1_indicator, 'name'))))
            yield '</h3>\n<p>'
            yield escape(environment.finalize(context.eval_ctx, t_1(context, environment.getattr(l_1_indicator, 'title'))))
            yield ' ('
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_indicator, 'kpi')))
            yield '; '
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_indicator, 'better')))
            yield ')</p>\n<div class="table-wrap" role="region" aria-labelledby="tabell-'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_indicator, 'kpi')))
            yield '" tabindex="0">\n<table class="indicator-table">\n<caption id="tabell-'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_indicator, 'kpi')))
            yield '">'
            yield escape(environment.finalize(context.eval_ctx, t_1(context, environment.getattr(l_1_indicator, 'name'))))
            yield '</caption>\n<thead>\n<tr>\n<th scope="col">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'indicator_area')))
            yield '</th>\n'
            for l_2_year in environment.getattr(l_1_indicator, 'years'):
                _loop_vars = {}
                pass
                yield '<th scope="col">'
                yield escape(environment.finalize(context.eval_ctx, l_2_year))
                yield '</th>\n'
            l_2_year = missing
            yield '<th scope="col">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'indicator_trend')))
            yield '</th>\n</tr>\n</thead>\n<tbody>\n'
            for l_2_area in environment.getattr(l_1_indicator, 'areas'):
                _loop_vars = {}
                pass
                yield '<tr>\n<th scope="row">'
                yield escape(environment.finalize(context.eval_ctx, t_1(context, environment.getattr(l_2_area, 'name'))))
                yield '</th>\n'
                for l_3_value in environment.getitem(l_2_area, 'values'):
                    _loop_vars = {}
                    pass
                    yield '<td>'
                    yield escape(environment.finalize(context.eval_ctx, l_3_value))
                    yield '</td>\n'
                l_3_value = missing
                yield '<td class="trend">'
                if environment.getattr(environment.getattr(l_2_area, 'trend'), 'arrow'):
                    pass
                    yield '<span aria-hidden="true">'
                    yield escape(environment.finalize(context.eval_ctx, environment.getattr(environment.getattr(l_2_area, 'trend'), 'arrow')))
                    yield ' </span>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(environment.getattr(l_2_area, 'trend'), 'text')))
                yield '</td>\n</tr>\n'
            l_2_area = missing
            yield '</tbody>\n</table>\n</div>\n'
            if environment.getattr(l_1_indicator, 'comparison'):
                pass
                yield '<p>'
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_indicator, 'comparison')))
                yield '</p>\n'
            yield '<p class="note source">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_indicator, 'source')))
            yield '</p>\n</section>\n'
        l_1_indicator = missing
        yield '</section>\n'

blocks = {}
debug_info = '2=19&4=22&5=24&6=26&7=30&8=32&9=36&10=42&12=44&15=48&16=50&17=54&19=58&23=60&25=64&26=66&27=70&29=74&35=83&36=86&38=89'