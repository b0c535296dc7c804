from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tillganglighet.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_title = resolve('title')
    l_0_service = resolve('service')
    l_0_labels = resolve('labels')
    l_0_index_files = resolve('index_files')
    l_0_publisher = resolve('publisher')
    l_0_compliance_id = resolve('compliance_id')
    l_0_compliance = resolve('compliance')
    l_0_gaps = resolve('gaps')
    l_0_own_gaps = resolve('own_gaps')
    l_0_disproportionate_burden = resolve('disproportionate_burden')
    l_0_out_of_scope = resolve('out_of_scope')
    l_0_methods = resolve('methods')
    l_0_assessed = resolve('assessed')
    l_0_updated = resolve('updated')
    l_0_feedback_email = resolve('feedback_email')
    l_0_feedback_url = resolve('feedback_url')
    l_0_complaints_url = resolve('complaints_url')
    try:
        t_1 = environment.filters['href']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'href' found.")
    try:
        t_2 = environment.filters['isolate']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'isolate' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='lang') if l_0_lang is missing else l_0_lang)))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.finalize(context.eval_ctx, t_2((undefined(name='title') if l_0_title is missing else l_0_title))))
    yield ' – '
    yield escape(environment.finalize(context.eval_ctx, t_2((undefined(name='service') if l_0_service is missing else l_0_service))))
    yield '</title>\n<style>\n'
    template = environment.get_template('_styles.css', 'tillganglighet.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</style>\n</head>\n<body>\n<a class="skip-link" href="#innehall">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'skip_to_content')))
    yield '</a>\n<main id="innehall">\n<header>\n<p class="back no-print"><a href="'
    yield escape(environment.finalize(context.eval_ctx, t_1(environment.getattr((undefined(name='index_files') if l_0_index_files is missing else l_0_index_files), 'html'))))
    yield '"><span aria-hidden="true">← </span>'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'back_to_index')))
    yield '</a></p>\n<h1>'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '</h1>\n<p class="plan-title">'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='service') if l_0_service is missing else l_0_service)))
    yield '</p>\n</header>\n<p id="aktor">'
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_intro'), 'format'), publisher=(undefined(name='publisher') if l_0_publisher is missing else l_0_publisher), service=(undefined(name='service') if l_0_service is missing else l_0_service))))
    yield '</p>\n<section aria-labelledby="forenlighet">\n<h2 id="forenlighet">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_compliance_heading')))
    yield '</h2>\n<p id="status" data-compliance="'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='compliance_id') if l_0_compliance_id is missing else l_0_compliance_id)))
    yield '">'
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_compliance'), 'format'), compliance=(undefined(name='compliance') if l_0_compliance is missing else l_0_compliance))))
    yield '</p>\n</section>\n<section aria-labelledby="brister">\n<h2 id="brister">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_gaps_heading')))
    yield '</h2>\n'
    if (undefined(name='gaps') if l_0_gaps is missing else l_0_gaps):
        pass
        yield '<p>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_gaps_publisher')))
        yield '</p>\n<ul class="gaps">\n'
        for l_1_gap in (undefined(name='gaps') if l_0_gaps is missing else l_0_gaps):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_gap, 'content')))
            yield ' <span class="reason">'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_reason')))
            yield ': '
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_gap, 'reason')))
            yield '</span></li>\n'
        l_1_gap = missing
        yield '</ul>\n'
    yield '<p>'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_gaps_own')))
    yield '</p>\n<ul class="gaps" id="valdplans-brister">\n'
    for l_1_gap in (undefined(name='own_gaps') if l_0_own_gaps is missing else l_0_own_gaps):
        _loop_vars = {}
        pass
        yield '<li>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_gap, 'content')))
        yield ' <span class="reason">'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_reason')))
        yield ': '
        yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_gap, 'reason')))
        yield '</span></li>\n'
    l_1_gap = missing
    yield '</ul>\n<h3 id="oskaligt-betungande">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_burden_heading')))
    yield '</h3>\n'
    if (undefined(name='disproportionate_burden') if l_0_disproportionate_burden is missing else l_0_disproportionate_burden):
        pass
        yield '<ul>\n'
        for l_1_item in (undefined(name='disproportionate_burden') if l_0_disproportionate_burden is missing else l_0_disproportionate_burden):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(context.eval_ctx, l_1_item))
            yield '</li>\n'
        l_1_item = missing
        yield '</ul>\n'
    else:
        pass
        yield '<p>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_none')))
        yield '</p>\n'
    yield '<h3 id="utanfor-lagen">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_scope_heading')))
    yield '</h3>\n'
    if (undefined(name='out_of_scope') if l_0_out_of_scope is missing else l_0_out_of_scope):
        pass
        yield '<ul>\n'
        for l_1_item in (undefined(name='out_of_scope') if l_0_out_of_scope is missing else l_0_out_of_scope):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(context.eval_ctx, l_1_item))
            yield '</li>\n'
        l_1_item = missing
        yield '</ul>\n'
    else:
        pass
        yield '<p>'
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_none')))
        yield '</p>\n'
    yield '</section>\n<section aria-labelledby="metod">\n<h2 id="metod">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_method_heading')))
    yield '</h2>\n<ul id="metoder">\n'
    for l_1_method in (undefined(name='methods') if l_0_methods is missing else l_0_methods):
        _loop_vars = {}
        pass
        yield '<li>'
        yield escape(environment.finalize(context.eval_ctx, l_1_method))
        yield '</li>\n'
    l_1_method = missing
    yield '</ul>\n<p id="bedomd"><time datetime="'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='assessed') if l_0_assessed is missing else l_0_assessed)))
    yield '">'
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_assessed'), 'format'), date=(undefined(name='assessed') if l_0_assessed is missing else l_0_assessed))))
    yield '</time></p>\n<p id="uppdaterad"><time datetime="'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='updated') if l_0_updated is missing else l_0_updated)))
    yield '">'
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr(environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_updated'), 'format'), date=(undefined(name='updated') if l_0_updated is missing else l_0_updated))))
    yield '</time></p>\n</section>\n<section aria-labelledby="synpunkter">\n<h2 id="synpunkter">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_feedback_heading')))
    yield '</h2>\n<p id="aterkoppling">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_feedback')))
    yield ' <a href="mailto:'
    yield escape(environment.finalize(context.eval_ctx, t_1((undefined(name='feedback_email') if l_0_feedback_email is missing else l_0_feedback_email))))
    yield '">'
    yield escape(environment.finalize(context.eval_ctx, (undefined(name='feedback_email') if l_0_feedback_email is missing else l_0_feedback_email)))
    yield '</a>'
    if (undefined(name='feedback_url') if l_0_feedback_url is missing else l_0_feedback_url):
        pass
        yield ' '
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_feedback_form')))
        yield ': <a href="'
        yield escape(environment.finalize(context.eval_ctx, t_1((undefined(name='feedback_url') if l_0_feedback_url is missing else l_0_feedback_url))))
        yield '">'
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='feedback_url') if l_0_feedback_url is missing else l_0_feedback_url)))
        yield '</a>'
    yield '.</p>\n</section>\n<section aria-labelledby="tillsyn">\n<h2 id="tillsyn">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_enforcement_heading')))
    yield '</h2>\n<p>'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_enforcement')))
    yield ' <a id="anmalan" href="'
    yield escape(environment.finalize(context.eval_ctx, t_1((undefined(name='complaints_url') if l_0_complaints_url is missing else l_0_complaints_url))))
    yield '">'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'a11y_complaint_link')))
    yield '</a>.</p>\n</section>\n</main>\n'
    template = environment.get_template('_footer.html.j2', 'tillganglighet.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</body>\n</html>\n'

blocks = {}
debug_info = '3=42&7=44&9=48&13=55&16=57&17=61&18=63&20=65&22=67&23=69&26=73&27=75&28=78&30=80&31=84&35=93&37=95&38=99&41=107&42=109&44=112&45=116&49=123&51=126&52=128&54=131&55=135&59=142&63=145&65=147&66=151&69=155&70=159&73=163&74=165&77=181&78=183&81=189'