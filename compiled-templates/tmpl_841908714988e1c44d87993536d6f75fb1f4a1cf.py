from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_goals.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_goals = resolve('goals')
    l_0_labels = resolve('labels')
    try:
        t_1 = environment.filters['href']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'href' found.")
    try:
        t_2 = environment.filters['plan_text']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'plan_text' found.")
    pass
    if (undefined(name='goals') if l_0_goals is missing else l_0_goals):
        pass
        yield '<section aria-labelledby="mal">\n<h2 id="mal">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goals')))
        yield '</h2>\n<p>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goals_served')))
        yield '</p>\n<ul class="goals">\n'
        for l_1_goal in (undefined(name='goals') if l_0_goals is missing else l_0_goals):
            _loop_vars = {}
            pass
            yield '<li>'
            if environment.getattr(l_1_goal, 'url'):
                pass
                yield '<a href="'
                yield escape(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_1_goal, 'url'))))
                yield '">'
                yield escape(environment.finalize(context.eval_ctx, t_2(context, environment.getattr(l_1_goal, 'name'))))
                yield '</a>'
            else:
                pass
                yield escape(environment.finalize(context.eval_ctx, t_2(context, environment.getattr(l_1_goal, 'name'))))
            yield ' ('
            yield escape(environment.finalize(context.eval_ctx, environment.getitem((undefined(name='labels') if l_0_labels is missing else l_0_labels), environment.getattr(l_1_goal, 'level'))))
            yield '; '
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goal_source')))
            yield ': '
            yield escape(environment.finalize(context.eval_ctx, t_2(context, environment.getattr(l_1_goal, 'source'))))
            yield ')</li>\n'
        l_1_goal = missing
        yield '</ul>\n</section>\n'

blocks = {}
debug_info = '2=25&4=28&5=30&7=32&8=36'