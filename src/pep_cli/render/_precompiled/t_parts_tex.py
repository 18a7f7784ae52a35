from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'parts.tex.j2'

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
        t_3 = environment.filters['latex']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'latex' found.")
    try:
        t_4 = environment.filters['latex_mark']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'latex_mark' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['measure']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'measure' found.")
    try:
        t_7 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    try:
        t_8 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_action):
        t_9 = []
        if l_1_action is missing:
            l_1_action = undefined("parameter 'action' was not provided", name='action')
        pass
        t_9.append(
            '\x00parts.tex.j2\x016\x00{\\small\n\x00parts.tex.j2\x017\x00\\begin{tabularx}{\\linewidth}{@{}Ll>{\\raggedleft\\arraybackslash}p{2.1cm}',
        )
        for l_2_year in environment.getattr(l_1_action, 'years'):
            _loop_vars = {}
            pass
            t_9.append(
                '\x00parts.tex.j2\x017\x00r',
            )
        l_2_year = missing
        t_9.append(
            '\x00parts.tex.j2\x017\x00@{}}\n\x00parts.tex.j2\x018\x00\\toprule\n\x00parts.tex.j2\x019\x00Indicateur & Unité & Référence',
        )
        for l_2_year in environment.getattr(l_1_action, 'years'):
            _loop_vars = {}
            pass
            t_9.extend((
                '\x00parts.tex.j2\x019\x00 & ',
                str(l_2_year),
            ))
        l_2_year = missing
        t_9.append(
            '\x00parts.tex.j2\x019\x00 \\\\\n\x00parts.tex.j2\x0110\x00\\midrule\n\x00parts.tex.j2\x0111\x00',
        )
        for l_2_indicator in environment.getattr(l_1_action, 'indicators'):
            _loop_vars = {}
            pass
            t_9.extend((
                str(t_3(environment.getattr(l_2_indicator, 'label'))),
                '\x00parts.tex.j2\x0112\x00 & ',
                str(t_3(environment.getattr(l_2_indicator, 'unit_label'))),
                '\x00parts.tex.j2\x0112\x00 & ',
            ))
            if (not t_8(environment.getattr(l_2_indicator, 'baseline'))):
                pass
                t_9.extend((
                    str(t_3(t_6(environment.getattr(l_2_indicator, 'baseline'), environment.getattr(l_2_indicator, 'unit')))),
                    str(t_4(environment.getattr(l_2_indicator, 'baseline_illustrative'))),
                    '\x00parts.tex.j2\x0112\x00 (',
                    str(environment.getattr(l_2_indicator, 'baseline_year')),
                    '\x00parts.tex.j2\x0112\x00)',
                ))
            else:
                pass
                t_9.append(
                    '\x00parts.tex.j2\x0112\x00—',
                )
            for l_3_target in environment.getattr(l_2_indicator, 'targets'):
                _loop_vars = {}
                pass
                t_9.append(
                    '\x00parts.tex.j2\x0112\x00 & ',
                )
                if (not t_8(l_3_target)):
                    pass
                    t_9.append(
                        str(t_3(t_6(l_3_target, environment.getattr(l_2_indicator, 'unit')))),
                    )
                else:
                    pass
                    t_9.append(
                        '\x00parts.tex.j2\x0112\x00—',
                    )
            l_3_target = missing
            t_9.append(
                '\x00parts.tex.j2\x0112\x00 \\\\\n\x00parts.tex.j2\x0113\x00',
            )
        l_2_indicator = missing
        t_9.append(
            '\x00parts.tex.j2\x0114\x00\\bottomrule\n\x00parts.tex.j2\x0115\x00\\end{tabularx}\n\x00parts.tex.j2\x0116\x00\\par}\n\x00parts.tex.j2\x0117\x00',
        )
        if (not environment.getattr(environment.getattr(l_1_action, 'funding'), 'empty')):
            pass
            t_9.append(
                '\x00parts.tex.j2\x0118\x00\n\x00parts.tex.j2\x0119\x00Financement de l’action :\n\x00parts.tex.j2\x0120\x00\\begin{itemize}\n\x00parts.tex.j2\x0121\x00',
            )
            l_2_loop = missing
            for l_2_row, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_action, 'funding'), 'rows'), undefined):
                _loop_vars = {}
                pass
                t_9.extend((
                    '\x00parts.tex.j2\x0122\x00\\item ',
                    str(t_3(environment.getattr(l_2_row, 'label'))),
                    '\x00parts.tex.j2\x0122\x00 : ',
                ))
                l_3_loop = missing
                for l_3_amount, l_3_loop in LoopContext(environment.getattr(l_2_row, 'amounts'), undefined):
                    _loop_vars = {}
                    pass
                    if (not t_8(l_3_amount)):
                        pass
                        t_9.append(
                            str(t_3(t_1(l_3_amount))),
                        )
                    else:
                        pass
                        t_9.append(
                            '\x00parts.tex.j2\x0122\x00—',
                        )
                    t_9.extend((
                        '\x00parts.tex.j2\x0122\x00 en ',
                        str(environment.getitem(environment.getattr(environment.getattr(l_1_action, 'funding'), 'years'), environment.getattr(l_3_loop, 'index0'))),
                        str((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 22 in 'parts.tex.j2' evaluated to false and no else section was defined."))),
                    ))
                l_3_loop = l_3_amount = missing
                t_9.extend((
                    '\x00parts.tex.j2\x0122\x00 ; total ',
                    str(t_3(t_1(environment.getattr(l_2_row, 'total')))),
                    '\x00parts.tex.j2\x0122\x00.\n\x00parts.tex.j2\x0123\x00',
                ))
            l_2_loop = l_2_row = missing
            t_9.append(
                '\x00parts.tex.j2\x0124\x00\\end{itemize}\n\x00parts.tex.j2\x0125\x00',
            )
        return concat(t_9)
    context.exported_vars.add('action_tables')
    context.vars['action_tables'] = l_0_action_tables = Macro(environment, macro, 'action_tables', ('action',), False, False, False, context.eval_ctx.autoescape)
    yield '\x00parts.tex.j2\x0127\x00\n\x00parts.tex.j2\x0128\x00'
    def macro(l_1_funding):
        t_10 = []
        if l_1_funding is missing:
            l_1_funding = undefined("parameter 'funding' was not provided", name='funding')
        pass
        t_10.append(
            '\x00parts.tex.j2\x0130\x00{\\small\n\x00parts.tex.j2\x0131\x00',
        )
        if (t_5(environment.getattr(l_1_funding, 'years')) <= 5):
            pass
            t_10.append(
                '\x00parts.tex.j2\x0132\x00\\begin{tabularx}{\\linewidth}{@{}L',
            )
            for l_2_year in environment.getattr(l_1_funding, 'years'):
                _loop_vars = {}
                pass
                t_10.append(
                    '\x00parts.tex.j2\x0132\x00r',
                )
            l_2_year = missing
            t_10.append(
                '\x00parts.tex.j2\x0132\x00r@{}}\n\x00parts.tex.j2\x0133\x00\\toprule\n\x00parts.tex.j2\x0134\x00Source',
            )
            for l_2_year in environment.getattr(l_1_funding, 'years'):
                _loop_vars = {}
                pass
                t_10.extend((
                    '\x00parts.tex.j2\x0134\x00 & ',
                    str(l_2_year),
                ))
            l_2_year = missing
            t_10.append(
                '\x00parts.tex.j2\x0134\x00 & Total \\\\\n\x00parts.tex.j2\x0135\x00\\midrule\n\x00parts.tex.j2\x0136\x00',
            )
            l_2_loop = missing
            for l_2_row, l_2_loop in LoopContext(environment.getattr(l_1_funding, 'rows'), undefined):
                _loop_vars = {}
                pass
                t_10.append(
                    str(t_3(environment.getattr(l_2_row, 'label'))),
                )
                l_3_loop = missing
                for l_3_amount, l_3_loop in LoopContext(environment.getattr(l_2_row, 'amounts'), undefined):
                    _loop_vars = {}
                    pass
                    t_10.append(
                        '\x00parts.tex.j2\x0137\x00 & ',
                    )
                    if (not t_8(l_3_amount)):
                        pass
                        t_10.extend((
                            str(t_3(t_1(l_3_amount))),
                            str(t_4(environment.call(context, environment.getattr(l_2_row, 'illustrative_for'), environment.getitem(environment.getattr(l_1_funding, 'years'), environment.getattr(l_3_loop, 'index0')), _loop_vars=_loop_vars))),
                        ))
                    else:
                        pass
                        t_10.append(
                            '\x00parts.tex.j2\x0137\x00—',
                        )
                l_3_loop = l_3_amount = missing
                t_10.extend((
                    '\x00parts.tex.j2\x0137\x00 & ',
                    str(t_3(t_1(environment.getattr(l_2_row, 'total')))),
                    '\x00parts.tex.j2\x0137\x00 \\\\\n\x00parts.tex.j2\x0138\x00',
                ))
            l_2_loop = l_2_row = missing
            t_10.append(
                '\x00parts.tex.j2\x0139\x00\\midrule\n\x00parts.tex.j2\x0140\x00\\textbf{Total}',
            )
            for l_2_total in environment.getattr(l_1_funding, 'totals'):
                _loop_vars = {}
                pass
                t_10.extend((
                    '\x00parts.tex.j2\x0140\x00 & \\textbf{',
                    str(t_3(t_1(l_2_total))),
                    '\x00parts.tex.j2\x0140\x00}',
                ))
            l_2_total = missing
            t_10.extend((
                '\x00parts.tex.j2\x0140\x00 & \\textbf{',
                str(t_3(t_1(environment.getattr(l_1_funding, 'total')))),
                '\x00parts.tex.j2\x0140\x00} \\\\\n\x00parts.tex.j2\x0141\x00\\bottomrule\n\x00parts.tex.j2\x0142\x00\\end{tabularx}\n\x00parts.tex.j2\x0143\x00',
            ))
        else:
            pass
            t_10.append(
                '\x00parts.tex.j2\x0145\x00\\begin{longtable}{@{}l',
            )
            for l_2_row in environment.getattr(l_1_funding, 'rows'):
                _loop_vars = {}
                pass
                t_10.extend((
                    '\x00parts.tex.j2\x0145\x00>{\\raggedleft\\arraybackslash}p{',
                    str(t_7((0.78 / (t_5(environment.getattr(l_1_funding, 'rows')) + 1)), 3)),
                    '\x00parts.tex.j2\x0145\x00\\linewidth}',
                ))
            l_2_row = missing
            t_10.extend((
                '\x00parts.tex.j2\x0145\x00>{\\raggedleft\\arraybackslash}p{',
                str(t_7((0.78 / (t_5(environment.getattr(l_1_funding, 'rows')) + 1)), 3)),
                '\x00parts.tex.j2\x0145\x00\\linewidth}@{}}\n\x00parts.tex.j2\x0146\x00\\toprule\n\x00parts.tex.j2\x0147\x00Année',
            ))
            for l_2_row in environment.getattr(l_1_funding, 'rows'):
                _loop_vars = {}
                pass
                t_10.extend((
                    '\x00parts.tex.j2\x0147\x00 & ',
                    str(t_3(environment.getattr(l_2_row, 'label'))),
                ))
            l_2_row = missing
            t_10.append(
                '\x00parts.tex.j2\x0147\x00 & Total \\\\\n\x00parts.tex.j2\x0148\x00\\midrule\n\x00parts.tex.j2\x0149\x00',
            )
            l_2_loop = missing
            for l_2_year, l_2_loop in LoopContext(environment.getattr(l_1_funding, 'years'), undefined):
                l_2_column = missing
                _loop_vars = {}
                pass
                l_2_column = environment.getattr(l_2_loop, 'index0')
                _loop_vars['column'] = l_2_column
                t_10.append(
                    str(l_2_year),
                )
                for l_3_row in environment.getattr(l_1_funding, 'rows'):
                    _loop_vars = {}
                    pass
                    t_10.append(
                        '\x00parts.tex.j2\x0151\x00 & ',
                    )
                    if (not t_8(environment.getitem(environment.getattr(l_3_row, 'amounts'), (undefined(name='column') if l_2_column is missing else l_2_column)))):
                        pass
                        t_10.append(
                            str(t_3(t_1(environment.getitem(environment.getattr(l_3_row, 'amounts'), (undefined(name='column') if l_2_column is missing else l_2_column))))),
                        )
                    else:
                        pass
                        t_10.append(
                            '\x00parts.tex.j2\x0151\x00—',
                        )
                l_3_row = missing
                t_10.extend((
                    '\x00parts.tex.j2\x0151\x00 & ',
                    str(t_3(t_1(environment.getitem(environment.getattr(l_1_funding, 'totals'), (undefined(name='column') if l_2_column is missing else l_2_column))))),
                    '\x00parts.tex.j2\x0151\x00 \\\\\n\x00parts.tex.j2\x0152\x00',
                ))
            l_2_loop = l_2_year = l_2_column = missing
            t_10.append(
                '\x00parts.tex.j2\x0153\x00\\midrule\n\x00parts.tex.j2\x0154\x00\\textbf{Total}',
            )
            for l_2_row in environment.getattr(l_1_funding, 'rows'):
                _loop_vars = {}
                pass
                t_10.extend((
                    '\x00parts.tex.j2\x0154\x00 & \\textbf{',
                    str(t_3(t_1(environment.getattr(l_2_row, 'total')))),
                    '\x00parts.tex.j2\x0154\x00}',
                ))
            l_2_row = missing
            t_10.extend((
                '\x00parts.tex.j2\x0154\x00 & \\textbf{',
                str(t_3(t_1(environment.getattr(l_1_funding, 'total')))),
                '\x00parts.tex.j2\x0154\x00} \\\\\n\x00parts.tex.j2\x0155\x00\\bottomrule\n\x00parts.tex.j2\x0156\x00\\end{longtable}\n\x00parts.tex.j2\x0157\x00',
            ))
        t_10.append(
            '\x00parts.tex.j2\x0158\x00\\par}\n\x00parts.tex.j2\x0159\x00',
        )
        return concat(t_10)
    context.exported_vars.add('funding_table')
    context.vars['funding_table'] = l_0_funding_table = Macro(environment, macro, 'funding_table', ('funding',), False, False, False, context.eval_ctx.autoescape)
    yield '\x00parts.tex.j2\x0160\x00\n\x00parts.tex.j2\x0161\x00'
    def macro(l_1_signatures, l_1_state, l_1_ars, l_1_collectivity):
        t_11 = []
        if l_1_signatures is missing:
            l_1_signatures = undefined("parameter 'signatures' was not provided", name='signatures')
        if l_1_state is missing:
            l_1_state = undefined("parameter 'state' was not provided", name='state')
        if l_1_ars is missing:
            l_1_ars = undefined("parameter 'ars' was not provided", name='ars')
        if l_1_collectivity is missing:
            l_1_collectivity = undefined("parameter 'collectivity' was not provided", name='collectivity')
        pass
        t_11.append(
            '\x00parts.tex.j2\x0163\x00\\vspace{1em}\n\x00parts.tex.j2\x0164\x00\\begingroup\n\x00parts.tex.j2\x0165\x00\\raggedright\n\x00parts.tex.j2\x0166\x00',
        )
        l_2_loop = missing
        t_12 = 1
        for l_2_block, l_2_loop in LoopContext(l_1_signatures, undefined):
            _loop_vars = {}
            pass
            t_11.extend((
                '\x00parts.tex.j2\x0167\x00\\begin{minipage}[t]{0.31\\linewidth}\n\x00parts.tex.j2\x0168\x00\\raggedright\\textbf{Pour ',
                str(t_3(environment.getattr(environment.getattr(l_2_block, 'party'), 'the'))),
                '\x00parts.tex.j2\x0168\x00}',
            ))
            if environment.getattr(l_2_block, 'delegation'):
                pass
                t_11.append(
                    '\x00parts.tex.j2\x0168\x00\\par et par délégation',
                )
            t_11.extend((
                '\x00parts.tex.j2\x0168\x00\\par\n\x00parts.tex.j2\x0169\x00',
                str(t_3(environment.getattr(l_2_block, 'text'))),
                '\x00parts.tex.j2\x0169\x00\\par\n\x00parts.tex.j2\x0170\x00\\vspace{2.2cm}\n\x00parts.tex.j2\x0171\x00\\end{minipage}',
            ))
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_11.append(
                    '\x00parts.tex.j2\x0171\x00\\hfill',
                )
            t_11.append(
                '\x00parts.tex.j2\x0171\x00\n\x00parts.tex.j2\x0172\x00',
            )
            t_12 = 0
        l_2_loop = l_2_block = missing
        if t_12:
            pass
            l_3_loop = missing
            for l_3_party, l_3_loop in LoopContext([l_1_state, l_1_ars, l_1_collectivity], undefined):
                _loop_vars = {}
                pass
                t_11.extend((
                    '\x00parts.tex.j2\x0174\x00\\begin{minipage}[t]{0.31\\linewidth}\n\x00parts.tex.j2\x0175\x00\\raggedright\\textbf{Pour ',
                    str(t_3(environment.getattr(l_3_party, 'the'))),
                    '\x00parts.tex.j2\x0175\x00}\\par\n\x00parts.tex.j2\x0176\x00\\vspace{2.2cm}\n\x00parts.tex.j2\x0177\x00\\end{minipage}',
                ))
                if (not environment.getattr(l_3_loop, 'last')):
                    pass
                    t_11.append(
                        '\x00parts.tex.j2\x0177\x00\\hfill',
                    )
                t_11.append(
                    '\x00parts.tex.j2\x0177\x00\n\x00parts.tex.j2\x0178\x00',
                )
            l_3_loop = l_3_party = missing
        t_11.append(
            '\x00parts.tex.j2\x0180\x00\\par\n\x00parts.tex.j2\x0181\x00\\endgroup\n\x00parts.tex.j2\x0182\x00',
        )
        return concat(t_11)
    context.exported_vars.add('signature_blocks')
    context.vars['signature_blocks'] = l_0_signature_blocks = Macro(environment, macro, 'signature_blocks', ('signatures', 'state', 'ars', 'collectivity'), False, False, False, context.eval_ctx.autoescape)
    yield '\x00parts.tex.j2\x0183\x00\n\x00parts.tex.j2\x0184\x00'
    def macro(l_1_provenance):
        t_13 = []
        if l_1_provenance is missing:
            l_1_provenance = undefined("parameter 'provenance' was not provided", name='provenance')
        pass
        t_13.extend((
            str(t_3(environment.getattr(l_1_provenance, 'path'))),
            '\x00parts.tex.j2\x0185\x00, ',
        ))
        if (environment.getattr(l_1_provenance, 'state') == 'outside-git'):
            pass
            t_13.append(
                '\x00parts.tex.j2\x0185\x00fichier hors de tout dépôt git',
            )
        elif (environment.getattr(l_1_provenance, 'state') == 'untracked'):
            pass
            t_13.append(
                '\x00parts.tex.j2\x0185\x00fichier non suivi par git (aucun commit)',
            )
        else:
            pass
            t_13.extend((
                '\x00parts.tex.j2\x0185\x00commit ',
                str(t_3(environment.getattr(l_1_provenance, 'short_commit'))),
                '\x00parts.tex.j2\x0185\x00 du ',
                str(t_3(t_2(environment.getattr(l_1_provenance, 'commit_date')))),
            ))
            if (environment.getattr(l_1_provenance, 'state') == 'modified'):
                pass
                t_13.append(
                    '\x00parts.tex.j2\x0185\x00, avec des modifications non commitées',
                )
        return concat(t_13)
    context.exported_vars.add('origin')
    context.vars['origin'] = l_0_origin = Macro(environment, macro, 'origin', ('provenance',), False, False, False, context.eval_ctx.autoescape)
    yield '\x00parts.tex.j2\x0186\x00\n\x00parts.tex.j2\x0187\x00'
    def macro(l_1_provenance):
        t_14 = []
        if l_1_provenance is missing:
            l_1_provenance = undefined("parameter 'provenance' was not provided", name='provenance')
        pass
        if environment.getattr(l_1_provenance, 'date'):
            pass
            t_14.append(
                str(t_3(t_2(environment.getattr(l_1_provenance, 'date')))),
            )
            if environment.getattr(l_1_provenance, 'from_environment'):
                pass
                t_14.append(
                    '\x00parts.tex.j2\x0188\x00 (SOURCE\\_DATE\\_EPOCH)',
                )
        else:
            pass
            t_14.append(
                '\x00parts.tex.j2\x0188\x00non déterminée (ni commit ni SOURCE\\_DATE\\_EPOCH)',
            )
        return concat(t_14)
    context.exported_vars.add('document_date')
    context.vars['document_date'] = l_0_document_date = Macro(environment, macro, 'document_date', ('provenance',), False, False, False, context.eval_ctx.autoescape)
    yield '\x00parts.tex.j2\x0189\x00\n\x00parts.tex.j2\x0190\x00'
    def macro(l_1_flag):
        t_15 = []
        if l_1_flag is missing:
            l_1_flag = undefined("parameter 'flag' was not provided", name='flag')
        pass
        t_15.append(
            str(t_4(l_1_flag)),
        )
        return concat(t_15)
    context.exported_vars.add('mark')
    context.vars['mark'] = l_0_mark = Macro(environment, macro, 'mark', ('flag',), False, False, False, context.eval_ctx.autoescape)
    yield '\x00parts.tex.j2\x0192\x00\n\x00parts.tex.j2\x0193\x00'
    def macro(l_1_action):
        t_16 = []
        if l_1_action is missing:
            l_1_action = undefined("parameter 'action' was not provided", name='action')
        pass
        t_16.append(
            '\x00parts.tex.j2\x0195\x00{\\small\n\x00parts.tex.j2\x0196\x00\\begin{tabularx}{\\linewidth}{@{}Ll>{\\raggedleft\\arraybackslash}p{2.1cm}',
        )
        for l_2_year in environment.getattr(l_1_action, 'years'):
            _loop_vars = {}
            pass
            t_16.append(
                '\x00parts.tex.j2\x0196\x00r',
            )
        l_2_year = missing
        t_16.append(
            '\x00parts.tex.j2\x0196\x00@{}}\n\x00parts.tex.j2\x0197\x00\\toprule\n\x00parts.tex.j2\x0198\x00Indicateur & Unité & Référence',
        )
        for l_2_year in environment.getattr(l_1_action, 'years'):
            _loop_vars = {}
            pass
            t_16.extend((
                '\x00parts.tex.j2\x0198\x00 & ',
                str(l_2_year),
            ))
        l_2_year = missing
        t_16.append(
            '\x00parts.tex.j2\x0198\x00 \\\\\n\x00parts.tex.j2\x0199\x00\\midrule\n\x00parts.tex.j2\x01100\x00',
        )
        l_2_loop = missing
        for l_2_indicator, l_2_loop in LoopContext(environment.getattr(l_1_action, 'indicators'), undefined):
            _loop_vars = {}
            pass
            t_16.extend((
                str(t_3(environment.getattr(l_2_indicator, 'label'))),
                '\x00parts.tex.j2\x01101\x00 & ',
                str(t_3(environment.getattr(l_2_indicator, 'unit_label'))),
                '\x00parts.tex.j2\x01101\x00 & ',
            ))
            if (not t_8(environment.getattr(l_2_indicator, 'baseline'))):
                pass
                t_16.extend((
                    str(t_3(t_6(environment.getattr(l_2_indicator, 'baseline'), environment.getattr(l_2_indicator, 'unit')))),
                    str(t_4(environment.getattr(l_2_indicator, 'baseline_illustrative'))),
                    '\x00parts.tex.j2\x01101\x00 (',
                    str(environment.getattr(l_2_indicator, 'baseline_year')),
                    '\x00parts.tex.j2\x01101\x00)',
                ))
            else:
                pass
                t_16.append(
                    '\x00parts.tex.j2\x01101\x00—',
                )
            l_3_loop = missing
            for l_3_target, l_3_loop in LoopContext(environment.getattr(l_2_indicator, 'targets'), undefined):
                _loop_vars = {}
                pass
                t_16.append(
                    '\x00parts.tex.j2\x01101\x00 & ',
                )
                if (not t_8(l_3_target)):
                    pass
                    t_16.extend((
                        str(t_3(t_6(l_3_target, environment.getattr(l_2_indicator, 'unit')))),
                        str(t_4(environment.getitem(environment.getattr(l_2_indicator, 'targets_illustrative'), environment.getattr(l_3_loop, 'index0')))),
                    ))
                else:
                    pass
                    t_16.append(
                        '\x00parts.tex.j2\x01101\x00—',
                    )
            l_3_loop = l_3_target = missing
            t_16.append(
                '\x00parts.tex.j2\x01101\x00 \\\\\n\x00parts.tex.j2\x01102\x00',
            )
        l_2_loop = l_2_indicator = missing
        t_16.append(
            '\x00parts.tex.j2\x01103\x00\\bottomrule\n\x00parts.tex.j2\x01104\x00\\end{tabularx}\n\x00parts.tex.j2\x01105\x00\\par}\n\x00parts.tex.j2\x01106\x00',
        )
        return concat(t_16)
    context.exported_vars.add('indicator_table')
    context.vars['indicator_table'] = l_0_indicator_table = Macro(environment, macro, 'indicator_table', ('action',), False, False, False, context.eval_ctx.autoescape)
    yield '\x00parts.tex.j2\x01107\x00\n\x00parts.tex.j2\x01108\x00'
    def macro(l_1_actions, l_1_years):
        t_17 = []
        if l_1_actions is missing:
            l_1_actions = undefined("parameter 'actions' was not provided", name='actions')
        if l_1_years is missing:
            l_1_years = undefined("parameter 'years' was not provided", name='years')
        pass
        t_17.extend((
            '\x00parts.tex.j2\x01110\x00{\\footnotesize\n\x00parts.tex.j2\x01111\x00\\begin{longtable}{@{}r>{\\raggedright\\arraybackslash}p{',
            str(t_7((0.8 - environment.call_binop(context, '*', 0.09, (t_5(l_1_years) + 1))), 3)),
            '\x00parts.tex.j2\x01111\x00\\linewidth}l',
        ))
        for l_2_year in l_1_years:
            _loop_vars = {}
            pass
            t_17.append(
                '\x00parts.tex.j2\x01111\x00r',
            )
        l_2_year = missing
        t_17.append(
            '\x00parts.tex.j2\x01111\x00r@{}}\n\x00parts.tex.j2\x01112\x00\\toprule\n\x00parts.tex.j2\x01113\x00Action & Indicateur & Unité & Réf.',
        )
        for l_2_year in l_1_years:
            _loop_vars = {}
            pass
            t_17.extend((
                '\x00parts.tex.j2\x01113\x00 & ',
                str(l_2_year),
            ))
        l_2_year = missing
        t_17.append(
            '\x00parts.tex.j2\x01113\x00 \\\\\n\x00parts.tex.j2\x01114\x00\\midrule\n\x00parts.tex.j2\x01115\x00\\endhead\n\x00parts.tex.j2\x01116\x00\\bottomrule\n\x00parts.tex.j2\x01117\x00\\endfoot\n\x00parts.tex.j2\x01118\x00',
        )
        for l_2_action in l_1_actions:
            _loop_vars = {}
            pass
            for l_3_indicator in environment.getattr(l_2_action, 'indicators'):
                _loop_vars = {}
                pass
                t_17.extend((
                    str(environment.getattr(l_2_action, 'number')),
                    '\x00parts.tex.j2\x01120\x00 & ',
                    str(t_3(environment.getattr(l_3_indicator, 'label'))),
                    '\x00parts.tex.j2\x01120\x00 & ',
                    str(t_3(environment.getattr(l_3_indicator, 'unit_label'))),
                    '\x00parts.tex.j2\x01120\x00 & ',
                ))
                if (not t_8(environment.getattr(l_3_indicator, 'baseline'))):
                    pass
                    t_17.extend((
                        str(t_3(t_6(environment.getattr(l_3_indicator, 'baseline'), environment.getattr(l_3_indicator, 'unit')))),
                        str(t_4(environment.getattr(l_3_indicator, 'baseline_illustrative'))),
                    ))
                else:
                    pass
                    t_17.append(
                        '\x00parts.tex.j2\x01120\x00—',
                    )
                for l_4_year in l_1_years:
                    l_4_target = missing
                    _loop_vars = {}
                    pass
                    l_4_target = environment.call(context, environment.getattr(l_3_indicator, 'target_for'), l_4_year, _loop_vars=_loop_vars)
                    _loop_vars['target'] = l_4_target
                    t_17.append(
                        '\x00parts.tex.j2\x01120\x00 & ',
                    )
                    if (not t_8((undefined(name='target') if l_4_target is missing else l_4_target))):
                        pass
                        t_17.extend((
                            str(t_3(t_6((undefined(name='target') if l_4_target is missing else l_4_target), environment.getattr(l_3_indicator, 'unit')))),
                            str(t_4(environment.call(context, environment.getattr(l_3_indicator, 'illustrative_for'), l_4_year, _loop_vars=_loop_vars))),
                        ))
                    else:
                        pass
                        t_17.append(
                            '\x00parts.tex.j2\x01120\x00—',
                        )
                l_4_year = l_4_target = missing
                t_17.append(
                    '\x00parts.tex.j2\x01120\x00 \\\\\n\x00parts.tex.j2\x01121\x00',
                )
            l_3_indicator = missing
        l_2_action = missing
        t_17.append(
            '\x00parts.tex.j2\x01123\x00\\end{longtable}\n\x00parts.tex.j2\x01124\x00\\par}\n\x00parts.tex.j2\x01125\x00',
        )
        return concat(t_17)
    context.exported_vars.add('dashboard')
    context.vars['dashboard'] = l_0_dashboard = Macro(environment, macro, 'dashboard', ('actions', 'years'), False, False, False, context.eval_ctx.autoescape)
    yield '\x00parts.tex.j2\x01126\x00\n\x00parts.tex.j2\x01127\x00'
    def macro(l_1_actions, l_1_funding):
        t_18 = []
        if l_1_actions is missing:
            l_1_actions = undefined("parameter 'actions' was not provided", name='actions')
        if l_1_funding is missing:
            l_1_funding = undefined("parameter 'funding' was not provided", name='funding')
        pass
        t_18.extend((
            '\x00parts.tex.j2\x01129\x00{\\footnotesize\n\x00parts.tex.j2\x01130\x00\\begin{longtable}{@{}r>{\\raggedright\\arraybackslash}p{',
            str(t_7((0.76 - environment.call_binop(context, '*', 0.13, (t_5(environment.getattr(l_1_funding, 'years')) + 1))), 3)),
            '\x00parts.tex.j2\x01130\x00\\linewidth}',
        ))
        for l_2_year in environment.getattr(l_1_funding, 'years'):
            _loop_vars = {}
            pass
            t_18.append(
                '\x00parts.tex.j2\x01130\x00r',
            )
        l_2_year = missing
        t_18.append(
            '\x00parts.tex.j2\x01130\x00r@{}}\n\x00parts.tex.j2\x01131\x00\\toprule\n\x00parts.tex.j2\x01132\x00Action & Source',
        )
        for l_2_year in environment.getattr(l_1_funding, 'years'):
            _loop_vars = {}
            pass
            t_18.extend((
                '\x00parts.tex.j2\x01132\x00 & ',
                str(l_2_year),
            ))
        l_2_year = missing
        t_18.append(
            '\x00parts.tex.j2\x01132\x00 & Total \\\\\n\x00parts.tex.j2\x01133\x00\\midrule\n\x00parts.tex.j2\x01134\x00\\endhead\n\x00parts.tex.j2\x01135\x00\\bottomrule\n\x00parts.tex.j2\x01136\x00\\endfoot\n\x00parts.tex.j2\x01137\x00',
        )
        for l_2_action in l_1_actions:
            _loop_vars = {}
            pass
            for l_3_row in environment.getattr(environment.getattr(l_2_action, 'funding'), 'rows'):
                _loop_vars = {}
                pass
                t_18.extend((
                    str(environment.getattr(l_2_action, 'number')),
                    '\x00parts.tex.j2\x01139\x00 & ',
                    str(t_3(environment.getattr(l_3_row, 'label'))),
                ))
                for l_4_year in environment.getattr(l_1_funding, 'years'):
                    l_4_amount = missing
                    _loop_vars = {}
                    pass
                    l_4_amount = environment.call(context, environment.getattr(l_3_row, 'amount_for'), l_4_year, _loop_vars=_loop_vars)
                    _loop_vars['amount'] = l_4_amount
                    t_18.append(
                        '\x00parts.tex.j2\x01139\x00 & ',
                    )
                    if (not t_8((undefined(name='amount') if l_4_amount is missing else l_4_amount))):
                        pass
                        t_18.extend((
                            str(t_3(t_1((undefined(name='amount') if l_4_amount is missing else l_4_amount)))),
                            str(t_4(environment.call(context, environment.getattr(l_3_row, 'illustrative_for'), l_4_year, _loop_vars=_loop_vars))),
                        ))
                    else:
                        pass
                        t_18.append(
                            '\x00parts.tex.j2\x01139\x00—',
                        )
                l_4_year = l_4_amount = missing
                t_18.extend((
                    '\x00parts.tex.j2\x01139\x00 & ',
                    str(t_3(t_1(environment.getattr(l_3_row, 'total')))),
                    '\x00parts.tex.j2\x01139\x00 \\\\\n\x00parts.tex.j2\x01140\x00',
                ))
            l_3_row = missing
        l_2_action = missing
        t_18.append(
            '\x00parts.tex.j2\x01142\x00\\midrule\n\x00parts.tex.j2\x01143\x00',
        )
        l_2_loop = missing
        for l_2_row, l_2_loop in LoopContext(environment.getattr(l_1_funding, 'rows'), undefined):
            _loop_vars = {}
            pass
            t_18.extend((
                '\x00parts.tex.j2\x01144\x00\\multicolumn{2}{@{}l}{\\textbf{Total} — ',
                str(t_3(environment.getattr(l_2_row, 'label'))),
                '\x00parts.tex.j2\x01144\x00}',
            ))
            l_3_loop = missing
            for l_3_amount, l_3_loop in LoopContext(environment.getattr(l_2_row, 'amounts'), undefined):
                _loop_vars = {}
                pass
                t_18.extend((
                    '\x00parts.tex.j2\x01144\x00 & \\textbf{',
                    str((t_3(t_1(l_3_amount)) if (not t_8(l_3_amount)) else '—')),
                    '\x00parts.tex.j2\x01144\x00}',
                    str(t_4(environment.call(context, environment.getattr(l_2_row, 'illustrative_for'), environment.getitem(environment.getattr(l_1_funding, 'years'), environment.getattr(l_3_loop, 'index0')), _loop_vars=_loop_vars))),
                ))
            l_3_loop = l_3_amount = missing
            t_18.extend((
                '\x00parts.tex.j2\x01144\x00 & \\textbf{',
                str(t_3(t_1(environment.getattr(l_2_row, 'total')))),
                '\x00parts.tex.j2\x01144\x00} \\\\\n\x00parts.tex.j2\x01145\x00',
            ))
        l_2_loop = l_2_row = missing
        t_18.append(
            '\x00parts.tex.j2\x01146\x00\\end{longtable}\n\x00parts.tex.j2\x01147\x00\\par}\n\x00parts.tex.j2\x01148\x00',
        )
        return concat(t_18)
    context.exported_vars.add('budget')
    context.vars['budget'] = l_0_budget = Macro(environment, macro, 'budget', ('actions', 'funding'), False, False, False, context.eval_ctx.autoescape)
    yield '\x00parts.tex.j2\x01149\x00\n\x00parts.tex.j2\x01150\x00'
    def macro(l_1_provenance, l_1_edition):
        t_19 = []
        if l_1_provenance is missing:
            l_1_provenance = undefined("parameter 'provenance' was not provided", name='provenance')
        if l_1_edition is missing:
            l_1_edition = undefined("parameter 'edition' was not provided", name='edition')
        pass
        t_19.extend((
            '\x00parts.tex.j2\x01152\x00\\vfill\n\x00parts.tex.j2\x01153\x00{\\footnotesize\\itshape Document établi avec pep à partir de ',
            str(environment.call(context, (undefined(name='origin') if l_0_origin is missing else l_0_origin), l_1_provenance)),
            '\x00parts.tex.j2\x01153\x00 ; catalogue national, édition ',
            str(t_3(environment.getattr(l_1_edition, 'name'))),
            '\x00parts.tex.j2\x01153\x00 ; date du document : ',
            str(environment.call(context, (undefined(name='document_date') if l_0_document_date is missing else l_0_document_date), l_1_provenance)),
            '\x00parts.tex.j2\x01153\x00.\\par}\n\x00parts.tex.j2\x01154\x00',
        ))
        return concat(t_19)
    context.exported_vars.add('colophon')
    context.vars['colophon'] = l_0_colophon = Macro(environment, macro, 'colophon', ('provenance', 'edition'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=60&7=68&9=78&11=89&12=93&17=136&21=142&22=147&29=183&31=191&32=196&34=206&36=218&37=222&40=252&45=271&47=285&49=297&50=301&51=304&54=332&62=353&66=369&68=374&69=384&71=387&73=400&75=405&77=408&85=424&88=460&91=484&94=496&96=504&98=514&100=526&101=530&109=579&111=588&113=601&118=612&119=615&120=619&128=670&130=679&132=692&137=703&138=706&139=710&143=746&144=751&151=778&153=787'

# parts.tex.j2
# Generated by `make templates` (pep_cli.render.compiled): do not edit.
