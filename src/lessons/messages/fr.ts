/**
 * Every message a trainer reads from the lesson tools (the format, the build, `lessons:check`, `lessons:new`,
 * `lessons:translate`), in French: the source catalogue. `en.ts` must give the same keys (typed). Plain words,
 * short sentences, and always what to do next.
 */
export const fr = {
  // YAML (frontmatter, track.yaml, glossary)
  'yaml.quote': () => 'cette valeur contient « : » : mets cette valeur entre guillemets doubles, par exemple  title: "Étape 1 : la page"',
  'yaml.unclosedBracket': () => 'un « [ » ou un « { » n\'est pas fermé sur sa ligne : ferme-le (] ou }), ou mets la valeur entre guillemets doubles',
  'yaml.tab': () => 'une tabulation sert de retrait : utilise des espaces',
  'yaml.duplicate': () => 'cette clé est déjà donnée plus haut : garde une seule ligne',
  'yaml.unclosedQuote': () => 'des guillemets ne sont pas fermés : ajoute " à la fin de la valeur',
  'yaml.afterQuote': () => 'du texte suit les guillemets fermants : mets toute la valeur entre les guillemets',
  'yaml.notKeyValue': () => 'cette ligne n\'est pas de la forme « clé: valeur » : il manque « : » ou le retrait (les espaces au début) est faux',
  'yaml.other': (p: { reason: string }) => `YAML : ${p.reason}`,
  'yaml.notMap': () => 'écris des lignes « clé: valeur »',
  'yaml.quoteItem': () => 'un élément de la liste contient « : » : mets-le entre guillemets doubles, par exemple  - "Étape 1 : la page"',

  // frontmatter
  'front.start': () => 'une leçon commence par une ligne « --- », puis son en-tête (title, summary …)',
  'front.unclosed': () => 'l\'en-tête n\'est pas fermé : ajoute une ligne « --- » après lui',
  'front.unknownKey': (p: { key: string; allowed: string }) => `clé inconnue « ${p.key} » (clés possibles : ${p.allowed})`,
  'front.missing': (p: { key: string }) => `il manque « ${p.key} » dans l'en-tête`,
  'front.text': (p: { key: string }) => `« ${p.key} » doit être un texte`,
  'front.list': (p: { key: string }) => `« ${p.key} » doit être une liste de textes (des lignes « - … »)`,
  'front.listEmpty': (p: { key: string }) => `« ${p.key} » a besoin d'au moins un élément`,
  'front.duration': () => '« duration » est un nombre entier de minutes, entre 1 et 600',
  'front.level': (p: { levels: string }) => `« level » est l'un de : ${p.levels}`,
  'front.prerequisiteId': (p: { id: string }) => `le prérequis « ${p.id} » doit être un id de leçon comme front-end/html-basics`,

  // files and folders
  'place.depth': () => 'un fichier de leçon se trouve dans lessons/<parcours>/<NN-slug>/<langue>.md',
  'place.track': (p: { track: string }) => `le dossier de parcours « ${p.track} » doit être en minuscules, mots reliés par « - »`,
  'place.folder': (p: { folder: string }) => `le dossier de leçon « ${p.folder} » doit être un numéro, « - », puis un slug (par exemple 01-html-basics)`,
  'place.file': (p: { name: string }) => `le fichier de leçon « ${p.name} » porte le nom de sa langue (par exemple fr.md)`,
  'tree.noTrackYaml': () => 'ce parcours n\'a pas de track.yaml : npm run lessons:new -- <parcours> <slug> le crée',
  'tree.folderName': () => 'un dossier de leçon s\'appelle NN-slug, par exemple 01-html-basics',
  'tree.glossaryName': () => 'un fichier de glossaire porte le nom de sa langue, par exemple fr.yaml',
  'tree.glossaryExtra': (p: { source: string; terms: string }) => `mot(s) absent(s) du glossaire ${p.source} : ${p.terms}`,
  'tree.unreadable': () => 'cette leçon n\'a pas pu être lue à cause des autres problèmes de ce fichier : ses liens, prérequis et traductions seront vérifiés quand elle sera corrigée',

  // track.yaml
  'track.unknownKey': (p: { key: string; allowed: string }) => `clé inconnue « ${p.key} » (clés possibles : ${p.allowed})`,
  'track.id': (p: { folder: string }) => `« id » est le nom du dossier du parcours, « ${p.folder} »`,
  'track.order': () => '« order » est un nombre entier',
  'track.perLocale': (p: { key: string }) => `« ${p.key} » donne un texte par langue, par exemple :  ${p.key}: { fr: "…", en: "…" }`,

  // glossary
  'glossary.id': (p: { id: string }) => `l'id de mot « ${p.id} » doit être en minuscules, mots reliés par « - »`,
  'glossary.entry': (p: { id: string }) => `le mot « ${p.id} » a besoin de « term » et de « definition »`,
  'glossary.extraKey': (p: { id: string }) => `le mot « ${p.id} » a seulement « term » et « definition »`,

  // catalogue (across lessons)
  'catalog.slugTwice': (p: { slug: string }) => `deux dossiers de leçon utilisent le slug « ${p.slug} » : renomme l'un d'eux`,
  'catalog.noSource': (p: { id: string; source: string }) => `la leçon « ${p.id} » n'a pas de ${p.source}.md : chaque leçon est d'abord écrite en ${p.source}`,
  'catalog.missingExercises': (p: { source: string; ids: string }) => `exercice(s) de ${p.source} qui manque(nt) ici : ${p.ids}`,
  'catalog.extraExercises': (p: { source: string; ids: string }) => `exercice(s) absent(s) de ${p.source} : ${p.ids}`,
  'catalog.prerequisite': (p: { id: string }) => `le prérequis « ${p.id} » n'est pas une leçon`,
  'catalog.loop': (p: { cycle: string }) => `les prérequis tournent en rond : ${p.cycle}`,
  'catalog.noTrack': (p: { track: string }) => `le parcours « ${p.track} » n'a pas de track.yaml`,

  // Markdown (compile)
  'compile.h1': () => 'utilise « ## » pour les sections : le titre de la leçon vient de l\'en-tête',
  'compile.imageMissing': (p: { src: string }) => `image « ${p.src} » introuvable : mets le fichier à côté de la leçon et écris ./nom.png`,
  'compile.imageAlt': (p: { src: string }) => `l'image « ${p.src} » a besoin d'une description : ![ce qu'elle montre](${p.src})`,
  'compile.term': (p: { id: string }) => `le mot « ${p.id} » n'est pas dans le glossaire (lessons/glossary/fr.yaml)`,
  'compile.link': (p: { target: string }) => `le lien « ${p.target} » ne mène nulle part : écris un lien vers une leçon comme ../02-nom/fr.md, ou vers un fichier à côté de la leçon`,

  // exercise runs and translations (lessons:check)
  'check.solutionFails': (p: { id: string; why: string }) => `exercice « ${p.id} » : la solution ne réussit pas : ${p.why}`,
  'check.exercise': (p: { id: string; problem: string }) => `exercice « ${p.id} » : ${p.problem}`,
  'check.starterPasses': (p: { id: string }) => `exercice « ${p.id} » : le code de départ réussit déjà tous les tests : l'apprenant n'aurait rien à faire`,
  'check.testFails': (p: { name: string }) => `le test « ${p.name} » échoue`,
  'check.atLine': (p: { line: number }) => ` à la ligne ${p.line} des tests`,
  'check.because': (p: { text: string }) => ` : ${p.text}`,
  'check.problem': (p: { kind: string; where: string; detail: string }) => `erreur ${p.kind}${p.where} : ${p.detail}`,
  'check.in': (p: { file: string }) => ` dans ${p.file}`,
  'check.noTest': () => 'aucun test n\'a tourné (le bloc de test appelle-t-il test() ?)',
  'check.status': (p: { status: string }) => `résultat ${p.status}`,
  'check.outdated': (p: { source: string; command: string }) => `traduction pas à jour : ${p.source} a changé depuis la traduction ; mets-la à jour, puis lance ${p.command}`,
  'check.unstamped': (p: { source: string; command: string }) => `cette traduction ne dit pas de quelle version de ${p.source} elle vient : lance ${p.command}`,

  // warnings (lessons:check lists them; --strict makes them errors)
  'warn.fewExercises': (p: { count: number }) => `la leçon a ${p.count} exercice(s) : le guide en demande au moins deux`,
  'warn.noRecap': () => 'la leçon n\'a pas de résumé : finis-la par une section « ## À retenir » après le dernier exercice',
  'warn.placeholder': (p: { text: string }) => `« ${p.text} » est encore là : remplace-le par ton texte`,
  'warn.untranslated': (p: { source: string }) => `le texte de cette traduction est le même que celui de ${p.source} : traduis-le`,
  'warn.requestOption': (p: { option: string; allowed: string }) => `option de request() inconnue « ${p.option} » : elle serait ignorée (options possibles : ${p.allowed})`,

  // the lessons:check command
  'cli.usageLang': (p: { value: string }) => `--lang vaut fr ou en, pas « ${p.value} »`,
  'cli.noMatch': (p: { path: string }) => `${p.path} : aucune leçon à ce chemin (vérifie l'orthographe ; un chemin est un dossier ou un fichier sous le dossier des leçons)`,
  'cli.staticDone': (p: { problems: number; warnings: number; seconds: string }) =>
    `Format, liens, glossaire et traductions lus en ${p.seconds} s : ${p.problems} problème(s), ${p.warnings} avertissement(s).`,
  'cli.running': (p: { count: number; pages: number }) => `Lancement de ${p.count} exercice(s) dans Chromium (${p.pages} pages à la fois)…`,
  'cli.progress': (p: { done: number; total: number; eta: string }) => `${p.done}/${p.total} exercices${p.eta}`,
  'cli.eta': (p: { seconds: number }) => ` · encore environ ${p.seconds} s`,
  'cli.runTime': (p: { count: number; seconds: string; each: string; pages: number; total: string }) =>
    `${p.count} exercice(s) lancé(s) deux fois dans Chromium en ${p.seconds} s (${p.each} ms par exercice, ${p.pages} pages) ; vérification complète en ${p.total} s.`,
  'cli.allGood': () => 'Toutes les leçons sont correctes.',
  'cli.problems': (p: { count: number }) => `${p.count} problème(s) à corriger.`,
  'cli.warnings': (p: { count: number }) => `${p.count} avertissement(s) (--strict en fait des erreurs).`,
  'cli.warning': () => 'avertissement :',
  'summary.header': () => ['parcours', 'langue', 'leçons', 'exercices', 'traduites (à jour)', 'pas à jour'],
  'summary.all': () => 'tout',
  'summary.source': () => '(source)',
  'build.problems': (p: { count: number }) => (p.count === 1 ? '1 problème dans les leçons :' : `${p.count} problèmes dans les leçons :`),

  // lessons:new and lessons:translate
  'new.usage': (p: { kinds: string }) => `utilisation : npm run lessons:new -- <parcours> <slug> [--kind ${p.kinds}] [--title "…"]`,
  'new.trackId': (p: { track: string }) => `le parcours « ${p.track} » doit être en minuscules, mots reliés par « - », comme web-design`,
  'new.slug': (p: { slug: string }) => `le slug « ${p.slug} » doit être en minuscules, mots reliés par « - », comme html-forms`,
  'new.kind': (p: { kinds: string }) => `--kind est l'un de : ${p.kinds}`,
  'new.taken': (p: { track: string; slug: string }) => `le parcours ${p.track} a déjà une leçon « ${p.slug} »`,
  'new.trackCreated': (p: { file: string }) => `Nouveau parcours : ${p.file} créé. Remplis son titre et sa description (les « À compléter »).`,
  'new.created': (p: { file: string }) => `${p.file} créé.`,
  'new.next': (p: { file: string }) => `Écris la leçon, puis vérifie-la : npm run lessons:check -- ${p.file}`,
  'translate.usage': () => 'utilisation : npm run lessons:translate -- <parcours/slug> <langue> [--stamp]',
  'translate.locale': (p: { locale: string }) => `« ${p.locale} » n'est pas une langue de traduction`,
  'translate.noLesson': (p: { id: string }) => `pas de leçon « ${p.id} » (écris-la parcours/slug, par exemple front-end/first-page)`,
  'translate.notYet': (p: { file: string }) => `${p.file} n'existe pas encore : lance la commande sans --stamp pour la commencer`,
  'translate.exists': (p: { file: string }) => `${p.file} existe déjà : mets-la à jour, puis lance la commande avec --stamp`,
  'translate.stamped': (p: { file: string; source: string }) => `${p.file} est notée comme traduite depuis la version actuelle de ${p.source}.`,
  'translate.created': (p: { file: string; source: string }) => `${p.file} créé à partir de ${p.source} : traduis son texte, puis lance npm run lessons:check.`,
  'translate.note': (p: { locale: string }) =>
    `Traduis le texte et les valeurs de l'en-tête en « ${p.locale} ». Garde les id d'exercices, les noms de fichiers et le\n     code ; les noms des tests et les textes que les tests ne vérifient pas peuvent être traduits. Puis : npm run lessons:check`,
};
