from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'convention.tex.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_document = resolve('document')
    l_0_title = resolve('title')
    l_0_between = resolve('between')
    l_0_status = resolve('status')
    l_0_draft = resolve('draft')
    l_0_problems = resolve('problems')
    l_0_edition = resolve('edition')
    l_0_departmental_plan = resolve('departmental_plan')
    l_0_letter_of_intent = resolve('letter_of_intent')
    l_0_collectivity = resolve('collectivity')
    l_0_visas = resolve('visas')
    l_0_state = resolve('state')
    l_0_ars = resolve('ars')
    l_0_period = resolve('period')
    l_0_coverage = resolve('coverage')
    l_0_engagements = resolve('engagements')
    l_0_funding = resolve('funding')
    l_0_cofinancers = resolve('cofinancers')
    l_0_report_deadlines = resolve('report_deadlines')
    l_0_years = resolve('years')
    l_0_signed_on = resolve('signed_on')
    l_0_place = resolve('place')
    l_0_framework_end = resolve('framework_end')
    l_0_version = resolve('version')
    l_0_amendments = resolve('amendments')
    l_0_copies = resolve('copies')
    l_0_signatures = resolve('signatures')
    l_0_actions = resolve('actions')
    l_0_illustrative = resolve('illustrative')
    l_0_sources = resolve('sources')
    l_0_provenance = resolve('provenance')
    l_0_e = l_0_parts = missing
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
        t_4 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_5 = environment.filters['latex']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'latex' found.")
    try:
        t_6 = environment.filters['latex_mark']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'latex_mark' found.")
    try:
        t_7 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_8 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_9 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    l_0_e = environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'e')
    context.vars['e'] = l_0_e
    context.exported_vars.add('e')
    l_0_parts = context.vars['parts'] = environment.get_template('parts.tex.j2', 'convention.tex.j2')._get_default_module(context)
    context.exported_vars.discard('parts')
    template = environment.get_template('preamble.tex.j2', 'convention.tex.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'e': l_0_e, 'parts': l_0_parts}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\x00convention.tex.j2\x0110\x00\n\x00convention.tex.j2\x0111\x00\\begin{document}\n\x00convention.tex.j2\x0112\x00\n\x00convention.tex.j2\x0113\x00\\begin{center}\n\x00convention.tex.j2\x0114\x00{\\LARGE\\bfseries\\color{pepblue} '
    yield str(t_5((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '\x00convention.tex.j2\x0114\x00\\par}\n\x00convention.tex.j2\x0115\x00\\vspace{0.8em}\n\x00convention.tex.j2\x0116\x00{\\large '
    yield str(t_5((undefined(name='between') if l_0_between is missing else l_0_between)))
    yield '\x00convention.tex.j2\x0116\x00\\par}\n\x00convention.tex.j2\x0117\x00'
    if ((undefined(name='status') if l_0_status is missing else l_0_status) == 'draft'):
        pass
        yield '\x00convention.tex.j2\x0118\x00\\vspace{0.5em}\n\x00convention.tex.j2\x0119\x00{\\itshape Projet\\par}\n\x00convention.tex.j2\x0120\x00'
    yield '\x00convention.tex.j2\x0121\x00\\end{center}\n\x00convention.tex.j2\x0122\x00\\vspace{0.5em}\n\x00convention.tex.j2\x0123\x00\n\x00convention.tex.j2\x0124\x00'
    if (undefined(name='draft') if l_0_draft is missing else l_0_draft):
        pass
        yield '\x00convention.tex.j2\x0125\x00\\noindent{\\color{pepred}\\rule{\\linewidth}{1.2pt}}\\par\n\x00convention.tex.j2\x0126\x00{\\color{pepred}\\Large\\bfseries PROJET — non conforme\\par}\n\x00convention.tex.j2\x0127\x00Ce document est un projet : '
        yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'the')))
        yield '\x00convention.tex.j2\x0127\x00 ne respecte pas encore toutes les règles de son édition. Erreurs relevées par pep :\n\x00convention.tex.j2\x0128\x00\\begin{itemize}\\small\n\x00convention.tex.j2\x0129\x00'
        for l_1_problem in (undefined(name='problems') if l_0_problems is missing else l_0_problems):
            _loop_vars = {}
            pass
            yield '\x00convention.tex.j2\x0130\x00\\item '
            yield str(t_5(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'path')))
            yield '\x00convention.tex.j2\x0130\x00:'
            yield str(environment.getattr(l_1_problem, 'line'))
            yield '\x00convention.tex.j2\x0130\x00:'
            yield str(environment.getattr(l_1_problem, 'column'))
            yield '\x00convention.tex.j2\x0130\x00 — \\texttt{'
            yield str(t_5(environment.getattr(l_1_problem, 'rule')))
            yield '\x00convention.tex.j2\x0130\x00} — '
            yield str(t_5(environment.getattr(l_1_problem, 'message')))
            yield '\x00convention.tex.j2\x0130\x00\n\x00convention.tex.j2\x0131\x00'
        l_1_problem = missing
        yield '\x00convention.tex.j2\x0132\x00\\end{itemize}\n\x00convention.tex.j2\x0133\x00\\noindent{\\color{pepred}\\rule{\\linewidth}{1.2pt}}\\par\n\x00convention.tex.j2\x0134\x00\n\x00convention.tex.j2\x0135\x00'
    yield '\x00convention.tex.j2\x0136\x00\\section*{Préambule}\n\x00convention.tex.j2\x0137\x00\n\x00convention.tex.j2\x0138\x00La stratégie nationale de prévention et de protection de l’enfance, présentée le 14~octobre~2019, vise à garantir à chaque enfant les mêmes chances et les mêmes droits. Elle se déploie dans les territoires par une contractualisation entre l’État, l’agence régionale de santé et le Département, sur des objectifs partagés, assortis d’indicateurs et de cibles chiffrées, et des moyens financiers dédiés.\n\x00convention.tex.j2\x0139\x00\n\x00convention.tex.j2\x0140\x00'
    yield str(t_5(t_2(environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'reference_cited'))))
    yield '\x00convention.tex.j2\x0140\x00 fixe le cadre de cette contractualisation.'
    if (undefined(name='departmental_plan') if l_0_departmental_plan is missing else l_0_departmental_plan):
        pass
        yield '\x00convention.tex.j2\x0140\x00 '
        yield str(t_5(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
        yield '\x00convention.tex.j2\x0140\x00 s’appuie sur '
        yield str(t_5((undefined(name='departmental_plan') if l_0_departmental_plan is missing else l_0_departmental_plan)))
        yield '\x00convention.tex.j2\x0140\x00.'
    yield '\x00convention.tex.j2\x0140\x00\n\x00convention.tex.j2\x0141\x00'
    if (undefined(name='letter_of_intent') if l_0_letter_of_intent is missing else l_0_letter_of_intent):
        pass
        yield '\x00convention.tex.j2\x0142\x00\n\x00convention.tex.j2\x0143\x00Une lettre d’intention a été signée le '
        yield str(t_5(t_3(environment.getattr((undefined(name='letter_of_intent') if l_0_letter_of_intent is missing else l_0_letter_of_intent), 'signed_on'))))
        yield '\x00convention.tex.j2\x0143\x00 par '
        l_1_loop = missing
        for l_1_signer, l_1_loop in LoopContext(environment.getattr((undefined(name='letter_of_intent') if l_0_letter_of_intent is missing else l_0_letter_of_intent), 'signers'), undefined):
            _loop_vars = {}
            pass
            yield str(t_5(l_1_signer))
            yield str((', ' if (environment.getattr(l_1_loop, 'revindex') > 2) else ((', et ' if (',' in l_1_signer) else ' et ') if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 43 in 'convention.tex.j2' evaluated to false and no else section was defined."))))
        l_1_loop = l_1_signer = missing
        yield '\x00convention.tex.j2\x0143\x00 : elle marque l’engagement '
        yield str(t_5(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'of')))
        yield '\x00convention.tex.j2\x0143\x00 dans la démarche. '
        yield str(t_5(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
        yield '\x00convention.tex.j2\x0143\x00 en est la traduction'
        if ((undefined(name='status') if l_0_status is missing else l_0_status) == 'draft'):
            pass
            yield '\x00convention.tex.j2\x0143\x00 ; '
            yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'pronoun')))
            yield '\x00convention.tex.j2\x0143\x00 n’est pas encore signé'
            yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield '\x00convention.tex.j2\x0143\x00.\n\x00convention.tex.j2\x0144\x00'
    yield '\x00convention.tex.j2\x0145\x00\n\x00convention.tex.j2\x0146\x00\\section*{Visas}\n\x00convention.tex.j2\x0147\x00\n\x00convention.tex.j2\x0148\x00'
    l_1_loop = missing
    for l_1_visa, l_1_loop in LoopContext((undefined(name='visas') if l_0_visas is missing else l_0_visas), undefined):
        _loop_vars = {}
        pass
        yield '\x00convention.tex.j2\x0149\x00Vu '
        yield str(t_5(l_1_visa))
        yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        yield '\x00convention.tex.j2\x0149\x00\n\x00convention.tex.j2\x0150\x00\n\x00convention.tex.j2\x0151\x00'
    l_1_loop = l_1_visa = missing
    yield '\x00convention.tex.j2\x0152\x00Il est convenu ce qui suit.\n\x00convention.tex.j2\x0153\x00\n\x00convention.tex.j2\x0154\x00\\section*{Article 1 — Objet}\n\x00convention.tex.j2\x0155\x00\n\x00convention.tex.j2\x0156\x00'
    yield str(t_5(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
    yield '\x00convention.tex.j2\x0156\x00 fixe les engagements réciproques '
    yield str(t_5(environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'of')))
    yield '\x00convention.tex.j2\x0156\x00, '
    yield str(t_5(environment.getattr((undefined(name='ars') if l_0_ars is missing else l_0_ars), 'of')))
    yield '\x00convention.tex.j2\x0156\x00 et '
    yield str(t_5(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'of')))
    yield '\x00convention.tex.j2\x0156\x00 pour la mise en œuvre de la stratégie nationale de prévention et de protection de l’enfance sur la période '
    yield str(t_5((undefined(name='period') if l_0_period is missing else l_0_period)))
    yield '\x00convention.tex.j2\x0156\x00.\n\x00convention.tex.j2\x0157\x00\n\x00convention.tex.j2\x0158\x00'
    yield str(t_5(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'pronoun'))))
    yield '\x00convention.tex.j2\x0158\x00 comporte '
    yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'actions'))
    yield '\x00convention.tex.j2\x0158\x00~action'
    yield str(('s' if (environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'actions') > 1) else cond_expr_undefined("the inline if-expression on line 58 in 'convention.tex.j2' evaluated to false and no else section was defined.")))
    yield '\x00convention.tex.j2\x0158\x00, qui couvre'
    yield str(('nt' if (environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'actions') > 1) else cond_expr_undefined("the inline if-expression on line 58 in 'convention.tex.j2' evaluated to false and no else section was defined.")))
    yield '\x00convention.tex.j2\x0158\x00 '
    yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'objectives'))
    yield '\x00convention.tex.j2\x0158\x00~objectif'
    yield str(('s' if (environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'objectives') > 1) else cond_expr_undefined("the inline if-expression on line 58 in 'convention.tex.j2' evaluated to false and no else section was defined.")))
    yield '\x00convention.tex.j2\x0158\x00 du cadre national : '
    yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'required_covered'))
    yield '\x00convention.tex.j2\x0158\x00 des '
    yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'required_total'))
    yield '\x00convention.tex.j2\x0158\x00~objectifs obligatoires et '
    yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'optional_covered'))
    yield '\x00convention.tex.j2\x0158\x00~objectif'
    yield str(('s' if (environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'optional_covered') > 1) else cond_expr_undefined("the inline if-expression on line 58 in 'convention.tex.j2' evaluated to false and no else section was defined.")))
    yield '\x00convention.tex.j2\x0158\x00 au choix'
    if environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'min_optional'):
        pass
        yield '\x00convention.tex.j2\x0158\x00 (au moins '
        yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'min_optional'))
        yield '\x00convention.tex.j2\x0158\x00 requis)'
    yield '\x00convention.tex.j2\x0158\x00. Chaque action fait l’objet d’une fiche action (annexe~1).\n\x00convention.tex.j2\x0159\x00'
    if environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'missing_required'):
        pass
        yield '\x00convention.tex.j2\x0160\x00\n\x00convention.tex.j2\x0161\x00Objectifs obligatoires non couverts : '
        l_1_loop = missing
        for l_1_number, l_1_loop in LoopContext(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'missing_required'), undefined):
            _loop_vars = {}
            pass
            yield '\x00convention.tex.j2\x0161\x00n°~'
            yield str(l_1_number)
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        l_1_loop = l_1_number = missing
        yield '\x00convention.tex.j2\x0161\x00\n\x00convention.tex.j2\x0162\x00'
    yield '\x00convention.tex.j2\x0163\x00\n\x00convention.tex.j2\x0164\x00\\section*{Article 2 — Engagements des parties}\n\x00convention.tex.j2\x0165\x00\n\x00convention.tex.j2\x0166\x00'
    yield str(t_5(t_2(environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'the'))))
    yield '\x00convention.tex.j2\x0166\x00 et '
    yield str(t_5(environment.getattr((undefined(name='ars') if l_0_ars is missing else l_0_ars), 'the')))
    yield '\x00convention.tex.j2\x0166\x00 s’engagent à soutenir financièrement les actions décrites à l’article~3, à hauteur des montants fixés à l’article~4, sous réserve de l’ouverture des crédits correspondants.\n\x00convention.tex.j2\x0167\x00\n\x00convention.tex.j2\x0168\x00'
    yield str(t_5(t_2(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'the'))))
    yield '\x00convention.tex.j2\x0168\x00 s’engage à mettre en œuvre ces actions, à y consacrer les moyens prévus à l’article~4, à en renseigner chaque année les indicateurs et à rendre compte de leur exécution dans les conditions de l’article~8.\n\x00convention.tex.j2\x0169\x00\n\x00convention.tex.j2\x0170\x00\\section*{Article 3 — Actions}\n\x00convention.tex.j2\x0171\x00\n\x00convention.tex.j2\x0172\x00Les actions sont présentées par engagement de la stratégie nationale, puis par objectif. Leur contenu, leur public, leurs acteurs, leur calendrier, leurs financements et leurs indicateurs figurent dans les fiches action de l’annexe~1 ; les cibles de chaque indicateur figurent au tableau de bord de l’annexe~2.\n\x00convention.tex.j2\x0173\x00'
    l_1_loop = missing
    for l_1_engagement, l_1_loop in LoopContext((undefined(name='engagements') if l_0_engagements is missing else l_0_engagements), undefined):
        _loop_vars = {}
        pass
        yield '\x00convention.tex.j2\x0174\x00\n\x00convention.tex.j2\x0175\x00\\subsection*{'
        yield str(t_5(environment.getattr(l_1_engagement, 'label')))
        if environment.getattr(l_1_engagement, 'title'):
            pass
            yield '\x00convention.tex.j2\x0175\x00 — '
            yield str(t_5(environment.getattr(l_1_engagement, 'title')))
        yield '\x00convention.tex.j2\x0175\x00}\n\x00convention.tex.j2\x0176\x00'
        l_2_loop = missing
        for l_2_objective, l_2_loop in LoopContext(environment.getattr(l_1_engagement, 'objectives'), undefined):
            _loop_vars = {}
            pass
            yield '\x00convention.tex.j2\x0177\x00\n\x00convention.tex.j2\x0178\x00\\subsubsection*{Objectif n°~'
            yield str(environment.getattr(l_2_objective, 'number'))
            if environment.getattr(l_2_objective, 'required'):
                pass
                yield '\x00convention.tex.j2\x0178\x00 (obligatoire)'
            yield '\x00convention.tex.j2\x0178\x00 — '
            yield str(t_5(environment.getattr(l_2_objective, 'title')))
            yield '\x00convention.tex.j2\x0178\x00}\n\x00convention.tex.j2\x0179\x00'
            if environment.getattr(l_2_objective, 'horizon_note'):
                pass
                yield '\x00convention.tex.j2\x0180\x00\n\x00convention.tex.j2\x0181\x00{\\small\\itshape '
                yield str(t_5(environment.getattr(l_2_objective, 'horizon_note')))
                yield '\x00convention.tex.j2\x0181\x00\\par}\n\x00convention.tex.j2\x0182\x00'
            yield '\x00convention.tex.j2\x0183\x00\n\x00convention.tex.j2\x0184\x00\\begin{itemize}\n\x00convention.tex.j2\x0185\x00'
            l_3_loop = missing
            for l_3_action, l_3_loop in LoopContext(environment.getattr(l_2_objective, 'actions'), undefined):
                _loop_vars = {}
                pass
                yield '\x00convention.tex.j2\x0186\x00\\item Action~'
                yield str(environment.getattr(l_3_action, 'number'))
                yield '\x00convention.tex.j2\x0186\x00 : '
                yield str(t_5(environment.getattr(l_3_action, 'title')))
                if environment.getattr(l_3_action, 'illustrative'):
                    pass
                    yield '\x00convention.tex.j2\x0186\x00 (action illustrative~\\textdagger)'
                yield '\x00convention.tex.j2\x0186\x00 — fiche action n°~'
                yield str(environment.getattr(l_3_action, 'number'))
                yield str((' ;' if (not environment.getattr(l_3_loop, 'last')) else '.'))
                yield '\x00convention.tex.j2\x0186\x00\n\x00convention.tex.j2\x0187\x00'
            l_3_loop = l_3_action = missing
            yield '\x00convention.tex.j2\x0188\x00\\end{itemize}\n\x00convention.tex.j2\x0189\x00'
        l_2_loop = l_2_objective = missing
    l_1_loop = l_1_engagement = missing
    yield '\x00convention.tex.j2\x0191\x00\n\x00convention.tex.j2\x0192\x00\\section*{Article 4 — Financement}\n\x00convention.tex.j2\x0193\x00\n\x00convention.tex.j2\x0194\x00'
    if environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'empty'):
        pass
        yield '\x00convention.tex.j2\x0195\x00Aucun crédit n’est inscrit '
        yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
        yield '\x00convention.tex.j2\x0195\x00.\n\x00convention.tex.j2\x0196\x00'
    else:
        pass
        yield '\x00convention.tex.j2\x0197\x00Les crédits prévus, par source et par année, sont les suivants ; leur répartition par action figure à la maquette financière de l’annexe~3.\\par\\nopagebreak\n\x00convention.tex.j2\x0198\x00\n\x00convention.tex.j2\x0199\x00'
        yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'funding_table'), (undefined(name='funding') if l_0_funding is missing else l_0_funding)))
        yield '\x00convention.tex.j2\x0199\x00\n\x00convention.tex.j2\x01100\x00Le montant total des crédits prévus sur la période '
        yield str(t_5((undefined(name='period') if l_0_period is missing else l_0_period)))
        yield '\x00convention.tex.j2\x01100\x00 s’élève à '
        yield str(t_5(t_1(environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'total'))))
        if environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'illustrative'):
            pass
            yield '\x00convention.tex.j2\x01100\x00 ; les montants marqués~\\textdagger{} sont illustratifs (annexe~4)'
        yield '\x00convention.tex.j2\x01100\x00.\n\x00convention.tex.j2\x01101\x00'
    if (not environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'has_departement')):
        pass
        yield '\x00convention.tex.j2\x01103\x00\n\x00convention.tex.j2\x01104\x00'
        yield str(t_5(t_2(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'the'))))
        yield '\x00convention.tex.j2\x01104\x00 cofinance les actions sur ses crédits propres ; '
        yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this')))
        yield '\x00convention.tex.j2\x01104\x00 n’en fixe pas le montant.\n\x00convention.tex.j2\x01105\x00'
    if (undefined(name='cofinancers') if l_0_cofinancers is missing else l_0_cofinancers):
        pass
        yield '\x00convention.tex.j2\x01107\x00\n\x00convention.tex.j2\x01108\x00Concourent également au financement des actions, hors crédits '
        yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
        yield '\x00convention.tex.j2\x01108\x00 :\n\x00convention.tex.j2\x01109\x00\\begin{itemize}\n\x00convention.tex.j2\x01110\x00'
        l_1_loop = missing
        for l_1_cofinancer, l_1_loop in LoopContext((undefined(name='cofinancers') if l_0_cofinancers is missing else l_0_cofinancers), undefined):
            _loop_vars = {}
            pass
            yield '\x00convention.tex.j2\x01111\x00\\item '
            yield str(t_5(environment.getattr(l_1_cofinancer, 'name')))
            if environment.getattr(l_1_cofinancer, 'action'):
                pass
                yield '\x00convention.tex.j2\x01111\x00, pour l’action~'
                yield str(environment.getattr(environment.getattr(l_1_cofinancer, 'action'), 'number'))
                yield '\x00convention.tex.j2\x01111\x00 « '
                yield str(t_5(environment.getattr(environment.getattr(l_1_cofinancer, 'action'), 'title')))
                yield '\x00convention.tex.j2\x01111\x00 »'
            if environment.getattr(l_1_cofinancer, 'total'):
                pass
                yield '\x00convention.tex.j2\x01111\x00 : '
                yield str(t_5(t_1(environment.getattr(l_1_cofinancer, 'total'))))
                yield '\x00convention.tex.j2\x01111\x00 sur la période'
            else:
                pass
                yield '\x00convention.tex.j2\x01111\x00, pour un montant à préciser'
            yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
            yield '\x00convention.tex.j2\x01111\x00\n\x00convention.tex.j2\x01112\x00'
        l_1_loop = l_1_cofinancer = missing
        yield '\x00convention.tex.j2\x01113\x00\\end{itemize}\n\x00convention.tex.j2\x01114\x00'
    if environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'national_funding'):
        pass
        yield '\x00convention.tex.j2\x01116\x00\\medskip\n\x00convention.tex.j2\x01117\x00\n\x00convention.tex.j2\x01118\x00'
        yield str(t_5(environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'national_funding')))
        yield '\x00convention.tex.j2\x01118\x00\n\x00convention.tex.j2\x01119\x00'
    yield '\x00convention.tex.j2\x01120\x00\n\x00convention.tex.j2\x01121\x00\\section*{Article 5 — Versement des crédits}\n\x00convention.tex.j2\x01122\x00\n\x00convention.tex.j2\x01123\x00Les crédits de l’État sont versés '
    yield str(t_5(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'to')))
    yield '\x00convention.tex.j2\x01123\x00 par le préfet, pour chaque année, après la signature '
    yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
    yield '\x00convention.tex.j2\x01123\x00 ou de l’avenant qui les fixe, dans la limite des crédits ouverts en loi de finances. Les crédits du fonds d’intervention régional et de l’ONDAM médico-social sont alloués par '
    yield str(t_5(environment.getattr((undefined(name='ars') if l_0_ars is missing else l_0_ars), 'the')))
    yield '\x00convention.tex.j2\x01123\x00 selon les règles propres à chacun de ces financements.\n\x00convention.tex.j2\x01124\x00\n\x00convention.tex.j2\x01125\x00À partir de la deuxième année, le versement est subordonné à la production du rapport annuel d’exécution de l’année précédente (article~8), avec un tableau de bord des indicateurs et un plan d’action actualisés.\n\x00convention.tex.j2\x01126\x00\n\x00convention.tex.j2\x01127\x00\\section*{Article 6 — Gouvernance et comité de pilotage}\n\x00convention.tex.j2\x01128\x00\n\x00convention.tex.j2\x01129\x00Un comité de pilotage réunit les signataires '
    yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
    yield '\x00convention.tex.j2\x01129\x00 ou leurs représentants. Il se réunit au moins une fois par an, suit l’avancement des actions et de leurs indicateurs, examine le rapport annuel d’exécution et propose, le cas échéant, les avenants.'
    if environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'cosignatories'):
        pass
        yield '\x00convention.tex.j2\x01129\x00 '
        yield str(t_5(t_2(environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'cosignatories'))))
        yield '\x00convention.tex.j2\x01129\x00 sont associés à ses travaux et peuvent signer '
        yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this')))
        yield '\x00convention.tex.j2\x01129\x00.'
    yield '\x00convention.tex.j2\x01129\x00\n\x00convention.tex.j2\x01130\x00\n\x00convention.tex.j2\x01131\x00\\section*{Article 7 — Présentation à l’observatoire départemental de la protection de l’enfance}\n\x00convention.tex.j2\x01132\x00\n\x00convention.tex.j2\x01133\x00'
    yield str(t_5(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
    yield '\x00convention.tex.j2\x01133\x00 et chacun de ses rapports annuels d’exécution sont présentés à l’observatoire départemental de la protection de l’enfance (ODPE) mentionné à l’article L.~226-3-1 du code de l’action sociale et des familles.\n\x00convention.tex.j2\x01134\x00\n\x00convention.tex.j2\x01135\x00\\section*{Article 8 — Suivi, évaluation et rapport annuel}\n\x00convention.tex.j2\x01136\x00\n\x00convention.tex.j2\x01137\x00'
    yield str(t_5(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
    yield '\x00convention.tex.j2\x01137\x00 fait l’objet d’un rapport annuel d’exécution, préparé par '
    yield str(t_5(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'the')))
    yield '\x00convention.tex.j2\x01137\x00, partagé avec le préfet et '
    yield str(t_5(environment.getattr((undefined(name='ars') if l_0_ars is missing else l_0_ars), 'the')))
    yield '\x00convention.tex.j2\x01137\x00, et arrêté conjointement par les parties. Ce rapport présente le bilan financier des actions et les résultats obtenus au regard des cibles du tableau de bord de l’annexe~2.\n\x00convention.tex.j2\x01138\x00\n\x00convention.tex.j2\x01139\x00\\begin{itemize}\n\x00convention.tex.j2\x01140\x00'
    l_1_loop = missing
    for l_1_deadline, l_1_loop in LoopContext((undefined(name='report_deadlines') if l_0_report_deadlines is missing else l_0_report_deadlines), undefined):
        _loop_vars = {}
        pass
        yield '\x00convention.tex.j2\x01141\x00\\item Exercice '
        yield str(environment.getattr(l_1_deadline, 'year'))
        yield '\x00convention.tex.j2\x01141\x00 : rapport avant le '
        yield str(t_5(t_3(environment.getattr(l_1_deadline, 'date'))))
        yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        yield '\x00convention.tex.j2\x01141\x00\n\x00convention.tex.j2\x01142\x00'
    l_1_loop = l_1_deadline = missing
    yield '\x00convention.tex.j2\x01143\x00\\end{itemize}\n\x00convention.tex.j2\x01144\x00\n\x00convention.tex.j2\x01145\x00\\section*{Article 9 — Crédits non consommés}\n\x00convention.tex.j2\x01146\x00\n\x00convention.tex.j2\x01147\x00Les crédits versés et non consommés à la fin d’un exercice sont signalés dans le rapport annuel d’exécution. Les parties décident, par avenant, de leur report sur l’exercice suivant ou de leur reversement.\n\x00convention.tex.j2\x01148\x00\n\x00convention.tex.j2\x01149\x00\\section*{Article 10 — Durée}\n\x00convention.tex.j2\x01150\x00\n\x00convention.tex.j2\x01151\x00'
    yield str(t_5(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
    yield '\x00convention.tex.j2\x01151\x00 est conclu'
    yield str((undefined(name='e') if l_0_e is missing else l_0_e))
    yield '\x00convention.tex.j2\x01151\x00 pour '
    if (t_7((undefined(name='years') if l_0_years is missing else l_0_years)) == 1):
        pass
        yield '\x00convention.tex.j2\x01151\x00l’année '
        yield str(environment.getitem((undefined(name='years') if l_0_years is missing else l_0_years), 0))
    else:
        pass
        yield '\x00convention.tex.j2\x01151\x00les années '
        yield str(environment.getitem((undefined(name='years') if l_0_years is missing else l_0_years), 0))
        yield '\x00convention.tex.j2\x01151\x00 à '
        yield str(environment.getitem((undefined(name='years') if l_0_years is missing else l_0_years), -1))
    yield '\x00convention.tex.j2\x01151\x00. '
    yield str(t_5(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'pronoun'))))
    yield '\x00convention.tex.j2\x01151\x00 '
    if ((undefined(name='status') if l_0_status is missing else l_0_status) == 'signed'):
        pass
        yield '\x00convention.tex.j2\x01151\x00a été signé'
        yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield '\x00convention.tex.j2\x01151\x00 le '
        yield str(t_5(t_3((undefined(name='signed_on') if l_0_signed_on is missing else l_0_signed_on))))
        if (undefined(name='place') if l_0_place is missing else l_0_place):
            pass
            yield '\x00convention.tex.j2\x01151\x00 à '
            yield str(t_5((undefined(name='place') if l_0_place is missing else l_0_place)))
        yield '\x00convention.tex.j2\x01151\x00.'
    elif ((undefined(name='status') if l_0_status is missing else l_0_status) == 'closed'):
        pass
        yield '\x00convention.tex.j2\x01151\x00est clos'
        yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield '\x00convention.tex.j2\x01151\x00.'
    else:
        pass
        yield '\x00convention.tex.j2\x01151\x00prend effet à la date de sa signature.'
    yield '\x00convention.tex.j2\x01151\x00\n\x00convention.tex.j2\x01152\x00'
    if (undefined(name='framework_end') if l_0_framework_end is missing else l_0_framework_end):
        pass
        yield '\x00convention.tex.j2\x01153\x00\n\x00convention.tex.j2\x01154\x00En application de '
        yield str(t_5(environment.getattr((undefined(name='framework_end') if l_0_framework_end is missing else l_0_framework_end), 'source')))
        yield '\x00convention.tex.j2\x01154\x00, le cadre national de cette contractualisation prend fin le '
        yield str(t_5(t_3(environment.getattr((undefined(name='framework_end') if l_0_framework_end is missing else l_0_framework_end), 'date'))))
        if environment.getattr((undefined(name='framework_end') if l_0_framework_end is missing else l_0_framework_end), 'beyond'):
            pass
            yield '\x00convention.tex.j2\x01154\x00 : '
            yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this')))
            yield '\x00convention.tex.j2\x01154\x00 prend fin à cette date, et les actions, cibles et crédits prévus au-delà ne sont pas engagés'
        yield '\x00convention.tex.j2\x01154\x00.\n\x00convention.tex.j2\x01155\x00'
    yield '\x00convention.tex.j2\x01156\x00\n\x00convention.tex.j2\x01157\x00\\section*{Article 11 — Modification}\n\x00convention.tex.j2\x01158\x00\n\x00convention.tex.j2\x01159\x00Toute modification fait l’objet d’un avenant signé par les parties ; chaque avenant porte un nouveau numéro de version. Le présent document correspond à la version n°~'
    yield str((undefined(name='version') if l_0_version is missing else l_0_version))
    if ((undefined(name='version') if l_0_version is missing else l_0_version) == 1):
        pass
        yield '\x00convention.tex.j2\x01159\x00 (texte initial)'
    yield '\x00convention.tex.j2\x01159\x00.\n\x00convention.tex.j2\x01160\x00'
    if (undefined(name='amendments') if l_0_amendments is missing else l_0_amendments):
        pass
        yield '\x00convention.tex.j2\x01161\x00\n\x00convention.tex.j2\x01162\x00Avenants :\n\x00convention.tex.j2\x01163\x00\\begin{itemize}\n\x00convention.tex.j2\x01164\x00'
        l_1_loop = missing
        for l_1_amendment, l_1_loop in LoopContext((undefined(name='amendments') if l_0_amendments is missing else l_0_amendments), undefined):
            _loop_vars = {}
            pass
            yield '\x00convention.tex.j2\x01165\x00\\item version '
            yield str(environment.getattr(l_1_amendment, 'version'))
            yield '\x00convention.tex.j2\x01165\x00, signée le '
            yield str(t_5(t_3(environment.getattr(l_1_amendment, 'signed_on'))))
            yield '\x00convention.tex.j2\x01165\x00 : '
            yield str(t_5(environment.getattr(l_1_amendment, 'summary')))
            yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
            yield '\x00convention.tex.j2\x01165\x00\n\x00convention.tex.j2\x01166\x00'
        l_1_loop = l_1_amendment = missing
        yield '\x00convention.tex.j2\x01167\x00\\end{itemize}\n\x00convention.tex.j2\x01168\x00'
    yield '\x00convention.tex.j2\x01169\x00\n\x00convention.tex.j2\x01170\x00\\section*{Article 12 — Résiliation}\n\x00convention.tex.j2\x01171\x00\n\x00convention.tex.j2\x01172\x00En cas de manquement de l’une des parties à ses engagements, '
    yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this')))
    yield '\x00convention.tex.j2\x01172\x00 peut être résilié'
    yield str((undefined(name='e') if l_0_e is missing else l_0_e))
    yield '\x00convention.tex.j2\x01172\x00 par l’une ou l’autre des parties, par lettre recommandée avec accusé de réception, à l’expiration d’un délai de trois mois suivant une mise en demeure restée sans effet. Les crédits versés et non employés conformément à leur objet sont alors reversés.\n\x00convention.tex.j2\x01173\x00\n\x00convention.tex.j2\x01174\x00\\section*{Article 13 — Règlement des litiges}\n\x00convention.tex.j2\x01175\x00\n\x00convention.tex.j2\x01176\x00Les parties s’efforcent de régler à l’amiable tout différend relatif à l’interprétation ou à l’exécution '
    yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
    yield '\x00convention.tex.j2\x01176\x00. À défaut, le litige est porté devant le tribunal administratif territorialement compétent.\n\x00convention.tex.j2\x01177\x00\n\x00convention.tex.j2\x01178\x00\\section*{Signatures}\n\x00convention.tex.j2\x01179\x00\n\x00convention.tex.j2\x01180\x00\\noindent\\begin{minipage}{\\linewidth}\n\x00convention.tex.j2\x01181\x00Fait à '
    if (undefined(name='place') if l_0_place is missing else l_0_place):
        pass
        yield str(t_5((undefined(name='place') if l_0_place is missing else l_0_place)))
    else:
        pass
        yield '\x00convention.tex.j2\x01181\x00\\makebox[4cm]{\\dotfill}'
    yield '\x00convention.tex.j2\x01181\x00, le '
    if (undefined(name='signed_on') if l_0_signed_on is missing else l_0_signed_on):
        pass
        yield str(t_5(t_3((undefined(name='signed_on') if l_0_signed_on is missing else l_0_signed_on))))
    else:
        pass
        yield '\x00convention.tex.j2\x01181\x00\\makebox[3cm]{\\dotfill}'
    yield '\x00convention.tex.j2\x01181\x00, en '
    yield str((undefined(name='copies') if l_0_copies is missing else l_0_copies))
    yield '\x00convention.tex.j2\x01181\x00~exemplaires originaux.\n\x00convention.tex.j2\x01182\x00\n\x00convention.tex.j2\x01183\x00'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'signature_blocks'), (undefined(name='signatures') if l_0_signatures is missing else l_0_signatures), (undefined(name='state') if l_0_state is missing else l_0_state), (undefined(name='ars') if l_0_ars is missing else l_0_ars), (undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity)))
    yield '\x00convention.tex.j2\x01183\x00\n\x00convention.tex.j2\x01184\x00\\end{minipage}\n\x00convention.tex.j2\x01185\x00\\clearpage\n\x00convention.tex.j2\x01186\x00\\section*{Annexe 1 — Fiches action}\n\x00convention.tex.j2\x01187\x00'
    l_1_loop = missing
    for l_1_action, l_1_loop in LoopContext((undefined(name='actions') if l_0_actions is missing else l_0_actions), undefined):
        _loop_vars = {}
        pass
        yield '\x00convention.tex.j2\x01188\x00\n\x00convention.tex.j2\x01189\x00\\subsection*{Fiche action n°~'
        yield str(environment.getattr(l_1_action, 'number'))
        yield '\x00convention.tex.j2\x01189\x00 — '
        yield str(t_5(environment.getattr(l_1_action, 'title')))
        yield '\x00convention.tex.j2\x01189\x00}\n\x00convention.tex.j2\x01190\x00\n\x00convention.tex.j2\x01191\x00{\\small\n\x00convention.tex.j2\x01192\x00\\begin{tabularx}{\\linewidth}{@{}>{\\raggedright\\bfseries}p{3.6cm}L@{}}\n\x00convention.tex.j2\x01193\x00Objectif & n°~'
        yield str(environment.getattr(environment.getattr(l_1_action, 'objective'), 'number'))
        if environment.getattr(environment.getattr(l_1_action, 'objective'), 'required'):
            pass
            yield '\x00convention.tex.j2\x01193\x00 (obligatoire)'
        yield '\x00convention.tex.j2\x01193\x00 — '
        yield str(t_5(environment.getattr(environment.getattr(l_1_action, 'objective'), 'title')))
        yield '\x00convention.tex.j2\x01193\x00 \\\\\n\x00convention.tex.j2\x01194\x00Objet & '
        if environment.getattr(l_1_action, 'description'):
            pass
            yield str(t_5(environment.getattr(l_1_action, 'description')))
        else:
            pass
            yield str(t_5(environment.getattr(l_1_action, 'title')))
        yield '\x00convention.tex.j2\x01194\x00 \\\\\n\x00convention.tex.j2\x01195\x00Public cible & '
        if environment.getattr(l_1_action, 'target_group'):
            pass
            yield str(t_5(environment.getattr(l_1_action, 'target_group')))
        else:
            pass
            yield '\x00convention.tex.j2\x01195\x00à préciser'
        yield '\x00convention.tex.j2\x01195\x00 \\\\\n\x00convention.tex.j2\x01196\x00Acteurs concernés & '
        if environment.getattr(l_1_action, 'actors'):
            pass
            yield str(t_5(t_4(context.eval_ctx, environment.getattr(l_1_action, 'actors'), ', ')))
        else:
            pass
            yield str(t_5(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'name')))
        yield '\x00convention.tex.j2\x01196\x00 \\\\\n\x00convention.tex.j2\x01197\x00Calendrier & '
        if environment.getattr(l_1_action, 'schedule'):
            pass
            yield str(t_5(environment.getattr(l_1_action, 'schedule')))
        else:
            pass
            yield str(t_5((undefined(name='period') if l_0_period is missing else l_0_period)))
        yield '\x00convention.tex.j2\x01197\x00 \\\\\n\x00convention.tex.j2\x01198\x00Financements alloués & '
        if environment.getattr(environment.getattr(l_1_action, 'funding'), 'empty'):
            pass
            yield '\x00convention.tex.j2\x01198\x00aucun crédit '
            yield str(t_5(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
        else:
            pass
            l_2_loop = missing
            for l_2_row, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_action, 'funding'), 'rows'), undefined):
                _loop_vars = {}
                pass
                yield str(t_5(environment.getattr(l_2_row, 'label')))
                yield '\x00convention.tex.j2\x01198\x00, '
                yield str(t_5(t_1(environment.getattr(l_2_row, 'total'))))
                yield str(t_6(environment.getattr(l_2_row, 'illustrative')))
                yield str((' ; ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 198 in 'convention.tex.j2' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_row = missing
            yield '\x00convention.tex.j2\x01198\x00 sur la période'
        if environment.getattr(l_1_action, 'illustrative'):
            pass
            yield '\x00convention.tex.j2\x01198\x00 — action illustrative~\\textdagger'
        yield '\x00convention.tex.j2\x01198\x00 \\\\\n\x00convention.tex.j2\x01199\x00\\end{tabularx}\n\x00convention.tex.j2\x01200\x00\\par}\n\x00convention.tex.j2\x01201\x00\n\x00convention.tex.j2\x01202\x00'
        yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'indicator_table'), l_1_action, _loop_vars=_loop_vars))
    l_1_loop = l_1_action = missing
    yield '\x00convention.tex.j2\x01204\x00\n\x00convention.tex.j2\x01205\x00\\section*{Annexe 2 — Tableau de bord des indicateurs}\n\x00convention.tex.j2\x01206\x00\n\x00convention.tex.j2\x01207\x00Valeur de référence et cible de chaque indicateur, par année ; le rapport annuel d’exécution y ajoute les valeurs atteintes.\n\x00convention.tex.j2\x01208\x00\n\x00convention.tex.j2\x01209\x00'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'dashboard'), (undefined(name='actions') if l_0_actions is missing else l_0_actions), (undefined(name='years') if l_0_years is missing else l_0_years)))
    yield '\x00convention.tex.j2\x01209\x00\n\x00convention.tex.j2\x01210\x00\\section*{Annexe 3 — Maquette financière}\n\x00convention.tex.j2\x01211\x00\n\x00convention.tex.j2\x01212\x00Crédits de la contractualisation par action, source et année'
    if (environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'illustrative') or t_8(context.eval_ctx, t_9(context, (undefined(name='actions') if l_0_actions is missing else l_0_actions), 'funding.illustrative'))):
        pass
        yield '\x00convention.tex.j2\x01212\x00 (les montants marqués~\\textdagger{} sont illustratifs)'
    yield '\x00convention.tex.j2\x01212\x00.\n\x00convention.tex.j2\x01213\x00\n\x00convention.tex.j2\x01214\x00'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'budget'), (undefined(name='actions') if l_0_actions is missing else l_0_actions), (undefined(name='funding') if l_0_funding is missing else l_0_funding)))
    yield '\x00convention.tex.j2\x01214\x00\n\x00convention.tex.j2\x01215\x00'
    if (undefined(name='illustrative') if l_0_illustrative is missing else l_0_illustrative):
        pass
        yield '\x00convention.tex.j2\x01216\x00\\section*{Annexe 4 — Valeurs illustratives}\n\x00convention.tex.j2\x01217\x00\n\x00convention.tex.j2\x01218\x00Les valeurs marquées~\\textdagger{} (cibles, résultats, montants ou actions entières) ne proviennent d’aucune source publique : elles complètent, à titre d’illustration, ce que les sources citées à l’annexe suivante ne donnent pas (par exemple la répartition d’un montant total entre les actions). Elles ne constituent pas un engagement des parties et sont à remplacer par les valeurs arrêtées avant toute signature.\n\x00convention.tex.j2\x01219\x00\n\x00convention.tex.j2\x01220\x00'
    yield '\x00convention.tex.j2\x01221\x00\\section*{Annexe '
    yield str((5 if (undefined(name='illustrative') if l_0_illustrative is missing else l_0_illustrative) else 4))
    yield '\x00convention.tex.j2\x01221\x00 — Sources}\n\x00convention.tex.j2\x01222\x00\n\x00convention.tex.j2\x01223\x00'
    if (undefined(name='sources') if l_0_sources is missing else l_0_sources):
        pass
        yield '\x00convention.tex.j2\x01224\x00\\begin{itemize}\n\x00convention.tex.j2\x01225\x00'
        for l_1_source in (undefined(name='sources') if l_0_sources is missing else l_0_sources):
            _loop_vars = {}
            pass
            yield '\x00convention.tex.j2\x01226\x00\\item '
            yield str(t_5(l_1_source))
            yield '\x00convention.tex.j2\x01226\x00\n\x00convention.tex.j2\x01227\x00'
        l_1_source = missing
        yield '\x00convention.tex.j2\x01228\x00\\end{itemize}\n\x00convention.tex.j2\x01229\x00'
    else:
        pass
        yield '\x00convention.tex.j2\x01230\x00Aucune source n’est citée.\n\x00convention.tex.j2\x01231\x00'
    yield '\x00convention.tex.j2\x01232\x00\n\x00convention.tex.j2\x01233\x00'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'colophon'), (undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), (undefined(name='edition') if l_0_edition is missing else l_0_edition)))
    yield '\x00convention.tex.j2\x01233\x00\n\x00convention.tex.j2\x01234\x00\\label{pep-derniere-page}\n\x00convention.tex.j2\x01235\x00\\end{document}\n\x00convention.tex.j2\x01236\x00'

blocks = {}
debug_info = '7=97&8=100&9=102&14=109&16=111&17=113&24=117&27=120&29=122&30=126&40=139&41=149&43=152&48=175&49=179&56=184&58=194&59=220&61=224&66=233&68=237&73=240&75=244&76=251&78=255&79=262&81=265&85=269&86=273&94=288&95=291&99=296&100=298&102=305&104=308&106=312&108=315&110=318&111=322&115=342&118=345&123=348&129=354&133=364&137=366&140=373&141=377&151=384&152=421&154=424&159=434&160=439&164=443&165=447&172=457&176=461&181=463&183=479&187=482&189=486&193=490&194=497&195=504&196=511&197=518&198=525&202=546&209=549&212=551&214=555&215=557&221=561&223=563&225=566&226=570&233=578'

# convention.tex.j2
# Generated by `make templates` (pep_cli.render.compiled): do not edit.
