<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin current function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current function, with its parameters, as an overlay  (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned functions: solid line f, dashed line f′ (when f′ is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurveControls</name>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {name}  (key {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxed plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes through origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxed, or axes through (0, 0) with no box  (key O)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Depth presets</name>
    <message>
        <source>Sigmoid, 30 layers, Xavier: the gradient vanishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh, 30 layers, Xavier: it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU, 30 layers, He: it holds (some units dead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU, 30 layers, Xavier: it fades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid with residual connections: it holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>Network at initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residual connections (h + f(Wh))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds (median, band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the function shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture presets (keys 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer (1 = next to the input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient reaching each layer (dashed: product of mean |f′|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation values per layer: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export per-layer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <source>At kinks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionSelector</name>
    <message>
        <source>Choose a function (type to search; PageUp/PageDown for previous/next)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time ActViz starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1. ReLU vs Leaky ReLU: the dead gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Sigmoid vs tanh: saturation (σ′ peaks at 0.25, tanh′ at 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. The convergence race: sigmoid vs tanh vs ReLU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Function&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient that reaches each layer of a deep network  (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See an activation, its derivatives and kinks  (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train small networks with any activation and race them  (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scene…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;scene…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter step &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Animate the first parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trace the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depth view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show/hide {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxed / axes through &amp;origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formula panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;race: sigmoid vs tanh vs ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run convergence &amp;study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ActViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActViz scenes (*.actviz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActViz scenes (*.actviz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ActViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation functions, their derivatives and their kinks, drawn exactly. Derivatives at kinks follow PyTorch autograd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamControl</name>
    <message>
        <source>Default {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset {name} to its default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This function has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate the first parameter (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop: start again; bounce: back and forth; once: stop at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1×: the whole range in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a faded copy of the curve at every tenth of the range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeTable</name>
    <message>
        <source>Probe values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x values, e.g. -20, -10, 0, 1, 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma- or space-separated x values; press Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeControls</name>
    <message>
        <source>Ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit y to the curves (uncheck to fix y min and y max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to x ∈ [−5, 5] with automatic y  (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>PageDown / PageUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next / previous function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ and ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decrease / increase the first parameter by one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 2, 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or hide f, f′, f″</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch between boxed and axes-through-origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or hide the formula panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space (function view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>animate the first parameter; again to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: leave faded copies of the curve at tenths of the parameter&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin the current function for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 / Ctrl+2 / Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function view / train view / depth view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 … 5 (depth view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lecture presets: sigmoid, tanh, ReLU+He, ReLU+Xavier, residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space (train view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>play or pause training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 / F6 / F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons: ReLU&apos;s dead gradient, sigmoid vs tanh saturation, the convergence race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O / Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open / save a scene (.actviz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation mode (full screen, plot only); Esc leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S / Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the figure / the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>Data and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons per hidden layer, e.g. 3, 3 (1 to 6 layers of 1 to 8 neurons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the function shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function view&apos;s function, with its current parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article race: sigmoid vs tanh vs ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle data, 2×3 network, learning rate 0.03, batch 10, no noise; then play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause training (Space while the Train view is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to epoch 0, the same initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair comparison: for a given seed every activation starts from the same data and the same initial weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (solid: test, dashed: training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convergence study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds per activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converged when test loss &lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median epochs [IQR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision boundary: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export loss curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
