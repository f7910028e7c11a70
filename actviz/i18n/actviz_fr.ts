<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Pin current function</source>
        <translation>Épingler la fonction actuelle</translation>
    </message>
    <message>
        <source>Keep the current function, with its parameters, as an overlay  (Ctrl+P)</source>
        <translation>Garder la fonction actuelle, avec ses paramètres, en superposition  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pinned functions: solid line f, dashed line f′ (when f′ is shown)</source>
        <translation>Fonctions épinglées&#xa0;: trait plein f, tirets f′ (quand f′ est affichée)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
</context>
<context>
    <name>CurveControls</name>
    <message>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Show {name}  (key {key})</source>
        <translation>Afficher {name}  (touche {key})</translation>
    </message>
    <message>
        <source>Boxed plot</source>
        <translation>Graphique encadré</translation>
    </message>
    <message>
        <source>Axes through origin</source>
        <translation>Axes passant par l’origine</translation>
    </message>
    <message>
        <source>Boxed, or axes through (0, 0) with no box  (key O)</source>
        <translation>Encadré, ou axes passant par (0, 0) sans cadre  (touche O)</translation>
    </message>
</context>
<context>
    <name>Depth presets</name>
    <message>
        <source>Sigmoid, 30 layers, Xavier: the gradient vanishes</source>
        <translation>Sigmoid, 30 couches, Xavier&#xa0;: le gradient s’évanouit</translation>
    </message>
    <message>
        <source>Tanh, 30 layers, Xavier: it holds</source>
        <translation>Tanh, 30 couches, Xavier&#xa0;: il se maintient</translation>
    </message>
    <message>
        <source>ReLU, 30 layers, He: it holds (some units dead)</source>
        <translation>ReLU, 30 couches, He&#xa0;: il se maintient (quelques unités mortes)</translation>
    </message>
    <message>
        <source>ReLU, 30 layers, Xavier: it fades</source>
        <translation>ReLU, 30 couches, Xavier&#xa0;: il s’estompe</translation>
    </message>
    <message>
        <source>Sigmoid with residual connections: it holds</source>
        <translation>Sigmoid avec connexions résiduelles&#xa0;: il se maintient</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>Network at initialisation</source>
        <translation>Réseau à l’initialisation</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>Weight scale</source>
        <translation>Échelle des poids</translation>
    </message>
    <message>
        <source>residual connections (h + f(Wh))</source>
        <translation>connexions résiduelles (h + f(Wh))</translation>
    </message>
    <message>
        <source>Seeds (median, band)</source>
        <translation>Graines (médiane, bande)</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Add the function shown</source>
        <translation>Ajouter la fonction affichée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Lecture presets (keys 1–5)</source>
        <translation>Préréglages de cours (touches 1–5)</translation>
    </message>
    <message>
        <source>Layers CSV…</source>
        <translation>CSV des couches…</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>layer (1 = next to the input)</source>
        <translation>couche (1 = la plus proche de l’entrée)</translation>
    </message>
    <message>
        <source>Gradient reaching each layer (dashed: product of mean |f′|)</source>
        <translation>Gradient qui atteint chaque couche (tirets&#xa0;: produit des |f′| moyens)</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>activation value</source>
        <translation>valeur d’activation</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n} couches</translation>
    </message>
    <message>
        <source>Activation values per layer: {label}</source>
        <translation>Valeurs d’activation par couche&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Export per-layer data</source>
        <translation>Exporter les données par couche</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg)</source>
        <translation>Image PNG (*.png);;Vectoriel SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>FormulaEditor</name>
    <message>
        <source>Edit formula</source>
        <translation>Modifier la formule</translation>
    </message>
    <message>
        <source>New formula</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <source>Start from an example…</source>
        <translation>Partir d’un exemple…</translation>
    </message>
    <message>
        <source>Pick an example to start from; it fills in the name and the formula</source>
        <translation>Choisir un exemple comme point de départ&#xa0;; il remplit le nom et la formule</translation>
    </message>
    <message>
        <source>Letters, digits and _, starting with a letter; shown in the selector</source>
        <translation>Lettres, chiffres et _, en commençant par une lettre&#xa0;; affiché dans le sélecteur de fonction</translation>
    </message>
    <message>
        <source>A formula in x. Every other name is a parameter with a slider. Functions: exp, log, sqrt, abs, sigmoid, softplus, relu, tanh, erf, min, max, clip, where(cond, a, b), and every catalog function by id, e.g. elu(x, alpha=a)</source>
        <translation>Une formule en x. Tout autre nom est un paramètre, avec son curseur. Fonctions&#xa0;: exp, log, sqrt, abs, sigmoid, softplus, relu, tanh, erf, min, max, clip, where(cond, a, b), et chaque fonction du catalogue par son id, p. ex. elu(x, alpha=a)</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>The slider range of each parameter; edit min and max to change it</source>
        <translation>La plage du curseur de chaque paramètre&#xa0;; modifiez min et max pour la changer</translation>
    </message>
    <message>
        <source>Save formula</source>
        <translation>Enregistrer la formule</translation>
    </message>
    <message>
        <source>Add formula</source>
        <translation>Ajouter la formule</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Exemples</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Formula  f(x) =</source>
        <translation>&amp;Formule  f(x) =</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Not valid: the preview shows the last formula that was.</source>
        <translation>Non valide&#xa0;: l’aperçu montre la dernière formule valide.</translation>
    </message>
    <message>
        <source>f, f′ and f″ at the parameters&apos; defaults (built in {took})</source>
        <translation>f, f′ et f″ aux valeurs par défaut des paramètres (construit en {took})</translation>
    </message>
    <message>
        <source>Give the formula a name, e.g. swish_beta</source>
        <translation>Donnez un nom à la formule, p. ex. swish_beta</translation>
    </message>
    <message>
        <source>There is already a formula called {name}; choose another name</source>
        <translation>Il existe déjà une formule nommée {name}&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Swish with β (SiLU at β = 1)</source>
        <translation>Swish avec β (SiLU pour β = 1)</translation>
    </message>
    <message>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <source>ReLU shifted by s and clipped at 6</source>
        <translation>ReLU décalée de s et écrêtée à 6</translation>
    </message>
    <message>
        <source>ELU written with where</source>
        <translation>ELU écrite avec where</translation>
    </message>
    <message>
        <source>GELU, tanh approximation</source>
        <translation>GELU, approximation par tanh</translation>
    </message>
    <message>
        <source>Leaky ReLU from max and min (f′(0) = 0)</source>
        <translation>Leaky ReLU à partir de max et min (f′(0) = 0)</translation>
    </message>
    <message>
        <source>softplus with β (made stable)</source>
        <translation>softplus avec β (rendue stable)</translation>
    </message>
    <message>
        <source>penalized tanh</source>
        <translation>penalized tanh</translation>
    </message>
    <message>
        <source>bent identity</source>
        <translation>bent identity</translation>
    </message>
    <message>
        <source>Swish right, ELU left</source>
        <translation>Swish à droite, ELU à gauche</translation>
    </message>
