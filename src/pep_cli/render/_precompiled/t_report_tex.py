from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.tex.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_convention = resolve('convention')
    l_0_title = resolve('title')
    l_0_version = resolve('version')
    l_0_year = resolve('year')
    l_0_in_progress = resolve('in_progress')
    l_0_status = resolve('status')
    l_0_adopted_on = resolve('adopted_on')
    l_0_deadline_document = resolve('deadline_document')
    l_0_deadline = resolve('deadline')
    l_0_provenance = resolve('provenance')
    l_0_draft = resolve('draft')
    l_0_problems = resolve('problems')
    l_0_draft_report = resolve('draft_report')
    l_0_missing = resolve('missing')
    l_0_summary = resolve('summary')
    l_0_counts = resolve('counts')
    l_0_balance = resolve('balance')
    l_0_engagements = resolve('engagements')
    l_0_illustrative = resolve('illustrative')
    l_0_cumulative = resolve('cumulative')
    l_0_source_charts = resolve('source_charts')
    l_0_deadline_source = resolve('deadline_source')
    l_0_c = l_0_parts = l_0_value = l_0_rate = l_0_money = missing
    try:
        t_1 = environment.filters['amount']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'amount' found.")
    try:
        t_2 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_3 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_4 = environment.filters['latex']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'latex' found.")
    try:
        t_5 = environment.filters['latex_paragraphs']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'latex_paragraphs' found.")
    try:
        t_6 = environment.filters['measure']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'measure' found.")
    try:
        t_7 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    try:
        t_8 = environment.filters['percent']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'percent' found.")
    try:
        t_9 = environment.tests['false']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'false' found.")
    try:
        t_10 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    try:
        t_11 = environment.tests['true']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No test named 'true' found.")
    pass
    l_0_c = (undefined(name='convention') if l_0_convention is missing else l_0_convention)
    context.vars['c'] = l_0_c
    context.exported_vars.add('c')
    l_0_parts = context.vars['parts'] = environment.get_template('parts.tex.j2', 'report.tex.j2')._get_default_module(context)
    context.exported_vars.discard('parts')
    def macro(l_1_v, l_1_unit, l_1_marked):
        t_12 = []
        if l_1_v is missing:
            l_1_v = undefined("parameter 'v' was not provided", name='v')
        if l_1_unit is missing:
            l_1_unit = undefined("parameter 'unit' was not provided", name='unit')
        if l_1_marked is missing:
            l_1_marked = undefined("parameter 'marked' was not provided", name='marked')
        pass
        if t_10(l_1_v):
            pass
            t_12.append(
                '\x00report.tex.j2\x017\x00—',
            )
        else:
            pass
            t_12.append(
                str(t_4(t_6(l_1_v, l_1_unit))),
            )
            if l_1_marked:
                pass
                t_12.append(
                    '\x00report.tex.j2\x017\x00\\textsuperscript{\\emph{ill.}}',
                )
        return concat(t_12)
    context.exported_vars.add('value')
    context.vars['value'] = l_0_value = Macro(environment, macro, 'value', ('v', 'unit', 'marked'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r):
        t_13 = []
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        pass
        if t_10(l_1_r):
            pass
            t_13.append(
                '\x00report.tex.j2\x018\x00—',
            )
        else:
            pass
            t_13.append(
                str(t_4(t_8(l_1_r))),
            )
        return concat(t_13)
    context.exported_vars.add('rate')
    context.vars['rate'] = l_0_rate = Macro(environment, macro, 'rate', ('r',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_v):
        t_14 = []
        if l_1_v is missing:
            l_1_v = undefined("parameter 'v' was not provided", name='v')
        pass
        if t_10(l_1_v):
            pass
            t_14.append(
                '\x00report.tex.j2\x019\x00—',
            )
        else:
            pass
            t_14.append(
                str(t_4(t_1(l_1_v))),
            )
        return concat(t_14)
    context.exported_vars.add('money')
    context.vars['money'] = l_0_money = Macro(environment, macro, 'money', ('v',), False, False, False, context.eval_ctx.autoescape)
    template = environment.get_template('preamble.tex.j2', 'report.tex.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'c': l_0_c, 'money': l_0_money, 'parts': l_0_parts, 'rate': l_0_rate, 'value': l_0_value}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\x00report.tex.j2\x0111\x00\\usepackage{graphicx}\n\x00report.tex.j2\x0112\x00\n\x00report.tex.j2\x0113\x00\\begin{document}\n\x00report.tex.j2\x0114\x00\n\x00report.tex.j2\x0115\x00\\begin{center}\n\x00report.tex.j2\x0116\x00{\\LARGE\\bfseries\\color{pepblue} '
    yield str(t_4((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '\x00report.tex.j2\x0116\x00\\par}\n\x00report.tex.j2\x0117\x00\\vspace{0.6em}\n\x00report.tex.j2\x0118\x00{\\large '
    yield str(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'title')))
    yield '\x00report.tex.j2\x0118\x00\\par}\n\x00report.tex.j2\x0119\x00\\vspace{0.3em}\n\x00report.tex.j2\x0120\x00{'
    yield str(t_4(t_2(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'between'))))
    yield '\x00report.tex.j2\x0120\x00\\par}\n\x00report.tex.j2\x0121\x00\\end{center}\n\x00report.tex.j2\x0122\x00\\vspace{0.5em}\n\x00report.tex.j2\x0123\x00\n\x00report.tex.j2\x0124\x00{\\small\n\x00report.tex.j2\x0125\x00\\begin{tabularx}{\\linewidth}{@{}lL@{}}\n\x00report.tex.j2\x0126\x00Territoire & '
    yield str(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'territory_name')))
    yield '\x00report.tex.j2\x0126\x00 ('
    yield str(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'territory_code')))
    yield '\x00report.tex.j2\x0126\x00) \\\\\n\x00report.tex.j2\x0127\x00Convention & '
    yield str(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'period')))
    yield '\x00report.tex.j2\x0127\x00, édition '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'edition'), 'name')))
    yield '\x00report.tex.j2\x0127\x00, version~'
    yield str((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '\x00report.tex.j2\x0127\x00 \\\\\n\x00report.tex.j2\x0128\x00Exercice & '
    yield str((undefined(name='year') if l_0_year is missing else l_0_year))
    if (undefined(name='in_progress') if l_0_in_progress is missing else l_0_in_progress):
        pass
        yield '\x00report.tex.j2\x0128\x00 (en cours)'
    yield '\x00report.tex.j2\x0128\x00 \\\\\n\x00report.tex.j2\x0129\x00Statut du rapport & '
    if ((undefined(name='status') if l_0_status is missing else l_0_status) == 'adopted'):
        pass
        yield '\x00report.tex.j2\x0129\x00arrêté'
        if (undefined(name='adopted_on') if l_0_adopted_on is missing else l_0_adopted_on):
            pass
            yield '\x00report.tex.j2\x0129\x00 le '
            yield str(t_4(t_3((undefined(name='adopted_on') if l_0_adopted_on is missing else l_0_adopted_on))))
    elif ((undefined(name='status') if l_0_status is missing else l_0_status) == 'draft'):
        pass
        yield '\x00report.tex.j2\x0129\x00projet'
    else:
        pass
        yield '\x00report.tex.j2\x0129\x00projet (non inscrit)'
    yield '\x00report.tex.j2\x0129\x00 \\\\\n\x00report.tex.j2\x0130\x00Échéance & '
    if (undefined(name='deadline_document') if l_0_deadline_document is missing else l_0_deadline_document):
        pass
        yield str(t_4(t_2((undefined(name='deadline_document') if l_0_deadline_document is missing else l_0_deadline_document))))
        yield '\x00report.tex.j2\x0130\x00 au '
        yield str(t_4(t_3((undefined(name='deadline') if l_0_deadline is missing else l_0_deadline))))
    else:
        pass
        yield '\x00report.tex.j2\x0130\x00rapport à arrêter au plus tard le '
        yield str(t_4(t_3((undefined(name='deadline') if l_0_deadline is missing else l_0_deadline))))
    yield '\x00report.tex.j2\x0130\x00 \\\\\n\x00report.tex.j2\x0131\x00Établi à partir de & '
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'origin'), (undefined(name='provenance') if l_0_provenance is missing else l_0_provenance)))
    yield '\x00report.tex.j2\x0131\x00 \\\\\n\x00report.tex.j2\x0132\x00Date du document & '
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'document_date'), (undefined(name='provenance') if l_0_provenance is missing else l_0_provenance)))
    yield '\x00report.tex.j2\x0132\x00 \\\\\n\x00report.tex.j2\x0133\x00\\end{tabularx}\n\x00report.tex.j2\x0134\x00\\par}\n\x00report.tex.j2\x0135\x00'
    if (undefined(name='draft') if l_0_draft is missing else l_0_draft):
        pass
        yield '\x00report.tex.j2\x0136\x00\n\x00report.tex.j2\x0137\x00\\noindent{\\color{pepred}\\rule{\\linewidth}{1.2pt}}\\par\n\x00report.tex.j2\x0138\x00{\\color{pepred}\\Large\\bfseries PROJET — non conforme\\par}\n\x00report.tex.j2\x0139\x00La convention ne respecte pas encore toutes les règles de son édition. Erreurs relevées par pep :\n\x00report.tex.j2\x0140\x00\\begin{itemize}\\small\n\x00report.tex.j2\x0141\x00'
        for l_1_problem in (undefined(name='problems') if l_0_problems is missing else l_0_problems):
            _loop_vars = {}
            pass
            yield '\x00report.tex.j2\x0142\x00\\item '
            yield str(t_4(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'path')))
            yield '\x00report.tex.j2\x0142\x00:'
            yield str(environment.getattr(l_1_problem, 'line'))
            yield '\x00report.tex.j2\x0142\x00:'
            yield str(environment.getattr(l_1_problem, 'column'))
            yield '\x00report.tex.j2\x0142\x00 — \\texttt{'
            yield str(t_4(environment.getattr(l_1_problem, 'rule')))
            yield '\x00report.tex.j2\x0142\x00} — '
            yield str(t_4(environment.getattr(l_1_problem, 'message')))
            yield '\x00report.tex.j2\x0142\x00\n\x00report.tex.j2\x0143\x00'
        l_1_problem = missing
        yield '\x00report.tex.j2\x0144\x00\\end{itemize}\n\x00report.tex.j2\x0145\x00\\noindent{\\color{pepred}\\rule{\\linewidth}{1.2pt}}\\par\n\x00report.tex.j2\x0146\x00'
    if (undefined(name='draft_report') if l_0_draft_report is missing else l_0_draft_report):
        pass
        yield '\x00report.tex.j2\x0148\x00\n\x00report.tex.j2\x0149\x00\\section*{Éléments manquants}\n\x00report.tex.j2\x0150\x00\n\x00report.tex.j2\x0151\x00\\begin{itemize}\n\x00report.tex.j2\x0152\x00'
        t_15 = 1
        for l_1_item in (undefined(name='missing') if l_0_missing is missing else l_0_missing):
            _loop_vars = {}
            pass
            yield '\x00report.tex.j2\x0153\x00\\item '
            yield str(t_4(t_2(l_1_item)))
            yield '\x00report.tex.j2\x0153\x00\n\x00report.tex.j2\x0154\x00'
            t_15 = 0
        l_1_item = missing
        if t_15:
            pass
            yield '\x00report.tex.j2\x0155\x00\\item Aucun : le rapport est complet.\n\x00report.tex.j2\x0156\x00'
        yield '\x00report.tex.j2\x0157\x00\\end{itemize}\n\x00report.tex.j2\x0158\x00'
    if (undefined(name='summary') if l_0_summary is missing else l_0_summary):
        pass
        yield '\x00report.tex.j2\x0160\x00\n\x00report.tex.j2\x0161\x00\\section*{Synthèse du rapport}\n\x00report.tex.j2\x0162\x00\n\x00report.tex.j2\x0163\x00'
        yield str(t_5((undefined(name='summary') if l_0_summary is missing else l_0_summary)))
        yield '\x00report.tex.j2\x0163\x00\n\x00report.tex.j2\x0164\x00'
    yield '\x00report.tex.j2\x0165\x00\n\x00report.tex.j2\x0166\x00\\section*{Synthèse}\n\x00report.tex.j2\x0167\x00\n\x00report.tex.j2\x0168\x00Sur '
    yield str(environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'objectives'))
    yield '\x00report.tex.j2\x0168\x00~objectif'
    yield str(('s' if (environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'objectives') > 1) else cond_expr_undefined("the inline if-expression on line 68 in 'report.tex.j2' evaluated to false and no else section was defined.")))
    yield '\x00report.tex.j2\x0168\x00, '
    yield str(environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'on-track'))
    yield '\x00report.tex.j2\x0168\x00 '
    yield str(('sont' if (environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'on-track') > 1) else 'est'))
    yield '\x00report.tex.j2\x0168\x00 atteint'
    yield str(('s' if (environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'on-track') > 1) else cond_expr_undefined("the inline if-expression on line 68 in 'report.tex.j2' evaluated to false and no else section was defined.")))
    yield '\x00report.tex.j2\x0168\x00 en '
    yield str((undefined(name='year') if l_0_year is missing else l_0_year))
    yield '\x00report.tex.j2\x0168\x00, '
    yield str(environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'behind'))
    yield '\x00report.tex.j2\x0168\x00 en retard et '
    yield str(environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'no-data'))
    yield '\x00report.tex.j2\x0168\x00 sans donnée. Taux d’exécution des crédits de l’exercice : '
    yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'rate')))
    yield '\x00report.tex.j2\x0168\x00 ('
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'spent')))
    yield '\x00report.tex.j2\x0168\x00 consommés sur '
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'signed')))
    yield '\x00report.tex.j2\x0168\x00 signés).\n\x00report.tex.j2\x0169\x00\n\x00report.tex.j2\x0170\x00\\begin{center}\\small\n\x00report.tex.j2\x0171\x00\\begin{tabular}{@{}lrrr@{}}\n\x00report.tex.j2\x0172\x00\\toprule\n\x00report.tex.j2\x0173\x00Engagement & Objectifs atteints & En retard & Sans donnée \\\\\n\x00report.tex.j2\x0174\x00\\midrule\n\x00report.tex.j2\x0175\x00'
    for l_1_engagement in (undefined(name='engagements') if l_0_engagements is missing else l_0_engagements):
        _loop_vars = {}
        pass
        yield str(t_4(environment.getattr(l_1_engagement, 'label')))
        yield '\x00report.tex.j2\x0176\x00 & '
        yield str(environment.getattr(l_1_engagement, 'on_track'))
        yield '\x00report.tex.j2\x0176\x00 & '
        yield str(environment.getattr(l_1_engagement, 'behind'))
        yield '\x00report.tex.j2\x0176\x00 & '
        yield str(environment.getattr(l_1_engagement, 'no_data'))
        yield '\x00report.tex.j2\x0176\x00 \\\\\n\x00report.tex.j2\x0177\x00'
    l_1_engagement = missing
    yield '\x00report.tex.j2\x0178\x00\\bottomrule\n\x00report.tex.j2\x0179\x00\\end{tabular}\n\x00report.tex.j2\x0180\x00\\end{center}\n\x00report.tex.j2\x0181\x00'
    if (undefined(name='illustrative') if l_0_illustrative is missing else l_0_illustrative):
        pass
        yield '\x00report.tex.j2\x0182\x00\n\x00report.tex.j2\x0183\x00Les valeurs marquées \\textsuperscript{\\emph{ill.}} ne viennent d’aucune source : elles sont données à titre d’illustration.\n\x00report.tex.j2\x0184\x00'
    yield '\x00report.tex.j2\x0185\x00\n\x00report.tex.j2\x0186\x00\\section*{Résultats au regard des objectifs}\n\x00report.tex.j2\x0187\x00'
    l_1_loop = missing
    for l_1_engagement, l_1_loop in LoopContext((undefined(name='engagements') if l_0_engagements is missing else l_0_engagements), undefined):
        _loop_vars = {}
        pass
        yield '\x00report.tex.j2\x0188\x00\n\x00report.tex.j2\x0189\x00\\subsection*{'
        yield str(t_4(environment.getattr(l_1_engagement, 'label')))
        if environment.getattr(l_1_engagement, 'title'):
            pass
            yield '\x00report.tex.j2\x0189\x00 — '
            yield str(t_4(environment.getattr(l_1_engagement, 'title')))
        yield '\x00report.tex.j2\x0189\x00}\n\x00report.tex.j2\x0190\x00'
        l_2_loop = missing
        for l_2_objective, l_2_loop in LoopContext(environment.getattr(l_1_engagement, 'objectives'), undefined):
            _loop_vars = {}
            pass
            yield '\x00report.tex.j2\x0191\x00\n\x00report.tex.j2\x0192\x00\\subsubsection*{Objectif n°~'
            yield str(environment.getattr(l_2_objective, 'number'))
            yield '\x00report.tex.j2\x0192\x00 — '
            yield str(t_4(environment.getattr(l_2_objective, 'title')))
            yield '\x00report.tex.j2\x0192\x00}\n\x00report.tex.j2\x0193\x00\n\x00report.tex.j2\x0194\x00'
            if (environment.getattr(l_2_objective, 'standing') == 'on-track'):
                pass
                yield '\x00report.tex.j2\x0194\x00Atteint en '
                yield str((undefined(name='year') if l_0_year is missing else l_0_year))
                yield '\x00report.tex.j2\x0194\x00.'
            elif (environment.getattr(l_2_objective, 'standing') == 'behind'):
                pass
                yield '\x00report.tex.j2\x0194\x00En retard en '
                yield str((undefined(name='year') if l_0_year is missing else l_0_year))
                yield '\x00report.tex.j2\x0194\x00.'
            else:
                pass
                yield '\x00report.tex.j2\x0194\x00Sans donnée pour '
                yield str((undefined(name='year') if l_0_year is missing else l_0_year))
                yield '\x00report.tex.j2\x0194\x00.'
            yield '\x00report.tex.j2\x0194\x00\n\x00report.tex.j2\x0195\x00'
            l_3_loop = missing
            for l_3_action, l_3_loop in LoopContext(environment.getattr(l_2_objective, 'actions'), undefined):
                _loop_vars = {}
                pass
                yield '\x00report.tex.j2\x0196\x00\n\x00report.tex.j2\x0197\x00\\paragraph{Action '
                yield str(environment.getattr(l_3_action, 'number'))
                yield '\x00report.tex.j2\x0197\x00 — '
                yield str(t_4(environment.getattr(l_3_action, 'title')))
                yield '\x00report.tex.j2\x0197\x00}\n\x00report.tex.j2\x0198\x00\n\x00report.tex.j2\x0199\x00{\\small\n\x00report.tex.j2\x01100\x00\\begin{tabularx}{\\linewidth}{@{}Lrrrrl@{}}\n\x00report.tex.j2\x01101\x00\\toprule\n\x00report.tex.j2\x01102\x00Indicateur & Référence & Cible '
                yield str((undefined(name='year') if l_0_year is missing else l_0_year))
                yield '\x00report.tex.j2\x01102\x00 & Résultat '
                yield str((undefined(name='year') if l_0_year is missing else l_0_year))
                yield '\x00report.tex.j2\x01102\x00 & Atteinte & Évolution \\\\\n\x00report.tex.j2\x01103\x00\\midrule\n\x00report.tex.j2\x01104\x00'
                for l_4_indicator in environment.getattr(l_3_action, 'indicators'):
                    _loop_vars = {}
                    pass
                    yield str(t_4(environment.getattr(l_4_indicator, 'label')))
                    if (environment.getattr(l_4_indicator, 'direction') == 'down'):
                        pass
                        yield '\x00report.tex.j2\x01105\x00 (plus bas, mieux)'
                    yield '\x00report.tex.j2\x01105\x00 & '
                    if (not t_10(environment.getattr(l_4_indicator, 'baseline'))):
                        pass
                        yield str(t_4(t_6(environment.getattr(l_4_indicator, 'baseline'), environment.getattr(l_4_indicator, 'unit'))))
                        yield '\x00report.tex.j2\x01105\x00 ('
                        yield str(environment.getattr(l_4_indicator, 'baseline_year'))
                        yield '\x00report.tex.j2\x01105\x00)'
                    else:
                        pass
                        yield '\x00report.tex.j2\x01105\x00—'
                    yield '\x00report.tex.j2\x01105\x00 & '
                    yield str(environment.call(context, (undefined(name='value') if l_0_value is missing else l_0_value), environment.getattr(l_4_indicator, 'target'), environment.getattr(l_4_indicator, 'unit'), environment.getattr(l_4_indicator, 'illustrative_target'), _loop_vars=_loop_vars))
                    yield '\x00report.tex.j2\x01105\x00 & '
                    if t_10(environment.getattr(l_4_indicator, 'result')):
                        pass
                        yield '\x00report.tex.j2\x01105\x00\\textbf{non renseigné}'
                    else:
                        pass
                        yield str(environment.call(context, (undefined(name='value') if l_0_value is missing else l_0_value), environment.getattr(l_4_indicator, 'result'), environment.getattr(l_4_indicator, 'unit'), environment.getattr(l_4_indicator, 'illustrative_result'), _loop_vars=_loop_vars))
                    yield '\x00report.tex.j2\x01105\x00 & '
                    if (environment.getattr(l_4_indicator, 'state') in ('met', 'behind')):
                        pass
                        yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr(l_4_indicator, 'achievement'), _loop_vars=_loop_vars))
                    elif (environment.getattr(l_4_indicator, 'state') == 'no-target'):
                        pass
                        yield '\x00report.tex.j2\x01105\x00sans cible'
                    else:
                        pass
                        yield '\x00report.tex.j2\x01105\x00—'
                    yield '\x00report.tex.j2\x01105\x00 & '
                    if t_10(environment.getattr(l_4_indicator, 'trend')):
                        pass
                        yield '\x00report.tex.j2\x01105\x00—'
                    else:
                        pass
                        yield str(('+' if (environment.getattr(l_4_indicator, 'trend') > 0) else cond_expr_undefined("the inline if-expression on line 105 in 'report.tex.j2' evaluated to false and no else section was defined.")))
                        if (environment.getattr(l_4_indicator, 'unit') == 'pourcentage'):
                            pass
                            yield str(t_4(t_7(environment.getattr(l_4_indicator, 'trend'))))
                            yield '\x00report.tex.j2\x01105\x00 points'
                        else:
                            pass
                            yield str(t_4(t_6(environment.getattr(l_4_indicator, 'trend'), environment.getattr(l_4_indicator, 'unit'))))
                        if t_11(environment.getattr(l_4_indicator, 'favourable')):
                            pass
                            yield '\x00report.tex.j2\x01105\x00, favorable'
                        elif t_9(environment.getattr(l_4_indicator, 'favourable')):
                            pass
                            yield '\x00report.tex.j2\x01105\x00, défavorable'
                    yield '\x00report.tex.j2\x01105\x00 \\\\\n\x00report.tex.j2\x01106\x00'
                l_4_indicator = missing
                yield '\x00report.tex.j2\x01107\x00\\bottomrule\n\x00report.tex.j2\x01108\x00\\end{tabularx}\n\x00report.tex.j2\x01109\x00\\par}\n\x00report.tex.j2\x01110\x00'
                for l_4_indicator in environment.getattr(l_3_action, 'indicators'):
                    _loop_vars = {}
                    pass
                    if environment.getattr(l_4_indicator, 'comment'):
                        pass
                        yield '\x00report.tex.j2\x01112\x00\n\x00report.tex.j2\x01113\x00Commentaire ('
                        yield str(t_4(environment.getattr(l_4_indicator, 'label')))
                        yield '\x00report.tex.j2\x01113\x00) : '
                        yield str(t_4(environment.getattr(l_4_indicator, 'comment')))
                        yield '\x00report.tex.j2\x01113\x00\n\x00report.tex.j2\x01114\x00'
                l_4_indicator = missing
                l_4_loop = missing
                for l_4_indicator, l_4_loop in LoopContext(environment.getattr(l_3_action, 'indicators'), undefined):
                    l_4_indicators = resolve('indicators')
                    l_4_view = missing
                    _loop_vars = {}
                    pass
                    l_4_view = environment.getitem((undefined(name='indicators') if l_4_indicators is missing else l_4_indicators), (environment.getattr(l_3_action, 'number'), environment.getattr(l_4_loop, 'index0')))
                    _loop_vars['view'] = l_4_view
                    if environment.getattr((undefined(name='view') if l_4_view is missing else l_4_view), 'chart'):
                        pass
                        yield '\x00report.tex.j2\x01119\x00\n\x00report.tex.j2\x01120\x00\\begin{figure}[h!]\n\x00report.tex.j2\x01121\x00\\centering\n\x00report.tex.j2\x01122\x00\\includegraphics[width=0.8\\linewidth]{'
                        yield str(environment.getattr(environment.getattr((undefined(name='view') if l_4_view is missing else l_4_view), 'chart'), 'file'))
                        yield '\x00report.tex.j2\x01122\x00}\n\x00report.tex.j2\x01123\x00\\par\\smallskip{\\small\\emph{'
                        yield str(t_4(environment.getattr(environment.getattr((undefined(name='view') if l_4_view is missing else l_4_view), 'chart'), 'caption')))
                        yield '\x00report.tex.j2\x01123\x00}\\par}\n\x00report.tex.j2\x01124\x00\\end{figure}\n\x00report.tex.j2\x01125\x00'
                l_4_loop = l_4_indicator = l_4_indicators = l_4_view = missing
            l_3_loop = l_3_action = missing
        l_2_loop = l_2_objective = missing
    l_1_loop = l_1_engagement = missing
    yield '\x00report.tex.j2\x01130\x00\n\x00report.tex.j2\x01131\x00\\section*{Bilan financier}\n\x00report.tex.j2\x01132\x00\n\x00report.tex.j2\x01133\x00Crédits de l’exercice '
    yield str((undefined(name='year') if l_0_year is missing else l_0_year))
    yield '\x00report.tex.j2\x01133\x00, par source :\n\x00report.tex.j2\x01134\x00\n\x00report.tex.j2\x01135\x00{\\small\n\x00report.tex.j2\x01136\x00\\begin{tabularx}{\\linewidth}{@{}Lrrrrr@{}}\n\x00report.tex.j2\x01137\x00\\toprule\n\x00report.tex.j2\x01138\x00Source & Signé & Versé & Consommé & Solde & Exécution \\\\\n\x00report.tex.j2\x01139\x00\\midrule\n\x00report.tex.j2\x01140\x00'
    for l_1_row in environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'rows'):
        _loop_vars = {}
        pass
        yield str(t_4(environment.getattr(l_1_row, 'label')))
        if environment.getattr(l_1_row, 'illustrative'):
            pass
            yield '\x00report.tex.j2\x01141\x00\\textsuperscript{\\emph{ill.}}'
        yield '\x00report.tex.j2\x01141\x00 & '
        yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr(l_1_row, 'signed'), _loop_vars=_loop_vars))
        yield '\x00report.tex.j2\x01141\x00 & '
        yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr(l_1_row, 'paid'), _loop_vars=_loop_vars))
        yield '\x00report.tex.j2\x01141\x00 & '
        yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr(l_1_row, 'spent'), _loop_vars=_loop_vars))
        yield '\x00report.tex.j2\x01141\x00 & '
        yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr(l_1_row, 'balance'), _loop_vars=_loop_vars))
        yield '\x00report.tex.j2\x01141\x00 & '
        yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr(l_1_row, 'rate'), _loop_vars=_loop_vars))
        yield '\x00report.tex.j2\x01141\x00 \\\\\n\x00report.tex.j2\x01142\x00'
    l_1_row = missing
    yield '\x00report.tex.j2\x01143\x00\\midrule\n\x00report.tex.j2\x01144\x00\\textbf{Total} & \\textbf{'
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'signed')))
    yield '\x00report.tex.j2\x01144\x00} & \\textbf{'
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'paid')))
    yield '\x00report.tex.j2\x01144\x00} & \\textbf{'
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'spent')))
    yield '\x00report.tex.j2\x01144\x00} & \\textbf{'
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'balance')))
    yield '\x00report.tex.j2\x01144\x00} & \\textbf{'
    yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'rate')))
    yield '\x00report.tex.j2\x01144\x00} \\\\\n\x00report.tex.j2\x01145\x00\\bottomrule\n\x00report.tex.j2\x01146\x00\\end{tabularx}\n\x00report.tex.j2\x01147\x00\\par}\n\x00report.tex.j2\x01148\x00\n\x00report.tex.j2\x01149\x00Depuis le début de la convention ('
    yield str(environment.getitem(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'years'), 0))
    yield '\x00report.tex.j2\x01149\x00-'
    yield str((undefined(name='year') if l_0_year is missing else l_0_year))
    yield '\x00report.tex.j2\x01149\x00) : '
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='cumulative') if l_0_cumulative is missing else l_0_cumulative), 'spent')))
    yield '\x00report.tex.j2\x01149\x00 consommés sur '
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='cumulative') if l_0_cumulative is missing else l_0_cumulative), 'signed')))
    yield '\x00report.tex.j2\x01149\x00 signés, soit un taux d’exécution de '
    yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr((undefined(name='cumulative') if l_0_cumulative is missing else l_0_cumulative), 'rate')))
    yield '\x00report.tex.j2\x01149\x00.\n\x00report.tex.j2\x01150\x00\n\x00report.tex.j2\x01151\x00'
    if (not t_10(environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'cofinancing'))):
        pass
        yield '\x00report.tex.j2\x01152\x00Co-financement du Département : '
        yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'cofinancing')))
        yield '\x00report.tex.j2\x01152\x00 des crédits signés de l’exercice.\n\x00report.tex.j2\x01153\x00'
    else:
        pass
        yield '\x00report.tex.j2\x01154\x00Aucun co-financement du Département n’est inscrit pour l’exercice.\n\x00report.tex.j2\x01155\x00'
    for l_1_chart in (undefined(name='source_charts') if l_0_source_charts is missing else l_0_source_charts):
        _loop_vars = {}
        pass
        yield '\x00report.tex.j2\x01157\x00\n\x00report.tex.j2\x01158\x00\\begin{figure}[h!]\n\x00report.tex.j2\x01159\x00\\centering\n\x00report.tex.j2\x01160\x00\\includegraphics[width=0.8\\linewidth]{'
        yield str(environment.getattr(l_1_chart, 'file'))
        yield '\x00report.tex.j2\x01160\x00}\n\x00report.tex.j2\x01161\x00\\par\\smallskip{\\small\\emph{'
        yield str(t_4(environment.getattr(l_1_chart, 'caption')))
        yield '\x00report.tex.j2\x01161\x00}\\par}\n\x00report.tex.j2\x01162\x00\\end{figure}\n\x00report.tex.j2\x01163\x00'
    l_1_chart = missing
    yield '\x00report.tex.j2\x01164\x00\n\x00report.tex.j2\x01165\x00\\section*{Signatures}\n\x00report.tex.j2\x01166\x00\n\x00report.tex.j2\x01167\x00Rapport '
    if (((undefined(name='status') if l_0_status is missing else l_0_status) == 'adopted') and (undefined(name='adopted_on') if l_0_adopted_on is missing else l_0_adopted_on)):
        pass
        yield '\x00report.tex.j2\x01167\x00arrêté conjointement le '
        yield str(t_4(t_3((undefined(name='adopted_on') if l_0_adopted_on is missing else l_0_adopted_on))))
    else:
        pass
        yield '\x00report.tex.j2\x01167\x00à arrêter conjointement'
    yield '\x00report.tex.j2\x01167\x00, établi par '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'collectivity'), 'the')))
    yield '\x00report.tex.j2\x01167\x00 et partagé avec le représentant de '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'state'), 'the')))
    yield '\x00report.tex.j2\x01167\x00 et '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'ars'), 'the')))
    yield '\x00report.tex.j2\x01167\x00.\n\x00report.tex.j2\x01168\x00\n\x00report.tex.j2\x01169\x00'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'signature_blocks'), environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'signatures'), environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'state'), environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'ars'), environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'collectivity')))
    yield '\x00report.tex.j2\x01169\x00\n\x00report.tex.j2\x01170\x00'
    if (undefined(name='deadline_source') if l_0_deadline_source is missing else l_0_deadline_source):
        pass
        yield '\x00report.tex.j2\x01171\x00\n\x00report.tex.j2\x01172\x00{\\footnotesize Échéance : '
        yield str(t_4((undefined(name='deadline_source') if l_0_deadline_source is missing else l_0_deadline_source)))
        yield '\x00report.tex.j2\x01172\x00.\\par}\n\x00report.tex.j2\x01173\x00'
    yield '\x00report.tex.j2\x01174\x00\n\x00report.tex.j2\x01175\x00\\label{pep-derniere-page}\n\x00report.tex.j2\x01176\x00\\end{document}\n\x00report.tex.j2\x01177\x00'

blocks = {}
debug_info = '5=100&6=103&7=105&8=132&9=150&10=168&16=175&18=177&20=179&26=181&27=185&28=191&29=196&30=210&31=220&32=222&35=224&41=227&42=231&47=243&52=247&53=251&59=259&63=262&68=265&75=287&76=290&81=300&87=305&89=309&90=316&92=320&94=324&95=341&97=345&102=349&104=353&105=356&110=412&111=415&113=418&116=424&117=429&118=431&122=434&123=436&133=443&140=445&141=448&144=465&149=475&151=485&152=488&156=493&160=497&161=499&167=503&169=517&170=519&172=522'

# report.tex.j2
# Generated by `make templates` (pep_cli.render.compiled): do not edit.
