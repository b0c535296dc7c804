from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'checklist.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_index_files = resolve('index_files')
    l_0_labels = resolve('labels')
    l_0_plan = resolve('plan')
    l_0_count_text = resolve('count_text')
    l_0_date = resolve('date')
    l_0_summary = resolve('summary')
    l_0_reporting = resolve('reporting')
    l_0_status_counts = resolve('status_counts')
    l_0_status_heading = resolve('status_heading')
    l_0_followup_note = resolve('followup_note')
    l_0_intro = resolve('intro')
    l_0_group_headings = resolve('group_headings')
    l_0_groups = resolve('groups')
    l_0_is_body_checklist = resolve('is_body_checklist')
    l_0_evidence_links = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.filters['md_link']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md_link' found.")
    try:
        t_6 = environment.filters['md_url']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'md_url' found.")
    pass
    def macro(l_1_record):
        t_7 = []
        if l_1_record is missing:
            l_1_record = undefined("parameter 'record' was not provided", name='record')
        pass
        l_2_loop = missing
        for l_2_evidence, l_2_loop in LoopContext(environment.getattr(l_1_record, 'evidence'), undefined):
            _loop_vars = {}
            pass
            t_7.append(
                str(environment.finalize(context.eval_ctx, t_5(environment.getattr(l_2_evidence, 'text'), environment.getattr(l_2_evidence, 'href')))),
            )
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_7.append(
                    ', ',
                )
        l_2_loop = l_2_evidence = missing
        return concat(t_7)
    context.exported_vars.add('evidence_links')
    context.vars['evidence_links'] = l_0_evidence_links = Macro(environment, macro, 'evidence_links', ('record',), False, False, False, context.eval_ctx.autoescape)
    yield '# '
    yield str(environment.finalize(context.eval_ctx, t_4((undefined(name='title') if l_0_title is missing else l_0_title))))
    yield '\n\n'
    if ('md' in (undefined(name='index_files') if l_0_index_files is missing else l_0_index_files)):
        pass
        yield '['
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'back_to_index')))
        yield '](<'
        yield str(environment.finalize(context.eval_ctx, t_6(environment.getattr((undefined(name='index_files') if l_0_index_files is missing else l_0_index_files), 'md'))))
        yield '>)\n\n'
    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))))
    yield ' · '
    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'organisation'))))
    yield ' · '
    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'period')))
    yield ' '
    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'period'))))
    yield ' · '
    yield str(environment.finalize(context.eval_ctx, t_4((undefined(name='count_text') if l_0_count_text is missing else l_0_count_text))))
    if (undefined(name='date') if l_0_date is missing else l_0_date):
        pass
        yield ' · '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'generated')))
        yield ' '
        yield str(environment.finalize(context.eval_ctx, t_4((undefined(name='date') if l_0_date is missing else l_0_date))))
    yield '\n\n'
    if environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'roles'):
        pass
        yield '**'
        l_1_loop = missing
        for l_1_role, l_1_loop in LoopContext(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'roles'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_role, 'text'))))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ' · '
        l_1_loop = l_1_role = missing
        yield '**\n\n'
    if (undefined(name='reporting') if l_0_reporting is missing else l_0_reporting):
        pass
        yield '**'
        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='reporting') if l_0_reporting is missing else l_0_reporting), 'due_text'))))
        yield '.** '
        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='reporting') if l_0_reporting is missing else l_0_reporting), 'how'))))
        yield '\n\n'
    if (undefined(name='status_counts') if l_0_status_counts is missing else l_0_status_counts):
        pass
        yield '**'
        yield str(environment.finalize(context.eval_ctx, t_4((undefined(name='status_heading') if l_0_status_heading is missing else l_0_status_heading))))
        yield ':** '
        l_1_loop = missing
        for l_1_status, l_1_loop in LoopContext((undefined(name='status_counts') if l_0_status_counts is missing else l_0_status_counts), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(context.eval_ctx, environment.getattr(l_1_status, 'symbol')))
            yield ' '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_status, 'name'))))
            yield ' '
            yield str(environment.finalize(context.eval_ctx, environment.getattr(l_1_status, 'count')))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ' · '
        l_1_loop = l_1_status = missing
        yield '\n'
        yield str(environment.finalize(context.eval_ctx, t_4((undefined(name='followup_note') if l_0_followup_note is missing else l_0_followup_note))))
        yield '\n\n'
    if (undefined(name='intro') if l_0_intro is missing else l_0_intro):
        pass
        yield '## '
        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'heading'))))
        yield '\n\n'
        for l_1_paragraph in environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'paragraphs'):
            _loop_vars = {}
            pass
            yield str(environment.finalize(context.eval_ctx, t_4(l_1_paragraph)))
            yield '\n\n'
        l_1_paragraph = missing
        if environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'prerequisites'):
            pass
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'prerequisites_heading'))))
            yield '\n\n'
            for l_1_paragraph in environment.getattr((undefined(name='intro') if l_0_intro is missing else l_0_intro), 'prerequisites'):
                _loop_vars = {}
                pass
                yield '* '
                yield str(environment.finalize(context.eval_ctx, t_4(l_1_paragraph)))
                yield '\n'
            l_1_paragraph = missing
            yield '\n'
    if ((undefined(name='group_headings') if l_0_group_headings is missing else l_0_group_headings) and (undefined(name='groups') if l_0_groups is missing else l_0_groups)):
        pass
        yield '## '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'summary')))
        yield '\n\n'
        for l_1_group in environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'areas'):
            _loop_vars = {}
            pass
            yield '- ['
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'focus_area')))
            yield ' '
            yield str(environment.finalize(context.eval_ctx, environment.getattr(l_1_group, 'number')))
            yield ': '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_group, 'title'))))
            yield '](#'
            yield str(environment.finalize(context.eval_ctx, environment.getattr(l_1_group, 'md_anchor')))
            yield ') ('
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_group, 'count_text'))))
            yield ')\n'
        l_1_group = missing
        yield '\n'
    if (not (undefined(name='groups') if l_0_groups is missing else l_0_groups)):
        pass
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'no_actions')))
        yield '\n\n'
    l_1_loop = missing
    for l_1_group, l_1_loop in LoopContext((undefined(name='groups') if l_0_groups is missing else l_0_groups), undefined):
        _loop_vars = {}
        pass
        if (undefined(name='group_headings') if l_0_group_headings is missing else l_0_group_headings):
            pass
            if (not environment.getattr(l_1_loop, 'first')):
                pass
                yield '\n'
            yield '## <a name="'
            yield str(environment.finalize(context.eval_ctx, environment.getattr(l_1_group, 'md_anchor')))
            yield '"></a>'
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'focus_area')))
            yield ' '
            yield str(environment.finalize(context.eval_ctx, environment.getattr(l_1_group, 'number')))
            yield ': '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_1_group, 'title'))))
            yield '\n\n'
        for l_2_item in environment.getattr(l_1_group, 'items'):
            l_2_has_statuses = resolve('has_statuses')
            l_2_level_name = resolve('level_name')
            _loop_vars = {}
            pass
            yield '- ['
            yield str(environment.finalize(context.eval_ctx, ('x' if environment.getattr(l_2_item, 'done') else ' ')))
            yield '] **'
            yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'action')))
            yield ' '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_item, 'id'))))
            yield '** '
            yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_item, 'text'))))
            yield '\n'
            if (t_2(environment.getattr(l_2_item, 'examples')) == 1):
                pass
                yield '  - '
                yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'examples')))
                yield ': '
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getitem(environment.getattr(l_2_item, 'examples'), 0))))
                yield '\n'
            elif environment.getattr(l_2_item, 'examples'):
                pass
                yield '  - '
                yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'examples')))
                yield ':\n'
                for l_3_example in environment.getattr(l_2_item, 'examples'):
                    _loop_vars = {}
                    pass
                    yield '    - '
                    yield str(environment.finalize(context.eval_ctx, t_4(l_3_example)))
                    yield '\n'
                l_3_example = missing
            if (undefined(name='is_body_checklist') if l_0_is_body_checklist is missing else l_0_is_body_checklist):
                pass
                yield '  - '
                yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'role')))
                yield ': '
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_2_item, 'role'))))
                yield '\n'
            if ((undefined(name='has_statuses') if l_2_has_statuses is missing else l_2_has_statuses) and (undefined(name='is_body_checklist') if l_0_is_body_checklist is missing else l_0_is_body_checklist)):
                pass
                for l_3_record in environment.getattr(l_2_item, 'followup'):
                    _loop_vars = {}
                    pass
                    yield '  - '
                    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'status')))
                    yield ': '
                    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_record, 'status'))))
                    yield '\n'
                    if environment.getattr(l_3_record, 'date'):
                        pass
                        yield '  - '
                        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'date')))
                        yield ': '
                        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_record, 'date'))))
                        yield '\n'
                    if environment.getattr(l_3_record, 'comment'):
                        pass
                        yield '  - '
                        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'comment')))
                        yield ': '
                        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_record, 'comment'))))
                        yield '\n'
                    if environment.getattr(l_3_record, 'evidence'):
                        pass
                        yield '  - '
                        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'evidence')))
                        yield ': '
                        yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='evidence_links') if l_0_evidence_links is missing else l_0_evidence_links), l_3_record, _loop_vars=_loop_vars)))
                        yield '\n'
                l_3_record = missing
            elif (undefined(name='has_statuses') if l_2_has_statuses is missing else l_2_has_statuses):
                pass
                for l_3_record in environment.getattr(l_2_item, 'followup'):
                    _loop_vars = {}
                    pass
                    yield '  - '
                    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_record, 'body'))))
                    yield ' ('
                    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_record, 'role'))))
                    yield '): '
                    yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_record, 'status'))))
                    if environment.getattr(l_3_record, 'date'):
                        pass
                        yield ' · '
                        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'date')))
                        yield ' '
                        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_record, 'date'))))
                    if environment.getattr(l_3_record, 'comment'):
                        pass
                        yield ' · '
                        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'comment')))
                        yield ': '
                        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_record, 'comment'))))
                    if environment.getattr(l_3_record, 'evidence'):
                        pass
                        yield ' · '
                        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'evidence')))
                        yield ': '
                        yield str(environment.finalize(context.eval_ctx, context.call((undefined(name='evidence_links') if l_0_evidence_links is missing else l_0_evidence_links), l_3_record, _loop_vars=_loop_vars)))
                    yield '\n'
                l_3_record = missing
            if (undefined(name='is_body_checklist') if l_0_is_body_checklist is missing else l_0_is_body_checklist):
                pass
                if environment.getattr(l_2_item, 'also_responsible'):
                    pass
                    yield '  - '
                    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'also_responsible')))
                    yield ': '
                    yield str(environment.finalize(context.eval_ctx, t_1(context.eval_ctx, t_3(context, environment.getattr(l_2_item, 'also_responsible'), 'md'), ', ')))
                    yield '\n'
                if environment.getattr(l_2_item, 'also_co_responsible'):
                    pass
                    yield '  - '
                    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'co_responsible_bodies')))
                    yield ': '
                    yield str(environment.finalize(context.eval_ctx, t_1(context.eval_ctx, t_3(context, environment.getattr(l_2_item, 'also_co_responsible'), 'md'), ', ')))
                    yield '\n'
            elif (not (undefined(name='has_statuses') if l_2_has_statuses is missing else l_2_has_statuses)):
                pass
                yield '  - '
                yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'responsible')))
                yield ': '
                yield str(environment.finalize(context.eval_ctx, t_1(context.eval_ctx, t_3(context, environment.getattr(l_2_item, 'responsible'), 'md'), ', ')))
                yield '\n'
                if environment.getattr(l_2_item, 'co_responsible'):
                    pass
                    yield '  - '
                    yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'co_responsible')))
                    yield ': '
                    yield str(environment.finalize(context.eval_ctx, t_1(context.eval_ctx, t_3(context, environment.getattr(l_2_item, 'co_responsible'), 'md'), ', ')))
                    yield '\n'
            if environment.getattr(l_2_item, 'other_levels'):
                pass
                yield '  - '
                yield str(environment.finalize(context.eval_ctx, (environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'other_levels') if (undefined(name='level_name') if l_2_level_name is missing else l_2_level_name) else environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'level'))))
                yield ': '
                yield str(environment.finalize(context.eval_ctx, t_1(context.eval_ctx, t_3(context, environment.getattr(l_2_item, 'other_levels'), 'md'), ', ')))
                yield '\n'
            for l_3_detail in environment.getattr(l_2_item, 'details'):
                _loop_vars = {}
                pass
                yield '  - '
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_detail, 'label'))))
                yield ': '
                yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_detail, 'text'))))
                yield '\n'
            l_3_detail = missing
        l_2_item = l_2_has_statuses = l_2_level_name = missing
    l_1_loop = l_1_group = missing
    template = environment.get_template('_goals.md.j2', 'checklist.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'evidence_links': l_0_evidence_links}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if ((undefined(name='is_body_checklist') if l_0_is_body_checklist is missing else l_0_is_body_checklist) and environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'follow_up')):
        pass
        yield '\n## '
        yield str(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='labels') if l_0_labels is missing else l_0_labels), 'follow_up')))
        yield '\n\n'
        yield str(environment.finalize(context.eval_ctx, t_4(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'follow_up'))))
        yield '\n'

blocks = {}
debug_info = '2=63&3=69&5=85&7=87&8=90&11=94&14=110&15=114&18=123&19=126&22=130&23=133&25=149&28=151&29=154&31=156&32=159&35=162&36=164&40=166&41=170&46=174&47=177&49=179&50=183&54=195&55=197&58=200&59=203&60=205&63=209&66=217&67=223&68=231&69=234&70=238&71=241&72=243&73=247&76=250&77=253&79=257&80=259&81=263&82=267&83=270&85=274&86=277&88=281&89=284&92=289&93=291&94=295&98=320&99=322&100=325&102=329&103=332&105=336&106=339&107=343&108=346&111=350&112=353&114=357&115=361&119=368&120=374&122=377&124=379'