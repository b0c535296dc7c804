from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_footer.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_labels = resolve('labels')
    try:
        t_1 = environment.filters['href']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'href' found.")
    try:
        t_2 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    if (t_2((undefined(name='site') if l_0_site is missing else l_0_site)) and (undefined(name='site') if l_0_site is missing else l_0_site)):
        pass
        yield '<footer class="site-footer">\n<p><a href="'
        yield escape(environment.finalize(context.eval_ctx, t_1(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'statement'))))
        yield '">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_link')))
        yield '</a></p>\n</footer>\n'

blocks = {}
debug_info = '2=25&4=28'