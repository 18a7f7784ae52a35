from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.md.j2'

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
    l_0_c = l_0_value = l_0_rate = l_0_money = missing
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
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.filters['measure']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'measure' found.")
    try:
        t_6 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    try:
        t_7 = environment.filters['percent']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'percent' found.")
    try:
        t_8 = environment.tests['false']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'false' found.")
    try:
        t_9 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    try:
        t_10 = environment.tests['true']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No test named 'true' found.")
    pass
    l_0_c = (undefined(name='convention') if l_0_convention is missing else l_0_convention)
    context.vars['c'] = l_0_c
    context.exported_vars.add('c')
    def macro(l_1_v, l_1_unit, l_1_marked):
        t_11 = []
        if l_1_v is missing:
            l_1_v = undefined("parameter 'v' was not provided", name='v')
        if l_1_unit is missing:
            l_1_unit = undefined("parameter 'unit' was not provided", name='unit')
        if l_1_marked is missing:
            l_1_marked = undefined("parameter 'marked' was not provided", name='marked')
        pass
        if t_9(l_1_v):
            pass
            t_11.append(
                '—',
            )
        else:
            pass
            t_11.append(
                str(t_4(t_5(l_1_v, l_1_unit))),
            )
            if l_1_marked:
                pass
                t_11.append(
                    ' (illustratif)',
                )
        return concat(t_11)
    context.exported_vars.add('value')
    context.vars['value'] = l_0_value = Macro(environment, macro, 'value', ('v', 'unit', 'marked'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r):
        t_12 = []
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        pass
        if t_9(l_1_r):
            pass
            t_12.append(
                '—',
            )
        else:
            pass
            t_12.append(
                str(t_4(t_7(l_1_r))),
            )
        return concat(t_12)
    context.exported_vars.add('rate')
    context.vars['rate'] = l_0_rate = Macro(environment, macro, 'rate', ('r',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_v):
        t_13 = []
        if l_1_v is missing:
            l_1_v = undefined("parameter 'v' was not provided", name='v')
        pass
        if t_9(l_1_v):
            pass
            t_13.append(
                '—',
            )
        else:
            pass
            t_13.append(
                str(t_4(t_1(l_1_v))),
            )
        return concat(t_13)
    context.exported_vars.add('money')
    context.vars['money'] = l_0_money = Macro(environment, macro, 'money', ('v',), False, False, False, context.eval_ctx.autoescape)
    yield '# '
    yield str(t_4((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '\n\n**'
    yield str(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'title')))
    yield '**\n\n'
    yield str(t_4(t_2(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'between'))))
    yield '\n\n| | |\n|---|---|\n| Territoire | '
    yield str(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'territory_name')))
    yield ' ('
    yield str(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'territory_code')))
    yield ') |\n| Convention | '
    yield str(t_4(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'period')))
    yield ', édition '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'edition'), 'name')))
    yield ', version '
    yield str((undefined(name='version') if l_0_version is missing else l_0_version))
    yield ' |\n| Exercice | '
    yield str((undefined(name='year') if l_0_year is missing else l_0_year))
    if (undefined(name='in_progress') if l_0_in_progress is missing else l_0_in_progress):
        pass
        yield ' (en cours)'
    yield ' |\n| Statut du rapport | '
    if ((undefined(name='status') if l_0_status is missing else l_0_status) == 'adopted'):
        pass
        yield 'arrêté'
        if (undefined(name='adopted_on') if l_0_adopted_on is missing else l_0_adopted_on):
            pass
            yield ' le '
            yield str(t_4(t_3((undefined(name='adopted_on') if l_0_adopted_on is missing else l_0_adopted_on))))
    elif ((undefined(name='status') if l_0_status is missing else l_0_status) == 'draft'):
        pass
        yield 'projet'
    else:
        pass
        yield 'projet (non inscrit)'
    yield ' |\n| Échéance | '
    if (undefined(name='deadline_document') if l_0_deadline_document is missing else l_0_deadline_document):
        pass
        yield str(t_4(t_2((undefined(name='deadline_document') if l_0_deadline_document is missing else l_0_deadline_document))))
        yield ' au '
        yield str(t_4(t_3((undefined(name='deadline') if l_0_deadline is missing else l_0_deadline))))
    else:
        pass
        yield 'rapport à arrêter au plus tard le '
        yield str(t_4(t_3((undefined(name='deadline') if l_0_deadline is missing else l_0_deadline))))
    yield ' |\n| Établi à partir de | '
    yield str(t_4(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'path')))
    if environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'short_commit'):
        pass
        yield ', commit '
        yield str(t_4(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'short_commit')))
    yield ' |\n| Date du document | '
    if environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'date'):
        pass
        yield str(t_4(t_3(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'date'))))
    else:
        pass
        yield 'non déterminée'
    yield ' |\n'
    if (undefined(name='draft') if l_0_draft is missing else l_0_draft):
        pass
        yield '\n> **PROJET — non conforme.** La convention ne respecte pas encore toutes les règles de son édition. Erreurs relevées par pep :\n>\n'
        for l_1_problem in (undefined(name='problems') if l_0_problems is missing else l_0_problems):
            _loop_vars = {}
            pass
            yield '> - '
            yield str(t_4(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'path')))
            yield ':'
            yield str(environment.getattr(l_1_problem, 'line'))
            yield ':'
            yield str(environment.getattr(l_1_problem, 'column'))
            yield ' — `'
            yield str(environment.getattr(l_1_problem, 'rule'))
            yield '` — '
            yield str(t_4(environment.getattr(l_1_problem, 'message')))
            yield '\n'
        l_1_problem = missing
    if (undefined(name='draft_report') if l_0_draft_report is missing else l_0_draft_report):
        pass
        yield '\n## Éléments manquants\n\n'
        t_14 = 1
        for l_1_item in (undefined(name='missing') if l_0_missing is missing else l_0_missing):
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_4(t_2(l_1_item)))
            yield '\n'
            t_14 = 0
        l_1_item = missing
        if t_14:
            pass
            yield '- Aucun : le rapport est complet.\n'
    if (undefined(name='summary') if l_0_summary is missing else l_0_summary):
        pass
        yield '\n## Synthèse du rapport\n\n'
        yield str(t_4((undefined(name='summary') if l_0_summary is missing else l_0_summary)))
        yield '\n'
    yield '\n## Synthèse\n\nSur '
    yield str(environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'objectives'))
    yield ' objectif'
    yield str(('s' if (environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'objectives') > 1) else cond_expr_undefined("the inline if-expression on line 50 in 'report.md.j2' evaluated to false and no else section was defined.")))
    yield ', '
    yield str(environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'on-track'))
    yield ' '
    yield str(('sont' if (environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'on-track') > 1) else 'est'))
    yield ' atteint'
    yield str(('s' if (environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'on-track') > 1) else cond_expr_undefined("the inline if-expression on line 50 in 'report.md.j2' evaluated to false and no else section was defined.")))
    yield ' en '
    yield str((undefined(name='year') if l_0_year is missing else l_0_year))
    yield ', '
    yield str(environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'behind'))
    yield ' en retard et '
    yield str(environment.getitem((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'no-data'))
    yield ' sans donnée. Taux d’exécution des crédits de l’exercice : '
    yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'rate')))
    yield ' ('
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'spent')))
    yield ' consommés sur '
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'signed')))
    yield ' signés).\n\n| Engagement | Objectifs atteints | En retard | Sans donnée |\n|---|---:|---:|---:|\n'
    for l_1_engagement in (undefined(name='engagements') if l_0_engagements is missing else l_0_engagements):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_4(environment.getattr(l_1_engagement, 'label')))
        yield ' | '
        yield str(environment.getattr(l_1_engagement, 'on_track'))
        yield ' | '
        yield str(environment.getattr(l_1_engagement, 'behind'))
        yield ' | '
        yield str(environment.getattr(l_1_engagement, 'no_data'))
        yield ' |\n'
    l_1_engagement = missing
    if (undefined(name='illustrative') if l_0_illustrative is missing else l_0_illustrative):
        pass
        yield '\nLes valeurs suivies de « (illustratif) » ne viennent d’aucune source : elles sont données à titre d’illustration.\n'
    yield '\n## Résultats au regard des objectifs\n\n'
    l_1_loop = missing
    for l_1_engagement, l_1_loop in LoopContext((undefined(name='engagements') if l_0_engagements is missing else l_0_engagements), undefined):
        _loop_vars = {}
        pass
        yield '### '
        yield str(t_4(environment.getattr(l_1_engagement, 'label')))
        if environment.getattr(l_1_engagement, 'title'):
            pass
            yield ' — '
            yield str(t_4(environment.getattr(l_1_engagement, 'title')))
        yield '\n\n'
        l_2_loop = missing
        for l_2_objective, l_2_loop in LoopContext(environment.getattr(l_1_engagement, 'objectives'), undefined):
            _loop_vars = {}
            pass
            yield '#### Objectif n° '
            yield str(environment.getattr(l_2_objective, 'number'))
            yield ' — '
            yield str(t_4(environment.getattr(l_2_objective, 'title')))
            yield '\n\n'
            if (environment.getattr(l_2_objective, 'standing') == 'on-track'):
                pass
                yield 'Atteint en '
                yield str((undefined(name='year') if l_0_year is missing else l_0_year))
                yield '.'
            elif (environment.getattr(l_2_objective, 'standing') == 'behind'):
                pass
                yield 'En retard en '
                yield str((undefined(name='year') if l_0_year is missing else l_0_year))
                yield '.'
            else:
                pass
                yield 'Sans donnée pour '
                yield str((undefined(name='year') if l_0_year is missing else l_0_year))
                yield '.'
            yield '\n\n'
            l_3_loop = missing
            for l_3_action, l_3_loop in LoopContext(environment.getattr(l_2_objective, 'actions'), undefined):
                _loop_vars = {}
                pass
                yield 'Action '
                yield str(environment.getattr(l_3_action, 'number'))
                yield ' — '
                yield str(t_4(environment.getattr(l_3_action, 'title')))
                yield '\n\n| Indicateur | Référence | Cible '
                yield str((undefined(name='year') if l_0_year is missing else l_0_year))
                yield ' | Résultat '
                yield str((undefined(name='year') if l_0_year is missing else l_0_year))
                yield ' | Atteinte | Évolution |\n|---|---:|---:|---:|---:|---|\n'
                l_4_loop = missing
                for l_4_indicator, l_4_loop in LoopContext(environment.getattr(l_3_action, 'indicators'), undefined):
                    l_4_indicators = resolve('indicators')
                    l_4_view = missing
                    _loop_vars = {}
                    pass
                    l_4_view = environment.getitem((undefined(name='indicators') if l_4_indicators is missing else l_4_indicators), (environment.getattr(l_3_action, 'number'), environment.getattr(l_4_loop, 'index0')))
                    _loop_vars['view'] = l_4_view
                    yield '| '
                    yield str(t_4(environment.getattr(l_4_indicator, 'label')))
                    if (environment.getattr(l_4_indicator, 'direction') == 'down'):
                        pass
                        yield ' (plus bas, mieux)'
                    yield ' | '
                    if (not t_9(environment.getattr(l_4_indicator, 'baseline'))):
                        pass
                        yield str(t_4(t_5(environment.getattr(l_4_indicator, 'baseline'), environment.getattr(l_4_indicator, 'unit'))))
                        yield ' ('
                        yield str(environment.getattr(l_4_indicator, 'baseline_year'))
                        yield ')'
                    else:
                        pass
                        yield '—'
                    yield ' | '
                    yield str(environment.call(context, (undefined(name='value') if l_0_value is missing else l_0_value), environment.getattr(l_4_indicator, 'target'), environment.getattr(l_4_indicator, 'unit'), environment.getattr(l_4_indicator, 'illustrative_target'), _loop_vars=_loop_vars))
                    yield ' | '
                    if t_9(environment.getattr(l_4_indicator, 'result')):
                        pass
                        yield '**non renseigné**'
                    else:
                        pass
                        yield str(environment.call(context, (undefined(name='value') if l_0_value is missing else l_0_value), environment.getattr(l_4_indicator, 'result'), environment.getattr(l_4_indicator, 'unit'), environment.getattr(l_4_indicator, 'illustrative_result'), _loop_vars=_loop_vars))
                    yield ' | '
                    if (environment.getattr(l_4_indicator, 'state') == 'met'):
                        pass
                        yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr(l_4_indicator, 'achievement'), _loop_vars=_loop_vars))
                        yield ', atteinte'
                    elif (environment.getattr(l_4_indicator, 'state') == 'behind'):
                        pass
                        yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr(l_4_indicator, 'achievement'), _loop_vars=_loop_vars))
                        yield ', en retard'
                    elif (environment.getattr(l_4_indicator, 'state') == 'no-target'):
                        pass
                        yield 'sans cible'
                    else:
                        pass
                        yield '—'
                    yield ' | '
                    if t_9(environment.getattr(l_4_indicator, 'trend')):
                        pass
                        yield '—'
                    else:
                        pass
                        yield str(('+' if (environment.getattr(l_4_indicator, 'trend') > 0) else cond_expr_undefined("the inline if-expression on line 81 in 'report.md.j2' evaluated to false and no else section was defined.")))
                        if (environment.getattr(l_4_indicator, 'unit') == 'pourcentage'):
                            pass
                            yield str(t_4(t_6(environment.getattr(l_4_indicator, 'trend'))))
                            yield ' points'
                        else:
                            pass
                            yield str(t_4(t_5(environment.getattr(l_4_indicator, 'trend'), environment.getattr(l_4_indicator, 'unit'))))
                        yield ' depuis '
                        yield str(environment.getattr(l_4_indicator, 'trend_from'))
                        if t_10(environment.getattr(l_4_indicator, 'favourable')):
                            pass
                            yield ', favorable'
                        elif t_8(environment.getattr(l_4_indicator, 'favourable')):
                            pass
                            yield ', défavorable'
                    yield ' |\n'
                l_4_loop = l_4_indicator = l_4_indicators = l_4_view = missing
                for l_4_indicator in environment.getattr(l_3_action, 'indicators'):
                    _loop_vars = {}
                    pass
                    if environment.getattr(l_4_indicator, 'comment'):
                        pass
                        yield '\nCommentaire ('
                        yield str(t_4(environment.getattr(l_4_indicator, 'label')))
                        yield ') : '
                        yield str(t_4(environment.getattr(l_4_indicator, 'comment')))
                        yield '\n'
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
                        yield '\n!['
                        yield str(t_4(environment.getattr(environment.getattr((undefined(name='view') if l_4_view is missing else l_4_view), 'chart'), 'alt')))
                        yield ']('
                        yield str(environment.getattr(environment.getattr((undefined(name='view') if l_4_view is missing else l_4_view), 'chart'), 'file'))
                        yield ')\n\n*'
                        yield str(t_4(environment.getattr(environment.getattr((undefined(name='view') if l_4_view is missing else l_4_view), 'chart'), 'caption')))
                        yield '*\n'
                l_4_loop = l_4_indicator = l_4_indicators = l_4_view = missing
                yield '\n'
            l_3_loop = l_3_action = missing
        l_2_loop = l_2_objective = missing
    l_1_loop = l_1_engagement = missing
    yield '## Bilan financier\n\nCrédits de l’exercice '
    yield str((undefined(name='year') if l_0_year is missing else l_0_year))
    yield ', par source :\n\n| Source | Signé | Versé | Consommé | Solde | Taux d’exécution |\n|---|---:|---:|---:|---:|---:|\n'
    for l_1_row in environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'rows'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_4(environment.getattr(l_1_row, 'label')))
        if environment.getattr(l_1_row, 'illustrative'):
            pass
            yield ' (illustratif)'
        yield ' | '
        yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr(l_1_row, 'signed'), _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr(l_1_row, 'paid'), _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr(l_1_row, 'spent'), _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr(l_1_row, 'balance'), _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr(l_1_row, 'rate'), _loop_vars=_loop_vars))
        yield ' |\n'
    l_1_row = missing
    yield '| **Total** | **'
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'signed')))
    yield '** | **'
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'paid')))
    yield '** | **'
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'spent')))
    yield '** | **'
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'balance')))
    yield '** | **'
    yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'rate')))
    yield '** |\n\nDepuis le début de la convention ('
    yield str(environment.getitem(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'years'), 0))
    yield '-'
    yield str((undefined(name='year') if l_0_year is missing else l_0_year))
    yield ') : '
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='cumulative') if l_0_cumulative is missing else l_0_cumulative), 'spent')))
    yield ' consommés sur '
    yield str(environment.call(context, (undefined(name='money') if l_0_money is missing else l_0_money), environment.getattr((undefined(name='cumulative') if l_0_cumulative is missing else l_0_cumulative), 'signed')))
    yield ' signés, soit un taux d’exécution de '
    yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr((undefined(name='cumulative') if l_0_cumulative is missing else l_0_cumulative), 'rate')))
    yield '.\n\n'
    if (not t_9(environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'cofinancing'))):
        pass
        yield 'Co-financement du Département : '
        yield str(environment.call(context, (undefined(name='rate') if l_0_rate is missing else l_0_rate), environment.getattr((undefined(name='balance') if l_0_balance is missing else l_0_balance), 'cofinancing')))
        yield ' des crédits signés de l’exercice.\n'
    else:
        pass
        yield 'Aucun co-financement du Département n’est inscrit pour l’exercice.\n'
    for l_1_chart in (undefined(name='source_charts') if l_0_source_charts is missing else l_0_source_charts):
        _loop_vars = {}
        pass
        yield '\n!['
        yield str(t_4(environment.getattr(l_1_chart, 'alt')))
        yield ']('
        yield str(environment.getattr(l_1_chart, 'file'))
        yield ')\n\n*'
        yield str(t_4(environment.getattr(l_1_chart, 'caption')))
        yield '*\n'
    l_1_chart = missing
    yield '\n## Signatures\n\nRapport '
    if (((undefined(name='status') if l_0_status is missing else l_0_status) == 'adopted') and (undefined(name='adopted_on') if l_0_adopted_on is missing else l_0_adopted_on)):
        pass
        yield 'arrêté conjointement le '
        yield str(t_4(t_3((undefined(name='adopted_on') if l_0_adopted_on is missing else l_0_adopted_on))))
    else:
        pass
        yield 'à arrêter conjointement'
    yield ', établi par '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'collectivity'), 'the')))
    yield ' et partagé avec le représentant de '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'state'), 'the')))
    yield ' et '
    yield str(t_4(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'ars'), 'the')))
    yield '.\n\n'
    t_15 = 1
    for l_1_block in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'signatures'):
        _loop_vars = {}
        pass
        yield '- **Pour '
        yield str(t_4(environment.getattr(environment.getattr(l_1_block, 'party'), 'the')))
        yield '** : '
        yield str(t_4(environment.getattr(l_1_block, 'name')))
        yield '\n'
        t_15 = 0
    l_1_block = missing
    if t_15:
        pass
        yield '- **Pour '
        yield str(t_4(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'state'), 'the')))
        yield '** : …\n- **Pour '
        yield str(t_4(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'ars'), 'the')))
        yield '** : …\n- **Pour '
        yield str(t_4(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'collectivity'), 'the')))
        yield '** : …\n'
    if (undefined(name='deadline_source') if l_0_deadline_source is missing else l_0_deadline_source):
        pass
        yield '\n*Échéance : '
        yield str(t_4((undefined(name='deadline_source') if l_0_deadline_source is missing else l_0_deadline_source)))
        yield '.*\n'

blocks = {}
debug_info = '4=94&5=97&6=124&7=142&8=161&10=163&12=165&16=167&17=171&18=177&19=182&20=196&21=206&22=212&23=219&27=222&28=226&31=237&35=241&36=245&41=252&45=255&50=258&54=280&55=284&57=293&64=298&65=302&68=309&69=313&71=317&74=334&75=338&77=342&79=347&80=352&81=355&83=417&84=420&86=423&89=429&90=434&91=436&93=439&95=443&104=451&108=453&109=457&111=474&113=484&115=494&116=497&120=502&122=506&124=510&129=514&131=529&132=533&134=542&135=544&136=546&138=548&140=551'

# report.md.j2
# Generated by `make templates` (pep_cli.render.compiled): do not edit.
