<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>circle</source>
        <translation>cercle</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>two gaussians</source>
        <translation>deux gaussiennes</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>spirale</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Xavier (Glorot)</source>
        <translation>Xavier (Glorot)</translation>
    </message>
    <message>
        <source>He (Kaiming)</source>
        <translation>He (Kaiming)</translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <source>playground</source>
        <translation>Playground</translation>
    </message>
</context>
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
        <source>σ&lt;sub&gt;b&lt;/sub&gt;²: biases drawn from N(0, σ&lt;sub&gt;b&lt;/sub&gt;²); a click on the map sets it</source>
        <translation>σ&lt;sub&gt;b&lt;/sub&gt;² : biais tirés de N(0, σ&lt;sub&gt;b&lt;/sub&gt;²) ; un clic sur la carte le règle</translation>
    </message>
    <message>
        <source>Bias variance σ&lt;sub&gt;b&lt;/sub&gt;²</source>
        <translation>Variance des biais σ&lt;sub&gt;b&lt;/sub&gt;²</translation>
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
        <source>Gradient reaching each layer</source>
        <translation>Gradient reçu par chaque couche</translation>
    </message>
    <message>
        <source>Gradient per layer</source>
        <translation>Gradient par couche</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradient</translation>
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
        <source>Edge of chaos</source>
        <translation>Bord du chaos</translation>
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
        <source>lines: ‖∂L/∂W‖ (band: seeds)</source>
        <translation>lignes : ‖∂L/∂W‖ (bande : graines)</translation>
    </message>
    <message>
        <source>Edge of chaos without the residual path: {label}</source>
        <translation>Bord du chaos sans le chemin résiduel : {label}</translation>
    </message>
    <message>
        <source>Without the residual path: {label}</source>
        <translation>Sans le chemin résiduel : {label}</translation>
    </message>
    <message>
        <source>Edge of chaos: {label}</source>
        <translation>Bord du chaos : {label}</translation>
    </message>
    <message>
        <source>Activation values per layer: {label}</source>
        <translation>Valeurs d’activation par couche&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Activation values: {label}</source>
        <translation>Valeurs d’activation&#xa0;: {label}</translation>
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
    <message>
        <source>dots: ‖∂L/∂h‖ measured · dashed: its mean-field theory</source>
        <translation>points : ‖∂L/∂h‖ mesuré · pointillés : sa théorie du champ moyen</translation>
    </message>
    <message>
        <source>map: χ₁, blue vanishes, red explodes, black line χ₁ = 1, star: this network</source>
        <translation>carte : χ₁, bleu s&apos;évanouit, rouge explose, ligne noire χ₁ = 1, étoile : ce réseau</translation>
    </message>
    <message>
        <source>vanishing</source>
        <translation>évanescent</translation>
    </message>
    <message>
        <source>exploding</source>
        <translation>explosif</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <source>vanishing, uniformly: the forward signal shrinks too</source>
        <translation>évanescent, uniformément : le signal aller diminue aussi</translation>
    </message>
    <message>
        <source>vanishing: the gradient shrinks on its way down</source>
        <translation>évanescent : le gradient diminue en redescendant</translation>
    </message>
    <message>
        <source>exploding, uniformly: the forward signal grows too</source>
        <translation>explosif, uniformément : le signal aller grandit aussi</translation>
    </message>
    <message>
        <source>exploding: the gradient grows on its way down</source>
        <translation>explosif : le gradient grandit en redescendant</translation>
    </message>
    <message>
        <source>{label}: no gradient reaches the layers</source>
        <translation>{label}&#xa0;: aucun gradient n’atteint les couches</translation>
    </message>
    <message>
        <source>{percent:.0f} % of units dead</source>
        <translation>{percent:.0f}&#xa0;% d’unités mortes</translation>
    </message>
    <message>
        <source>{percent:.0f} % saturated</source>
        <translation>{percent:.0f}&#xa0;% saturées</translation>
    </message>
    <message>
        <source>{label}: {verdict} · gradient ×{factor:.2f} per layer (theory ×{theory:.2f}) · layer 1: {first:.1e}</source>
        <translation>{label} : {verdict} · gradient ×{factor:.2f} par couche (théorie ×{theory:.2f}) · couche 1 : {first:.1e}</translation>
    </message>
    <message>
        <source>{label}: {verdict} · layer 1 gradient: {first:.1e}</source>
        <translation>{label} : {verdict} · gradient de la couche 1 : {first:.1e}</translation>
    </message>
    <message>
        <source>{line} ({details})</source>
        <translation>{line} ({details})</translation>
    </message>
    <message>
        <source>Cannot compute this set-up: {e}</source>
        <translation>Impossible de calculer cette configuration : {e}</translation>
    </message>
    <message>
        <source>The depth computation failed: {message}</source>
        <translation>Le calcul de profondeur a échoué : {message}</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>A bias must be a number between −1e6 and 1e6, not “{text}”.</source>
        <translation>Un biais doit être un nombre entre −1e6 et 1e6, pas « {text} ».</translation>
    </message>
    <message>
        <source>A weight must be a number between −1e6 and 1e6, not “{text}”.</source>
        <translation>Un poids doit être un nombre entre −1e6 et 1e6, pas « {text} ».</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>Couche {n}</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>{dead}/{n} dead</source>
        <translation>{dead}/{n} morts</translation>
    </message>
    <message>
        <source>|f′| {value}</source>
        <translation>|f′| {value}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>layer {layer} neuron {neuron}</source>
        <translation>couche {layer}, neurone {neuron}</translation>
    </message>
    <message>
        <source>Weight {value}</source>
        <translation>Poids {value}</translation>
    </message>
    <message>
        <source>Click to type a new weight.</source>
        <translation>Cliquez pour saisir un nouveau poids.</translation>
    </message>
    <message>
        <source>Bias {value}</source>
        <translation>Biais {value}</translation>
    </message>
    <message>
        <source>Click to type a new bias.</source>
        <translation>Cliquez pour saisir un nouveau biais.</translation>
    </message>
    <message>
        <source>on the map: {low} … {high}</source>
        <translation>sur la carte : {low} … {high}</translation>
    </message>
    <message>
        <source>Input feature {name}</source>
        <translation>Entrée {name}</translation>
    </message>
    <message>
        <source>Dead: it outputs 0 on every training point.</source>
        <translation>Mort : il renvoie 0 sur chaque point d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Enter: apply · Esc: cancel</source>
        <translation>Entrée : appliquer · Échap : annuler</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong in the Function view; it has been logged (Help → Error log).</source>
        <translation>Une erreur s’est produite dans la vue fonction&#xa0;; elle a été consignée (Aide → Journal des erreurs).</translation>
    </message>
    <message>
        <source>Something went wrong in the Train view; it has been logged (Help → Error log).</source>
        <translation>Une erreur s’est produite dans la vue entraînement&#xa0;; elle a été consignée (Aide → Journal des erreurs).</translation>
    </message>
    <message>
        <source>Something went wrong in the Depth view; it has been logged (Help → Error log).</source>
        <translation>Une erreur s’est produite dans la vue profondeur&#xa0;; elle a été consignée (Aide → Journal des erreurs).</translation>
    </message>
    <message>
        <source>Something went wrong; it has been logged (Help → Error log).</source>
        <translation>Une erreur s’est produite&#xa0;; elle a été consignée (Aide → Journal des erreurs).</translation>
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
    <message>
        <source>Parameters: {found}</source>
        <translation>Paramètres&#xa0;: {found}</translation>
    </message>
    <message>
        <source>Note: {name} is a parameter (a slider), not a variable; did you mean x?</source>
        <translation>Remarque&#xa0;: {name} est un paramètre (un curseur), pas une variable&#xa0;; vouliez-vous dire x&#xa0;?</translation>
    </message>
    <message>
        <source>Parameters: none</source>
        <translation>Paramètres&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Note: the formula does not use x, so its curve is flat</source>
        <translation>Remarque&#xa0;: la formule n’utilise pas x, sa courbe est donc plate</translation>
    </message>
    <message>
        <source>Warning: {note}</source>
        <translation>Attention&#xa0;: {note}</translation>
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
    <message>
        <source>ReLU&apos;s gradient is exactly 0 for x &lt; 0: those units stop learning</source>
        <translation>Le gradient de ReLU vaut exactement 0 pour x &lt; 0&#xa0;: ces unités cessent d’apprendre</translation>
    </message>
    <message>
        <source>σ′ never exceeds 0.25; tanh′ reaches 1</source>
        <translation>σ′ ne dépasse jamais 0.25&#xa0;; tanh′ atteint 1</translation>
    </message>
    <message>
        <source>tanh is about 10× faster than sigmoid, ReLU about 2× faster than tanh</source>
        <translation>tanh est environ 10× plus rapide que sigmoid, ReLU environ 2× plus rapide que tanh</translation>
    </message>
    <message>
        <source>ReLU′ = 0 to the left</source>
        <translation>ReLU′ = 0 à gauche</translation>
    </message>
    <message>
        <source>σ′ max</source>
        <translation>σ′ max</translation>
    </message>
    <message>
        <source>tanh′ max</source>
        <translation>tanh′ max</translation>
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
        <source>Ed&amp;it</source>
        <translation>Éd&amp;ition</translation>
    </message>
    <message>
        <source>&amp;Copy set-up</source>
        <translation>&amp;Copier la configuration</translation>
    </message>
    <message>
        <source>&amp;Paste set-up</source>
        <translation>Co&amp;ller une configuration</translation>
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
        <source>&amp;Faster</source>
        <translation>Plus &amp;vite</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>Plus &amp;lent</translation>
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
        <source>&amp;Getting started</source>
        <translation>Prise en &amp;main</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Error log…</source>
        <translation>&amp;Journal des erreurs…</translation>
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
        <source>PNG image, as on screen (*.png)</source>
        <translation>Image PNG, comme à l’écran (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 1920×1080 (*.png)</source>
        <translation>Image PNG, 1920×1080 (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 3840×2160 (*.png)</source>
        <translation>Image PNG, 3840×2160 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector (*.svg)</source>
        <translation>Vectoriel SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Exporter la figure</translation>
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
        <source>Could not open the scene {name}: {error}</source>
        <translation>Impossible d’ouvrir la scène {name}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Ouvert&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Could not open the lesson {name}: {error}</source>
        <translation>Impossible d’ouvrir la leçon {name}&#xa0;: {error}</translation>
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
        <source>Include display settings (theme and scale)</source>
        <translation>Inclure les réglages d’affichage (thème et taille)</translation>
    </message>
    <message>
        <source>Opening the scene then also sets the theme and scale; without it the room keeps its own.</source>
        <translation>Ouvrir la scène règle alors aussi le thème et la taille&#xa0;; sinon, la salle garde les siens.</translation>
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
        <source>In a text box</source>
        <translation>Dans une zone de texte</translation>
    </message>
    <message>
        <source>Keys without Ctrl act on the view that is shown; the others work everywhere.</source>
        <translation>Les touches sans Ctrl agissent sur la vue affichée&#xa0;; les autres fonctionnent partout.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>ActViz draws activation functions and shows what they do to a network.</source>
        <translation>ActViz trace les fonctions d’activation et montre leur effet sur un réseau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Three views&lt;/b&gt; (tabs, or Ctrl+1, Ctrl+2, Ctrl+3): &lt;b&gt;Function&lt;/b&gt; shows an activation, its derivatives f′ and f″ and its kinks, with its parameters on sliders; &lt;b&gt;Train&lt;/b&gt; trains small networks on a toy data set and races activations against each other; &lt;b&gt;Depth&lt;/b&gt; shows how much gradient reaches each layer of a deep network.</source>
        <translation>&lt;b&gt;Trois vues&lt;/b&gt; (onglets, ou Ctrl+1, Ctrl+2, Ctrl+3)&#xa0;: &lt;b&gt;Fonction&lt;/b&gt; montre une activation, ses dérivées f′ et f″ et ses points anguleux, avec ses paramètres sur des curseurs&#xa0;; &lt;b&gt;Entraînement&lt;/b&gt; entraîne de petits réseaux sur un jeu de données jouet et fait concourir les activations&#xa0;; &lt;b&gt;Profondeur&lt;/b&gt; montre quelle part du gradient atteint chaque couche d’un réseau profond.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lessons&lt;/b&gt;: F5 ReLU&apos;s dead gradient, F6 sigmoid against tanh (saturation), F7 the convergence race. A lesson keeps your theme and text size.</source>
        <translation>&lt;b&gt;Les leçons&lt;/b&gt;&#xa0;: F5 le gradient mort de ReLU, F6 sigmoid contre tanh (la saturation), F7 la course à la convergence. Une leçon garde votre thème et votre taille de texte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For the room&lt;/b&gt;: F11 shows the plot alone, full screen (Esc leaves it); Ctrl+= and Ctrl+- make text and lines larger or smaller; Ctrl+T changes the theme.</source>
        <translation>&lt;b&gt;Pour la salle&lt;/b&gt;&#xa0;: F11 affiche le graphique seul, en plein écran (Esc pour en sortir)&#xa0;; Ctrl+= et Ctrl+- agrandissent ou réduisent le texte et les traits&#xa0;; Ctrl+T change de thème.</translation>
    </message>
    <message>
        <source>Move the mouse over a plot to read its values. Every key is listed under Help → Keyboard shortcuts (F1).</source>
        <translation>Survolez un graphique avec la souris pour lire ses valeurs. Toutes les touches sont listées dans Aide → Raccourcis clavier (F1).</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Error log: {path}</source>
        <translation>Journal des erreurs&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>Journal des erreurs</translation>
    </message>
    <message>
        <source>Nothing has gone wrong so far.</source>
        <translation>Aucune erreur jusqu’ici.</translation>
    </message>
    <message>
        <source>Send this file with a bug report: it says what went wrong inside ActViz.</source>
        <translation>Joignez ce fichier à un rapport de bogue&#xa0;: il indique ce qui s’est mal passé dans ActViz.</translation>
    </message>
    <message>
        <source>Internal errors are written to:</source>
        <translation>Les erreurs internes sont écrites dans&#xa0;:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>The folder {path} does not exist yet.</source>
        <translation>Le dossier {path} n’existe pas encore.</translation>
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
    <message>
        <source>Cannot reset {name}: {error}. Kept {kept}.</source>
        <translation>Impossible de remettre {name} à sa valeur par défaut&#xa0;: {error}. Valeur conservée&#xa0;: {kept}.</translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <source>loop</source>
        <translation>boucle</translation>
    </message>
    <message>
        <source>bounce</source>
        <translation>aller-retour</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
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
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>Move the mouse over the plot to read x, f, f′ and f″.</source>
        <translation>Survolez le graphique avec la souris pour lire x, f, f′ et f″.</translation>
    </message>
    <message>
        <source>pins&apos; f′(x)</source>
        <translation>f′(x) des épinglées</translation>
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
    <message>
        <source>{error}. Kept the previous probe values.</source>
        <translation>{error}. Les valeurs précédentes sont conservées.</translation>
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
    <message>
        <source>Range refused: {error}. Kept [{lo}, {hi}].</source>
        <translation>Plage refusée&#xa0;: {error}. Plage conservée&#xa0;: [{lo}, {hi}].</translation>
    </message>
    <message>
        <source>Range refused: {error}. Kept the previous y range.</source>
        <translation>Plage refusée&#xa0;: {error}. La plage de y précédente est conservée.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>apply what was typed and give the keys back to the plot</source>
        <translation>appliquer la saisie et rendre les touches au graphique</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>undo the typing and give the keys back to the plot</source>
        <translation>annuler la saisie et rendre les touches au graphique</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>compare 1 to {MAX_COMPARED} activations, got {count}</source>
        <translation>comparez de 1 à {MAX_COMPARED} activations (reçu&#xa0;: {count})</translation>
    </message>
    <message>
        <source>{function_id} with these parameters is already compared</source>
        <translation>{function_id} avec ces paramètres est déjà dans la comparaison</translation>
    </message>
    <message>
        <source>no activation number {number} in the comparison</source>
        <translation>pas d’activation numéro {number} dans la comparaison</translation>
    </message>
    <message>
        <source>keep at least one activation</source>
        <translation>gardez au moins une activation</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>la profondeur</translation>
    </message>
    <message>
        <source>bias variance</source>
        <translation>la variance des biais</translation>
    </message>
    <message>
        <source>width</source>
        <translation>la largeur</translation>
    </message>
    <message>
        <source>initialisation must be one of {allowed}, got {name!r}</source>
        <translation>l’initialisation doit être l’une des valeurs {allowed} (reçu&#xa0;: {name!r})</translation>
    </message>
    <message>
        <source>weight scale must be a number in [0.1, 10], got {value!r}</source>
        <translation>l’échelle des poids doit être un nombre dans [0.1, 10] (reçu&#xa0;: {value!r})</translation>
    </message>
    <message>
        <source>weight scale must be a number in [0.1, 10], got {v:g}</source>
        <translation>l’échelle des poids doit être un nombre dans [0.1, 10] (reçu&#xa0;: {v:g})</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>le nombre de graines</translation>
    </message>
    <message>
        <source>selected activation</source>
        <translation>l’activation sélectionnée</translation>
    </message>
    <message>
        <source>preset must be one of {allowed}, got {name!r}</source>
        <translation>le préréglage doit être l’une des valeurs {allowed} (reçu&#xa0;: {name!r})</translation>
    </message>
    <message>
        <source>custom formulas need SymPy, which is missing from this packaged ActViz: install ActViz with pip (pip install actviz) to use them</source>
        <translation>les formules personnalisées nécessitent SymPy, absent de cette version empaquetée d’ActViz&#xa0;: installez ActViz avec pip (pip install actviz) pour les utiliser</translation>
    </message>
    <message>
        <source>custom formulas need SymPy: pip install sympy (or pip install &apos;actviz[formula]&apos;)</source>
        <translation>les formules personnalisées nécessitent SymPy&#xa0;: pip install sympy (ou pip install &apos;actviz[formula]&apos;)</translation>
    </message>
    <message>
        <source>the formula {name!r} has no text</source>
        <translation>la formule {name!r} est vide</translation>
    </message>
    <message>
        <source>the parameter ranges of {name!r} must be a mapping of name to [min, max]</source>
        <translation>les plages des paramètres de {name!r} doivent associer chaque nom à [min, max]</translation>
    </message>
    <message>
        <source>a parameter name of {name!r} must be text, got {p!r}</source>
        <translation>un nom de paramètre de {name!r} doit être du texte (reçu&#xa0;: {p!r})</translation>
    </message>
    <message>
        <source>the range of {p} must be [min, max], got {rng!r}</source>
        <translation>la plage de {p} doit être [min, max] (reçu&#xa0;: {rng!r})</translation>
    </message>
    <message>
        <source>the range of {p} must be finite with min &lt; max, got [{lo:g}, {hi:g}]</source>
        <translation>la plage de {p} doit être finie avec min &lt; max (reçu&#xa0;: [{lo:g}, {hi:g}])</translation>
    </message>
    <message>
        <source>expected {{&apos;text&apos;: ..., &apos;ranges&apos;: {{...}}}}</source>
        <translation>attendu&#xa0;: {{&apos;text&apos;: ..., &apos;ranges&apos;: {{...}}}}</translation>
    </message>
    <message>
        <source>a mark is y=…, x=… or (x, y), optionally followed by a label</source>
        <translation>un repère s’écrit y=…, x=… ou (x, y), suivi éventuellement d’une étiquette</translation>
    </message>
    <message>
        <source>{form}; got {text!r}</source>
        <translation>{form} (reçu&#xa0;: {text!r})</translation>
    </message>
    <message>
        <source>{form}; got {text}</source>
        <translation>{form} (reçu&#xa0;: {text})</translation>
    </message>
    <message>
        <source>f has no finite value at x = {x}</source>
        <translation>f n’a pas de valeur finie en x = {x}</translation>
    </message>
    <message>
        <source>{what} must be a number, got {v!r}</source>
        <translation>{what} doit être un nombre (reçu&#xa0;: {v!r})</translation>
    </message>
    <message>
        <source>{what} must be a finite number within ±{MAX_ABS_COORD:g}, got {v!r}</source>
        <translation>{what} doit être un nombre fini compris dans ±{MAX_ABS_COORD:g} (reçu&#xa0;: {v!r})</translation>
    </message>
    <message>
        <source>a mark is &apos;h&apos; (y = …), &apos;v&apos; (x = …) or &apos;point&apos; (x, y), got {kind!r}</source>
        <translation>un repère est &apos;h&apos; (y = …), &apos;v&apos; (x = …) ou &apos;point&apos; (x, y) (reçu&#xa0;: {kind!r})</translation>
    </message>
    <message>
        <source>a {kind!r} mark is [{form}], got {count} values</source>
        <translation>un repère {kind!r} s’écrit [{form}] (reçu&#xa0;: {count} valeurs)</translation>
    </message>
    <message>
        <source>a mark&apos;s label must be text, got {label!r}</source>
        <translation>l’étiquette d’un repère doit être du texte (reçu&#xa0;: {label!r})</translation>
    </message>
    <message>
        <source>a mark&apos;s label must be printable text</source>
        <translation>l’étiquette d’un repère doit être du texte imprimable</translation>
    </message>
    <message>
        <source>a mark&apos;s label must be at most {MAX_MARK_LABEL} characters, got {length}</source>
        <translation>l’étiquette d’un repère fait au plus {MAX_MARK_LABEL} caractères (reçu&#xa0;: {length})</translation>
    </message>
    <message>
        <source>the line&apos;s y</source>
        <translation>le y de la droite</translation>
    </message>
    <message>
        <source>the line&apos;s x</source>
        <translation>le x de la droite</translation>
    </message>
    <message>
        <source>the point&apos;s x</source>
        <translation>le x du point</translation>
    </message>
    <message>
        <source>the point&apos;s y</source>
        <translation>le y du point</translation>
    </message>
    <message>
        <source>a mark&apos;s target takes &apos;panel&apos; and &apos;function&apos;, got {unknown}</source>
        <translation>la cible d’un repère accepte &apos;panel&apos; et &apos;function&apos; (reçu&#xa0;: {unknown})</translation>
    </message>
    <message>
        <source>a mark&apos;s panel is 0 (f), 1 (f′) or 2 (f″), got {panel!r}</source>
        <translation>le panneau d’un repère est 0 (f), 1 (f′) ou 2 (f″) (reçu&#xa0;: {panel!r})</translation>
    </message>
    <message>
        <source>a mark&apos;s function must be a function id, got {function!r}</source>
        <translation>la fonction d’un repère doit être un id de fonction (reçu&#xa0;: {function!r})</translation>
    </message>
    <message>
        <source>{what} range must be two numbers, got {lo!r} and {hi!r}</source>
        <translation>la plage de {what} doit comporter deux nombres (reçu&#xa0;: {lo!r} et {hi!r})</translation>
    </message>
    <message>
        <source>{what} range must be finite numbers, got [{lo_f:g}, {hi_f:g}]</source>
        <translation>la plage de {what} doit être faite de nombres finis (reçu&#xa0;: [{lo_f:g}, {hi_f:g}])</translation>
    </message>
    <message>
        <source>{what} range must stay within ±{MAX_ABS_COORD:g}, got {v:g}</source>
        <translation>la plage de {what} doit rester dans ±{MAX_ABS_COORD:g} (reçu&#xa0;: {v:g})</translation>
    </message>
    <message>
        <source>{what} min must be less than {what} max, got [{lo_f:g}, {hi_f:g}]</source>
        <translation>{what} min doit être inférieur à {what} max (reçu&#xa0;: [{lo_f:g}, {hi_f:g}])</translation>
    </message>
    <message>
        <source>{what} range is too narrow to draw: [{lo_f:g}, {hi_f:g}]</source>
        <translation>la plage de {what} est trop étroite pour être tracée&#xa0;: [{lo_f:g}, {hi_f:g}]</translation>
    </message>
    <message>
        <source>{what} must be one of {allowed}, got {value!r}</source>
        <translation>{what} doit être l’une des valeurs {allowed} (reçu&#xa0;: {value!r})</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>la disposition</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>le thème</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>la taille</translation>
    </message>
    <message>
        <source>at most {MAX_MARKS} reference marks; remove one first</source>
        <translation>{MAX_MARKS} repères au plus&#xa0;; retirez-en d’abord un</translation>
    </message>
    <message>
        <source>a mark must be a list such as [&apos;h&apos;, 0.25, &apos;label&apos;], got {item!r}</source>
        <translation>un repère doit être une liste comme [&apos;h&apos;, 0.25, &apos;label&apos;] (reçu&#xa0;: {item!r})</translation>
    </message>
    <message>
        <source>at most {MAX_MARKS} reference marks, got {count}</source>
        <translation>{MAX_MARKS} repères au plus (reçu&#xa0;: {count})</translation>
    </message>
    <message>
        <source>at most {MAX_FORMULAS} custom formulas; delete one first</source>
        <translation>{MAX_FORMULAS} formules personnalisées au plus&#xa0;; supprimez-en d’abord une</translation>
    </message>
    <message>
        <source>unknown function {function_id!r}; see the list of functions</source>
        <translation>fonction inconnue {function_id!r}&#xa0;; voir la liste des fonctions</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>derivative order must be 0, 1 or 2, got {order!r}</source>
        <translation>l’ordre de dérivée doit être 0, 1 ou 2 (reçu&#xa0;: {order!r})</translation>
    </message>
    <message>
        <source>derivatives must be 0, 1 or 2, got {n!r}</source>
        <translation>les dérivées doivent valoir 0, 1 ou 2 (reçu&#xa0;: {n!r})</translation>
    </message>
    <message>
        <source>style must be one of {allowed}, got {style!r}</source>
        <translation>le style doit être l’une des valeurs {allowed} (reçu&#xa0;: {style!r})</translation>
    </message>
    <message>
        <source>unknown function {fid!r}</source>
        <translation>fonction inconnue {fid!r}</translation>
    </message>
    <message>
        <source>at most {MAX_OVERLAYS} functions can be pinned; remove one first</source>
        <translation>{MAX_OVERLAYS} fonctions épinglées au plus&#xa0;; retirez-en d’abord une</translation>
    </message>
    <message>
        <source>probe values must be numbers, got {v!r}</source>
        <translation>les valeurs de x doivent être des nombres (reçu&#xa0;: {v!r})</translation>
    </message>
    <message>
        <source>probe values must be numbers, got NaN</source>
        <translation>les valeurs de x doivent être des nombres (reçu&#xa0;: NaN)</translation>
    </message>
    <message>
        <source>at most 50 probe values, got {count}</source>
        <translation>50 valeurs de x au plus (reçu&#xa0;: {count})</translation>
    </message>
    <message>
        <source>view must be one of {allowed}, got {view!r}</source>
        <translation>la vue doit être l’une des valeurs {allowed} (reçu&#xa0;: {view!r})</translation>
    </message>
    <message>
        <source>scene caption must be text, got {kind}</source>
        <translation>la légende de la scène doit être du texte (reçu&#xa0;: {kind})</translation>
    </message>
    <message>
        <source>scene caption must be printable text</source>
        <translation>la légende de la scène doit être du texte imprimable</translation>
    </message>
    <message>
        <source>scene caption must be at most {MAX_CAPTION} characters, got {length}</source>
        <translation>la légende de la scène fait au plus {MAX_CAPTION} caractères (reçu&#xa0;: {length})</translation>
    </message>
    <message>
        <source>not an ActViz scene: the file holds no JSON object</source>
        <translation>pas une scène ActViz&#xa0;: le fichier ne contient aucun objet JSON</translation>
    </message>
    <message>
        <source>not an ActViz scene: it has no &quot;format&quot;: &quot;actviz-scene&quot;</source>
        <translation>pas une scène ActViz&#xa0;: il manque &quot;format&quot;: &quot;actviz-scene&quot;</translation>
    </message>
    <message>
        <source>scene version {version!r} is not one this ActViz reads (1 to {VERSION})</source>
        <translation>cette version d’ActViz ne lit pas la version de scène {version!r} (1 à {VERSION})</translation>
    </message>
    <message>
        <source>scene view must be one of {allowed}, got {view!r}</source>
        <translation>la vue de la scène doit être l’une des valeurs {allowed} (reçu&#xa0;: {view!r})</translation>
    </message>
    <message>
        <source>scene &quot;display_settings&quot; must be true or false, got {display!r}</source>
        <translation>&quot;display_settings&quot; de la scène doit valoir true ou false (reçu&#xa0;: {display!r})</translation>
    </message>
    <message>
        <source>scene has no &quot;state&quot; object</source>
        <translation>la scène n’a pas d’objet &quot;state&quot;</translation>
    </message>
    <message>
        <source>scene shows an unknown function {function!r}</source>
        <translation>la scène affiche une fonction inconnue {function!r}</translation>
    </message>
    <message>
        <source>scene refused: {problem} (and {more} more)</source>
        <translation>scène refusée&#xa0;: {problem} (et {more} autres)</translation>
    </message>
    <message>
        <source>scene refused: {problem}</source>
        <translation>scène refusée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>scene &quot;ui&quot; must be an object</source>
        <translation>&quot;ui&quot; de la scène doit être un objet</translation>
    </message>
    <message>
        <source>lesson must be one of {allowed}, got {name!r}</source>
        <translation>la leçon doit être l’une des valeurs {allowed} (reçu&#xa0;: {name!r})</translation>
    </message>
    <message>
        <source>unknown function {function_id!r}</source>
        <translation>fonction inconnue {function_id!r}</translation>
    </message>
    <message>
        <source>{what} must be a number in [{lo:g}, {hi:g}], got {value!r}</source>
        <translation>{what} doit être un nombre dans [{lo:g}, {hi:g}] (reçu&#xa0;: {value!r})</translation>
    </message>
    <message>
        <source>{what} must be a number in [{lo:g}, {hi:g}], got {v:g}</source>
        <translation>{what} doit être un nombre dans [{lo:g}, {hi:g}] (reçu&#xa0;: {v:g})</translation>
    </message>
    <message>
        <source>{what} must be a whole number in [{lo}, {hi}], got {value!r}</source>
        <translation>{what} doit être un entier dans [{lo}, {hi}] (reçu&#xa0;: {value!r})</translation>
    </message>
    <message>
        <source>dataset must be one of {allowed}, got {name!r}</source>
        <translation>le jeu de données doit être l’une des valeurs {allowed} (reçu&#xa0;: {name!r})</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>le bruit</translation>
    </message>
    <message>
        <source>train percentage</source>
        <translation>le pourcentage d’entraînement</translation>
    </message>
    <message>
        <source>features must be a list of names from {allowed}, got {features!r}</source>
        <translation>les entrées doivent être une liste de noms parmi {allowed}, reçu {features!r}</translation>
    </message>
    <message>
        <source>choose at least one input feature from {allowed}</source>
        <translation>choisissez au moins une entrée parmi {allowed}</translation>
    </message>
    <message>
        <source>features must be among {allowed}, got {name!r}</source>
        <translation>les entrées doivent être parmi {allowed}, reçu {name!r}</translation>
    </message>
    <message>
        <source>each feature may appear once, got {features}</source>
        <translation>chaque entrée ne peut apparaître qu&apos;une fois, reçu {features}</translation>
    </message>
    <message>
        <source>layers must be a list of neuron counts, got {layers!r}</source>
        <translation>les couches doivent être une liste de nombres de neurones (reçu&#xa0;: {layers!r})</translation>
    </message>
    <message>
        <source>there must be 0 to {MAX_LAYERS} hidden layers, got {count}</source>
        <translation>il faut de 0 à {MAX_LAYERS} couches cachées, reçu {count}</translation>
    </message>
    <message>
        <source>neurons per layer</source>
        <translation>le nombre de neurones par couche</translation>
    </message>
    <message>
        <source>{what} must be true or false, got {value!r}</source>
        <translation>{what} doit être vrai ou faux, reçu {value!r}</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>le taux d’apprentissage</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>la taille de lot</translation>
    </message>
    <message>
        <source>show test data</source>
        <translation>afficher les données de test</translation>
    </message>
    <message>
        <source>discretize output</source>
        <translation>discrétiser la sortie</translation>
    </message>
    <message>
        <source>regularisation must be one of {allowed}, got {kind!r}</source>
        <translation>la régularisation doit être l’une des valeurs {allowed} (reçu&#xa0;: {kind!r})</translation>
    </message>
    <message>
        <source>regularisation rate</source>
        <translation>le taux de régularisation</translation>
    </message>
    <message>
        <source>{label} is already in the comparison</source>
        <translation>{label} est déjà dans la comparaison</translation>
    </message>
    <message>
        <source>keep at least one activation to train</source>
        <translation>gardez au moins une activation à entraîner</translation>
    </message>
    <message>
        <source>selected network</source>
        <translation>le réseau sélectionné</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>la graine</translation>
    </message>
    <message>
        <source>loss threshold</source>
        <translation>le seuil de perte</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>le nombre d’époques</translation>
    </message>
    <message>
        <source>set-up refused: {key} must be 0 or 1, got {text!r}</source>
        <translation>configuration refusée : {key} doit valoir 0 ou 1, reçu {text!r}</translation>
    </message>
    <message>
        <source>set-up refused: unbalanced parentheses in {text!r}</source>
        <translation>configuration refusée : parenthèses non équilibrées dans {text!r}</translation>
    </message>
    <message>
        <source>set-up refused: activation {item!r} must read id(name=value;...)</source>
        <translation>configuration refusée : l&apos;activation {item!r} doit s&apos;écrire id(nom=valeur;...)</translation>
    </message>
    <message>
        <source>set-up refused: activation parameter {text!r} must read name=value</source>
        <translation>configuration refusée : le paramètre d&apos;activation {text!r} doit s&apos;écrire nom=valeur</translation>
    </message>
    <message>
        <source>set-up refused: activation parameter {name!r} given twice</source>
        <translation>configuration refusée : le paramètre d&apos;activation {name!r} est donné deux fois</translation>
    </message>
    <message>
        <source>set-up refused: a set-up is text, got {kind}</source>
        <translation>configuration refusée : une configuration est du texte, reçu {kind}</translation>
    </message>
    <message>
        <source>set-up refused: longer than {limit} characters</source>
        <translation>configuration refusée : plus de {limit} caractères</translation>
    </message>
    <message>
        <source>not an ActViz set-up: it does not start with {prefix}</source>
        <translation>pas une configuration ActViz : elle ne commence pas par {prefix}</translation>
    </message>
    <message>
        <source>set-up refused: {key!r} has no value</source>
        <translation>configuration refusée : {key!r} n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>set-up refused: unknown key {key!r}</source>
        <translation>configuration refusée : clé inconnue {key!r}</translation>
    </message>
    <message>
        <source>set-up refused: {key} given twice</source>
        <translation>configuration refusée : {key} est donné deux fois</translation>
    </message>
    <message>
        <source>set-up refused: {key} holds a character that is not printable</source>
        <translation>configuration refusée : {key} contient un caractère non imprimable</translation>
    </message>
    <message>
        <source>set-up refused: a %-escape that is not UTF-8</source>
        <translation>configuration refusée : un échappement % qui n&apos;est pas de l&apos;UTF-8</translation>
    </message>
    <message>
        <source>set-up refused: {problem} (and {more} more)</source>
        <translation>configuration refusée : {problem} (et {more} de plus)</translation>
    </message>
    <message>
        <source>set-up refused: {problem}</source>
        <translation>configuration refusée : {problem}</translation>
    </message>
</context>
<context>
    <name>TrainSession</name>
    <message>
        <source>restarted: new data</source>
        <translation>redémarré : nouvelles données</translation>
    </message>
    <message>
        <source>restarted: new layers</source>
        <translation>redémarré : nouvelles couches</translation>
    </message>
    <message>
        <source>restarted: new input features</source>
        <translation>redémarré : nouvelles entrées</translation>
    </message>
    <message>
        <source>restarted: new activations</source>
        <translation>redémarré : nouvelles activations</translation>
    </message>
    <message>
        <source>back to epoch 0</source>
        <translation>retour à l&apos;époque 0</translation>
    </message>
    <message>
        <source>restarted: the article&apos;s race</source>
        <translation>redémarré : la course de l&apos;article</translation>
    </message>
    <message>
        <source>new data: seed {seed}</source>
        <translation>nouvelles données : graine {seed}</translation>
    </message>
    <message>
        <source>Cannot train this set-up: {error}</source>
        <translation>Impossible d&apos;entraîner cette configuration : {error}</translation>
    </message>
    <message>
        <source>Cannot run this study: {error}</source>
        <translation>Impossible de lancer cette étude : {error}</translation>
    </message>
    <message>
        <source>The study failed: {error}</source>
        <translation>L&apos;étude a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>Data and network</source>
        <translation>Données et réseau</translation>
    </message>
    <message>
        <source>Every network&apos;s map</source>
        <translation>La carte de chaque réseau</translation>
    </message>
    <message>
        <source>Click a map to show that network</source>
        <translation>Cliquez une carte pour afficher ce réseau</translation>
    </message>
    <message>
        <source>plane (regression)</source>
        <translation>plan (régression)</translation>
    </message>
    <message>
        <source>multi-gaussian (regression)</source>
        <translation>multi-gaussienne (régression)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>New data from the next seed (the run starts again)</source>
        <translation>Nouvelles données avec la graine suivante (l&apos;entraînement recommence)</translation>
    </message>
    <message>
        <source>The inputs the network sees; at least one stays on</source>
        <translation>Les entrées que voit le réseau ; au moins une reste active</translation>
    </message>
    <message>
        <source>One hidden layer fewer (down to none)</source>
        <translation>Une couche cachée de moins (jusqu&apos;à aucune)</translation>
    </message>
    <message>
        <source>One hidden layer more (up to {n})</source>
        <translation>Une couche cachée de plus (jusqu&apos;à {n})</translation>
    </message>
    <message>
        <source>One neuron fewer in this layer</source>
        <translation>Un neurone de moins dans cette couche</translation>
    </message>
    <message>
        <source>One neuron more in this layer (up to {n})</source>
        <translation>Un neurone de plus dans cette couche (jusqu&apos;à {n})</translation>
    </message>
    <message>
        <source>Neurons per hidden layer, e.g. 3, 3 (0 to 6 layers of 1 to 8 neurons; none for no hidden layer)</source>
        <translation>Neurones par couche cachée, p. ex. 3, 3 (0 à 6 couches de 1 à 8 neurones ; none pour aucune couche cachée)</translation>
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
        <source>Features</source>
        <translation>Entrées</translation>
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
        <source>Epochs per second while playing (Ctrl+Down slower, Ctrl+Up faster)</source>
        <translation>Époques par seconde pendant la lecture (Ctrl+Bas plus lent, Ctrl+Haut plus rapide)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Afficher les données de test</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Discrétiser la sortie</translation>
    </message>
    <message>
        <source>The map shows only the output&apos;s sign: the two class colours</source>
        <translation>La carte ne montre que le signe de la sortie : les deux couleurs de classe</translation>
    </message>
    <message>
        <source>Network diagram instead of the losses</source>
        <translation>Schéma du réseau au lieu des pertes</translation>
    </message>
    <message>
        <source>A wider window shows the diagram beside the losses</source>
        <translation>Une fenêtre plus large montre le schéma à côté des pertes</translation>
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
        <source>Loss</source>
        <translation>Perte</translation>
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
        <source>no study of this set-up yet</source>
        <translation>pas encore d’étude de cette configuration</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>median
[IQR]</source>
        <translation>médiane
[EIQ]</translation>
    </message>
    <message>
        <source>conv.</source>
        <translation>conv.</translation>
    </message>
    <message>
        <source>speed-
up</source>
        <translation>accélé-
ration</translation>
    </message>
    <message>
        <source>median epochs to the threshold [interquartile range]</source>
        <translation>nombre médian d’époques pour atteindre le seuil [écart interquartile]</translation>
    </message>
    <message>
        <source>seeds that converged / seeds run</source>
        <translation>graines ayant convergé / graines lancées</translation>
    </message>
    <message>
        <source>the first activation&apos;s median over this one&apos;s</source>
        <translation>médiane de la première activation divisée par celle de cette activation</translation>
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
        <source>Features refused: {error}</source>
        <translation>Entrées refusées : {error}</translation>
    </message>
    <message>
        <source>Copied the set-up: paste it with Edit → Paste set-up or give it to actviz --open</source>
        <translation>Configuration copiée : collez-la avec Édition → Coller une configuration ou passez-la à actviz --open</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>converged: &lt; {threshold}</source>
        <translation>convergé&#xa0;: &lt; {threshold}</translation>
    </message>
    <message>
        <source>Output: {label}</source>
        <translation>Sortie : {label}</translation>
    </message>
    <message>
        <source>Decision boundary: {label}</source>
        <translation>Frontière de décision&#xa0;: {label}</translation>
    </message>
    <message>
        <source>{done} of {total} epochs</source>
        <translation>{done} époques sur {total}</translation>
    </message>
    <message>
        <source>Study cancelled before it started.</source>
        <translation>Étude annulée avant de commencer.</translation>
    </message>
    <message>
        <source>Study cancelled after {n} of {total} epochs: the table is partial.</source>
        <translation>Étude annulée après {n} époques sur {total}&#xa0;: le tableau est partiel.</translation>
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
    <message>
        <source>{label} {loss}</source>
        <translation>{label} {loss}</translation>
    </message>
    <message>
        <source>No hidden layer: the input features alone do the work (a linear model of them)</source>
        <translation>Aucune couche cachée : les entrées seules font le travail (un modèle linéaire de celles-ci)</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>aucune couche cachée</translation>
    </message>
    <message>
        <source>1 hidden layer: {sizes}</source>
        <translation>1 couche cachée : {sizes}</translation>
    </message>
    <message>
        <source>{n} hidden layers: {sizes}</source>
        <translation>{n} couches cachées : {sizes}</translation>
    </message>
    <message>
        <source>as fast as it goes</source>
        <translation>aussi vite que possible</translation>
    </message>
    <message>
        <source>{n} epochs/s</source>
        <translation>{n} époques/s</translation>
    </message>
    <message>
        <source>{label} {loss} (below {threshold} at epoch {epoch})</source>
        <translation>{label} {loss} (sous {threshold} à l&apos;époque {epoch})</translation>
    </message>
    <message>
        <source>epoch {epoch} · test loss: {losses}</source>
        <translation>époque {epoch} · perte de test&#xa0;: {losses}</translation>
    </message>
    <message>
        <source>{label} not yet</source>
        <translation>{label} pas encore</translation>
    </message>
    <message>
        <source>{label} {epochs}</source>
        <translation>{label} {epochs}</translation>
    </message>
    <message>
        <source>this run (seed {seed}), epochs to test loss &lt; {threshold} ({percent}% of predicting 0): {results}</source>
        <translation>cette exécution (graine {seed}) : époques jusqu’à une perte de test &lt; {threshold} ({percent} % de la perte en prédisant 0) : {results}</translation>
    </message>
    <message>
        <source>this run (seed {seed}), epochs to test loss &lt; {threshold:g}: {results}</source>
        <translation>cette exécution (graine {seed})&#xa0;: époques jusqu’à une perte de test &lt; {threshold:g}&#xa0;: {results}</translation>
    </message>
    <message>
        <source>Run study for the median over {seeds} seeds</source>
        <translation>Lancez l’étude pour la médiane sur {seeds} graines</translation>
    </message>
    <message>
        <source>{label} not converged</source>
        <translation>{label} sans convergence</translation>
    </message>
    <message>
        <source>{faster} {ratio} faster than {slower}</source>
        <translation>{faster} {ratio} plus rapide que {slower}</translation>
    </message>
    <message>
        <source>study, {n} seeds: medians {medians} epochs</source>
        <translation>étude, {n} graines&#xa0;: médianes {medians} époques</translation>
    </message>
    <message>
        <source>study, {n} seeds: medians {medians} epochs; {ratios}</source>
        <translation>étude, {n} graines&#xa0;: médianes {medians} époques&#xa0;; {ratios}</translation>
    </message>
    <message>
        <source>Partial study: stopped at epoch {epochs} of {requested} ({seeds} seeds each); counts are as of that epoch</source>
        <translation>Étude partielle&#xa0;: arrêtée à l’époque {epochs} sur {requested} ({seeds} graines chacune)&#xa0;; les décomptes valent à cette époque</translation>
    </message>
    <message>
        <source>{seeds} seeds × {epochs} epochs each; converged = test loss &lt; {threshold:g}</source>
        <translation>{seeds} graines × {epochs} époques chacune&#xa0;; convergé = perte de test &lt; {threshold:g}</translation>
    </message>
    <message>
        <source>not by {epochs}</source>
        <translation>pas avant {epochs}</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>sans convergence</translation>
    </message>
</context>
</TS>
