from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_goals.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_goals = resolve('goals')
    l_0_labels = resolve('labels')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_2 = environment.filters['md_url']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_url' found.")
    pass
    if (undefined(name='goals') if l_0_goals is missing else l_0_goals):
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goals')))
        yield '\n\n'
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goals_served')))
        yield '\n\n'
        for l_1_goal in (undefined(name='goals') if l_0_goals is missing else l_0_goals):
            _loop_vars = {}
            pass
            yield '- '
            if environment.getattr(l_1_goal, 'url'):
                pass
                yield '['
                yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_1_goal, 'name'))))
                yield '](<'
                yield str(environment.finalize(context.eval_ctx, t_2(environment.getattr(l_1_goal, 'url'))))
                yield '>)'
            else:
                pass
                yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_1_goal, 'name'))))
            yield ' ('
            yield str(environment.finalize(context.eval_ctx, environment.getitem((undefined(name='labels') if l_0_labels is missing else l_0_labels), environment.getattr(l_1_goal, 'level'))))
            yield '; '
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'goal_source')))
            yield ': '
            yield str(environment.finalize(context.eval_ctx, t_1(environment.getattr(l_1_goal, 'source'))))
            yield ')\n'
        l_1_goal = missing

blocks = {}
debug_info = '2=25&4=28&6=30&8=32&9=36'