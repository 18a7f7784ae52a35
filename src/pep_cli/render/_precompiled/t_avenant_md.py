from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'avenant.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_document = resolve('document')
    l_0_namespace = resolve('namespace')
    l_0_title = resolve('title')
    l_0_between = resolve('between')
    l_0_compared = resolve('compared')
    l_0_provenance = resolve('provenance')
    l_0_territory_name = resolve('territory_name')
    l_0_territory_code = resolve('territory_code')
    l_0_convention_title = resolve('convention_title')
    l_0_initial_signed_on = resolve('initial_signed_on')
    l_0_old_version = resolve('old_version')
    l_0_version = resolve('version')
    l_0_edition = resolve('edition')
    l_0_the_convention = resolve('the_convention')
    l_0_previous_amendments = resolve('previous_amendments')
    l_0_amendment = resolve('amendment')
    l_0_subjects = resolve('subjects')
    l_0_actions_added = resolve('actions_added')
    l_0_actions_removed = resolve('actions_removed')
    l_0_actions_changed = resolve('actions_changed')
    l_0_objectives_gained = resolve('objectives_gained')
    l_0_objectives_lost = resolve('objectives_lost')
    l_0_of_document = resolve('of_document')
    l_0_funding_changed = resolve('funding_changed')
    l_0_funding = resolve('funding')
    l_0_period = resolve('period')
    l_0_amount_changes = resolve('amount_changes')
    l_0_total_old = resolve('total_old')
    l_0_total_new = resolve('total_new')
    l_0_other_changes = resolve('other_changes')
    l_0_signatures = resolve('signatures')
    l_0_state = resolve('state')
    l_0_ars = resolve('ars')
    l_0_collectivity = resolve('collectivity')
    l_0_e = l_0_parts = l_0_article = missing
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
        t_5 = environment.filters['md_paragraphs']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md_paragraphs' found.")
    try:
        t_6 = environment.filters['signed_amount']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'signed_amount' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_e = environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'e')
    context.vars['e'] = l_0_e
    context.exported_vars.add('e')
    l_0_parts = context.vars['parts'] = environment.get_template('parts.md.j2', 'avenant.md.j2')._get_default_module(context)
    context.exported_vars.discard('parts')
    l_0_article = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), n=0)
    context.vars['article'] = l_0_article
    context.exported_vars.add('article')
    yield '# '
    yield str(t_4((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '\n\n**'
    yield str(t_4((undefined(name='between') if l_0_between is missing else l_0_between)))
    yield '**\n\n> **PROJET D’AVENANT** — établi par pep à partir de la comparaison '
    yield str(t_4((undefined(name='compared') if l_0_compared is missing else l_0_compared)))
    yield ' du fichier '
    yield str(t_4(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'path')))
    yield ' ; à relire avant signature.\n\n- Territoire : '
    yield str(t_4((undefined(name='territory_name') if l_0_territory_name is missing else l_0_territory_name)))
    yield ' ('
    yield str(t_4((undefined(name='territory_code') if l_0_territory_code is missing else l_0_territory_code)))
    yield ')\n- '
    yield str(t_4(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'noun'))))
    yield ' modifié'
    yield str((undefined(name='e') if l_0_e is missing else l_0_e))
    yield ' : '
    yield str(t_4((undefined(name='convention_title') if l_0_convention_title is missing else l_0_convention_title)))
    if (undefined(name='initial_signed_on') if l_0_initial_signed_on is missing else l_0_initial_signed_on):
        pass
        yield ', signé'
        yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield ' le '
        yield str(t_4(t_3((undefined(name='initial_signed_on') if l_0_initial_signed_on is missing else l_0_initial_signed_on))))
    yield '\n- Version : '
    yield str((undefined(name='old_version') if l_0_old_version is missing else l_0_old_version))
    yield ' → '
    yield str((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '\n- Établi à partir de : '
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'origin'), (undefined(name='provenance') if l_0_provenance is missing else l_0_provenance)))
    yield '\n- Date du document : '
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'document_date'), (undefined(name='provenance') if l_0_provenance is missing else l_0_provenance)))
    yield '\n\n## Visas\n\n- Vu le code de l’action sociale et des familles ;\n- Vu la stratégie nationale de prévention et de protection de l’enfance présentée le 14 octobre 2019 ;\n- Vu '
    yield str(t_4(environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'reference_cited')))
    yield ' ;\n- Vu '
    yield str(t_4((undefined(name='the_convention') if l_0_the_convention is missing else l_0_the_convention)))
    if (undefined(name='initial_signed_on') if l_0_initial_signed_on is missing else l_0_initial_signed_on):
        pass
        yield ', signé'
        yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield ' le '
        yield str(t_4(t_3((undefined(name='initial_signed_on') if l_0_initial_signed_on is missing else l_0_initial_signed_on))))
    for l_1_previous in (undefined(name='previous_amendments') if l_0_previous_amendments is missing else l_0_previous_amendments):
        _loop_vars = {}
        pass
        yield ', modifié'
        yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield ' par l’avenant n° '
        yield str((environment.getattr(l_1_previous, 'version') - 1))
        yield ' du '
        yield str(t_4(t_3(environment.getattr(l_1_previous, 'signed_on'))))
    l_1_previous = missing
    yield '.\n\nIl est convenu ce qui suit.\n'
    if not isinstance(l_0_article, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
    yield '\n## Article '
    yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
    yield ' — Objet de l’avenant\n\nLe présent avenant modifie '
    yield str(t_4((undefined(name='the_convention') if l_0_the_convention is missing else l_0_the_convention)))
    yield ', conclu'
    yield str((undefined(name='e') if l_0_e is missing else l_0_e))
    yield ' '
    yield str(t_4((undefined(name='between') if l_0_between is missing else l_0_between)))
    yield '.'
    if (undefined(name='amendment') if l_0_amendment is missing else l_0_amendment):
        pass
        yield ' Il a pour objet : « '
        yield str(t_4(environment.getattr((undefined(name='amendment') if l_0_amendment is missing else l_0_amendment), 'summary')))
        yield ' ».'
    yield ' Il porte sur :\n\n'
    l_1_loop = missing
    for l_1_subject, l_1_loop in LoopContext((undefined(name='subjects') if l_0_subjects is missing else l_0_subjects), undefined):
        _loop_vars = {}
        pass
        yield '- '
        yield str(t_4(l_1_subject))
        yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        yield '\n'
    l_1_loop = l_1_subject = missing
    yield '\nÀ sa signature, '
    yield str(t_4(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'the')))
    yield ' porte le numéro de version '
    yield str((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '.\n'
    if (((((undefined(name='actions_added') if l_0_actions_added is missing else l_0_actions_added) or (undefined(name='actions_removed') if l_0_actions_removed is missing else l_0_actions_removed)) or (undefined(name='actions_changed') if l_0_actions_changed is missing else l_0_actions_changed)) or (undefined(name='objectives_gained') if l_0_objectives_gained is missing else l_0_objectives_gained)) or (undefined(name='objectives_lost') if l_0_objectives_lost is missing else l_0_objectives_lost)):
        pass
        if not isinstance(l_0_article, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
        yield '\n## Article '
        yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
        yield ' — Modification des actions\n\nL’article 3 '
        yield str(t_4((undefined(name='of_document') if l_0_of_document is missing else l_0_of_document)))
        yield ' (« Actions ») est modifié comme suit.\n'
        if (undefined(name='objectives_gained') if l_0_objectives_gained is missing else l_0_objectives_gained):
            pass
            yield '\nObjectifs du catalogue désormais couverts :\n\n'
            l_1_loop = missing
            for l_1_objective, l_1_loop in LoopContext((undefined(name='objectives_gained') if l_0_objectives_gained is missing else l_0_objectives_gained), undefined):
                _loop_vars = {}
                pass
                yield '- n° '
                yield str(environment.getattr(l_1_objective, 'number'))
                yield ' — '
                yield str(t_4(environment.getattr(l_1_objective, 'title')))
                yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
                yield '\n'
            l_1_loop = l_1_objective = missing
        if (undefined(name='objectives_lost') if l_0_objectives_lost is missing else l_0_objectives_lost):
            pass
            yield '\nObjectifs du catalogue qui ne sont plus couverts :\n\n'
            l_1_loop = missing
            for l_1_objective, l_1_loop in LoopContext((undefined(name='objectives_lost') if l_0_objectives_lost is missing else l_0_objectives_lost), undefined):
                _loop_vars = {}
                pass
                yield '- n° '
                yield str(environment.getattr(l_1_objective, 'number'))
                yield ' — '
                yield str(t_4(environment.getattr(l_1_objective, 'title')))
                yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
                yield '\n'
            l_1_loop = l_1_objective = missing
        if (undefined(name='actions_added') if l_0_actions_added is missing else l_0_actions_added):
            pass
            yield '\n### Actions ajoutées\n'
            for l_1_added in (undefined(name='actions_added') if l_0_actions_added is missing else l_0_actions_added):
                _loop_vars = {}
                pass
                yield '\n#### Action « '
                yield str(t_4(environment.getattr(environment.getattr(l_1_added, 'view'), 'title')))
                yield ' » — objectif n° '
                yield str(environment.getattr(environment.getattr(l_1_added, 'objective'), 'number'))
                yield ' : '
                yield str(t_4(environment.getattr(environment.getattr(l_1_added, 'objective'), 'title')))
                yield '\n'
                if environment.getattr(environment.getattr(l_1_added, 'view'), 'description'):
                    pass
                    yield '\n'
                    yield str(t_5(environment.getattr(environment.getattr(l_1_added, 'view'), 'description')))
                    yield '\n'
                yield '\n'
                yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'action_tables'), environment.getattr(l_1_added, 'view'), _loop_vars=_loop_vars))
            l_1_added = missing
        if (undefined(name='actions_removed') if l_0_actions_removed is missing else l_0_actions_removed):
            pass
            yield '\n### Actions supprimées\n\n'
            for l_1_removed in (undefined(name='actions_removed') if l_0_actions_removed is missing else l_0_actions_removed):
                _loop_vars = {}
                pass
                yield '- L’action « '
                yield str(t_4(environment.getattr(l_1_removed, 'title')))
                yield ' » (objectif n° '
                yield str(environment.getattr(environment.getattr(l_1_removed, 'objective'), 'number'))
                yield ' : '
                yield str(t_4(environment.getattr(environment.getattr(l_1_removed, 'objective'), 'title')))
                yield ') est supprimée.\n'
            l_1_removed = missing
        if (undefined(name='actions_changed') if l_0_actions_changed is missing else l_0_actions_changed):
            pass
            yield '\n### Actions modifiées\n'
            l_1_loop = missing
            for l_1_changed, l_1_loop in LoopContext((undefined(name='actions_changed') if l_0_actions_changed is missing else l_0_actions_changed), undefined):
                _loop_vars = {}
                pass
                yield '\n#### Action « '
                yield str(t_4(environment.getattr(l_1_changed, 'title')))
                yield ' » — objectif n° '
                yield str(environment.getattr(environment.getattr(l_1_changed, 'objective'), 'number'))
                yield '\n\n'
                l_2_loop = missing
                for l_2_detail, l_2_loop in LoopContext(environment.getattr(l_1_changed, 'details'), undefined):
                    _loop_vars = {}
                    pass
                    yield '- '
                    yield str(t_4(t_2(l_2_detail)))
                    yield str((' ;' if (not environment.getattr(l_2_loop, 'last')) else '.'))
                    yield '\n'
                l_2_loop = l_2_detail = missing
            l_1_loop = l_1_changed = missing
    if (undefined(name='funding_changed') if l_0_funding_changed is missing else l_0_funding_changed):
        pass
        if not isinstance(l_0_article, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
        yield '\n## Article '
        yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
        yield ' — Modification de l’article financier\n\nL’article 4 '
        yield str(t_4((undefined(name='of_document') if l_0_of_document is missing else l_0_of_document)))
        yield ' (« Financement ») est remplacé par les dispositions suivantes.\n\n### Article 4 — Financement (nouvelle rédaction)\n\n'
        if environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'empty'):
            pass
            yield 'Aucun crédit n’est inscrit '
            yield str(t_4(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
            yield '.\n'
        else:
            pass
            yield 'Les crédits prévus, par source et par année, sont les suivants.\n\n'
            yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'funding_table'), (undefined(name='funding') if l_0_funding is missing else l_0_funding)))
            yield '\nLe montant total des crédits prévus sur la période '
            yield str(t_4((undefined(name='period') if l_0_period is missing else l_0_period)))
            yield ' s’élève à '
            yield str(t_4(t_1(environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'total'))))
            yield '.\n'
        yield '\n### Écarts avec la version n° '
        yield str((undefined(name='old_version') if l_0_old_version is missing else l_0_old_version))
        yield '\n\n| Source | Année | Avant | Après | Écart |\n|---|---:|---:|---:|---:|\n'
        for l_1_change in (undefined(name='amount_changes') if l_0_amount_changes is missing else l_0_amount_changes):
            _loop_vars = {}
            pass
            yield '| '
            if (environment.getattr(l_1_change, 'label') == 'Total'):
                pass
                yield '**Total**'
            else:
                pass
                yield str(t_4(environment.getattr(l_1_change, 'label')))
            yield ' | '
            yield str(environment.getattr(l_1_change, 'year'))
            yield ' | '
            if (not t_7(environment.getattr(l_1_change, 'old'))):
                pass
                yield str(t_4(t_1(environment.getattr(l_1_change, 'old'))))
            else:
                pass
                yield '—'
            yield ' | '
            if (not t_7(environment.getattr(l_1_change, 'new'))):
                pass
                yield str(t_4(t_1(environment.getattr(l_1_change, 'new'))))
            else:
                pass
                yield '—'
            yield ' | '
            yield str(t_4(t_6(environment.getattr(l_1_change, 'difference'))))
            yield ' |\n'
        l_1_change = missing
        yield '\nSur la période, le montant total des crédits passe de '
        yield str(t_4(t_1((undefined(name='total_old') if l_0_total_old is missing else l_0_total_old))))
        yield ' à '
        yield str(t_4(t_1((undefined(name='total_new') if l_0_total_new is missing else l_0_total_new))))
        yield ' ('
        yield str(t_4(t_6(((undefined(name='total_new') if l_0_total_new is missing else l_0_total_new) - (undefined(name='total_old') if l_0_total_old is missing else l_0_total_old)))))
        yield ').\n'
    if (undefined(name='other_changes') if l_0_other_changes is missing else l_0_other_changes):
        pass
        if not isinstance(l_0_article, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
        yield '\n## Article '
        yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
        yield ' — Autres modifications\n\n'
        l_1_loop = missing
        for l_1_change, l_1_loop in LoopContext((undefined(name='other_changes') if l_0_other_changes is missing else l_0_other_changes), undefined):
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_4(t_2(l_1_change)))
            yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
            yield '\n'
        l_1_loop = l_1_change = missing
    if not isinstance(l_0_article, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
    yield '\n## Article '
    yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
    yield ' — Autres stipulations\n\nLes autres stipulations '
    yield str(t_4((undefined(name='of_document') if l_0_of_document is missing else l_0_of_document)))
    yield ', non modifiées par le présent avenant, demeurent inchangées et applicables.\n'
    if not isinstance(l_0_article, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
    yield '\n## Article '
    yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
    yield ' — Entrée en vigueur\n\nLe présent avenant prend effet à la date de sa signature par l’ensemble des parties.\n\n## Signatures\n\nFait à …, le '
    if (undefined(name='amendment') if l_0_amendment is missing else l_0_amendment):
        pass
        yield str(t_4(t_3(environment.getattr((undefined(name='amendment') if l_0_amendment is missing else l_0_amendment), 'signed_on'))))
    else:
        pass
        yield '…'
    yield '.\n\n'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'signature_blocks'), (undefined(name='signatures') if l_0_signatures is missing else l_0_signatures), (undefined(name='state') if l_0_state is missing else l_0_state), (undefined(name='ars') if l_0_ars is missing else l_0_ars), (undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity)))

blocks = {}
debug_info = '4=88&5=91&6=93&7=97&9=99&11=101&13=105&14=109&15=121&16=125&17=127&23=129&24=131&27=151&29=153&31=155&33=168&34=172&37=177&38=181&39=185&41=187&43=189&44=191&48=195&49=199&52=205&56=209&57=213&60=219&63=222&65=226&66=232&68=235&71=238&74=240&78=243&79=247&82=254&85=258&87=262&89=267&90=271&95=276&96=280&98=282&100=284&104=286&105=289&109=294&110=296&113=301&117=303&118=307&121=334&123=340&124=344&126=346&128=349&129=353&132=359&134=361&136=363&137=367&139=369&145=371&147=378'

# avenant.md.j2
# Generated by `make templates` (pep_cli.render.compiled): do not edit.
