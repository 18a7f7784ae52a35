from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'national.tex.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_view = resolve('view')
    l_0_revision = resolve('revision')
    l_0_dirty = resolve('dirty')
    l_0_scope = resolve('scope')
    l_0_map_title = resolve('map_title')
    l_0_map_picture = resolve('map_picture')
    l_0_legend = resolve('legend')
    l_0_credit = resolve('credit')
    l_0_covered = resolve('covered')
    l_0_chart = resolve('chart')
    l_0_states = resolve('states')
    l_0_no_national = resolve('no_national')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['count']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'count' found.")
    try:
        t_3 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_4 = environment.filters['latex']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'latex' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['money']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'money' found.")
    try:
        t_7 = environment.filters['rate']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'rate' found.")
    try:
        t_8 = environment.tests['divisibleby']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'divisibleby' found.")
    try:
        t_9 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '\x00national.tex.j2\x016\x00\\documentclass[a4paper,10pt]{article}\n\x00national.tex.j2\x017\x00\\usepackage[T1]{fontenc}\n\x00national.tex.j2\x018\x00\\usepackage[utf8]{inputenc}\n\x00national.tex.j2\x019\x00\\usepackage{lmodern}\n\x00national.tex.j2\x0110\x00\\usepackage[french]{babel}\n\x00national.tex.j2\x0111\x00\\frenchsetup{AutoSpacePunctuation=false}\n\x00national.tex.j2\x0112\x00\\usepackage[a4paper,top=2cm,bottom=2.2cm,left=2cm,right=2cm,headheight=14pt]{geometry}\n\x00national.tex.j2\x0113\x00\\usepackage{array,booktabs,longtable,tabularx}\n\x00national.tex.j2\x0114\x00\\usepackage{xcolor}\n\x00national.tex.j2\x0115\x00\\usepackage{fancyhdr}\n\x00national.tex.j2\x0116\x00\\definecolor{pepblue}{RGB}{0,0,145}\n\x00national.tex.j2\x0117\x00\\setlength{\\parindent}{0pt}\n\x00national.tex.j2\x0118\x00\\setlength{\\parskip}{0.5em}\n\x00national.tex.j2\x0119\x00\\setlength{\\emergencystretch}{3em}\n\x00national.tex.j2\x0120\x00\\newcolumntype{L}{>{\\raggedright\\arraybackslash}X}\n\x00national.tex.j2\x0121\x00\\pagestyle{fancy}\n\x00national.tex.j2\x0122\x00\\fancyhf{}\n\x00national.tex.j2\x0123\x00\\fancyhead[L]{\\small '
    yield str(t_4((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '\x00national.tex.j2\x0123\x00}\n\x00national.tex.j2\x0124\x00\\fancyhead[R]{\\small au '
    yield str(t_4(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'today'))))
    yield '\x00national.tex.j2\x0124\x00}\n\x00national.tex.j2\x0125\x00\\fancyfoot[L]{\\footnotesize '
    if (undefined(name='revision') if l_0_revision is missing else l_0_revision):
        pass
        yield '\x00national.tex.j2\x0125\x00Données : révision '
        yield str(t_4((undefined(name='revision') if l_0_revision is missing else l_0_revision)))
        if (undefined(name='dirty') if l_0_dirty is missing else l_0_dirty):
            pass
            yield '\x00national.tex.j2\x0125\x00 (avec des modifications non commitées)'
    else:
        pass
        yield '\x00national.tex.j2\x0125\x00Données hors de git'
    yield '\x00national.tex.j2\x0125\x00}\n\x00national.tex.j2\x0126\x00\\fancyfoot[R]{\\footnotesize page~\\thepage}\n\x00national.tex.j2\x0127\x00\\begin{document}\n\x00national.tex.j2\x0128\x00\n\x00national.tex.j2\x0129\x00{\\Large\\bfseries\\color{pepblue} '
    yield str(t_4((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '\x00national.tex.j2\x0129\x00\\par}\n\x00national.tex.j2\x0130\x00\\medskip\n\x00national.tex.j2\x0131\x00Au '
    yield str(t_4(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'today'))))
    yield '\x00national.tex.j2\x0131\x00 ; '
    yield str(t_4((undefined(name='scope') if l_0_scope is missing else l_0_scope)))
    yield '\x00national.tex.j2\x0131\x00 ; '
    yield str(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'conventions')))
    yield '\x00national.tex.j2\x0131\x00 conventions'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'excluded'):
        pass
        yield '\x00national.tex.j2\x0131\x00 ; '
        yield str(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'excluded')))
        yield '\x00national.tex.j2\x0131\x00 fichier(s) illisible(s) écarté(s)'
    yield '\x00national.tex.j2\x0131\x00.\n\x00national.tex.j2\x0132\x00\n\x00national.tex.j2\x0133\x00\\section*{'
    yield str(t_4((undefined(name='map_title') if l_0_map_title is missing else l_0_map_title)))
    yield '\x00national.tex.j2\x0133\x00}\n\x00national.tex.j2\x0134\x00\\begin{center}\n\x00national.tex.j2\x0135\x00'
    yield str((undefined(name='map_picture') if l_0_map_picture is missing else l_0_map_picture))
    yield '\x00national.tex.j2\x0135\x00\n\x00national.tex.j2\x0136\x00\\end{center}\n\x00national.tex.j2\x0137\x00{\\small\n\x00national.tex.j2\x0138\x00\\begin{tabular}{@{}ll@{}}\n\x00national.tex.j2\x0139\x00'
    l_1_loop = missing
    for l_1_item, l_1_loop in LoopContext((undefined(name='legend') if l_0_legend is missing else l_0_legend), undefined):
        _loop_vars = {}
        pass
        yield '\x00national.tex.j2\x0139\x00\\definecolor{legende'
        yield str(environment.getattr(l_1_loop, 'index'))
        yield '\x00national.tex.j2\x0139\x00}{HTML}{'
        yield str(environment.getattr(l_1_item, 'colour'))
        yield '\x00national.tex.j2\x0139\x00}\\fcolorbox{gray}{legende'
        yield str(environment.getattr(l_1_loop, 'index'))
        yield '\x00national.tex.j2\x0139\x00}{\\rule{0pt}{5pt}\\hspace{7pt}}~'
        yield str(t_4(environment.getattr(l_1_item, 'label')))
        if (t_8(environment.getattr(l_1_loop, 'index'), 2) or environment.getattr(l_1_loop, 'last')):
            pass
            yield '\x00national.tex.j2\x0139\x00 \\\\'
        else:
            pass
            yield '\x00national.tex.j2\x0139\x00 &'
        yield '\x00national.tex.j2\x0140\x00\n\x00national.tex.j2\x0141\x00'
    l_1_loop = l_1_item = missing
    yield '\x00national.tex.j2\x0142\x00\\end{tabular}\\par}\n\x00national.tex.j2\x0143\x00{\\footnotesize '
    yield str(t_4((undefined(name='credit') if l_0_credit is missing else l_0_credit)))
    yield '\x00national.tex.j2\x0143\x00.\\par}\n\x00national.tex.j2\x0144\x00\n\x00national.tex.j2\x0145\x00\\begin{longtable}{@{}llr@{}}\n\x00national.tex.j2\x0146\x00\\toprule\n\x00national.tex.j2\x0147\x00Code & Territoire & Valeur \\\\\n\x00national.tex.j2\x0148\x00\\midrule\n\x00national.tex.j2\x0149\x00\\endhead\n\x00national.tex.j2\x0150\x00'
    for l_1_c in (undefined(name='covered') if l_0_covered is missing else l_0_covered):
        _loop_vars = {}
        pass
        yield str(t_4(environment.getattr(environment.getattr(l_1_c, 'entry'), 'code')))
        yield '\x00national.tex.j2\x0151\x00 & '
        yield str(t_4(environment.getattr(environment.getattr(l_1_c, 'entry'), 'name')))
        yield '\x00national.tex.j2\x0151\x00 & '
        yield str(t_4(environment.getattr(l_1_c, 'text')))
        yield '\x00national.tex.j2\x0151\x00 \\\\\n\x00national.tex.j2\x0152\x00'
    l_1_c = missing
    yield '\x00national.tex.j2\x0153\x00\\bottomrule\n\x00national.tex.j2\x0154\x00\\end{longtable}\n\x00national.tex.j2\x0155\x00\n\x00national.tex.j2\x0156\x00\\section*{Financement de l’État et enveloppes nationales}\n\x00national.tex.j2\x0157\x00'
    for l_1_bar in (undefined(name='chart') if l_0_chart is missing else l_0_chart):
        _loop_vars = {}
        pass
        yield '\x00national.tex.j2\x0158\x00\\makebox[1.2cm][l]{'
        yield str(environment.getattr(l_1_bar, 'year'))
        yield '\x00national.tex.j2\x0158\x00}\\textcolor{pepblue}{\\rule{'
        yield str(environment.getattr(l_1_bar, 'state_cm'))
        yield '\x00national.tex.j2\x0158\x00cm}{7pt}}~{\\small signé : '
        yield str(t_4(t_6(environment.getattr(l_1_bar, 'state'))))
        yield '\x00national.tex.j2\x0158\x00}\\par\n\x00national.tex.j2\x0159\x00'
        if (not t_9(environment.getattr(l_1_bar, 'envelope'))):
            pass
            yield '\x00national.tex.j2\x0159\x00\\makebox[1.2cm][l]{}\\fcolorbox{pepblue}{white}{\\rule{0pt}{4pt}\\hspace{'
            yield str(environment.getattr(l_1_bar, 'envelope_cm'))
            yield '\x00national.tex.j2\x0159\x00cm}}~{\\small enveloppe : '
            yield str(t_4(t_6(environment.getattr(l_1_bar, 'envelope'))))
            yield '\x00national.tex.j2\x0159\x00}\\par\n\x00national.tex.j2\x0160\x00'
    l_1_bar = missing
    yield '\x00national.tex.j2\x0162\x00\n\x00national.tex.j2\x0163\x00\\begin{longtable}{@{}lrrrrrrr@{}}\n\x00national.tex.j2\x0164\x00\\toprule\n\x00national.tex.j2\x0165\x00Année & Total signé & dont État & Enveloppes & Part & Versé & Consommé & Taux \\\\\n\x00national.tex.j2\x0166\x00\\midrule\n\x00national.tex.j2\x0167\x00\\endhead\n\x00national.tex.j2\x0168\x00'
    for l_1_t in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'totals'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_t, 'year'))
        yield '\x00national.tex.j2\x0169\x00 & '
        yield str(t_4(t_6(environment.getattr(l_1_t, 'signed'))))
        yield '\x00national.tex.j2\x0169\x00 & '
        yield str(t_4(t_6(environment.getattr(l_1_t, 'state'))))
        yield '\x00national.tex.j2\x0169\x00 & '
        yield str(t_4(t_6(environment.getattr(l_1_t, 'envelope'))))
        yield '\x00national.tex.j2\x0169\x00 & '
        yield str(t_4(t_7(environment.getattr(l_1_t, 'envelope_share'))))
        yield '\x00national.tex.j2\x0169\x00 & '
        yield str(t_4(t_6(environment.getattr(l_1_t, 'paid'))))
        yield '\x00national.tex.j2\x0169\x00 & '
        yield str(t_4(t_6(environment.getattr(l_1_t, 'spent'))))
        yield '\x00national.tex.j2\x0169\x00 & '
        yield str(t_4(t_7(environment.getattr(l_1_t, 'consumption'))))
        yield '\x00national.tex.j2\x0169\x00 \\\\\n\x00national.tex.j2\x0170\x00'
    l_1_t = missing
    yield '\x00national.tex.j2\x0171\x00\\bottomrule\n\x00national.tex.j2\x0172\x00\\end{longtable}\n\x00national.tex.j2\x0173\x00\n\x00national.tex.j2\x0174\x00{\\small « dont État » : toutes les sources sauf le co-financement du Département ; part : signé rapporté à l’enveloppe nationale ; taux : consommé rapporté au versé.\\par}\n\x00national.tex.j2\x0175\x00\n\x00national.tex.j2\x0176\x00\\begin{longtable}{@{}l>{\\raggedright\\arraybackslash}p{5.2cm}rrrr@{}}\n\x00national.tex.j2\x0177\x00\\toprule\n\x00national.tex.j2\x0178\x00Année & Source & Conv. & Signé & Enveloppe & Part \\\\\n\x00national.tex.j2\x0179\x00\\midrule\n\x00national.tex.j2\x0180\x00\\endhead\n\x00national.tex.j2\x0181\x00'
    for l_1_r in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'funding'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_r, 'year'))
        yield '\x00national.tex.j2\x0182\x00 & '
        yield str(t_4(environment.getattr(l_1_r, 'label')))
        yield '\x00national.tex.j2\x0182\x00 & '
        yield str(environment.getattr(l_1_r, 'conventions'))
        yield '\x00national.tex.j2\x0182\x00 & '
        yield str(t_4(t_6(environment.getattr(l_1_r, 'signed'))))
        yield '\x00national.tex.j2\x0182\x00 & '
        yield str(t_4(t_6(environment.getattr(l_1_r, 'envelope'))))
        yield '\x00national.tex.j2\x0182\x00 & '
        yield str(t_4(t_7(environment.getattr(l_1_r, 'envelope_share'))))
        yield '\x00national.tex.j2\x0182\x00 \\\\\n\x00national.tex.j2\x0183\x00'
    l_1_r = missing
    yield '\x00national.tex.j2\x0184\x00\\bottomrule\n\x00national.tex.j2\x0185\x00\\end{longtable}\n\x00national.tex.j2\x0186\x00'
    for l_1_s in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'sources'):
        _loop_vars = {}
        pass
        yield '\x00national.tex.j2\x0187\x00{\\footnotesize '
        yield str(t_4(l_1_s))
        yield '\x00national.tex.j2\x0187\x00\\par}\n\x00national.tex.j2\x0188\x00'
    l_1_s = missing
    yield '\x00national.tex.j2\x0189\x00\n\x00national.tex.j2\x0190\x00\\section*{Signatures et rapports annuels}\n\x00national.tex.j2\x0191\x00\\begin{longtable}{@{}llrrrr@{}}\n\x00national.tex.j2\x0192\x00\\toprule\n\x00national.tex.j2\x0193\x00Édition & Échéance & Projets & Signées & Closes & En retard \\\\\n\x00national.tex.j2\x0194\x00\\midrule\n\x00national.tex.j2\x0195\x00\\endhead\n\x00national.tex.j2\x0196\x00'
    for l_1_s in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'signatures'):
        _loop_vars = {}
        pass
        yield str(t_4(environment.getattr(l_1_s, 'edition')))
        yield '\x00national.tex.j2\x0197\x00 & '
        yield str(t_4(t_3(environment.getattr(l_1_s, 'deadline'))))
        yield '\x00national.tex.j2\x0197\x00 & '
        yield str(environment.getattr(environment.getattr(l_1_s, 'counts'), 'draft'))
        yield '\x00national.tex.j2\x0197\x00 & '
        yield str(environment.getattr(environment.getattr(l_1_s, 'counts'), 'signed'))
        yield '\x00national.tex.j2\x0197\x00 & '
        yield str(environment.getattr(environment.getattr(l_1_s, 'counts'), 'closed'))
        yield '\x00national.tex.j2\x0197\x00 & '
        yield str(t_5(environment.getattr(l_1_s, 'late')))
        yield '\x00national.tex.j2\x0197\x00 \\\\\n\x00national.tex.j2\x0198\x00'
    l_1_s = missing
    yield '\x00national.tex.j2\x0199\x00\\bottomrule\n\x00national.tex.j2\x01100\x00\\end{longtable}\n\x00national.tex.j2\x01101\x00'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'reports'):
        pass
        yield '\x00national.tex.j2\x01102\x00\\begin{longtable}{@{}lr'
        for l_1_s in (undefined(name='states') if l_0_states is missing else l_0_states):
            _loop_vars = {}
            pass
            yield '\x00national.tex.j2\x01102\x00r'
        l_1_s = missing
        yield '\x00national.tex.j2\x01102\x00@{}}\n\x00national.tex.j2\x01103\x00\\toprule\n\x00national.tex.j2\x01104\x00Exercice & Attendus'
        for l_1_s in (undefined(name='states') if l_0_states is missing else l_0_states):
            l_1_state_labels = resolve('state_labels')
            _loop_vars = {}
            pass
            yield '\x00national.tex.j2\x01104\x00 & \\shortstack{'
            yield str(t_4(t_1(environment.getitem((undefined(name='state_labels') if l_1_state_labels is missing else l_1_state_labels), l_1_s))))
            yield '\x00national.tex.j2\x01104\x00}'
        l_1_s = l_1_state_labels = missing
        yield '\x00national.tex.j2\x01104\x00 \\\\\n\x00national.tex.j2\x01105\x00\\midrule\n\x00national.tex.j2\x01106\x00\\endhead\n\x00national.tex.j2\x01107\x00'
        for l_1_r in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'reports'):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_r, 'year'))
            yield '\x00national.tex.j2\x01108\x00 & '
            yield str(environment.getattr(l_1_r, 'expected'))
            for l_2_s in (undefined(name='states') if l_0_states is missing else l_0_states):
                _loop_vars = {}
                pass
                yield '\x00national.tex.j2\x01108\x00 & '
                yield str(environment.getitem(environment.getattr(l_1_r, 'counts'), l_2_s))
            l_2_s = missing
            yield '\x00national.tex.j2\x01108\x00 \\\\\n\x00national.tex.j2\x01109\x00'
        l_1_r = missing
        yield '\x00national.tex.j2\x01110\x00\\bottomrule\n\x00national.tex.j2\x01111\x00\\end{longtable}\n\x00national.tex.j2\x01112\x00'
    yield '\x00national.tex.j2\x01113\x00\n\x00national.tex.j2\x01114\x00\\section*{Résultats des indicateurs nationaux}\n\x00national.tex.j2\x01115\x00'
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'national_indicators') == 0):
        pass
        yield str(t_4((undefined(name='no_national') if l_0_no_national is missing else l_0_no_national)))
        yield '\x00national.tex.j2\x01116\x00\n\x00national.tex.j2\x01117\x00'
    elif (not environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'results')):
        pass
        yield '\x00national.tex.j2\x01118\x00Aucune convention ne renseigne d’indicateur national.\n\x00national.tex.j2\x01119\x00'
    else:
        pass
        yield '\x00national.tex.j2\x01120\x00\\begin{longtable}{@{}l>{\\raggedright\\arraybackslash}p{5cm}lrrrrr@{}}\n\x00national.tex.j2\x01121\x00\\toprule\n\x00national.tex.j2\x01122\x00Code & Indicateur & Année & Conv. & Cibles & Résultats & Atteintes & Médiane \\\\\n\x00national.tex.j2\x01123\x00\\midrule\n\x00national.tex.j2\x01124\x00\\endhead\n\x00national.tex.j2\x01125\x00'
        for l_1_r in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'results'):
            _loop_vars = {}
            pass
            yield str(t_4(environment.getattr(l_1_r, 'code')))
            yield '\x00national.tex.j2\x01126\x00 & '
            yield str(t_4(environment.getattr(l_1_r, 'label')))
            yield '\x00national.tex.j2\x01126\x00 & '
            yield str(environment.getattr(l_1_r, 'year'))
            yield '\x00national.tex.j2\x01126\x00 & '
            yield str(t_5(environment.getattr(l_1_r, 'conventions')))
            yield '\x00national.tex.j2\x01126\x00 & '
            yield str(t_4(t_2(environment.getattr(l_1_r, 'targets'))))
            yield '\x00national.tex.j2\x01126\x00 & '
            yield str(t_4(t_2(environment.getattr(l_1_r, 'results'))))
            yield '\x00national.tex.j2\x01126\x00 & '
            yield str(environment.getattr(l_1_r, 'reached'))
            yield '\x00national.tex.j2\x01126\x00 & '
            yield str(t_4(t_7((environment.getattr(environment.getattr(l_1_r, 'achievement'), 'median') if environment.getattr(l_1_r, 'achievement') else None))))
            yield '\x00national.tex.j2\x01126\x00 \\\\\n\x00national.tex.j2\x01127\x00'
        l_1_r = missing
        yield '\x00national.tex.j2\x01128\x00\\bottomrule\n\x00national.tex.j2\x01129\x00\\end{longtable}\n\x00national.tex.j2\x01130\x00'
    yield '\x00national.tex.j2\x01131\x00\n\x00national.tex.j2\x01132\x00Indicateurs sans code national : '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'free_indicators'), 'indicators'))
    yield '\x00national.tex.j2\x01132\x00, dont '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'free_indicators'), 'with_result'))
    yield '\x00national.tex.j2\x01132\x00 avec résultat ; ils sont comptés, pas additionnés.\n\x00national.tex.j2\x01133\x00\n\x00national.tex.j2\x01134\x00\\section*{Conventions}\n\x00national.tex.j2\x01135\x00\\begin{longtable}{@{}>{\\raggedright\\arraybackslash}p{5.5cm}llll@{}}\n\x00national.tex.j2\x01136\x00\\toprule\n\x00national.tex.j2\x01137\x00Territoire & Édition & Période & Statut & Signée le \\\\\n\x00national.tex.j2\x01138\x00\\midrule\n\x00national.tex.j2\x01139\x00\\endhead\n\x00national.tex.j2\x01140\x00'
    for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'conventions'):
        l_1_status_labels = resolve('status_labels')
        _loop_vars = {}
        pass
        yield str(t_4(environment.getattr(l_1_c, 'code')))
        yield '\x00national.tex.j2\x01141\x00 '
        yield str(t_4(environment.getattr(l_1_c, 'name')))
        yield '\x00national.tex.j2\x01141\x00 & '
        yield str(t_4(environment.getattr(l_1_c, 'edition')))
        yield '\x00national.tex.j2\x01141\x00 & '
        yield str(environment.getattr(l_1_c, 'start'))
        yield '\x00national.tex.j2\x01141\x00-'
        yield str(environment.getattr(l_1_c, 'end'))
        yield '\x00national.tex.j2\x01141\x00 & '
        yield str(t_4(environment.getitem((undefined(name='status_labels') if l_1_status_labels is missing else l_1_status_labels), environment.getattr(l_1_c, 'status'))))
        yield '\x00national.tex.j2\x01141\x00 & '
        yield str(t_4(t_3(environment.getattr(l_1_c, 'signed_on'))))
        yield '\x00national.tex.j2\x01141\x00 \\\\\n\x00national.tex.j2\x01142\x00'
    l_1_c = l_1_status_labels = missing
    yield '\x00national.tex.j2\x01143\x00\\bottomrule\n\x00national.tex.j2\x01144\x00\\end{longtable}\n\x00national.tex.j2\x01145\x00\\end{document}\n\x00national.tex.j2\x01146\x00'

blocks = {}
debug_info = '23=79&24=81&25=83&29=94&31=96&33=108&35=110&39=113&43=133&50=135&51=138&57=146&58=150&59=156&68=165&69=168&81=186&82=189&86=203&87=207&96=211&97=214&101=228&102=231&104=237&107=246&108=249&115=262&116=264&117=266&125=272&126=275&132=294&140=298&141=302'

# national.tex.j2
# Generated by `make templates` (pep_cli.render.compiled): do not edit.
