from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'convention.md.j2'

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
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_7 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_8 = environment.filters['md_mark']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'md_mark' found.")
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
    l_0_parts = context.vars['parts'] = environment.get_template('parts.md.j2', 'convention.md.j2')._get_default_module(context)
    context.exported_vars.discard('parts')
    yield '# '
    yield str(t_7((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '\n\n**'
    yield str(t_7((undefined(name='between') if l_0_between is missing else l_0_between)))
    yield '**\n'
    if ((undefined(name='status') if l_0_status is missing else l_0_status) == 'draft'):
        pass
        yield '\n**Projet**\n'
    if (undefined(name='draft') if l_0_draft is missing else l_0_draft):
        pass
        yield '\n> **PROJET — non conforme**\n>\n> Ce document est un projet : '
        yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'the')))
        yield ' ne respecte pas encore toutes les règles de son édition. Erreurs relevées par pep :\n>\n'
        for l_1_problem in (undefined(name='problems') if l_0_problems is missing else l_0_problems):
            _loop_vars = {}
            pass
            yield '> - '
            yield str(t_7(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'path')))
            yield ':'
            yield str(environment.getattr(l_1_problem, 'line'))
            yield ':'
            yield str(environment.getattr(l_1_problem, 'column'))
            yield ' — '
            yield str(t_7(environment.getattr(l_1_problem, 'rule')))
            yield ' — '
            yield str(t_7(environment.getattr(l_1_problem, 'message')))
            yield '\n'
        l_1_problem = missing
    yield '\n## Préambule\n\nLa stratégie nationale de prévention et de protection de l’enfance, présentée le 14 octobre 2019, vise à garantir à chaque enfant les mêmes chances et les mêmes droits. Elle se déploie dans les territoires par une contractualisation entre l’État, l’agence régionale de santé et le Département, sur des objectifs partagés, assortis d’indicateurs et de cibles chiffrées, et des moyens financiers dédiés.\n\n'
    yield str(t_7(t_2(environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'reference_cited'))))
    yield ' fixe le cadre de cette contractualisation.'
    if (undefined(name='departmental_plan') if l_0_departmental_plan is missing else l_0_departmental_plan):
        pass
        yield ' '
        yield str(t_7(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
        yield ' s’appuie sur '
        yield str(t_7((undefined(name='departmental_plan') if l_0_departmental_plan is missing else l_0_departmental_plan)))
        yield '.'
    yield '\n'
    if (undefined(name='letter_of_intent') if l_0_letter_of_intent is missing else l_0_letter_of_intent):
        pass
        yield '\nUne lettre d’intention a été signée le '
        yield str(t_7(t_3(environment.getattr((undefined(name='letter_of_intent') if l_0_letter_of_intent is missing else l_0_letter_of_intent), 'signed_on'))))
        yield ' par '
        l_1_loop = missing
        for l_1_signer, l_1_loop in LoopContext(environment.getattr((undefined(name='letter_of_intent') if l_0_letter_of_intent is missing else l_0_letter_of_intent), 'signers'), undefined):
            _loop_vars = {}
            pass
            yield str(t_7(l_1_signer))
            yield str((', ' if (environment.getattr(l_1_loop, 'revindex') > 2) else ((', et ' if (',' in l_1_signer) else ' et ') if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 33 in 'convention.md.j2' evaluated to false and no else section was defined."))))
        l_1_loop = l_1_signer = missing
        yield ' : elle marque l’engagement '
        yield str(t_7(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'of')))
        yield ' dans la démarche. '
        yield str(t_7(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
        yield ' en est la traduction'
        if ((undefined(name='status') if l_0_status is missing else l_0_status) == 'draft'):
            pass
            yield ' ; '
            yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'pronoun')))
            yield ' n’est pas encore signé'
            yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield '.\n'
    yield '\n## Visas\n\n'
    l_1_loop = missing
    for l_1_visa, l_1_loop in LoopContext((undefined(name='visas') if l_0_visas is missing else l_0_visas), undefined):
        _loop_vars = {}
        pass
        yield '- Vu '
        yield str(t_7(l_1_visa))
        yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        yield '\n'
    l_1_loop = l_1_visa = missing
    yield '\nIl est convenu ce qui suit.\n\n## Article 1 — Objet\n\n'
    yield str(t_7(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
    yield ' fixe les engagements réciproques '
    yield str(t_7(environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'of')))
    yield ', '
    yield str(t_7(environment.getattr((undefined(name='ars') if l_0_ars is missing else l_0_ars), 'of')))
    yield ' et '
    yield str(t_7(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'of')))
    yield ' pour la mise en œuvre de la stratégie nationale de prévention et de protection de l’enfance sur la période '
    yield str(t_7((undefined(name='period') if l_0_period is missing else l_0_period)))
    yield '.\n\n'
    yield str(t_7(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'pronoun'))))
    yield ' comporte '
    yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'actions'))
    yield ' action'
    yield str(('s' if (environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'actions') > 1) else cond_expr_undefined("the inline if-expression on line 48 in 'convention.md.j2' evaluated to false and no else section was defined.")))
    yield ', qui couvre'
    yield str(('nt' if (environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'actions') > 1) else cond_expr_undefined("the inline if-expression on line 48 in 'convention.md.j2' evaluated to false and no else section was defined.")))
    yield ' '
    yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'objectives'))
    yield ' objectif'
    yield str(('s' if (environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'objectives') > 1) else cond_expr_undefined("the inline if-expression on line 48 in 'convention.md.j2' evaluated to false and no else section was defined.")))
    yield ' du cadre national : '
    yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'required_covered'))
    yield ' des '
    yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'required_total'))
    yield ' objectifs obligatoires et '
    yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'optional_covered'))
    yield ' objectif'
    yield str(('s' if (environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'optional_covered') > 1) else cond_expr_undefined("the inline if-expression on line 48 in 'convention.md.j2' evaluated to false and no else section was defined.")))
    yield ' au choix'
    if environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'min_optional'):
        pass
        yield ' (au moins '
        yield str(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'min_optional'))
        yield ' requis)'
    yield '. Chaque action fait l’objet d’une fiche action (annexe 1).\n'
    if environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'missing_required'):
        pass
        yield '\nObjectifs obligatoires non couverts : '
        l_1_loop = missing
        for l_1_number, l_1_loop in LoopContext(environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'missing_required'), undefined):
            _loop_vars = {}
            pass
            yield 'n° '
            yield str(l_1_number)
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        l_1_loop = l_1_number = missing
        yield '\n'
    yield '\n## Article 2 — Engagements des parties\n\n'
    yield str(t_7(t_2(environment.getattr((undefined(name='state') if l_0_state is missing else l_0_state), 'the'))))
    yield ' et '
    yield str(t_7(environment.getattr((undefined(name='ars') if l_0_ars is missing else l_0_ars), 'the')))
    yield ' s’engagent à soutenir financièrement les actions décrites à l’article 3, à hauteur des montants fixés à l’article 4, sous réserve de l’ouverture des crédits correspondants.\n\n'
    yield str(t_7(t_2(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'the'))))
    yield ' s’engage à mettre en œuvre ces actions, à y consacrer les moyens prévus à l’article 4, à en renseigner chaque année les indicateurs et à rendre compte de leur exécution dans les conditions de l’article 8.\n\n## Article 3 — Actions\n\nLes actions sont présentées par engagement de la stratégie nationale, puis par objectif. Leur contenu, leur public, leurs acteurs, leur calendrier, leurs financements et leurs indicateurs figurent dans les fiches action de l’annexe 1 ; les cibles de chaque indicateur figurent au tableau de bord de l’annexe 2.\n'
    l_1_loop = missing
    for l_1_engagement, l_1_loop in LoopContext((undefined(name='engagements') if l_0_engagements is missing else l_0_engagements), undefined):
        _loop_vars = {}
        pass
        yield '\n### '
        yield str(t_7(environment.getattr(l_1_engagement, 'label')))
        if environment.getattr(l_1_engagement, 'title'):
            pass
            yield ' — '
            yield str(t_7(environment.getattr(l_1_engagement, 'title')))
        yield '\n'
        l_2_loop = missing
        for l_2_objective, l_2_loop in LoopContext(environment.getattr(l_1_engagement, 'objectives'), undefined):
            _loop_vars = {}
            pass
            yield '\n#### Objectif n° '
            yield str(environment.getattr(l_2_objective, 'number'))
            if environment.getattr(l_2_objective, 'required'):
                pass
                yield ' (obligatoire)'
            yield ' — '
            yield str(t_7(environment.getattr(l_2_objective, 'title')))
            yield '\n'
            if environment.getattr(l_2_objective, 'horizon_note'):
                pass
                yield '\nNote : '
                yield str(t_7(environment.getattr(l_2_objective, 'horizon_note')))
                yield '\n'
            yield '\n'
            l_3_loop = missing
            for l_3_action, l_3_loop in LoopContext(environment.getattr(l_2_objective, 'actions'), undefined):
                _loop_vars = {}
                pass
                yield '- Action '
                yield str(environment.getattr(l_3_action, 'number'))
                yield ' : '
                yield str(t_7(environment.getattr(l_3_action, 'title')))
                if environment.getattr(l_3_action, 'illustrative'):
                    pass
                    yield ' (action illustrative †)'
                yield ' — fiche action n° '
                yield str(environment.getattr(l_3_action, 'number'))
                yield str((' ;' if (not environment.getattr(l_3_loop, 'last')) else '.'))
                yield '\n'
            l_3_loop = l_3_action = missing
        l_2_loop = l_2_objective = missing
    l_1_loop = l_1_engagement = missing
    yield '\n## Article 4 — Financement\n\n'
    if environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'empty'):
        pass
        yield 'Aucun crédit n’est inscrit '
        yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
        yield '.\n'
    else:
        pass
        yield 'Les crédits prévus, par source et par année, sont les suivants ; leur répartition par action figure à la maquette financière de l’annexe 3.\n\n'
        yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'funding_table'), (undefined(name='funding') if l_0_funding is missing else l_0_funding)))
        yield '\nLe montant total des crédits prévus sur la période '
        yield str(t_7((undefined(name='period') if l_0_period is missing else l_0_period)))
        yield ' s’élève à '
        yield str(t_7(t_1(environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'total'))))
        if environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'illustrative'):
            pass
            yield ' ; les montants marqués † sont illustratifs (annexe 4)'
        yield '.\n'
    if (not environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'has_departement')):
        pass
        yield '\n'
        yield str(t_7(t_2(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'the'))))
        yield ' cofinance les actions sur ses crédits propres ; '
        yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this')))
        yield ' n’en fixe pas le montant.\n'
    if (undefined(name='cofinancers') if l_0_cofinancers is missing else l_0_cofinancers):
        pass
        yield '\nConcourent également au financement des actions, hors crédits '
        yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
        yield ' :\n\n'
        l_1_loop = missing
        for l_1_cofinancer, l_1_loop in LoopContext((undefined(name='cofinancers') if l_0_cofinancers is missing else l_0_cofinancers), undefined):
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_7(environment.getattr(l_1_cofinancer, 'name')))
            if environment.getattr(l_1_cofinancer, 'action'):
                pass
                yield ', pour l’action '
                yield str(environment.getattr(environment.getattr(l_1_cofinancer, 'action'), 'number'))
                yield ' « '
                yield str(t_7(environment.getattr(environment.getattr(l_1_cofinancer, 'action'), 'title')))
                yield ' »'
            if environment.getattr(l_1_cofinancer, 'total'):
                pass
                yield ' : '
                yield str(t_7(t_1(environment.getattr(l_1_cofinancer, 'total'))))
                yield ' sur la période'
            else:
                pass
                yield ', pour un montant à préciser'
            yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
            yield '\n'
        l_1_loop = l_1_cofinancer = missing
    if environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'national_funding'):
        pass
        yield '\n'
        yield str(t_7(environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'national_funding')))
        yield '\n'
    yield '\n## Article 5 — Versement des crédits\n\nLes crédits de l’État sont versés '
    yield str(t_7(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'to')))
    yield ' par le préfet, pour chaque année, après la signature '
    yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
    yield ' ou de l’avenant qui les fixe, dans la limite des crédits ouverts en loi de finances. Les crédits du fonds d’intervention régional et de l’ONDAM médico-social sont alloués par '
    yield str(t_7(environment.getattr((undefined(name='ars') if l_0_ars is missing else l_0_ars), 'the')))
    yield ' selon les règles propres à chacun de ces financements.\n\nÀ partir de la deuxième année, le versement est subordonné à la production du rapport annuel d’exécution de l’année précédente (article 8), avec un tableau de bord des indicateurs et un plan d’action actualisés.\n\n## Article 6 — Gouvernance et comité de pilotage\n\nUn comité de pilotage réunit les signataires '
    yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
    yield ' ou leurs représentants. Il se réunit au moins une fois par an, suit l’avancement des actions et de leurs indicateurs, examine le rapport annuel d’exécution et propose, le cas échéant, les avenants.'
    if environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'cosignatories'):
        pass
        yield ' '
        yield str(t_7(t_2(environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'cosignatories'))))
        yield ' sont associés à ses travaux et peuvent signer '
        yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this')))
        yield '.'
    yield '\n\n## Article 7 — Présentation à l’observatoire départemental de la protection de l’enfance\n\n'
    yield str(t_7(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
    yield ' et chacun de ses rapports annuels d’exécution sont présentés à l’observatoire départemental de la protection de l’enfance (ODPE) mentionné à l’article L. 226-3-1 du code de l’action sociale et des familles.\n\n## Article 8 — Suivi, évaluation et rapport annuel\n\n'
    yield str(t_7(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
    yield ' fait l’objet d’un rapport annuel d’exécution, préparé par '
    yield str(t_7(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'the')))
    yield ', partagé avec le préfet et '
    yield str(t_7(environment.getattr((undefined(name='ars') if l_0_ars is missing else l_0_ars), 'the')))
    yield ', et arrêté conjointement par les parties. Ce rapport présente le bilan financier des actions et les résultats obtenus au regard des cibles du tableau de bord de l’annexe 2.\n\n'
    l_1_loop = missing
    for l_1_deadline, l_1_loop in LoopContext((undefined(name='report_deadlines') if l_0_report_deadlines is missing else l_0_report_deadlines), undefined):
        _loop_vars = {}
        pass
        yield '- Exercice '
        yield str(environment.getattr(l_1_deadline, 'year'))
        yield ' : rapport avant le '
        yield str(t_7(t_3(environment.getattr(l_1_deadline, 'date'))))
        yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        yield '\n'
    l_1_loop = l_1_deadline = missing
    yield '\n## Article 9 — Crédits non consommés\n\nLes crédits versés et non consommés à la fin d’un exercice sont signalés dans le rapport annuel d’exécution. Les parties décident, par avenant, de leur report sur l’exercice suivant ou de leur reversement.\n\n## Article 10 — Durée\n\n'
    yield str(t_7(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this'))))
    yield ' est conclu'
    yield str((undefined(name='e') if l_0_e is missing else l_0_e))
    yield ' pour '
    if (t_5((undefined(name='years') if l_0_years is missing else l_0_years)) == 1):
        pass
        yield 'l’année '
        yield str(environment.getitem((undefined(name='years') if l_0_years is missing else l_0_years), 0))
    else:
        pass
        yield 'les années '
        yield str(environment.getitem((undefined(name='years') if l_0_years is missing else l_0_years), 0))
        yield ' à '
        yield str(environment.getitem((undefined(name='years') if l_0_years is missing else l_0_years), -1))
    yield '. '
    yield str(t_7(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'pronoun'))))
    yield ' '
    if ((undefined(name='status') if l_0_status is missing else l_0_status) == 'signed'):
        pass
        yield 'a été signé'
        yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield ' le '
        yield str(t_7(t_3((undefined(name='signed_on') if l_0_signed_on is missing else l_0_signed_on))))
        if (undefined(name='place') if l_0_place is missing else l_0_place):
            pass
            yield ' à '
            yield str(t_7((undefined(name='place') if l_0_place is missing else l_0_place)))
        yield '.'
    elif ((undefined(name='status') if l_0_status is missing else l_0_status) == 'closed'):
        pass
        yield 'est clos'
        yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield '.'
    else:
        pass
        yield 'prend effet à la date de sa signature.'
    yield '\n'
    if (undefined(name='framework_end') if l_0_framework_end is missing else l_0_framework_end):
        pass
        yield '\nEn application de '
        yield str(t_7(environment.getattr((undefined(name='framework_end') if l_0_framework_end is missing else l_0_framework_end), 'source')))
        yield ', le cadre national de cette contractualisation prend fin le '
        yield str(t_7(t_3(environment.getattr((undefined(name='framework_end') if l_0_framework_end is missing else l_0_framework_end), 'date'))))
        if environment.getattr((undefined(name='framework_end') if l_0_framework_end is missing else l_0_framework_end), 'beyond'):
            pass
            yield ' : '
            yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this')))
            yield ' prend fin à cette date, et les actions, cibles et crédits prévus au-delà ne sont pas engagés'
        yield '.\n'
    yield '\n## Article 11 — Modification\n\nToute modification fait l’objet d’un avenant signé par les parties ; chaque avenant porte un nouveau numéro de version. Le présent document correspond à la version n° '
    yield str((undefined(name='version') if l_0_version is missing else l_0_version))
    if ((undefined(name='version') if l_0_version is missing else l_0_version) == 1):
        pass
        yield ' (texte initial)'
    yield '.\n'
    if (undefined(name='amendments') if l_0_amendments is missing else l_0_amendments):
        pass
        yield '\nAvenants :\n\n'
        l_1_loop = missing
        for l_1_amendment, l_1_loop in LoopContext((undefined(name='amendments') if l_0_amendments is missing else l_0_amendments), undefined):
            _loop_vars = {}
            pass
            yield '- version '
            yield str(environment.getattr(l_1_amendment, 'version'))
            yield ', signée le '
            yield str(t_7(t_3(environment.getattr(l_1_amendment, 'signed_on'))))
            yield ' : '
            yield str(t_7(environment.getattr(l_1_amendment, 'summary')))
            yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
            yield '\n'
        l_1_loop = l_1_amendment = missing
    yield '\n## Article 12 — Résiliation\n\nEn cas de manquement de l’une des parties à ses engagements, '
    yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'this')))
    yield ' peut être résilié'
    yield str((undefined(name='e') if l_0_e is missing else l_0_e))
    yield ' par l’une ou l’autre des parties, par lettre recommandée avec accusé de réception, à l’expiration d’un délai de trois mois suivant une mise en demeure restée sans effet. Les crédits versés et non employés conformément à leur objet sont alors reversés.\n\n## Article 13 — Règlement des litiges\n\nLes parties s’efforcent de régler à l’amiable tout différend relatif à l’interprétation ou à l’exécution '
    yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
    yield '. À défaut, le litige est porté devant le tribunal administratif territorialement compétent.\n\n## Signatures\n\nFait à '
    if (undefined(name='place') if l_0_place is missing else l_0_place):
        pass
        yield str(t_7((undefined(name='place') if l_0_place is missing else l_0_place)))
    else:
        pass
        yield '…'
    yield ', le '
    if (undefined(name='signed_on') if l_0_signed_on is missing else l_0_signed_on):
        pass
        yield str(t_7(t_3((undefined(name='signed_on') if l_0_signed_on is missing else l_0_signed_on))))
    else:
        pass
        yield '…'
    yield ', en '
    yield str((undefined(name='copies') if l_0_copies is missing else l_0_copies))
    yield ' exemplaires originaux.\n\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'signature_blocks'), (undefined(name='signatures') if l_0_signatures is missing else l_0_signatures), (undefined(name='state') if l_0_state is missing else l_0_state), (undefined(name='ars') if l_0_ars is missing else l_0_ars), (undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity)))
    yield '\n## Annexe 1 — Fiches action\n'
    l_1_loop = missing
    for l_1_action, l_1_loop in LoopContext((undefined(name='actions') if l_0_actions is missing else l_0_actions), undefined):
        _loop_vars = {}
        pass
        yield '\n### Fiche action n° '
        yield str(environment.getattr(l_1_action, 'number'))
        yield ' — '
        yield str(t_7(environment.getattr(l_1_action, 'title')))
        yield '\n\n- Objectif : n° '
        yield str(environment.getattr(environment.getattr(l_1_action, 'objective'), 'number'))
        if environment.getattr(environment.getattr(l_1_action, 'objective'), 'required'):
            pass
            yield ' (obligatoire)'
        yield ' — '
        yield str(t_7(environment.getattr(environment.getattr(l_1_action, 'objective'), 'title')))
        yield '\n- Objet : '
        if environment.getattr(l_1_action, 'description'):
            pass
            yield str(t_7(environment.getattr(l_1_action, 'description')))
        else:
            pass
            yield str(t_7(environment.getattr(l_1_action, 'title')))
        yield '\n- Public cible : '
        if environment.getattr(l_1_action, 'target_group'):
            pass
            yield str(t_7(environment.getattr(l_1_action, 'target_group')))
        else:
            pass
            yield 'à préciser'
        yield '\n- Acteurs concernés : '
        if environment.getattr(l_1_action, 'actors'):
            pass
            yield str(t_7(t_4(context.eval_ctx, environment.getattr(l_1_action, 'actors'), ', ')))
        else:
            pass
            yield str(t_7(environment.getattr((undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity), 'name')))
        yield '\n- Calendrier : '
        if environment.getattr(l_1_action, 'schedule'):
            pass
            yield str(t_7(environment.getattr(l_1_action, 'schedule')))
        else:
            pass
            yield str(t_7((undefined(name='period') if l_0_period is missing else l_0_period)))
        yield '\n- Financements alloués : '
        if environment.getattr(environment.getattr(l_1_action, 'funding'), 'empty'):
            pass
            yield 'aucun crédit '
            yield str(t_7(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
        else:
            pass
            l_2_loop = missing
            for l_2_row, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_action, 'funding'), 'rows'), undefined):
                _loop_vars = {}
                pass
                yield str(t_7(environment.getattr(l_2_row, 'label')))
                yield ', '
                yield str(t_7(t_1(environment.getattr(l_2_row, 'total'))))
                yield str(t_8(environment.getattr(l_2_row, 'illustrative')))
                yield str((' ; ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 176 in 'convention.md.j2' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_row = missing
            yield ' sur la période'
        if environment.getattr(l_1_action, 'illustrative'):
            pass
            yield ' — action illustrative †'
        yield '\n\n'
        yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'indicator_table'), l_1_action, _loop_vars=_loop_vars))
    l_1_loop = l_1_action = missing
    yield '\n## Annexe 2 — Tableau de bord des indicateurs\n\nValeur de référence et cible de chaque indicateur, par année ; le rapport annuel d’exécution y ajoute les valeurs atteintes.\n\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'dashboard'), (undefined(name='actions') if l_0_actions is missing else l_0_actions), (undefined(name='years') if l_0_years is missing else l_0_years)))
    yield '\n## Annexe 3 — Maquette financière\n\nCrédits de la contractualisation par action, source et année'
    if (environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'illustrative') or t_6(context.eval_ctx, t_9(context, (undefined(name='actions') if l_0_actions is missing else l_0_actions), 'funding.illustrative'))):
        pass
        yield ' (les montants marqués † sont illustratifs)'
    yield '.\n\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'budget'), (undefined(name='actions') if l_0_actions is missing else l_0_actions), (undefined(name='funding') if l_0_funding is missing else l_0_funding)))
    yield '\n'
    if (undefined(name='illustrative') if l_0_illustrative is missing else l_0_illustrative):
        pass
        yield '## Annexe 4 — Valeurs illustratives\n\nLes valeurs marquées † (cibles, résultats, montants ou actions entières) ne proviennent d’aucune source publique : elles complètent, à titre d’illustration, ce que les sources citées à l’annexe suivante ne donnent pas (par exemple la répartition d’un montant total entre les actions). Elles ne constituent pas un engagement des parties et sont à remplacer par les valeurs arrêtées avant toute signature.\n\n'
    yield '## Annexe '
    yield str((5 if (undefined(name='illustrative') if l_0_illustrative is missing else l_0_illustrative) else 4))
    yield ' — Sources\n\n'
    if (undefined(name='sources') if l_0_sources is missing else l_0_sources):
        pass
        for l_1_source in (undefined(name='sources') if l_0_sources is missing else l_0_sources):
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_7(l_1_source))
            yield '\n'
        l_1_source = missing
    else:
        pass
        yield 'Aucune source n’est citée.\n'
    yield '\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'colophon'), (undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), (undefined(name='edition') if l_0_edition is missing else l_0_edition)))
    yield '\n'

blocks = {}
debug_info = '6=97&7=100&8=103&10=105&11=107&15=110&19=113&21=115&22=119&30=131&31=141&33=144&38=167&39=171&46=176&48=186&49=212&51=216&56=225&58=229&63=232&65=236&66=243&68=247&69=254&71=257&74=261&75=265&82=279&83=282&87=287&88=289&90=296&92=299&94=303&96=306&98=309&99=313&102=332&104=335&109=338&115=344&119=354&123=356&125=363&126=367&135=374&136=411&138=414&143=424&144=429&148=433&149=437&155=446&159=450&163=452&165=468&167=471&169=475&171=479&172=486&173=493&174=500&175=507&176=514&178=535&185=538&188=540&190=544&191=546&197=550&199=552&200=554&201=558&207=565'

# convention.md.j2
# Generated by `make templates` (pep_cli.render.compiled): do not edit.