</context>
<context>
    <name>FormulaMenu</name>
    <message>
        <source>&amp;New formula…</source>
        <translation>Nouvelle &amp;formule…</translation>
    </message>
    <message>
        <source>&amp;Edit formula…</source>
        <translation>Mod&amp;ifier la formule…</translation>
    </message>
    <message>
        <source>De&amp;lete formula</source>
        <translation>Supp&amp;rimer la formule</translation>
    </message>
    <message>
        <source>Custom formulas are not available here: {need}</source>
        <translation>Les formules personnalisées ne sont pas disponibles ici&#xa0;: {need}</translation>
    </message>
    <message>
        <source>Edit formula changes a custom formula: choose one under “custom” first</source>
        <translation>«&#xa0;Modifier la formule&#xa0;» s’applique à une formule personnalisée&#xa0;: choisissez-en d’abord une sous «&#xa0;custom&#xa0;»</translation>
    </message>
    <message>
        <source>Delete formula removes a custom formula: choose one under “custom” first</source>
        <translation>«&#xa0;Supprimer la formule&#xa0;» retire une formule personnalisée&#xa0;: choisissez-en d’abord une sous «&#xa0;custom&#xa0;»</translation>
    </message>
    <message>
        <source>Delete formula</source>
        <translation>Supprimer la formule</translation>
    </message>
    <message>
        <source>Delete the formula {name}? Pins and Train/Depth entries that use it go too.</source>
        <translation>Supprimer la formule {name}&#xa0;? Les épingles et les entrées Entraînement/Profondeur qui l’utilisent seront aussi retirées.</translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <source>At kinks:</source>
        <translation>Aux points anguleux&#xa0;:</translation>
    </message>
    <message>
        <source>Kinks:</source>
        <translation>Points anguleux&#xa0;:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Propriétés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FunctionSelector</name>
    <message>
        <source>Choose a function (type to search; PageUp/PageDown for previous/next)</source>
        <translation>Choisir une fonction (tapez pour chercher&#xa0;; PageUp/PageDown pour la précédente/suivante)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time ActViz starts.</source>
        <translation>L’interface sera en {language} au prochain démarrage d’ActViz.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1. ReLU vs Leaky ReLU: the dead gradient</source>
        <translation>1. ReLU contre Leaky ReLU&#xa0;: le gradient mort</translation>
    </message>
    <message>
        <source>2. Sigmoid vs tanh: saturation (σ′ peaks at 0.25, tanh′ at 1)</source>
        <translation>2. Sigmoid contre tanh&#xa0;: la saturation (σ′ culmine à 0.25, tanh′ à 1)</translation>
    </message>
    <message>
        <source>3. The convergence race: sigmoid vs tanh vs ReLU</source>
        <translation>3. La course à la convergence&#xa0;: sigmoid, tanh et ReLU</translation>
    </message>
</context>
<context>
    <name>LookMenus</name>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normale</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Grande</translation>
    </message>
    <message>
        <source>&amp;Huge</source>
        <translation>&amp;Très grande</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>Projector &amp;scale</source>
        <translation>Taille pour &amp;vidéoprojecteur</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grande</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Plus petite</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Next theme</source>
        <translation>Thème suivant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Function&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fonction&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>The gradient that reaches each layer of a deep network  (Ctrl+3)</source>
        <translation>Le gradient qui atteint chaque couche d’un réseau profond  (Ctrl+3)</translation>
    </message>
    <message>
        <source>See an activation, its derivatives and kinks  (Ctrl+1)</source>
        <translation>Voir une activation, ses dérivées et ses points anguleux  (Ctrl+1)</translation>
    </message>
    <message>
        <source>Train small networks with any activation and race them  (Ctrl+2)</source>
        <translation>Entraîner de petits réseaux avec n’importe quelle activation et les faire concourir  (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Export &amp;figure…</source>
        <translation>Exporter la &amp;figure…</translation>
    </message>
    <message>
        <source>Export &amp;data (CSV)…</source>
        <translation>Exporter les &amp;données (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Open scene…</source>
        <translation>&amp;Ouvrir une scène…</translation>
    </message>
    <message>
        <source>Save &amp;scene…</source>
        <translation>Enregistrer la &amp;scène…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>F&amp;onction</translation>
    </message>
    <message>
        <source>&amp;Next function</source>
        <translation>Fonction &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous function</source>
        <translation>Fonction &amp;précédente</translation>
    </message>
    <message>
        <source>Parameter step &amp;down</source>
        <translation>&amp;Diminuer le paramètre d’un pas</translation>
    </message>
    <message>
        <source>Parameter step &amp;up</source>
        <translation>&amp;Augmenter le paramètre d’un pas</translation>
    </message>
    <message>
        <source>&amp;Animate the first parameter</source>
        <translation>A&amp;nimer le premier paramètre</translation>
    </message>
    <message>
        <source>&amp;Trace the family</source>
        <translation>&amp;Tracer la famille</translation>
    </message>
    <message>
        <source>&amp;Pin for comparison</source>
        <translation>Épingler pour &amp;comparer</translation>
    </message>
    <message>
        <source>&amp;Clear pinned</source>
        <translation>&amp;Effacer les épingles</translation>
    </message>
    <message>
        <source>&amp;Mark the point under the mouse</source>
        <translation>&amp;Marquer le point sous la souris</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Function view</source>
        <translation>Vue &amp;fonction</translation>
    </message>
    <message>
        <source>&amp;Train view</source>
        <translation>Vue &amp;entraînement</translation>
    </message>
    <message>
        <source>&amp;Depth view</source>
        <translation>Vue &amp;profondeur</translation>
    </message>
    <message>
        <source>Show/hide {name}</source>
        <translation>Afficher/masquer {name}</translation>
    </message>
    <message>
        <source>Boxed / axes through &amp;origin</source>
        <translation>Encadré / axes par l’&amp;origine</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Réinitialiser la vue</translation>
    </message>
    <message>
        <source>&amp;Formula panel</source>
        <translation>Pa&amp;nneau des formules</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode pré&amp;sentation</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Lecture / pause</translation>
    </message>
    <message>
        <source>&amp;One epoch</source>
        <translation>&amp;Une époque</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Article &amp;race: sigmoid vs tanh vs ReLU</source>
        <translation>&amp;Course de l’article&#xa0;: sigmoid, tanh et ReLU</translation>
    </message>
    <message>
        <source>Run convergence &amp;study</source>
        <translation>Lancer l’étude de con&amp;vergence</translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation>&amp;Profondeur</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About ActViz</source>
        <translation>À &amp;propos d’ActViz</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>&amp;Overlay: one plot</source>
        <translation>&amp;Superposition&#xa0;: un seul graphique</translation>
    </message>
    <message>
        <source>&amp;Stacked panels: f, f′, f″ sharing x</source>
        <translation>Panneaux &amp;empilés&#xa0;: f, f′, f″ sur un même axe x</translation>
    </message>
    <message>
        <source>&amp;Grid: the function and its pins side by side</source>
        <translation>&amp;Grille&#xa0;: la fonction et les fonctions épinglées côte à côte</translation>
    </message>
    <message>
        <source>&amp;Next layout</source>
        <translation>&amp;Disposition suivante</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg)</source>
        <translation>Image PNG (*.png);;Vectoriel SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Ouvert&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Open scene</source>
        <translation>Ouvrir une scène</translation>
    </message>
    <message>
        <source>ActViz scenes (*.actviz);;All files (*)</source>
        <translation>Scènes ActViz (*.actviz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation>Enregistrer la scène</translation>
    </message>
    <message>
        <source>ActViz scenes (*.actviz)</source>
        <translation>Scènes ActViz (*.actviz)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About ActViz</source>
        <translation>À propos d’ActViz</translation>
    </message>
    <message>
        <source>Activation functions, their derivatives and their kinks, drawn exactly. Derivatives at kinks follow PyTorch autograd.</source>
        <translation>Les fonctions d’activation, leurs dérivées et leurs points anguleux, tracés exactement. Aux points anguleux, les dérivées suivent l’autograd de PyTorch.</translation>
    </message>
</context>
<context>
    <name>MarksPanel</name>
    <message>
        <source>Reference marks</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>y=0.25 σ′ max   x=0   (0, 0.5) σ(0)</source>
        <translation>y=0.25 σ′ max   x=0   (0, 0.5) σ(0)</translation>
    </message>
    <message>
        <source>A horizontal line y=…, a vertical line x=… or a point (x, y), then an optional label; press Enter. M marks the point of f under the mouse.</source>
        <translation>Une droite horizontale y=…, une droite verticale x=… ou un point (x, y), puis une étiquette facultative&#xa0;; appuyez sur Entrée. M marque le point de f sous la souris.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Select a mark and press Delete to remove it</source>
        <translation>Sélectionnez un repère et appuyez sur Suppr pour le retirer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Reference mark not added: {0}</source>
        <translation>Repère non ajouté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} is already marked</source>
        <translation>{0} est déjà marqué</translation>
    </message>
    <message>
        <source>Select a reference mark to remove</source>
        <translation>Sélectionnez le repère à retirer</translation>
    </message>
    <message>
        <source>Move the mouse over the plot first: M marks the point of f under it</source>
        <translation>Placez d’abord la souris sur le graphique&#xa0;: M marque le point de f qui se trouve dessous</translation>
    </message>
    <message>
        <source>Point not marked: {0}</source>
        <translation>Point non marqué&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ParamControl</name>
    <message>
        <source>Default {value}</source>
        <translation>Par défaut&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Reset {name} to its default</source>
        <translation>Remettre {name} à sa valeur par défaut</translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This function has no parameters.</source>
        <translation>Cette fonction n’a pas de paramètre.</translation>
    </message>
    <message>
        <source>Animate the first parameter (Space)</source>
        <translation>Animer le premier paramètre (Espace)</translation>
    </message>
    <message>
        <source>loop: start again; bounce: back and forth; once: stop at the end</source>
        <translation>loop&#xa0;: recommencer&#xa0;; bounce&#xa0;: aller-retour&#xa0;; once&#xa0;: s’arrêter à la fin</translation>
    </message>
    <message>
        <source>1×: the whole range in {seconds} s</source>
        <translation>1×&#xa0;: toute la plage en {seconds} s</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>tracé</translation>
    </message>
    <message>
        <source>Leave a faded copy of the curve at every tenth of the range</source>
        <translation>Laisser une copie estompée de la courbe à chaque dixième de la plage</translation>
    </message>
</context>
<context>
    <name>ProbeTable</name>
    <message>
        <source>Probe values</source>
        <translation>Valeurs en des points</translation>
    </message>
    <message>
        <source>x values, e.g. -20, -10, 0, 1, 15</source>
        <translation>valeurs de x, p. ex. -20, -10, 0, 1, 15</translation>
    </message>
    <message>
        <source>Comma- or space-separated x values; press Enter</source>
        <translation>Valeurs de x séparées par des virgules ou des espaces&#xa0;; appuyez sur Entrée</translation>
    </message>
</context>
<context>
    <name>RangeControls</name>
    <message>
        <source>Ranges</source>
        <translation>Plages</translation>
    </message>
    <message>
        <source>automatic y</source>
        <translation>y automatique</translation>
    </message>
    <message>
        <source>Fit y to the curves (uncheck to fix y min and y max)</source>
        <translation>Ajuster y aux courbes (décocher pour fixer y min et y max)</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Back to x ∈ [−5, 5] with automatic y  (Ctrl+0)</source>
        <translation>Revenir à x ∈ [−5, 5] avec y automatique  (Ctrl+0)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>next / previous function</source>
        <translation>fonction suivante / précédente</translation>
    </message>
    <message>
        <source>[ and ]</source>
        <translation>[ et ]</translation>
    </message>
    <message>
        <source>decrease / increase the first parameter by one step</source>
        <translation>diminuer / augmenter le premier paramètre d’un pas</translation>
    </message>
    <message>
        <source>show or hide f, f′, f″</source>
        <translation>afficher ou masquer f, f′, f″</translation>
    </message>
    <message>
        <source>switch between boxed and axes-through-origin</source>
        <translation>basculer entre encadré et axes passant par l’origine</translation>
    </message>
    <message>
        <source>layout: overlay, stacked panels (f, f′, f″ sharing x), grid of the function and its pins</source>
        <translation>disposition&#xa0;: superposition, panneaux empilés (f, f′, f″ sur un même axe x), grille de la fonction et des fonctions épinglées</translation>
    </message>
    <message>
        <source>show or hide the formula panel</source>
        <translation>afficher ou masquer le panneau des formules</translation>
    </message>
    <message>
        <source>Space (function view)</source>
        <translation>Espace (vue fonction)</translation>
    </message>
    <message>
        <source>animate the first parameter; again to pause</source>
        <translation>animer le premier paramètre&#xa0;; à nouveau pour mettre en pause</translation>
    </message>
    <message>
        <source>trace: leave faded copies of the curve at tenths of the parameter&apos;s range</source>
        <translation>tracé&#xa0;: laisser des copies estompées de la courbe à chaque dixième de la plage du paramètre</translation>
    </message>
    <message>
        <source>pin the current function for comparison</source>
        <translation>épingler la fonction actuelle pour comparer</translation>
    </message>
    <message>
        <source>mark the point of f under the mouse (Reference marks in the side panel)</source>
        <translation>marquer le point de f sous la souris (Repères dans le panneau latéral)</translation>
    </message>
    <message>
        <source>new custom formula / edit the custom formula shown</source>
        <translation>nouvelle formule personnalisée / modifier la formule personnalisée affichée</translation>
    </message>
    <message>
        <source>reset the view</source>
        <translation>réinitialiser la vue</translation>
    </message>
    <message>
        <source>function view / train view / depth view</source>
        <translation>vue fonction / vue entraînement / vue profondeur</translation>
    </message>
    <message>
        <source>1 … 5 (depth view)</source>
        <translation>1 … 5 (vue profondeur)</translation>
    </message>
    <message>
        <source>the lecture presets: sigmoid, tanh, ReLU+He, ReLU+Xavier, residual</source>
        <translation>les préréglages de cours&#xa0;: sigmoid, tanh, ReLU+He, ReLU+Xavier, résiduel</translation>
    </message>
    <message>
        <source>Space (train view)</source>
        <translation>Espace (vue entraînement)</translation>
    </message>
    <message>
        <source>play or pause training</source>
        <translation>lancer ou mettre en pause l’entraînement</translation>
    </message>
    <message>
        <source>lessons: ReLU&apos;s dead gradient, sigmoid vs tanh saturation, the convergence race</source>
        <translation>leçons&#xa0;: le gradient mort de ReLU, la saturation sigmoid contre tanh, la course à la convergence</translation>
    </message>
    <message>
        <source>open / save a scene (.actviz)</source>
        <translation>ouvrir / enregistrer une scène (.actviz)</translation>
    </message>
    <message>
        <source>presentation mode (full screen, plot only); Esc leaves it</source>
        <translation>mode présentation (plein écran, graphique seul)&#xa0;; Échap pour en sortir</translation>
    </message>
    <message>
        <source>projector scale: larger / smaller (normal, large, huge)</source>
        <translation>taille pour vidéoprojecteur&#xa0;: plus grande / plus petite (normale, grande, très grande)</translation>
    </message>
    <message>
        <source>next theme: light, dark, high contrast</source>
        <translation>thème suivant&#xa0;: clair, sombre, contraste élevé</translation>
    </message>
    <message>
        <source>export the figure / the data</source>
        <translation>exporter la figure / les données</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>Data and network</source>
        <translation>Données et réseau</translation>
    </message>
    <message>
        <source>Neurons per hidden layer, e.g. 3, 3 (1 to 6 layers of 1 to 8 neurons)</source>
        <translation>Neurones par couche cachée, p. ex. 3, 3 (1 à 6 couches de 1 à 8 neurones)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Données d’entraînement</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Activations to compare</source>
        <translation>Activations à comparer</translation>
    </message>
    <message>
        <source>Add the function shown</source>
        <translation>Ajouter la fonction affichée</translation>
    </message>
    <message>
        <source>The function view&apos;s function, with its current parameters</source>
        <translation>La fonction de la vue fonction, avec ses paramètres actuels</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Article race: sigmoid vs tanh vs ReLU</source>
        <translation>Course de l’article&#xa0;: sigmoid, tanh et ReLU</translation>
    </message>
    <message>
        <source>Circle data, 2×3 network, learning rate 0.03, batch 10, no noise; then play</source>
        <translation>Données en cercle, réseau 2×3, taux d’apprentissage 0.03, lots de 10, sans bruit&#xa0;; puis lecture</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play or pause training (Space while the Train view is shown)</source>
        <translation>Lancer ou mettre en pause l’entraînement (Espace dans la vue entraînement)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>One epoch</source>
        <translation>Une époque</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to epoch 0, the same initial weights</source>
        <translation>Retour à l’époque 0, avec les mêmes poids initiaux</translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation>époque {n}</translation>
    </message>
    <message>
        <source>Fair comparison: for a given seed every activation starts from the same data and the same initial weights.</source>
        <translation>Comparaison équitable&#xa0;: pour une graine donnée, chaque activation part des mêmes données et des mêmes poids initiaux.</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <source>Loss (solid: test, dashed: training)</source>
        <translation>Perte (trait plein&#xa0;: test, tirets&#xa0;: entraînement)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Convergence study</source>
        <translation>Étude de convergence</translation>
    </message>
    <message>
        <source>Seeds per activation</source>
        <translation>Graines par activation</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Converged when test loss &lt;</source>
        <translation>Convergé quand la perte de test &lt;</translation>
    </message>
    <message>
        <source>Run study</source>
        <translation>Lancer l’étude</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>median epochs [IQR]</source>
        <translation>époques médianes [IQR]</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <source>speed-up</source>
        <translation>accélération</translation>
    </message>
    <message>
        <source>Loss CSV…</source>
        <translation>CSV des pertes…</translation>
    </message>
    <message>
        <source>Study CSV…</source>
        <translation>CSV de l’étude…</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Decision boundary: {label}</source>
        <translation>Frontière de décision&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Export loss curves</source>
        <translation>Exporter les courbes de perte</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export study</source>
        <translation>Exporter l’étude</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg)</source>
        <translation>Image PNG (*.png);;Vectoriel SVG (*.svg)</translation>
    </message>
</context>
</TS>
