from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'parts.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_action_tables = l_0_funding_table = l_0_signature_blocks = l_0_origin = l_0_document_date = l_0_mark = l_0_indicator_table = l_0_dashboard = l_0_budget = l_0_colophon = missing
    try:
        t_1 = environment.filters['amount']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'amount' found.")
    try:
        t_2 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_3 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_4 = environment.filters['md_mark']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md_mark' found.")
    try:
        t_5 = environment.filters['measure']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'measure' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_action):
        t_7 = []
        if l_1_action is missing:
            l_1_action = undefined("parameter 'action' was not provided", name='action')
        pass
        t_7.append(
            '| Indicateur | Unité | Référence |',
        )
        for l_2_year in environment.getattr(l_1_action, 'years'):
            _loop_vars = {}
            pass
            t_7.extend((
                ' ',
                str(l_2_year),
                ' |',
            ))
        l_2_year = missing
        t_7.append(
            '\n|---|---|---:|',
        )
        for l_2_year in environment.getattr(l_1_action, 'years'):
            _loop_vars = {}
            pass
            t_7.append(
                '---:|',
            )
        l_2_year = missing
        t_7.append(
            '\n',
        )
        for l_2_indicator in environment.getattr(l_1_action, 'indicators'):
            _loop_vars = {}
            pass
            t_7.extend((
                '| ',
                str(t_3(environment.getattr(l_2_indicator, 'label'))),
                ' | ',
                str(t_3(environment.getattr(l_2_indicator, 'unit_label'))),
                ' | ',
            ))
            if (not t_6(environment.getattr(l_2_indicator, 'baseline'))):
                pass
                t_7.extend((
                    str(t_3(t_5(environment.getattr(l_2_indicator, 'baseline'), environment.getattr(l_2_indicator, 'unit')))),
                    str(t_4(environment.getattr(l_2_indicator, 'baseline_illustrative'))),
                    ' (',
                    str(environment.getattr(l_2_indicator, 'baseline_year')),
                    ')',
                ))
            else:
                pass
                t_7.append(
                    '—',
                )
            t_7.append(
                ' |',
            )
            for l_3_target in environment.getattr(l_2_indicator, 'targets'):
                _loop_vars = {}
                pass
                t_7.append(
                    ' ',
                )
                if (not t_6(l_3_target)):
                    pass
                    t_7.append(
                        str(t_3(t_5(l_3_target, environment.getattr(l_2_indicator, 'unit')))),
                    )
                else:
                    pass
                    t_7.append(
                        '—',
                    )
                t_7.append(
                    ' |',
                )
            l_3_target = missing
            t_7.append(
                '\n',
            )
        l_2_indicator = missing
        if (not environment.getattr(environment.getattr(l_1_action, 'funding'), 'empty')):
            pass
            t_7.append(
                '\nFinancement de l’action :\n\n',
            )
            l_2_loop = missing
            for l_2_row, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_action, 'funding'), 'rows'), undefined):
                _loop_vars = {}
                pass
                t_7.extend((
                    '- ',
                    str(t_3(environment.getattr(l_2_row, 'label'))),
                    ' : ',
                ))
                l_3_loop = missing
                for l_3_amount, l_3_loop in LoopContext(environment.getattr(l_2_row, 'amounts'), undefined):
                    _loop_vars = {}
                    pass
                    if (not t_6(l_3_amount)):
                        pass
                        t_7.append(
                            str(t_3(t_1(l_3_amount))),
                        )
                    else:
                        pass
                        t_7.append(
                            '—',
                        )
                    t_7.extend((
                        ' en ',
                        str(environment.getitem(environment.getattr(environment.getattr(l_1_action, 'funding'), 'years'), environment.getattr(l_3_loop, 'index0'))),
                        str((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 16 in 'parts.md.j2' evaluated to false and no else section was defined."))),
                    ))
                l_3_loop = l_3_amount = missing
                t_7.extend((
                    ' ; total ',
                    str(t_3(t_1(environment.getattr(l_2_row, 'total')))),
                    '.\n',
                ))
            l_2_loop = l_2_row = missing
        return concat(t_7)
    context.exported_vars.add('action_tables')
    context.vars['action_tables'] = l_0_action_tables = Macro(environment, macro, 'action_tables', ('action',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_funding):
        t_8 = []
        if l_1_funding is missing:
            l_1_funding = undefined("parameter 'funding' was not provided", name='funding')
        pass
        t_8.append(
            '| Source |',
        )
        for l_2_year in environment.getattr(l_1_funding, 'years'):
            _loop_vars = {}
            pass
            t_8.extend((
                ' ',
                str(l_2_year),
                ' |',
            ))
        l_2_year = missing
        t_8.append(
            ' Total |\n|---|',
        )
        for l_2_year in environment.getattr(l_1_funding, 'years'):
            _loop_vars = {}
            pass
            t_8.append(
                '---:|',
            )
        l_2_year = missing
        t_8.append(
            '---:|\n',
        )
        l_2_loop = missing
        for l_2_row, l_2_loop in LoopContext(environment.getattr(l_1_funding, 'rows'), undefined):
            _loop_vars = {}
            pass
            t_8.extend((
                '| ',
                str(t_3(environment.getattr(l_2_row, 'label'))),
                ' |',
            ))
            l_3_loop = missing
            for l_3_amount, l_3_loop in LoopContext(environment.getattr(l_2_row, 'amounts'), undefined):
                _loop_vars = {}
                pass
                t_8.append(
                    ' ',
                )
                if (not t_6(l_3_amount)):
                    pass
                    t_8.extend((
                        str(t_3(t_1(l_3_amount))),
                        str(t_4(environment.call(context, environment.getattr(l_2_row, 'illustrative_for'), environment.getitem(environment.getattr(l_1_funding, 'years'), environment.getattr(l_3_loop, 'index0')), _loop_vars=_loop_vars))),
                    ))
                else:
                    pass
                    t_8.append(
                        '—',
                    )
                t_8.append(
                    ' |',
                )
            l_3_loop = l_3_amount = missing
            t_8.extend((
                ' ',
                str(t_3(t_1(environment.getattr(l_2_row, 'total')))),
                ' |\n',
            ))
        l_2_loop = l_2_row = missing
        t_8.append(
            '| **Total** |',
        )
        for l_2_total in environment.getattr(l_1_funding, 'totals'):
            _loop_vars = {}
            pass
            t_8.extend((
                ' **',
                str(t_3(t_1(l_2_total))),
                '** |',
            ))
        l_2_total = missing
        t_8.extend((
            ' **',
            str(t_3(t_1(environment.getattr(l_1_funding, 'total')))),
            '** |\n',
        ))
        return concat(t_8)
    context.exported_vars.add('funding_table')
    context.vars['funding_table'] = l_0_funding_table = Macro(environment, macro, 'funding_table', ('funding',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_signatures, l_1_state, l_1_ars, l_1_collectivity):
        t_9 = []
        if l_1_signatures is missing:
            l_1_signatures = undefined("parameter 'signatures' was not provided", name='signatures')
        if l_1_state is missing:
            l_1_state = undefined("parameter 'state' was not provided", name='state')
        if l_1_ars is missing:
            l_1_ars = undefined("parameter 'ars' was not provided", name='ars')
        if l_1_collectivity is missing:
            l_1_collectivity = undefined("parameter 'collectivity' was not provided", name='collectivity')
        pass
        t_10 = 1
        for l_2_block in l_1_signatures:
            _loop_vars = {}
            pass
            t_9.extend((
                '- **Pour ',
                str(t_3(environment.getattr(environment.getattr(l_2_block, 'party'), 'the'))),
                '**',
            ))
            if environment.getattr(l_2_block, 'delegation'):
                pass
                t_9.append(
                    ', par délégation',
                )
            t_9.extend((
                ' : ',
                str(t_3(environment.getattr(l_2_block, 'text'))),
                '\n',
            ))
            t_10 = 0
        l_2_block = missing
        if t_10:
            pass
            t_9.extend((
                '- **Pour ',
                str(t_3(environment.getattr(l_1_state, 'the'))),
                '** : …\n- **Pour ',
                str(t_3(environment.getattr(l_1_ars, 'the'))),
                '** : …\n- **Pour ',
                str(t_3(environment.getattr(l_1_collectivity, 'the'))),
                '** : …\n',
            ))
        return concat(t_9)
    context.exported_vars.add('signature_blocks')
    context.vars['signature_blocks'] = l_0_signature_blocks = Macro(environment, macro, 'signature_blocks', ('signatures', 'state', 'ars', 'collectivity'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_provenance):
        t_11 = []
        if l_1_provenance is missing:
            l_1_provenance = undefined("parameter 'provenance' was not provided", name='provenance')
        pass
        t_11.extend((
            str(t_3(environment.getattr(l_1_provenance, 'path'))),
            ', ',
        ))
        if (environment.getattr(l_1_provenance, 'state') == 'outside-git'):
            pass
            t_11.append(
                'fichier hors de tout dépôt git',
            )
        elif (environment.getattr(l_1_provenance, 'state') == 'untracked'):
            pass
            t_11.append(
                'fichier non suivi par git (aucun commit)',
            )
        else:
            pass
            t_11.extend((
                'commit ',
                str(t_3(environment.getattr(l_1_provenance, 'short_commit'))),
                ' du ',
                str(t_3(t_2(environment.getattr(l_1_provenance, 'commit_date')))),
            ))
            if (environment.getattr(l_1_provenance, 'state') == 'modified'):
                pass
                t_11.append(
                    ', avec des modifications non commitées',
                )
        return concat(t_11)
    context.exported_vars.add('origin')
    context.vars['origin'] = l_0_origin = Macro(environment, macro, 'origin', ('provenance',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_provenance):
        t_12 = []
        if l_1_provenance is missing:
            l_1_provenance = undefined("parameter 'provenance' was not provided", name='provenance')
        pass
        if environment.getattr(l_1_provenance, 'date'):
            pass
            t_12.append(
                str(t_3(t_2(environment.getattr(l_1_provenance, 'date')))),
            )
            if environment.getattr(l_1_provenance, 'from_environment'):
                pass
                t_12.append(
                    ' (SOURCE\\_DATE\\_EPOCH)',
                )
        else:
            pass
            t_12.append(
                'non déterminée (ni commit ni SOURCE\\_DATE\\_EPOCH)',
            )
        return concat(t_12)
    context.exported_vars.add('document_date')
    context.vars['document_date'] = l_0_document_date = Macro(environment, macro, 'document_date', ('provenance',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_flag):
        t_13 = []
        if l_1_flag is missing:
            l_1_flag = undefined("parameter 'flag' was not provided", name='flag')
        pass
        t_13.append(
            str(t_4(l_1_flag)),
        )
        return concat(t_13)
    context.exported_vars.add('mark')
    context.vars['mark'] = l_0_mark = Macro(environment, macro, 'mark', ('flag',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_action):
        t_14 = []
        if l_1_action is missing:
            l_1_action = undefined("parameter 'action' was not provided", name='action')
        pass
        t_14.append(
            '| Indicateur | Unité | Référence |',
        )
        for l_2_year in environment.getattr(l_1_action, 'years'):
            _loop_vars = {}
            pass
            t_14.extend((
                ' ',
                str(l_2_year),
                ' |',
            ))
        l_2_year = missing
        t_14.append(
            '\n|---|---|---:|',
        )
        for l_2_year in environment.getattr(l_1_action, 'years'):
            _loop_vars = {}
            pass
            t_14.append(
                '---:|',
            )
        l_2_year = missing
        t_14.append(
            '\n',
        )
        l_2_loop = missing
        for l_2_indicator, l_2_loop in LoopContext(environment.getattr(l_1_action, 'indicators'), undefined):
            _loop_vars = {}
            pass
            t_14.extend((
                '| ',
                str(t_3(environment.getattr(l_2_indicator, 'label'))),
                ' | ',
                str(t_3(environment.getattr(l_2_indicator, 'unit_label'))),
                ' | ',
            ))
            if (not t_6(environment.getattr(l_2_indicator, 'baseline'))):
                pass
                t_14.extend((
                    str(t_3(t_5(environment.getattr(l_2_indicator, 'baseline'), environment.getattr(l_2_indicator, 'unit')))),
                    str(t_4(environment.getattr(l_2_indicator, 'baseline_illustrative'))),
                    ' (',
                    str(environment.getattr(l_2_indicator, 'baseline_year')),
                    ')',
                ))
            else:
                pass
                t_14.append(
                    '—',
                )
            t_14.append(
                ' |',
            )
            l_3_loop = missing
            for l_3_target, l_3_loop in LoopContext(environment.getattr(l_2_indicator, 'targets'), undefined):
                _loop_vars = {}
                pass
                t_14.append(
                    ' ',
                )
                if (not t_6(l_3_target)):
                    pass
                    t_14.extend((
                        str(t_3(t_5(l_3_target, environment.getattr(l_2_indicator, 'unit')))),
                        str(t_4(environment.getitem(environment.getattr(l_2_indicator, 'targets_illustrative'), environment.getattr(l_3_loop, 'index0')))),
                    ))
                else:
                    pass
                    t_14.append(
                        '—',
                    )
                t_14.append(
                    ' |',
                )
            l_3_loop = l_3_target = missing
            t_14.append(
                '\n',
            )
        l_2_loop = l_2_indicator = missing
        return concat(t_14)
    context.exported_vars.add('indicator_table')
    context.vars['indicator_table'] = l_0_indicator_table = Macro(environment, macro, 'indicator_table', ('action',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_actions, l_1_years):
        t_15 = []
        if l_1_actions is missing:
            l_1_actions = undefined("parameter 'actions' was not provided", name='actions')
        if l_1_years is missing:
            l_1_years = undefined("parameter 'years' was not provided", name='years')
        pass
        t_15.append(
            '| Action | Indicateur | Unité | Référence |',
        )
        for l_2_year in l_1_years:
            _loop_vars = {}
            pass
            t_15.extend((
                ' ',
                str(l_2_year),
                ' |',
            ))
        l_2_year = missing
        t_15.append(
            '\n|---:|---|---|---:|',
        )
        for l_2_year in l_1_years:
            _loop_vars = {}
            pass
            t_15.append(
                '---:|',
            )
        l_2_year = missing
        t_15.append(
            '\n',
        )
        for l_2_action in l_1_actions:
            _loop_vars = {}
            pass
            for l_3_indicator in environment.getattr(l_2_action, 'indicators'):
                _loop_vars = {}
                pass
                t_15.extend((
                    '| ',
                    str(environment.getattr(l_2_action, 'number')),
                    ' | ',
                    str(t_3(environment.getattr(l_3_indicator, 'label'))),
                    ' | ',
                    str(t_3(environment.getattr(l_3_indicator, 'unit_label'))),
                    ' | ',
                ))
                if (not t_6(environment.getattr(l_3_indicator, 'baseline'))):
                    pass
                    t_15.extend((
                        str(t_3(t_5(environment.getattr(l_3_indicator, 'baseline'), environment.getattr(l_3_indicator, 'unit')))),
                        str(t_4(environment.getattr(l_3_indicator, 'baseline_illustrative'))),
                        ' (',
                        str(environment.getattr(l_3_indicator, 'baseline_year')),
                        ')',
                    ))
                else:
                    pass
                    t_15.append(
                        '—',
                    )
                t_15.append(
                    ' |',
                )
                for l_4_year in l_1_years:
                    l_4_target = missing
                    _loop_vars = {}
                    pass
                    l_4_target = environment.call(context, environment.getattr(l_3_indicator, 'target_for'), l_4_year, _loop_vars=_loop_vars)
                    _loop_vars['target'] = l_4_target
                    t_15.append(
                        ' ',
                    )
                    if (not t_6((undefined(name='target') if l_4_target is missing else l_4_target))):
                        pass
                        t_15.extend((
                            str(t_3(t_5((undefined(name='target') if l_4_target is missing else l_4_target), environment.getattr(l_3_indicator, 'unit')))),
                            str(t_4(environment.call(context, environment.getattr(l_3_indicator, 'illustrative_for'), l_4_year, _loop_vars=_loop_vars))),
                        ))
                    else:
                        pass
                        t_15.append(
                            '—',
                        )
                    t_15.append(
                        ' |',
                    )
                l_4_year = l_4_target = missing
                t_15.append(
                    '\n',
                )
            l_3_indicator = missing
        l_2_action = missing
        return concat(t_15)
    context.exported_vars.add('dashboard')
    context.vars['dashboard'] = l_0_dashboard = Macro(environment, macro, 'dashboard', ('actions', 'years'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_actions, l_1_funding):
        t_16 = []
        if l_1_actions is missing:
            l_1_actions = undefined("parameter 'actions' was not provided", name='actions')
        if l_1_funding is missing:
            l_1_funding = undefined("parameter 'funding' was not provided", name='funding')
        pass
        t_16.append(
            '| Action | Source |',
        )
        for l_2_year in environment.getattr(l_1_funding, 'years'):
            _loop_vars = {}
            pass
            t_16.extend((
                ' ',
                str(l_2_year),
                ' |',
            ))
        l_2_year = missing
        t_16.append(
            ' Total |\n|---:|---|',
        )
        for l_2_year in environment.getattr(l_1_funding, 'years'):
            _loop_vars = {}
            pass
            t_16.append(
                '---:|',
            )
        l_2_year = missing
        t_16.append(
            '---:|\n',
        )
        for l_2_action in l_1_actions:
            _loop_vars = {}
            pass
            for l_3_row in environment.getattr(environment.getattr(l_2_action, 'funding'), 'rows'):
                _loop_vars = {}
                pass
                t_16.extend((
                    '| ',
                    str(environment.getattr(l_2_action, 'number')),
                    ' | ',
                    str(t_3(environment.getattr(l_3_row, 'label'))),
                    ' |',
                ))
                for l_4_year in environment.getattr(l_1_funding, 'years'):
                    l_4_amount = missing
                    _loop_vars = {}
                    pass
                    l_4_amount = environment.call(context, environment.getattr(l_3_row, 'amount_for'), l_4_year, _loop_vars=_loop_vars)
                    _loop_vars['amount'] = l_4_amount
                    t_16.append(
                        ' ',
                    )
                    if (not t_6((undefined(name='amount') if l_4_amount is missing else l_4_amount))):
                        pass
                        t_16.extend((
                            str(t_3(t_1((undefined(name='amount') if l_4_amount is missing else l_4_amount)))),
                            str(t_4(environment.call(context, environment.getattr(l_3_row, 'illustrative_for'), l_4_year, _loop_vars=_loop_vars))),
                        ))
                    else:
                        pass
                        t_16.append(
                            '—',
                        )
                    t_16.append(
                        ' |',
                    )
                l_4_year = l_4_amount = missing
                t_16.extend((
                    ' ',
                    str(t_3(t_1(environment.getattr(l_3_row, 'total')))),
                    ' |\n',
                ))
            l_3_row = missing
        l_2_action = missing
        l_2_loop = missing
        for l_2_row, l_2_loop in LoopContext(environment.getattr(l_1_funding, 'rows'), undefined):
            _loop_vars = {}
            pass
            t_16.extend((
                '| **Total** | **',
                str(t_3(environment.getattr(l_2_row, 'label'))),
                '** |',
            ))
            l_3_loop = missing
            for l_3_amount, l_3_loop in LoopContext(environment.getattr(l_2_row, 'amounts'), undefined):
                _loop_vars = {}
                pass
                t_16.append(
                    ' **',
                )
                if (not t_6(l_3_amount)):
                    pass
                    t_16.append(
                        str(t_3(t_1(l_3_amount))),
                    )
                else:
                    pass
                    t_16.append(
                        '—',
                    )
                t_16.extend((
                    '**',
                    str(t_4(environment.call(context, environment.getattr(l_2_row, 'illustrative_for'), environment.getitem(environment.getattr(l_1_funding, 'years'), environment.getattr(l_3_loop, 'index0')), _loop_vars=_loop_vars))),
                    ' |',
                ))
            l_3_loop = l_3_amount = missing
            t_16.extend((
                ' **',
                str(t_3(t_1(environment.getattr(l_2_row, 'total')))),
                '** |\n',
            ))
        l_2_loop = l_2_row = missing
        return concat(t_16)
    context.exported_vars.add('budget')
    context.vars['budget'] = l_0_budget = Macro(environment, macro, 'budget', ('actions', 'funding'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_provenance, l_1_edition):
        t_17 = []
        if l_1_provenance is missing:
            l_1_provenance = undefined("parameter 'provenance' was not provided", name='provenance')
        if l_1_edition is missing:
            l_1_edition = undefined("parameter 'edition' was not provided", name='edition')
        pass
        t_17.extend((
            'Document établi avec pep à partir de ',
            str(environment.call(context, (undefined(name='origin') if l_0_origin is missing else l_0_origin), l_1_provenance)),
            ' ; catalogue national, édition ',
            str(t_3(environment.getattr(l_1_edition, 'name'))),
            ' ; date du document : ',
            str(environment.call(context, (undefined(name='document_date') if l_0_document_date is missing else l_0_document_date), l_1_provenance)),
            '.\n',
        ))
        return concat(t_17)
    context.exported_vars.add('colophon')
    context.vars['colophon'] = l_0_colophon = Macro(environment, macro, 'colophon', ('provenance', 'edition'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=48&6=56&7=68&8=78&9=83&11=129&15=135&16=140&22=173&23=181&24=193&25=204&26=209&28=243&33=261&34=273&35=278&37=297&38=299&39=301&44=308&47=344&50=368&53=380&54=388&55=400&56=411&57=416&62=468&63=478&64=490&65=500&66=503&67=508&73=565&74=575&75=587&76=597&77=600&78=605&81=642&82=647&87=683&88=692'

# parts.md.j2
# Generated by `make templates` (pep_cli.render.compiled): do not edit.
