from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'avenant.tex.j2'

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
    l_0_parts = context.vars['parts'] = environment.get_template('parts.tex.j2', 'avenant.tex.j2')._get_default_module(context)
    context.exported_vars.discard('parts')
    l_0_article = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), n=0)
    context.vars['article'] = l_0_article
    context.exported_vars.add('article')
    template = environment.get_template('preamble.tex.j2', 'avenant.tex.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'article': l_0_article, 'e': l_0_e, 'parts': l_0_parts}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\x00avenant.tex.j2\x019\x00\n\x00avenant.tex.j2\x0110\x00\\begin{document}\n\x00avenant.tex.j2\x0111\x00\n\x00avenant.tex.j2\x0112\x00\\begin{center}\n\x00avenant.tex.j2\x0113\x00{\\LARGE\\bfseries\\color{pepblue} '
    yield str(t_4((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '\x00avenant.tex.j2\x0113\x00\\par}\n\x00avenant.tex.j2\x0114\x00\\vspace{0.8em}\n\x00avenant.tex.j2\x0115\x00{\\large '
    yield str(t_4((undefined(name='between') if l_0_between is missing else l_0_between)))
    yield '\x00avenant.tex.j2\x0115\x00\\par}\n\x00avenant.tex.j2\x0116\x00\\end{center}\n\x00avenant.tex.j2\x0117\x00\\vspace{0.5em}\n\x00avenant.tex.j2\x0118\x00\n\x00avenant.tex.j2\x0119\x00\\noindent{\\color{pepblue}\\rule{\\linewidth}{0.8pt}}\\par\n\x00avenant.tex.j2\x0120\x00{\\color{pepblue}\\bfseries PROJET D’AVENANT}\n\x00avenant.tex.j2\x0121\x00— établi par pep à partir de la comparaison '
    yield str(t_4((undefined(name='compared') if l_0_compared is missing else l_0_compared)))
    yield '\x00avenant.tex.j2\x0121\x00 du fichier '
    yield str(t_4(environment.getattr((undefined(name='provenance') if l_0_provenance is missing else l_0_provenance), 'path')))
    yield '\x00avenant.tex.j2\x0121\x00 ; à relire avant signature.\\par\n\x00avenant.tex.j2\x0122\x00\\noindent{\\color{pepblue}\\rule{\\linewidth}{0.8pt}}\\par\n\x00avenant.tex.j2\x0123\x00\n\x00avenant.tex.j2\x0124\x00{\\small\n\x00avenant.tex.j2\x0125\x00\\begin{tabularx}{\\linewidth}{@{}lL@{}}\n\x00avenant.tex.j2\x0126\x00Territoire & '
    yield str(t_4((undefined(name='territory_name') if l_0_territory_name is missing else l_0_territory_name)))
    yield '\x00avenant.tex.j2\x0126\x00 ('
    yield str(t_4((undefined(name='territory_code') if l_0_territory_code is missing else l_0_territory_code)))
    yield '\x00avenant.tex.j2\x0126\x00) \\\\\n\x00avenant.tex.j2\x0127\x00'
    yield str(t_4(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'noun'))))
    yield '\x00avenant.tex.j2\x0127\x00 modifié'
    yield str((undefined(name='e') if l_0_e is missing else l_0_e))
    yield '\x00avenant.tex.j2\x0127\x00 & '
    yield str(t_4((undefined(name='convention_title') if l_0_convention_title is missing else l_0_convention_title)))
    if (undefined(name='initial_signed_on') if l_0_initial_signed_on is missing else l_0_initial_signed_on):
        pass
        yield '\x00avenant.tex.j2\x0127\x00, signé'
        yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield '\x00avenant.tex.j2\x0127\x00 le '
        yield str(t_4(t_3((undefined(name='initial_signed_on') if l_0_initial_signed_on is missing else l_0_initial_signed_on))))
    yield '\x00avenant.tex.j2\x0127\x00 \\\\\n\x00avenant.tex.j2\x0128\x00Version & '
    yield str((undefined(name='old_version') if l_0_old_version is missing else l_0_old_version))
    yield '\x00avenant.tex.j2\x0128\x00 → '
    yield str((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '\x00avenant.tex.j2\x0128\x00 \\\\\n\x00avenant.tex.j2\x0129\x00Établi à partir de & '
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'origin'), (undefined(name='provenance') if l_0_provenance is missing else l_0_provenance)))
    yield '\x00avenant.tex.j2\x0129\x00 \\\\\n\x00avenant.tex.j2\x0130\x00Date du document & '
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'document_date'), (undefined(name='provenance') if l_0_provenance is missing else l_0_provenance)))
    yield '\x00avenant.tex.j2\x0130\x00 \\\\\n\x00avenant.tex.j2\x0131\x00\\end{tabularx}\n\x00avenant.tex.j2\x0132\x00\\par}\n\x00avenant.tex.j2\x0133\x00\n\x00avenant.tex.j2\x0134\x00\\section*{Visas}\n\x00avenant.tex.j2\x0135\x00\n\x00avenant.tex.j2\x0136\x00Vu le code de l’action sociale et des familles ;\n\x00avenant.tex.j2\x0137\x00\n\x00avenant.tex.j2\x0138\x00Vu la stratégie nationale de prévention et de protection de l’enfance présentée le 14~octobre~2019 ;\n\x00avenant.tex.j2\x0139\x00\n\x00avenant.tex.j2\x0140\x00Vu '
    yield str(t_4(environment.getattr((undefined(name='edition') if l_0_edition is missing else l_0_edition), 'reference_cited')))
    yield '\x00avenant.tex.j2\x0140\x00 ;\n\x00avenant.tex.j2\x0141\x00\n\x00avenant.tex.j2\x0142\x00Vu '
    yield str(t_4((undefined(name='the_convention') if l_0_the_convention is missing else l_0_the_convention)))
    if (undefined(name='initial_signed_on') if l_0_initial_signed_on is missing else l_0_initial_signed_on):
        pass
        yield '\x00avenant.tex.j2\x0142\x00, signé'
        yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield '\x00avenant.tex.j2\x0142\x00 le '
        yield str(t_4(t_3((undefined(name='initial_signed_on') if l_0_initial_signed_on is missing else l_0_initial_signed_on))))
    for l_1_previous in (undefined(name='previous_amendments') if l_0_previous_amendments is missing else l_0_previous_amendments):
        _loop_vars = {}
        pass
        yield '\x00avenant.tex.j2\x0142\x00, modifié'
        yield str((undefined(name='e') if l_0_e is missing else l_0_e))
        yield '\x00avenant.tex.j2\x0142\x00 par l’avenant n°~'
        yield str((environment.getattr(l_1_previous, 'version') - 1))
        yield '\x00avenant.tex.j2\x0142\x00 du '
        yield str(t_4(t_3(environment.getattr(l_1_previous, 'signed_on'))))
    l_1_previous = missing
    yield '\x00avenant.tex.j2\x0142\x00.\n\x00avenant.tex.j2\x0143\x00\n\x00avenant.tex.j2\x0144\x00Il est convenu ce qui suit.\n\x00avenant.tex.j2\x0145\x00'
    if not isinstance(l_0_article, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
    yield '\x00avenant.tex.j2\x0146\x00\n\x00avenant.tex.j2\x0147\x00\\section*{Article '
    yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
    yield '\x00avenant.tex.j2\x0147\x00 — Objet de l’avenant}\n\x00avenant.tex.j2\x0148\x00\n\x00avenant.tex.j2\x0149\x00Le présent avenant modifie '
    yield str(t_4((undefined(name='the_convention') if l_0_the_convention is missing else l_0_the_convention)))
    yield '\x00avenant.tex.j2\x0149\x00, conclu'
    yield str((undefined(name='e') if l_0_e is missing else l_0_e))
    yield '\x00avenant.tex.j2\x0149\x00 '
    yield str(t_4((undefined(name='between') if l_0_between is missing else l_0_between)))
    yield '\x00avenant.tex.j2\x0149\x00.'
    if (undefined(name='amendment') if l_0_amendment is missing else l_0_amendment):
        pass
        yield '\x00avenant.tex.j2\x0149\x00 Il a pour objet : « '
        yield str(t_4(environment.getattr((undefined(name='amendment') if l_0_amendment is missing else l_0_amendment), 'summary')))
        yield '\x00avenant.tex.j2\x0149\x00 ».'
    yield '\x00avenant.tex.j2\x0149\x00 Il porte sur :\n\x00avenant.tex.j2\x0150\x00\\begin{itemize}\n\x00avenant.tex.j2\x0151\x00'
    l_1_loop = missing
    for l_1_subject, l_1_loop in LoopContext((undefined(name='subjects') if l_0_subjects is missing else l_0_subjects), undefined):
        _loop_vars = {}
        pass
        yield '\x00avenant.tex.j2\x0152\x00\\item '
        yield str(t_4(l_1_subject))
        yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        yield '\x00avenant.tex.j2\x0152\x00\n\x00avenant.tex.j2\x0153\x00'
    l_1_loop = l_1_subject = missing
    yield '\x00avenant.tex.j2\x0154\x00\\end{itemize}\n\x00avenant.tex.j2\x0155\x00\n\x00avenant.tex.j2\x0156\x00À sa signature, '
    yield str(t_4(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'the')))
    yield '\x00avenant.tex.j2\x0156\x00 porte le numéro de version~'
    yield str((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '\x00avenant.tex.j2\x0156\x00.\n\x00avenant.tex.j2\x0157\x00'
    if (((((undefined(name='actions_added') if l_0_actions_added is missing else l_0_actions_added) or (undefined(name='actions_removed') if l_0_actions_removed is missing else l_0_actions_removed)) or (undefined(name='actions_changed') if l_0_actions_changed is missing else l_0_actions_changed)) or (undefined(name='objectives_gained') if l_0_objectives_gained is missing else l_0_objectives_gained)) or (undefined(name='objectives_lost') if l_0_objectives_lost is missing else l_0_objectives_lost)):
        pass
        if not isinstance(l_0_article, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
        yield '\x00avenant.tex.j2\x0159\x00\n\x00avenant.tex.j2\x0160\x00\\section*{Article '
        yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
        yield '\x00avenant.tex.j2\x0160\x00 — Modification des actions}\n\x00avenant.tex.j2\x0161\x00\n\x00avenant.tex.j2\x0162\x00L’article~3 '
        yield str(t_4((undefined(name='of_document') if l_0_of_document is missing else l_0_of_document)))
        yield '\x00avenant.tex.j2\x0162\x00 (« Actions ») est modifié comme suit.\n\x00avenant.tex.j2\x0163\x00'
        if (undefined(name='objectives_gained') if l_0_objectives_gained is missing else l_0_objectives_gained):
            pass
            yield '\x00avenant.tex.j2\x0164\x00\n\x00avenant.tex.j2\x0165\x00Objectifs du catalogue désormais couverts :\n\x00avenant.tex.j2\x0166\x00\\begin{itemize}\n\x00avenant.tex.j2\x0167\x00'
            l_1_loop = missing
            for l_1_objective, l_1_loop in LoopContext((undefined(name='objectives_gained') if l_0_objectives_gained is missing else l_0_objectives_gained), undefined):
                _loop_vars = {}
                pass
                yield '\x00avenant.tex.j2\x0168\x00\\item n°~'
                yield str(environment.getattr(l_1_objective, 'number'))
                yield '\x00avenant.tex.j2\x0168\x00 — '
                yield str(t_4(environment.getattr(l_1_objective, 'title')))
                yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
                yield '\x00avenant.tex.j2\x0168\x00\n\x00avenant.tex.j2\x0169\x00'
            l_1_loop = l_1_objective = missing
            yield '\x00avenant.tex.j2\x0170\x00\\end{itemize}\n\x00avenant.tex.j2\x0171\x00'
        if (undefined(name='objectives_lost') if l_0_objectives_lost is missing else l_0_objectives_lost):
            pass
            yield '\x00avenant.tex.j2\x0173\x00\n\x00avenant.tex.j2\x0174\x00Objectifs du catalogue qui ne sont plus couverts :\n\x00avenant.tex.j2\x0175\x00\\begin{itemize}\n\x00avenant.tex.j2\x0176\x00'
            l_1_loop = missing
            for l_1_objective, l_1_loop in LoopContext((undefined(name='objectives_lost') if l_0_objectives_lost is missing else l_0_objectives_lost), undefined):
                _loop_vars = {}
                pass
                yield '\x00avenant.tex.j2\x0177\x00\\item n°~'
                yield str(environment.getattr(l_1_objective, 'number'))
                yield '\x00avenant.tex.j2\x0177\x00 — '
                yield str(t_4(environment.getattr(l_1_objective, 'title')))
                yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
                yield '\x00avenant.tex.j2\x0177\x00\n\x00avenant.tex.j2\x0178\x00'
            l_1_loop = l_1_objective = missing
            yield '\x00avenant.tex.j2\x0179\x00\\end{itemize}\n\x00avenant.tex.j2\x0180\x00'
        if (undefined(name='actions_added') if l_0_actions_added is missing else l_0_actions_added):
            pass
            yield '\x00avenant.tex.j2\x0182\x00\n\x00avenant.tex.j2\x0183\x00\\subsection*{Actions ajoutées}\n\x00avenant.tex.j2\x0184\x00'
            for l_1_added in (undefined(name='actions_added') if l_0_actions_added is missing else l_0_actions_added):
                _loop_vars = {}
                pass
                yield '\x00avenant.tex.j2\x0185\x00\n\x00avenant.tex.j2\x0186\x00\\paragraph*{Action « '
                yield str(t_4(environment.getattr(environment.getattr(l_1_added, 'view'), 'title')))
                yield '\x00avenant.tex.j2\x0186\x00 » — objectif n°~'
                yield str(environment.getattr(environment.getattr(l_1_added, 'objective'), 'number'))
                yield '\x00avenant.tex.j2\x0186\x00 : '
                yield str(t_4(environment.getattr(environment.getattr(l_1_added, 'objective'), 'title')))
                yield '\x00avenant.tex.j2\x0186\x00}\n\x00avenant.tex.j2\x0187\x00'
                if environment.getattr(environment.getattr(l_1_added, 'view'), 'description'):
                    pass
                    yield '\x00avenant.tex.j2\x0188\x00\n\x00avenant.tex.j2\x0189\x00'
                    yield str(t_5(environment.getattr(environment.getattr(l_1_added, 'view'), 'description')))
                    yield '\x00avenant.tex.j2\x0189\x00\n\x00avenant.tex.j2\x0190\x00'
                yield '\x00avenant.tex.j2\x0191\x00\n\x00avenant.tex.j2\x0192\x00'
                yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'action_tables'), environment.getattr(l_1_added, 'view'), _loop_vars=_loop_vars))
            l_1_added = missing
        if (undefined(name='actions_removed') if l_0_actions_removed is missing else l_0_actions_removed):
            pass
            yield '\x00avenant.tex.j2\x0196\x00\n\x00avenant.tex.j2\x0197\x00\\subsection*{Actions supprimées}\n\x00avenant.tex.j2\x0198\x00\n\x00avenant.tex.j2\x0199\x00\\begin{itemize}\n\x00avenant.tex.j2\x01100\x00'
            for l_1_removed in (undefined(name='actions_removed') if l_0_actions_removed is missing else l_0_actions_removed):
                _loop_vars = {}
                pass
                yield '\x00avenant.tex.j2\x01101\x00\\item L’action « '
                yield str(t_4(environment.getattr(l_1_removed, 'title')))
                yield '\x00avenant.tex.j2\x01101\x00 » (objectif n°~'
                yield str(environment.getattr(environment.getattr(l_1_removed, 'objective'), 'number'))
                yield '\x00avenant.tex.j2\x01101\x00 : '
                yield str(t_4(environment.getattr(environment.getattr(l_1_removed, 'objective'), 'title')))
                yield '\x00avenant.tex.j2\x01101\x00) est supprimée.\n\x00avenant.tex.j2\x01102\x00'
            l_1_removed = missing
            yield '\x00avenant.tex.j2\x01103\x00\\end{itemize}\n\x00avenant.tex.j2\x01104\x00'
        if (undefined(name='actions_changed') if l_0_actions_changed is missing else l_0_actions_changed):
            pass
            yield '\x00avenant.tex.j2\x01106\x00\n\x00avenant.tex.j2\x01107\x00\\subsection*{Actions modifiées}\n\x00avenant.tex.j2\x01108\x00'
            l_1_loop = missing
            for l_1_changed, l_1_loop in LoopContext((undefined(name='actions_changed') if l_0_actions_changed is missing else l_0_actions_changed), undefined):
                _loop_vars = {}
                pass
                yield '\x00avenant.tex.j2\x01109\x00\n\x00avenant.tex.j2\x01110\x00\\paragraph*{Action « '
                yield str(t_4(environment.getattr(l_1_changed, 'title')))
                yield '\x00avenant.tex.j2\x01110\x00 » — objectif n°~'
                yield str(environment.getattr(environment.getattr(l_1_changed, 'objective'), 'number'))
                yield '\x00avenant.tex.j2\x01110\x00}\n\x00avenant.tex.j2\x01111\x00\\begin{itemize}\n\x00avenant.tex.j2\x01112\x00'
                l_2_loop = missing
                for l_2_detail, l_2_loop in LoopContext(environment.getattr(l_1_changed, 'details'), undefined):
                    _loop_vars = {}
                    pass
                    yield '\x00avenant.tex.j2\x01113\x00\\item '
                    yield str(t_4(t_2(l_2_detail)))
                    yield str((' ;' if (not environment.getattr(l_2_loop, 'last')) else '.'))
                    yield '\x00avenant.tex.j2\x01113\x00\n\x00avenant.tex.j2\x01114\x00'
                l_2_loop = l_2_detail = missing
                yield '\x00avenant.tex.j2\x01115\x00\\end{itemize}\n\x00avenant.tex.j2\x01116\x00'
            l_1_loop = l_1_changed = missing
    if (undefined(name='funding_changed') if l_0_funding_changed is missing else l_0_funding_changed):
        pass
        if not isinstance(l_0_article, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
        yield '\x00avenant.tex.j2\x01121\x00\n\x00avenant.tex.j2\x01122\x00\\section*{Article '
        yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
        yield '\x00avenant.tex.j2\x01122\x00 — Modification de l’article financier}\n\x00avenant.tex.j2\x01123\x00\n\x00avenant.tex.j2\x01124\x00L’article~4 '
        yield str(t_4((undefined(name='of_document') if l_0_of_document is missing else l_0_of_document)))
        yield '\x00avenant.tex.j2\x01124\x00 (« Financement ») est remplacé par les dispositions suivantes.\n\x00avenant.tex.j2\x01125\x00\n\x00avenant.tex.j2\x01126\x00\\subsection*{Article 4 — Financement (nouvelle rédaction)}\n\x00avenant.tex.j2\x01127\x00\n\x00avenant.tex.j2\x01128\x00'
        if environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'empty'):
            pass
            yield '\x00avenant.tex.j2\x01129\x00Aucun crédit n’est inscrit '
            yield str(t_4(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'of_this')))
            yield '\x00avenant.tex.j2\x01129\x00.\n\x00avenant.tex.j2\x01130\x00'
        else:
            pass
            yield '\x00avenant.tex.j2\x01131\x00Les crédits prévus, par source et par année, sont les suivants.\\par\\nopagebreak\n\x00avenant.tex.j2\x01132\x00\n\x00avenant.tex.j2\x01133\x00'
            yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'funding_table'), (undefined(name='funding') if l_0_funding is missing else l_0_funding)))
            yield '\x00avenant.tex.j2\x01133\x00\n\x00avenant.tex.j2\x01134\x00Le montant total des crédits prévus sur la période '
            yield str(t_4((undefined(name='period') if l_0_period is missing else l_0_period)))
            yield '\x00avenant.tex.j2\x01134\x00 s’élève à '
            yield str(t_4(t_1(environment.getattr((undefined(name='funding') if l_0_funding is missing else l_0_funding), 'total'))))
            yield '\x00avenant.tex.j2\x01134\x00.\n\x00avenant.tex.j2\x01135\x00'
        yield '\x00avenant.tex.j2\x01136\x00\n\x00avenant.tex.j2\x01137\x00\\subsection*{Écarts avec la version n°~'
        yield str((undefined(name='old_version') if l_0_old_version is missing else l_0_old_version))
        yield '\x00avenant.tex.j2\x01137\x00}\n\x00avenant.tex.j2\x01138\x00\n\x00avenant.tex.j2\x01139\x00{\\small\n\x00avenant.tex.j2\x01140\x00\\begin{tabularx}{\\linewidth}{@{}Lrrrr@{}}\n\x00avenant.tex.j2\x01141\x00\\toprule\n\x00avenant.tex.j2\x01142\x00Source & Année & Avant & Après & Écart \\\\\n\x00avenant.tex.j2\x01143\x00\\midrule\n\x00avenant.tex.j2\x01144\x00'
        for l_1_change in (undefined(name='amount_changes') if l_0_amount_changes is missing else l_0_amount_changes):
            _loop_vars = {}
            pass
            if (environment.getattr(l_1_change, 'label') == 'Total'):
                pass
                yield '\x00avenant.tex.j2\x01145\x00\\textbf{Total}'
            else:
                pass
                yield str(t_4(environment.getattr(l_1_change, 'label')))
            yield '\x00avenant.tex.j2\x01145\x00 & '
            yield str(environment.getattr(l_1_change, 'year'))
            yield '\x00avenant.tex.j2\x01145\x00 & '
            if (not t_7(environment.getattr(l_1_change, 'old'))):
                pass
                yield str(t_4(t_1(environment.getattr(l_1_change, 'old'))))
            else:
                pass
                yield '\x00avenant.tex.j2\x01145\x00—'
            yield '\x00avenant.tex.j2\x01145\x00 & '
            if (not t_7(environment.getattr(l_1_change, 'new'))):
                pass
                yield str(t_4(t_1(environment.getattr(l_1_change, 'new'))))
            else:
                pass
                yield '\x00avenant.tex.j2\x01145\x00—'
            yield '\x00avenant.tex.j2\x01145\x00 & '
            yield str(t_4(t_6(environment.getattr(l_1_change, 'difference'))))
            yield '\x00avenant.tex.j2\x01145\x00 \\\\\n\x00avenant.tex.j2\x01146\x00'
        l_1_change = missing
        yield '\x00avenant.tex.j2\x01147\x00\\bottomrule\n\x00avenant.tex.j2\x01148\x00\\end{tabularx}\n\x00avenant.tex.j2\x01149\x00\\par}\n\x00avenant.tex.j2\x01150\x00\n\x00avenant.tex.j2\x01151\x00Sur la période, le montant total des crédits passe de '
        yield str(t_4(t_1((undefined(name='total_old') if l_0_total_old is missing else l_0_total_old))))
        yield '\x00avenant.tex.j2\x01151\x00 à '
        yield str(t_4(t_1((undefined(name='total_new') if l_0_total_new is missing else l_0_total_new))))
        yield '\x00avenant.tex.j2\x01151\x00 ('
        yield str(t_4(t_6(((undefined(name='total_new') if l_0_total_new is missing else l_0_total_new) - (undefined(name='total_old') if l_0_total_old is missing else l_0_total_old)))))
        yield '\x00avenant.tex.j2\x01151\x00).\n\x00avenant.tex.j2\x01152\x00'
    if (undefined(name='other_changes') if l_0_other_changes is missing else l_0_other_changes):
        pass
        if not isinstance(l_0_article, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
        yield '\x00avenant.tex.j2\x01155\x00\n\x00avenant.tex.j2\x01156\x00\\section*{Article '
        yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
        yield '\x00avenant.tex.j2\x01156\x00 — Autres modifications}\n\x00avenant.tex.j2\x01157\x00\n\x00avenant.tex.j2\x01158\x00\\begin{itemize}\n\x00avenant.tex.j2\x01159\x00'
        l_1_loop = missing
        for l_1_change, l_1_loop in LoopContext((undefined(name='other_changes') if l_0_other_changes is missing else l_0_other_changes), undefined):
            _loop_vars = {}
            pass
            yield '\x00avenant.tex.j2\x01160\x00\\item '
            yield str(t_4(t_2(l_1_change)))
            yield str((' ;' if (not environment.getattr(l_1_loop, 'last')) else '.'))
            yield '\x00avenant.tex.j2\x01160\x00\n\x00avenant.tex.j2\x01161\x00'
        l_1_loop = l_1_change = missing
        yield '\x00avenant.tex.j2\x01162\x00\\end{itemize}\n\x00avenant.tex.j2\x01163\x00'
    if not isinstance(l_0_article, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
    yield '\x00avenant.tex.j2\x01165\x00\n\x00avenant.tex.j2\x01166\x00\\section*{Article '
    yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
    yield '\x00avenant.tex.j2\x01166\x00 — Autres stipulations}\n\x00avenant.tex.j2\x01167\x00\n\x00avenant.tex.j2\x01168\x00Les autres stipulations '
    yield str(t_4((undefined(name='of_document') if l_0_of_document is missing else l_0_of_document)))
    yield '\x00avenant.tex.j2\x01168\x00, non modifiées par le présent avenant, demeurent inchangées et applicables.\n\x00avenant.tex.j2\x01169\x00'
    if not isinstance(l_0_article, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0_article['n'] = (environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n') + 1)
    yield '\x00avenant.tex.j2\x01170\x00\n\x00avenant.tex.j2\x01171\x00\\section*{Article '
    yield str(environment.getattr((undefined(name='article') if l_0_article is missing else l_0_article), 'n'))
    yield '\x00avenant.tex.j2\x01171\x00 — Entrée en vigueur}\n\x00avenant.tex.j2\x01172\x00\n\x00avenant.tex.j2\x01173\x00Le présent avenant prend effet à la date de sa signature par l’ensemble des parties.\n\x00avenant.tex.j2\x01174\x00\n\x00avenant.tex.j2\x01175\x00\\section*{Signatures}\n\x00avenant.tex.j2\x01176\x00\n\x00avenant.tex.j2\x01177\x00Fait à \\makebox[4cm]{\\dotfill}, le '
    if (undefined(name='amendment') if l_0_amendment is missing else l_0_amendment):
        pass
        yield str(t_4(t_3(environment.getattr((undefined(name='amendment') if l_0_amendment is missing else l_0_amendment), 'signed_on'))))
    else:
        pass
        yield '\x00avenant.tex.j2\x01177\x00\\makebox[3cm]{\\dotfill}'
    yield '\x00avenant.tex.j2\x01177\x00.\n\x00avenant.tex.j2\x01178\x00\n\x00avenant.tex.j2\x01179\x00'
    yield str(environment.call(context, environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'signature_blocks'), (undefined(name='signatures') if l_0_signatures is missing else l_0_signatures), (undefined(name='state') if l_0_state is missing else l_0_state), (undefined(name='ars') if l_0_ars is missing else l_0_ars), (undefined(name='collectivity') if l_0_collectivity is missing else l_0_collectivity)))
    yield '\x00avenant.tex.j2\x01179\x00\n\x00avenant.tex.j2\x01180\x00\\label{pep-derniere-page}\n\x00avenant.tex.j2\x01181\x00\\end{document}\n\x00avenant.tex.j2\x01182\x00'

blocks = {}
debug_info = '5=88&6=91&7=93&8=96&13=103&15=105&21=107&26=111&27=115&28=127&29=131&30=133&40=135&42=137&45=157&47=159&49=161&51=174&52=178&56=183&57=187&58=191&60=193&62=195&63=197&67=201&68=205&72=212&76=216&77=220&81=227&84=230&86=234&87=240&89=243&92=246&95=248&100=251&101=255&105=263&108=267&110=271&112=276&113=280&119=286&120=290&122=292&124=294&128=296&129=299&133=304&134=306&137=311&144=313&145=316&151=343&153=349&154=353&156=355&159=358&160=362&164=369&166=371&168=373&169=377&171=379&177=381&179=388'

# avenant.tex.j2
# Generated by `make templates` (pep_cli.render.compiled): do not edit.
