<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>Shortcuts</source>
        <translation>快捷鍵</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>circle</source>
        <translation>圓形</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>two gaussians</source>
        <translation>兩個高斯分布</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
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
        <translation>比較</translation>
    </message>
    <message>
        <source>Pin current function</source>
        <translation>釘選目前的函數</translation>
    </message>
    <message>
        <source>Keep the current function, with its parameters, as an overlay  (Ctrl+P)</source>
        <translation>將目前的函數連同其參數保留為疊加曲線  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pinned functions: solid line f, dashed line f′ (when f′ is shown)</source>
        <translation>已釘選的函數：實線為 f，虛線為 f′（顯示 f′ 時）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
</context>
<context>
    <name>CurveControls</name>
    <message>
        <source>Curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>Show {name}  (key {key})</source>
        <translation>顯示 {name}  （按鍵 {key}）</translation>
    </message>
    <message>
        <source>Boxed plot</source>
        <translation>方框圖</translation>
    </message>
    <message>
        <source>Axes through origin</source>
        <translation>座標軸通過原點</translation>
    </message>
    <message>
        <source>Boxed, or axes through (0, 0) with no box  (key O)</source>
        <translation>方框圖，或不加方框、座標軸通過 (0, 0)  （按鍵 O）</translation>
    </message>
</context>
<context>
    <name>Depth presets</name>
    <message>
        <source>Sigmoid, 30 layers, Xavier: the gradient vanishes</source>
        <translation>Sigmoid，30 層，Xavier：梯度消失</translation>
    </message>
    <message>
        <source>Tanh, 30 layers, Xavier: it holds</source>
        <translation>Tanh，30 層，Xavier：梯度維持</translation>
    </message>
    <message>
        <source>ReLU, 30 layers, He: it holds (some units dead)</source>
        <translation>ReLU，30 層，He：梯度維持（部分單元死亡）</translation>
    </message>
    <message>
        <source>ReLU, 30 layers, Xavier: it fades</source>
        <translation>ReLU，30 層，Xavier：梯度逐漸減弱</translation>
    </message>
    <message>
        <source>Sigmoid with residual connections: it holds</source>
        <translation>Sigmoid 加上殘差連接：梯度維持</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>Network at initialisation</source>
        <translation>初始化時的網路</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Weight scale</source>
        <translation>權重縮放</translation>
    </message>
    <message>
        <source>σ&lt;sub&gt;b&lt;/sub&gt;²: biases drawn from N(0, σ&lt;sub&gt;b&lt;/sub&gt;²); a click on the map sets it</source>
        <translation>σ&lt;sub&gt;b&lt;/sub&gt;²：偏差取自 N(0, σ&lt;sub&gt;b&lt;/sub&gt;²)；在圖上按一下即可設定</translation>
    </message>
    <message>
        <source>Bias variance σ&lt;sub&gt;b&lt;/sub&gt;²</source>
        <translation>偏差變異數 σ&lt;sub&gt;b&lt;/sub&gt;²</translation>
    </message>
    <message>
        <source>residual connections (h + f(Wh))</source>
        <translation>殘差連接 (h + f(Wh))</translation>
    </message>
    <message>
        <source>Seeds (median, band)</source>
        <translation>種子數（中位數、區間）</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激勵函數</translation>
    </message>
    <message>
        <source>Add the function shown</source>
        <translation>加入目前顯示的函數</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Lecture presets (keys 1–5)</source>
        <translation>課堂預設（按鍵 1–5）</translation>
    </message>
    <message>
        <source>Layers CSV…</source>
        <translation>各層 CSV…</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>圖片…</translation>
    </message>
    <message>
        <source>layer (1 = next to the input)</source>
        <translation>層（1 = 最靠近輸入）</translation>
    </message>
    <message>
        <source>Gradient reaching each layer</source>
        <translation>到達各層的梯度</translation>
    </message>
    <message>
        <source>Gradient per layer</source>
        <translation>每層的梯度</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>activation value</source>
        <translation>激勵值</translation>
    </message>
    <message>
        <source>Edge of chaos</source>
        <translation>混沌邊緣</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n} 層</translation>
    </message>
    <message>
        <source>lines: ‖∂L/∂W‖ (band: seeds)</source>
        <translation>實線：‖∂L/∂W‖（帶狀：各種子）</translation>
    </message>
    <message>
        <source>Edge of chaos without the residual path: {label}</source>
        <translation>不含殘差路徑的混沌邊緣：{label}</translation>
    </message>
    <message>
        <source>Without the residual path: {label}</source>
        <translation>不含殘差路徑：{label}</translation>
    </message>
    <message>
        <source>Edge of chaos: {label}</source>
        <translation>混沌邊緣：{label}</translation>
    </message>
    <message>
        <source>Activation values per layer: {label}</source>
        <translation>各層的激勵值：{label}</translation>
    </message>
    <message>
        <source>Activation values: {label}</source>
        <translation>激勵值：{label}</translation>
    </message>
    <message>
        <source>Export per-layer data</source>
        <translation>匯出各層資料</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 檔 (*.csv)</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>匯出圖片</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg)</source>
        <translation>PNG 圖片 (*.png);;SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>dots: ‖∂L/∂h‖ measured · dashed: its mean-field theory</source>
        <translation>點：實測的 ‖∂L/∂h‖ · 虛線：其平均場理論</translation>
    </message>
    <message>
        <source>map: χ₁, blue vanishes, red explodes, black line χ₁ = 1, star: this network</source>
        <translation>圖：χ₁，藍色消失、紅色爆炸，黑線 χ₁ = 1，星號：這個網路</translation>
    </message>
    <message>
        <source>vanishing</source>
        <translation>消失</translation>
    </message>
    <message>
        <source>exploding</source>
        <translation>爆炸</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>vanishing, uniformly: the forward signal shrinks too</source>
        <translation>消失，且處處一致：前向訊號也在縮小</translation>
    </message>
    <message>
        <source>vanishing: the gradient shrinks on its way down</source>
        <translation>消失：梯度在往下傳時縮小</translation>
    </message>
    <message>
        <source>exploding, uniformly: the forward signal grows too</source>
        <translation>爆炸，且處處一致：前向訊號也在變大</translation>
    </message>
    <message>
        <source>exploding: the gradient grows on its way down</source>
        <translation>爆炸：梯度在往下傳時變大</translation>
    </message>
    <message>
        <source>{label}: no gradient reaches the layers</source>
        <translation>{label}：沒有梯度到達各層</translation>
    </message>
    <message>
        <source>{percent:.0f} % of units dead</source>
        <translation>{percent:.0f}% 的單元死亡</translation>
    </message>
    <message>
        <source>{percent:.0f} % saturated</source>
        <translation>{percent:.0f}% 飽和</translation>
    </message>
    <message>
        <source>{label}: {verdict} · gradient ×{factor:.2f} per layer (theory ×{theory:.2f}) · layer 1: {first:.1e}</source>
        <translation>{label}：{verdict} · 梯度每層 ×{factor:.2f}（理論 ×{theory:.2f}）· 第 1 層：{first:.1e}</translation>
    </message>
    <message>
        <source>{label}: {verdict} · layer 1 gradient: {first:.1e}</source>
        <translation>{label}：{verdict} · 第 1 層梯度：{first:.1e}</translation>
    </message>
    <message>
        <source>{line} ({details})</source>
        <translation>{line}（{details}）</translation>
    </message>
    <message>
        <source>Cannot compute this set-up: {e}</source>
        <translation>無法計算這個設定：{e}</translation>
    </message>
    <message>
        <source>The depth computation failed: {message}</source>
        <translation>深度計算失敗：{message}</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>A bias must be a number between −1e6 and 1e6, not “{text}”.</source>
        <translation>偏差必須是 −1e6 到 1e6 之間的數字，而不是「{text}」。</translation>
    </message>
    <message>
        <source>A weight must be a number between −1e6 and 1e6, not “{text}”.</source>
        <translation>權重必須是 −1e6 到 1e6 之間的數字，而不是「{text}」。</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>第 {n} 層</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>{dead}/{n} dead</source>
        <translation>{dead}/{n} 個死亡</translation>
    </message>
    <message>
        <source>|f′| {value}</source>
        <translation>|f′| {value}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>layer {layer} neuron {neuron}</source>
        <translation>第 {layer} 層第 {neuron} 個神經元</translation>
    </message>
    <message>
        <source>Weight {value}</source>
        <translation>權重 {value}</translation>
    </message>
    <message>
        <source>Click to type a new weight.</source>
        <translation>按一下以輸入新的權重。</translation>
    </message>
    <message>
        <source>Bias {value}</source>
        <translation>偏差 {value}</translation>
    </message>
    <message>
        <source>Click to type a new bias.</source>
        <translation>按一下以輸入新的偏差。</translation>
    </message>
    <message>
        <source>on the map: {low} … {high}</source>
        <translation>圖上範圍：{low} … {high}</translation>
    </message>
    <message>
        <source>Input feature {name}</source>
        <translation>輸入特徵 {name}</translation>
    </message>
    <message>
        <source>Dead: it outputs 0 on every training point.</source>
        <translation>死亡：它在每個訓練點上都輸出 0。</translation>
    </message>
    <message>
        <source>Enter: apply · Esc: cancel</source>
        <translation>Enter：套用 · Esc：取消</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong in the Function view; it has been logged (Help → Error log).</source>
        <translation>函數檢視發生錯誤，已記錄下來（說明 → 錯誤記錄）。</translation>
    </message>
    <message>
        <source>Something went wrong in the Train view; it has been logged (Help → Error log).</source>
        <translation>訓練檢視發生錯誤，已記錄下來（說明 → 錯誤記錄）。</translation>
    </message>
    <message>
        <source>Something went wrong in the Depth view; it has been logged (Help → Error log).</source>
        <translation>深度檢視發生錯誤，已記錄下來（說明 → 錯誤記錄）。</translation>
    </message>
    <message>
        <source>Something went wrong; it has been logged (Help → Error log).</source>
        <translation>發生錯誤，已記錄下來（說明 → 錯誤記錄）。</translation>
    </message>
</context>
<context>
    <name>FormulaEditor</name>
    <message>
        <source>Edit formula</source>
        <translation>編輯公式</translation>
    </message>
    <message>
        <source>New formula</source>
        <translation>新增公式</translation>
    </message>
    <message>
        <source>Start from an example…</source>
        <translation>從範例開始…</translation>
    </message>
    <message>
        <source>Pick an example to start from; it fills in the name and the formula</source>
        <translation>選擇一個範例作為起點；會自動填入名稱與公式</translation>
    </message>
    <message>
        <source>Letters, digits and _, starting with a letter; shown in the selector</source>
        <translation>字母、數字與 _，須以字母開頭；會顯示在函數選擇清單中</translation>
    </message>
    <message>
        <source>A formula in x. Every other name is a parameter with a slider. Functions: exp, log, sqrt, abs, sigmoid, softplus, relu, tanh, erf, min, max, clip, where(cond, a, b), and every catalog function by id, e.g. elu(x, alpha=a)</source>
        <translation>以 x 表示的公式。其他名稱都是參數，各有一個滑桿。可用的函數：exp, log, sqrt, abs, sigmoid, softplus, relu, tanh, erf, min, max, clip, where(cond, a, b)，以及函數目錄中的每個函數（以 id 呼叫），例如 elu(x, alpha=a)</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>The slider range of each parameter; edit min and max to change it</source>
        <translation>每個參數的滑桿範圍；編輯最小值與最大值即可變更</translation>
    </message>
    <message>
        <source>Save formula</source>
        <translation>儲存公式</translation>
    </message>
    <message>
        <source>Add formula</source>
        <translation>加入公式</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>範例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Formula  f(x) =</source>
        <translation>公式(&amp;F)  f(x) =</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Not valid: the preview shows the last formula that was.</source>
        <translation>無效：預覽顯示的是上一個有效的公式。</translation>
    </message>
    <message>
        <source>f, f′ and f″ at the parameters&apos; defaults (built in {took})</source>
        <translation>參數為預設值時的 f、f′ 與 f″（建立耗時 {took}）</translation>
    </message>
    <message>
        <source>Give the formula a name, e.g. swish_beta</source>
        <translation>請為公式命名，例如 swish_beta</translation>
    </message>
    <message>
        <source>There is already a formula called {name}; choose another name</source>
        <translation>已有名為 {name} 的公式；請選擇其他名稱</translation>
    </message>
    <message>
        <source>Swish with β (SiLU at β = 1)</source>
        <translation>帶 β 的 Swish（β = 1 時即為 SiLU）</translation>
    </message>
    <message>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <source>ReLU shifted by s and clipped at 6</source>
        <translation>平移 s 並在 6 截斷的 ReLU</translation>
    </message>
    <message>
        <source>ELU written with where</source>
        <translation>用 where 寫成的 ELU</translation>
    </message>
    <message>
        <source>GELU, tanh approximation</source>
        <translation>GELU，tanh 近似</translation>
    </message>
    <message>
        <source>Leaky ReLU from max and min (f′(0) = 0)</source>
        <translation>由 max 與 min 組成的 Leaky ReLU（f′(0) = 0）</translation>
    </message>
    <message>
        <source>softplus with β (made stable)</source>
        <translation>帶 β 的 softplus（數值穩定版）</translation>
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
        <translation>右側為 Swish，左側為 ELU</translation>
    </message>
    <message>
        <source>Parameters: {found}</source>
        <translation>參數：{found}</translation>
    </message>
    <message>
        <source>Note: {name} is a parameter (a slider), not a variable; did you mean x?</source>
        <translation>注意：{name} 是參數（滑桿），不是變數；您是指 x 嗎？</translation>
    </message>
    <message>
        <source>Parameters: none</source>
        <translation>參數：無</translation>
    </message>
    <message>
        <source>Note: the formula does not use x, so its curve is flat</source>
        <translation>注意：公式沒有用到 x，因此曲線是平的</translation>
    </message>
    <message>
        <source>Warning: {note}</source>
        <translation>警告：{note}</translation>
    </message>
</context>
<context>
    <name>FormulaMenu</name>
    <message>
        <source>&amp;New formula…</source>
        <translation>新增公式(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit formula…</source>
        <translation>編輯公式(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete formula</source>
        <translation>刪除公式(&amp;L)</translation>
    </message>
    <message>
        <source>Custom formulas are not available here: {need}</source>
        <translation>此環境無法使用自訂公式：{need}</translation>
    </message>
    <message>
        <source>Edit formula changes a custom formula: choose one under “custom” first</source>
        <translation>「編輯公式」只能修改自訂公式：請先在「custom」下選擇一個</translation>
    </message>
    <message>
        <source>Delete formula removes a custom formula: choose one under “custom” first</source>
        <translation>「刪除公式」會移除自訂公式：請先在「custom」下選擇一個</translation>
    </message>
    <message>
        <source>Delete formula</source>
        <translation>刪除公式</translation>
    </message>
    <message>
        <source>Delete the formula {name}? Pins and Train/Depth entries that use it go too.</source>
        <translation>要刪除公式 {name} 嗎？使用它的釘選以及訓練／深度中的項目也會一併移除。</translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <source>At kinks:</source>
        <translation>在折點處：</translation>
    </message>
    <message>
        <source>Kinks:</source>
        <translation>折點：</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>性質：</translation>
    </message>
</context>
<context>
    <name>FunctionSelector</name>
    <message>
        <source>Choose a function (type to search; PageUp/PageDown for previous/next)</source>
        <translation>選擇函數（輸入文字即可搜尋；PageUp/PageDown 切換上一個／下一個）</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time ActViz starts.</source>
        <translation>下次啟動 ActViz 時，介面將改為{language}。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1. ReLU vs Leaky ReLU: the dead gradient</source>
        <translation>1. ReLU 與 Leaky ReLU：梯度死亡</translation>
    </message>
    <message>
        <source>2. Sigmoid vs tanh: saturation (σ′ peaks at 0.25, tanh′ at 1)</source>
        <translation>2. Sigmoid 與 tanh：飽和（σ′ 最大值為 0.25，tanh′ 為 1）</translation>
    </message>
    <message>
        <source>3. The convergence race: sigmoid vs tanh vs ReLU</source>
        <translation>3. 收斂競賽：sigmoid、tanh 與 ReLU</translation>
    </message>
    <message>
        <source>ReLU&apos;s gradient is exactly 0 for x &lt; 0: those units stop learning</source>
        <translation>x &lt; 0 時 ReLU 的梯度恰為 0：這些單元停止學習</translation>
    </message>
    <message>
        <source>σ′ never exceeds 0.25; tanh′ reaches 1</source>
        <translation>σ′ 從不超過 0.25；tanh′ 可達 1</translation>
    </message>
    <message>
        <source>tanh is about 10× faster than sigmoid, ReLU about 2× faster than tanh</source>
        <translation>tanh 比 sigmoid 快約 10×，ReLU 比 tanh 快約 2×</translation>
    </message>
    <message>
        <source>ReLU′ = 0 to the left</source>
        <translation>左側 ReLU′ = 0</translation>
    </message>
    <message>
        <source>σ′ max</source>
        <translation>σ′ 最大值</translation>
    </message>
    <message>
        <source>tanh′ max</source>
        <translation>tanh′ 最大值</translation>
    </message>
</context>
<context>
    <name>LookMenus</name>
    <message>
        <source>&amp;Normal</source>
        <translation>正常(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>大(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Huge</source>
        <translation>特大(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高對比(&amp;H)</translation>
    </message>
    <message>
        <source>Projector &amp;scale</source>
        <translation>投影機縮放(&amp;S)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <source>Next theme</source>
        <translation>下一個佈景主題</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Function&lt;/b&gt;</source>
        <translation>&lt;b&gt;函數&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函數</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>The gradient that reaches each layer of a deep network  (Ctrl+3)</source>
        <translation>到達深層網路每一層的梯度  (Ctrl+3)</translation>
    </message>
    <message>
        <source>See an activation, its derivatives and kinks  (Ctrl+1)</source>
        <translation>檢視激勵函數、其導數與折點  (Ctrl+1)</translation>
    </message>
    <message>
        <source>Train small networks with any activation and race them  (Ctrl+2)</source>
        <translation>用任意激勵函數訓練小型網路並互相競賽  (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;figure…</source>
        <translation>匯出圖形(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;data (CSV)…</source>
        <translation>匯出資料 (CSV)(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open scene…</source>
        <translation>開啟場景(&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;scene…</source>
        <translation>儲存場景(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>編輯(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Copy set-up</source>
        <translation>複製設定(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste set-up</source>
        <translation>貼上設定(&amp;P)</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>函數(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Next function</source>
        <translation>下一個函數(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous function</source>
        <translation>上一個函數(&amp;P)</translation>
    </message>
    <message>
        <source>Parameter step &amp;down</source>
        <translation>參數減少一格(&amp;D)</translation>
    </message>
    <message>
        <source>Parameter step &amp;up</source>
        <translation>參數增加一格(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Animate the first parameter</source>
        <translation>以動畫呈現第一個參數(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Trace the family</source>
        <translation>描繪函數族軌跡(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pin for comparison</source>
        <translation>釘選以便比較(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Clear pinned</source>
        <translation>清除釘選(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mark the point under the mouse</source>
        <translation>標記滑鼠下方的點(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Function view</source>
        <translation>函數檢視(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Train view</source>
        <translation>訓練檢視(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Depth view</source>
        <translation>深度檢視(&amp;D)</translation>
    </message>
    <message>
        <source>Show/hide {name}</source>
        <translation>顯示／隱藏 {name}</translation>
    </message>
    <message>
        <source>Boxed / axes through &amp;origin</source>
        <translation>方框／座標軸通過原點(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>重設檢視(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Formula panel</source>
        <translation>公式面板(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>簡報模式(&amp;P)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>離開簡報模式</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>訓練(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>播放／暫停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;One epoch</source>
        <translation>訓練一個回合(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重設(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>加快(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>減慢(&amp;S)</translation>
    </message>
    <message>
        <source>Article &amp;race: sigmoid vs tanh vs ReLU</source>
        <translation>論文競賽：sigmoid、tanh 與 ReLU(&amp;R)</translation>
    </message>
    <message>
        <source>Run convergence &amp;study</source>
        <translation>執行收斂研究(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation>深度(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>課程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>入門指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Error log…</source>
        <translation>錯誤記錄(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;About ActViz</source>
        <translation>關於 ActViz(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>版面配置(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Overlay: one plot</source>
        <translation>疊加：單一圖表(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Stacked panels: f, f′, f″ sharing x</source>
        <translation>堆疊面板：f、f′、f″ 共用 x 軸(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Grid: the function and its pins side by side</source>
        <translation>格狀：函數與釘選的函數並排(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next layout</source>
        <translation>下一個版面配置(&amp;N)</translation>
    </message>
    <message>
        <source>PNG image, as on screen (*.png)</source>
        <translation>PNG 圖片，與螢幕顯示相同 (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 1920×1080 (*.png)</source>
        <translation>PNG 圖片，1920×1080 (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 3840×2160 (*.png)</source>
        <translation>PNG 圖片，3840×2160 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>匯出圖形</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>匯出資料</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 檔 (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <source>Could not open the scene {name}: {error}</source>
        <translation>無法開啟場景 {name}：{error}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已開啟 {path}</translation>
    </message>
    <message>
        <source>Could not open the lesson {name}: {error}</source>
        <translation>無法開啟課程 {name}：{error}</translation>
    </message>
    <message>
        <source>Open scene</source>
        <translation>開啟場景</translation>
    </message>
    <message>
        <source>ActViz scenes (*.actviz);;All files (*)</source>
        <translation>ActViz 場景 (*.actviz);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Include display settings (theme and scale)</source>
        <translation>包含顯示設定（佈景主題與縮放）</translation>
    </message>
    <message>
        <source>Opening the scene then also sets the theme and scale; without it the room keeps its own.</source>
        <translation>開啟場景時也會一併套用佈景主題與縮放；不勾選則保留教室目前的設定。</translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation>儲存場景</translation>
    </message>
    <message>
        <source>ActViz scenes (*.actviz)</source>
        <translation>ActViz 場景 (*.actviz)</translation>
    </message>
    <message>
        <source>In a text box</source>
        <translation>在文字方塊中</translation>
    </message>
    <message>
        <source>Keys without Ctrl act on the view that is shown; the others work everywhere.</source>
        <translation>不含 Ctrl 的按鍵作用於目前顯示的檢視；其他按鍵在任何地方都有效。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>ActViz draws activation functions and shows what they do to a network.</source>
        <translation>ActViz 會繪出激勵函數，並展示它們對網路的影響。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Three views&lt;/b&gt; (tabs, or Ctrl+1, Ctrl+2, Ctrl+3): &lt;b&gt;Function&lt;/b&gt; shows an activation, its derivatives f′ and f″ and its kinks, with its parameters on sliders; &lt;b&gt;Train&lt;/b&gt; trains small networks on a toy data set and races activations against each other; &lt;b&gt;Depth&lt;/b&gt; shows how much gradient reaches each layer of a deep network.</source>
        <translation>&lt;b&gt;三個檢視&lt;/b&gt;（分頁，或 Ctrl+1、Ctrl+2、Ctrl+3）：&lt;b&gt;函數&lt;/b&gt;顯示一個激勵函數、其導數 f′ 與 f″ 以及折點，參數以滑桿調整；&lt;b&gt;訓練&lt;/b&gt;在簡單的示範資料集上訓練小型網路，讓激勵函數互相競賽；&lt;b&gt;深度&lt;/b&gt;顯示深層網路的每一層收到多少梯度。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lessons&lt;/b&gt;: F5 ReLU&apos;s dead gradient, F6 sigmoid against tanh (saturation), F7 the convergence race. A lesson keeps your theme and text size.</source>
        <translation>&lt;b&gt;課程&lt;/b&gt;：F5 ReLU 的梯度死亡，F6 sigmoid 與 tanh（飽和），F7 收斂競賽。課程會保留您的佈景主題與文字大小。</translation>
    </message>
    <message>
        <source>&lt;b&gt;For the room&lt;/b&gt;: F11 shows the plot alone, full screen (Esc leaves it); Ctrl+= and Ctrl+- make text and lines larger or smaller; Ctrl+T changes the theme.</source>
        <translation>&lt;b&gt;課堂上&lt;/b&gt;：F11 以全螢幕單獨顯示圖形（按 Esc 離開）；Ctrl+= 與 Ctrl+- 可放大或縮小文字與線條；Ctrl+T 切換佈景主題。</translation>
    </message>
    <message>
        <source>Move the mouse over a plot to read its values. Every key is listed under Help → Keyboard shortcuts (F1).</source>
        <translation>將滑鼠移到圖形上即可讀取數值。所有按鍵都列在「說明 → 鍵盤快捷鍵」（F1）中。</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入門指南</translation>
    </message>
    <message>
        <source>Error log: {path}</source>
        <translation>錯誤記錄：{path}</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>錯誤記錄</translation>
    </message>
    <message>
        <source>Nothing has gone wrong so far.</source>
        <translation>目前為止沒有發生任何錯誤。</translation>
    </message>
    <message>
        <source>Send this file with a bug report: it says what went wrong inside ActViz.</source>
        <translation>回報錯誤時請附上這個檔案：其中記錄了 ActViz 內部發生的問題。</translation>
    </message>
    <message>
        <source>Internal errors are written to:</source>
        <translation>內部錯誤會寫入：</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>The folder {path} does not exist yet.</source>
        <translation>資料夾 {path} 尚不存在。</translation>
    </message>
    <message>
        <source>About ActViz</source>
        <translation>關於 ActViz</translation>
    </message>
    <message>
        <source>Activation functions, their derivatives and their kinks, drawn exactly. Derivatives at kinks follow PyTorch autograd.</source>
        <translation>精確繪出激勵函數、其導數與折點。折點處的導數依照 PyTorch autograd 的慣例。</translation>
    </message>
</context>
<context>
    <name>MarksPanel</name>
    <message>
        <source>Reference marks</source>
        <translation>參考標記</translation>
    </message>
    <message>
        <source>y=0.25 σ′ max   x=0   (0, 0.5) σ(0)</source>
        <translation>y=0.25 σ′ max   x=0   (0, 0.5) σ(0)</translation>
    </message>
    <message>
        <source>A horizontal line y=…, a vertical line x=… or a point (x, y), then an optional label; press Enter. M marks the point of f under the mouse.</source>
        <translation>水平線 y=…、垂直線 x=… 或點 (x, y)，後面可加上標籤；按 Enter 確定。按 M 可標記滑鼠下方 f 上的點。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Select a mark and press Delete to remove it</source>
        <translation>選取標記後按 Delete 即可移除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Reference mark not added: {0}</source>
        <translation>未加入參考標記：{0}</translation>
    </message>
    <message>
        <source>{0} is already marked</source>
        <translation>{0} 已經標記過了</translation>
    </message>
    <message>
        <source>Select a reference mark to remove</source>
        <translation>請選取要移除的參考標記</translation>
    </message>
    <message>
        <source>Move the mouse over the plot first: M marks the point of f under it</source>
        <translation>請先將滑鼠移到圖形上：按 M 會標記滑鼠下方 f 上的點</translation>
    </message>
    <message>
        <source>Point not marked: {0}</source>
        <translation>未標記該點：{0}</translation>
    </message>
</context>
<context>
    <name>ParamControl</name>
    <message>
        <source>Default {value}</source>
        <translation>預設值 {value}</translation>
    </message>
    <message>
        <source>Reset {name} to its default</source>
        <translation>將 {name} 重設為預設值</translation>
    </message>
    <message>
        <source>Cannot reset {name}: {error}. Kept {kept}.</source>
        <translation>無法將 {name} 重設為預設值：{error}。維持 {kept}。</translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <source>loop</source>
        <translation>循環</translation>
    </message>
    <message>
        <source>bounce</source>
        <translation>來回</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>This function has no parameters.</source>
        <translation>此函數沒有參數。</translation>
    </message>
    <message>
        <source>Animate the first parameter (Space)</source>
        <translation>以動畫呈現第一個參數（空白鍵）</translation>
    </message>
    <message>
        <source>loop: start again; bounce: back and forth; once: stop at the end</source>
        <translation>loop：從頭重播；bounce：來回往返；once：到終點停止</translation>
    </message>
    <message>
        <source>1×: the whole range in {seconds} s</source>
        <translation>1×：{seconds} 秒走完整個範圍</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>軌跡</translation>
    </message>
    <message>
        <source>Leave a faded copy of the curve at every tenth of the range</source>
        <translation>在範圍的每十分之一處留下一條淡化的曲線</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>Move the mouse over the plot to read x, f, f′ and f″.</source>
        <translation>將滑鼠移到圖形上即可讀取 x、f、f′ 與 f″。</translation>
    </message>
    <message>
        <source>pins&apos; f′(x)</source>
        <translation>已釘選函數的 f′(x)</translation>
    </message>
</context>
<context>
    <name>ProbeTable</name>
    <message>
        <source>Probe values</source>
        <translation>取值表</translation>
    </message>
    <message>
        <source>x values, e.g. -20, -10, 0, 1, 15</source>
        <translation>x 值，例如 -20, -10, 0, 1, 15</translation>
    </message>
    <message>
        <source>Comma- or space-separated x values; press Enter</source>
        <translation>以逗號或空白分隔的 x 值；按 Enter 確定</translation>
    </message>
    <message>
        <source>{error}. Kept the previous probe values.</source>
        <translation>{error}。保留先前的取值。</translation>
    </message>
</context>
<context>
    <name>RangeControls</name>
    <message>
        <source>Ranges</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>automatic y</source>
        <translation>自動 y</translation>
    </message>
    <message>
        <source>Fit y to the curves (uncheck to fix y min and y max)</source>
        <translation>讓 y 配合曲線（取消勾選即可固定 y 的最小值與最大值）</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重設檢視</translation>
    </message>
    <message>
        <source>Back to x ∈ [−5, 5] with automatic y  (Ctrl+0)</source>
        <translation>回到 x ∈ [−5, 5] 並自動調整 y  (Ctrl+0)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Range refused: {error}. Kept [{lo}, {hi}].</source>
        <translation>範圍未套用：{error}。維持 [{lo}, {hi}]。</translation>
    </message>
    <message>
        <source>Range refused: {error}. Kept the previous y range.</source>
        <translation>範圍未套用：{error}。維持原本的 y 範圍。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>apply what was typed and give the keys back to the plot</source>
        <translation>套用輸入的內容，並將按鍵交還給圖形</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>undo the typing and give the keys back to the plot</source>
        <translation>復原輸入的內容，並將按鍵交還給圖形</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>compare 1 to {MAX_COMPARED} activations, got {count}</source>
        <translation>可比較 1 到 {MAX_COMPARED} 個激勵函數，收到 {count} 個</translation>
    </message>
    <message>
        <source>{function_id} with these parameters is already compared</source>
        <translation>使用這些參數的 {function_id} 已在比較中</translation>
    </message>
    <message>
        <source>no activation number {number} in the comparison</source>
        <translation>比較中沒有第 {number} 個激勵函數</translation>
    </message>
    <message>
        <source>keep at least one activation</source>
        <translation>請至少保留一個激勵函數</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>bias variance</source>
        <translation>偏差變異數</translation>
    </message>
    <message>
        <source>width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <source>initialisation must be one of {allowed}, got {name!r}</source>
        <translation>初始化方式必須是 {allowed} 之一，收到 {name!r}</translation>
    </message>
    <message>
        <source>weight scale must be a number in [0.1, 10], got {value!r}</source>
        <translation>權重縮放必須是 [0.1, 10] 內的數字，收到 {value!r}</translation>
    </message>
    <message>
        <source>weight scale must be a number in [0.1, 10], got {v:g}</source>
        <translation>權重縮放必須是 [0.1, 10] 內的數字，收到 {v:g}</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>種子數</translation>
    </message>
    <message>
        <source>selected activation</source>
        <translation>選取的激勵函數</translation>
    </message>
    <message>
        <source>preset must be one of {allowed}, got {name!r}</source>
        <translation>預設必須是 {allowed} 之一，收到 {name!r}</translation>
    </message>
    <message>
        <source>custom formulas need SymPy, which is missing from this packaged ActViz: install ActViz with pip (pip install actviz) to use them</source>
        <translation>自訂公式需要 SymPy，但這個封裝版的 ActViz 未包含它：若要使用，請用 pip 安裝 ActViz（pip install actviz）</translation>
    </message>
    <message>
        <source>custom formulas need SymPy: pip install sympy (or pip install &apos;actviz[formula]&apos;)</source>
        <translation>自訂公式需要 SymPy：pip install sympy（或 pip install &apos;actviz[formula]&apos;）</translation>
    </message>
    <message>
        <source>the formula {name!r} has no text</source>
        <translation>公式 {name!r} 沒有內容</translation>
    </message>
    <message>
        <source>the parameter ranges of {name!r} must be a mapping of name to [min, max]</source>
        <translation>{name!r} 的參數範圍必須是由名稱對應到 [min, max] 的映射</translation>
    </message>
    <message>
        <source>a parameter name of {name!r} must be text, got {p!r}</source>
        <translation>{name!r} 的參數名稱必須是文字，收到 {p!r}</translation>
    </message>
    <message>
        <source>the range of {p} must be [min, max], got {rng!r}</source>
        <translation>{p} 的範圍必須是 [min, max]，收到 {rng!r}</translation>
    </message>
    <message>
        <source>the range of {p} must be finite with min &lt; max, got [{lo:g}, {hi:g}]</source>
        <translation>{p} 的範圍必須是有限值且 min &lt; max，收到 [{lo:g}, {hi:g}]</translation>
    </message>
    <message>
        <source>expected {{&apos;text&apos;: ..., &apos;ranges&apos;: {{...}}}}</source>
        <translation>應為 {{&apos;text&apos;: ..., &apos;ranges&apos;: {{...}}}}</translation>
    </message>
    <message>
        <source>a mark is y=…, x=… or (x, y), optionally followed by a label</source>
        <translation>標記的格式為 y=…、x=… 或 (x, y)，後面可加上標籤</translation>
    </message>
    <message>
        <source>{form}; got {text!r}</source>
        <translation>{form}；收到 {text!r}</translation>
    </message>
    <message>
        <source>{form}; got {text}</source>
        <translation>{form}；收到 {text}</translation>
    </message>
    <message>
        <source>f has no finite value at x = {x}</source>
        <translation>f 在 x = {x} 處沒有有限值</translation>
    </message>
    <message>
        <source>{what} must be a number, got {v!r}</source>
        <translation>{what} 必須是數字，收到 {v!r}</translation>
    </message>
    <message>
        <source>{what} must be a finite number within ±{MAX_ABS_COORD:g}, got {v!r}</source>
        <translation>{what} 必須是 ±{MAX_ABS_COORD:g} 以內的有限數字，收到 {v!r}</translation>
    </message>
    <message>
        <source>a mark is &apos;h&apos; (y = …), &apos;v&apos; (x = …) or &apos;point&apos; (x, y), got {kind!r}</source>
        <translation>標記的類型為 &apos;h&apos; (y = …)、&apos;v&apos; (x = …) 或 &apos;point&apos; (x, y)，收到 {kind!r}</translation>
    </message>
    <message>
        <source>a {kind!r} mark is [{form}], got {count} values</source>
        <translation>{kind!r} 標記的格式為 [{form}]，收到 {count} 個值</translation>
    </message>
    <message>
        <source>a mark&apos;s label must be text, got {label!r}</source>
        <translation>標記的標籤必須是文字，收到 {label!r}</translation>
    </message>
    <message>
        <source>a mark&apos;s label must be printable text</source>
        <translation>標記的標籤必須是可顯示的文字</translation>
    </message>
    <message>
        <source>a mark&apos;s label must be at most {MAX_MARK_LABEL} characters, got {length}</source>
        <translation>標記的標籤最多 {MAX_MARK_LABEL} 個字元，收到 {length} 個</translation>
    </message>
    <message>
        <source>the line&apos;s y</source>
        <translation>直線的 y</translation>
    </message>
    <message>
        <source>the line&apos;s x</source>
        <translation>直線的 x</translation>
    </message>
    <message>
        <source>the point&apos;s x</source>
        <translation>點的 x</translation>
    </message>
    <message>
        <source>the point&apos;s y</source>
        <translation>點的 y</translation>
    </message>
    <message>
        <source>a mark&apos;s target takes &apos;panel&apos; and &apos;function&apos;, got {unknown}</source>
        <translation>標記的目標只接受 &apos;panel&apos; 與 &apos;function&apos;，收到 {unknown}</translation>
    </message>
    <message>
        <source>a mark&apos;s panel is 0 (f), 1 (f′) or 2 (f″), got {panel!r}</source>
        <translation>標記的面板為 0 (f)、1 (f′) 或 2 (f″)，收到 {panel!r}</translation>
    </message>
    <message>
        <source>a mark&apos;s function must be a function id, got {function!r}</source>
        <translation>標記的函數必須是函數 id，收到 {function!r}</translation>
    </message>
    <message>
        <source>{what} range must be two numbers, got {lo!r} and {hi!r}</source>
        <translation>{what} 的範圍必須是兩個數字，收到 {lo!r} 與 {hi!r}</translation>
    </message>
    <message>
        <source>{what} range must be finite numbers, got [{lo_f:g}, {hi_f:g}]</source>
        <translation>{what} 的範圍必須是有限數字，收到 [{lo_f:g}, {hi_f:g}]</translation>
    </message>
    <message>
        <source>{what} range must stay within ±{MAX_ABS_COORD:g}, got {v:g}</source>
        <translation>{what} 的範圍必須在 ±{MAX_ABS_COORD:g} 以內，收到 {v:g}</translation>
    </message>
    <message>
        <source>{what} min must be less than {what} max, got [{lo_f:g}, {hi_f:g}]</source>
        <translation>{what} 的最小值必須小於 {what} 的最大值，收到 [{lo_f:g}, {hi_f:g}]</translation>
    </message>
    <message>
        <source>{what} range is too narrow to draw: [{lo_f:g}, {hi_f:g}]</source>
        <translation>{what} 的範圍太窄，無法繪製：[{lo_f:g}, {hi_f:g}]</translation>
    </message>
    <message>
        <source>{what} must be one of {allowed}, got {value!r}</source>
        <translation>{what} 必須是 {allowed} 之一，收到 {value!r}</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>版面配置</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>佈景主題</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>at most {MAX_MARKS} reference marks; remove one first</source>
        <translation>最多 {MAX_MARKS} 個參考標記；請先移除一個</translation>
    </message>
    <message>
        <source>a mark must be a list such as [&apos;h&apos;, 0.25, &apos;label&apos;], got {item!r}</source>
        <translation>標記必須是像 [&apos;h&apos;, 0.25, &apos;label&apos;] 這樣的清單，收到 {item!r}</translation>
    </message>
    <message>
        <source>at most {MAX_MARKS} reference marks, got {count}</source>
        <translation>最多 {MAX_MARKS} 個參考標記，收到 {count} 個</translation>
    </message>
    <message>
        <source>at most {MAX_FORMULAS} custom formulas; delete one first</source>
        <translation>最多 {MAX_FORMULAS} 個自訂公式；請先刪除一個</translation>
    </message>
    <message>
        <source>unknown function {function_id!r}; see the list of functions</source>
        <translation>未知的函數 {function_id!r}；請參閱函數清單</translation>
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
        <translation>導數階數必須是 0、1 或 2，收到 {order!r}</translation>
    </message>
    <message>
        <source>derivatives must be 0, 1 or 2, got {n!r}</source>
        <translation>導數必須是 0、1 或 2，收到 {n!r}</translation>
    </message>
    <message>
        <source>style must be one of {allowed}, got {style!r}</source>
        <translation>樣式必須是 {allowed} 之一，收到 {style!r}</translation>
    </message>
    <message>
        <source>unknown function {fid!r}</source>
        <translation>未知的函數 {fid!r}</translation>
    </message>
    <message>
        <source>at most {MAX_OVERLAYS} functions can be pinned; remove one first</source>
        <translation>最多只能釘選 {MAX_OVERLAYS} 個函數；請先移除一個</translation>
    </message>
    <message>
        <source>probe values must be numbers, got {v!r}</source>
        <translation>取值的 x 必須是數字，收到 {v!r}</translation>
    </message>
    <message>
        <source>probe values must be numbers, got NaN</source>
        <translation>取值的 x 必須是數字，收到 NaN</translation>
    </message>
    <message>
        <source>at most 50 probe values, got {count}</source>
        <translation>最多 50 個取值點，收到 {count} 個</translation>
    </message>
    <message>
        <source>view must be one of {allowed}, got {view!r}</source>
        <translation>檢視必須是 {allowed} 之一，收到 {view!r}</translation>
    </message>
    <message>
        <source>scene caption must be text, got {kind}</source>
        <translation>場景標題必須是文字，收到 {kind}</translation>
    </message>
    <message>
        <source>scene caption must be printable text</source>
        <translation>場景標題必須是可顯示的文字</translation>
    </message>
    <message>
        <source>scene caption must be at most {MAX_CAPTION} characters, got {length}</source>
        <translation>場景標題最多 {MAX_CAPTION} 個字元，收到 {length} 個</translation>
    </message>
    <message>
        <source>not an ActViz scene: the file holds no JSON object</source>
        <translation>不是 ActViz 場景：檔案中沒有 JSON 物件</translation>
    </message>
    <message>
        <source>not an ActViz scene: it has no &quot;format&quot;: &quot;actviz-scene&quot;</source>
        <translation>不是 ActViz 場景：缺少 &quot;format&quot;: &quot;actviz-scene&quot;</translation>
    </message>
    <message>
        <source>scene version {version!r} is not one this ActViz reads (1 to {VERSION})</source>
        <translation>此版本的 ActViz 無法讀取場景版本 {version!r}（可讀取 1 到 {VERSION}）</translation>
    </message>
    <message>
        <source>scene view must be one of {allowed}, got {view!r}</source>
        <translation>場景的檢視必須是 {allowed} 之一，收到 {view!r}</translation>
    </message>
    <message>
        <source>scene &quot;display_settings&quot; must be true or false, got {display!r}</source>
        <translation>場景的 &quot;display_settings&quot; 必須是 true 或 false，收到 {display!r}</translation>
    </message>
    <message>
        <source>scene has no &quot;state&quot; object</source>
        <translation>場景沒有 &quot;state&quot; 物件</translation>
    </message>
    <message>
        <source>scene shows an unknown function {function!r}</source>
        <translation>場景顯示了未知的函數 {function!r}</translation>
    </message>
    <message>
        <source>scene refused: {problem} (and {more} more)</source>
        <translation>無法載入場景：{problem}（另有 {more} 個問題）</translation>
    </message>
    <message>
        <source>scene refused: {problem}</source>
        <translation>無法載入場景：{problem}</translation>
    </message>
    <message>
        <source>scene &quot;ui&quot; must be an object</source>
        <translation>場景的 &quot;ui&quot; 必須是物件</translation>
    </message>
    <message>
        <source>lesson must be one of {allowed}, got {name!r}</source>
        <translation>課程必須是 {allowed} 之一，收到 {name!r}</translation>
    </message>
    <message>
        <source>unknown function {function_id!r}</source>
        <translation>未知的函數 {function_id!r}</translation>
    </message>
    <message>
        <source>{what} must be a number in [{lo:g}, {hi:g}], got {value!r}</source>
        <translation>{what} 必須是 [{lo:g}, {hi:g}] 內的數字，收到 {value!r}</translation>
    </message>
    <message>
        <source>{what} must be a number in [{lo:g}, {hi:g}], got {v:g}</source>
        <translation>{what} 必須是 [{lo:g}, {hi:g}] 內的數字，收到 {v:g}</translation>
    </message>
    <message>
        <source>{what} must be a whole number in [{lo}, {hi}], got {value!r}</source>
        <translation>{what} 必須是 [{lo}, {hi}] 內的整數，收到 {value!r}</translation>
    </message>
    <message>
        <source>dataset must be one of {allowed}, got {name!r}</source>
        <translation>資料集必須是 {allowed} 之一，收到 {name!r}</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>train percentage</source>
        <translation>訓練資料比例</translation>
    </message>
    <message>
        <source>features must be a list of names from {allowed}, got {features!r}</source>
        <translation>特徵必須是取自 {allowed} 的名稱清單，收到的是 {features!r}</translation>
    </message>
    <message>
        <source>choose at least one input feature from {allowed}</source>
        <translation>請從 {allowed} 中至少選一個輸入特徵</translation>
    </message>
    <message>
        <source>features must be among {allowed}, got {name!r}</source>
        <translation>特徵必須是 {allowed} 之一，收到的是 {name!r}</translation>
    </message>
    <message>
        <source>each feature may appear once, got {features}</source>
        <translation>每個特徵只能出現一次，收到的是 {features}</translation>
    </message>
    <message>
        <source>layers must be a list of neuron counts, got {layers!r}</source>
        <translation>隱藏層必須是各層神經元數的清單，收到 {layers!r}</translation>
    </message>
    <message>
        <source>there must be 0 to {MAX_LAYERS} hidden layers, got {count}</source>
        <translation>隱藏層必須是 0 到 {MAX_LAYERS} 層，收到的是 {count}</translation>
    </message>
    <message>
        <source>neurons per layer</source>
        <translation>每層神經元數</translation>
    </message>
    <message>
        <source>{what} must be true or false, got {value!r}</source>
        <translation>{what} 必須是 true 或 false，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>show test data</source>
        <translation>顯示測試資料</translation>
    </message>
    <message>
        <source>discretize output</source>
        <translation>離散化輸出</translation>
    </message>
    <message>
        <source>regularisation must be one of {allowed}, got {kind!r}</source>
        <translation>正規化必須是 {allowed} 之一，收到 {kind!r}</translation>
    </message>
    <message>
        <source>regularisation rate</source>
        <translation>正規化強度</translation>
    </message>
    <message>
        <source>{label} is already in the comparison</source>
        <translation>{label} 已在比較中</translation>
    </message>
    <message>
        <source>keep at least one activation to train</source>
        <translation>請至少保留一個要訓練的激勵函數</translation>
    </message>
    <message>
        <source>selected network</source>
        <translation>選取的網路</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>loss threshold</source>
        <translation>損失門檻</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>回合數</translation>
    </message>
    <message>
        <source>set-up refused: {key} must be 0 or 1, got {text!r}</source>
        <translation>設定遭拒：{key} 必須是 0 或 1，收到的是 {text!r}</translation>
    </message>
    <message>
        <source>set-up refused: unbalanced parentheses in {text!r}</source>
        <translation>設定遭拒：{text!r} 中的括號不成對</translation>
    </message>
    <message>
        <source>set-up refused: activation {item!r} must read id(name=value;...)</source>
        <translation>設定遭拒：激活函數 {item!r} 必須寫成 id(name=value;...)</translation>
    </message>
    <message>
        <source>set-up refused: activation parameter {text!r} must read name=value</source>
        <translation>設定遭拒：激活函數參數 {text!r} 必須寫成 name=value</translation>
    </message>
    <message>
        <source>set-up refused: activation parameter {name!r} given twice</source>
        <translation>設定遭拒：激活函數參數 {name!r} 出現兩次</translation>
    </message>
    <message>
        <source>set-up refused: a set-up is text, got {kind}</source>
        <translation>設定遭拒：設定必須是文字，收到的是 {kind}</translation>
    </message>
    <message>
        <source>set-up refused: longer than {limit} characters</source>
        <translation>設定遭拒：超過 {limit} 個字元</translation>
    </message>
    <message>
        <source>not an ActViz set-up: it does not start with {prefix}</source>
        <translation>不是 ActViz 設定：開頭不是 {prefix}</translation>
    </message>
    <message>
        <source>set-up refused: {key!r} has no value</source>
        <translation>設定遭拒：{key!r} 沒有值</translation>
    </message>
    <message>
        <source>set-up refused: unknown key {key!r}</source>
        <translation>設定遭拒：未知的鍵 {key!r}</translation>
    </message>
    <message>
        <source>set-up refused: {key} given twice</source>
        <translation>設定遭拒：{key} 出現兩次</translation>
    </message>
    <message>
        <source>set-up refused: {key} holds a character that is not printable</source>
        <translation>設定遭拒：{key} 含有無法顯示的字元</translation>
    </message>
    <message>
        <source>set-up refused: a %-escape that is not UTF-8</source>
        <translation>設定遭拒：% 跳脫序列不是 UTF-8</translation>
    </message>
    <message>
        <source>set-up refused: {problem} (and {more} more)</source>
        <translation>設定遭拒：{problem}（另有 {more} 項）</translation>
    </message>
    <message>
        <source>set-up refused: {problem}</source>
        <translation>設定遭拒：{problem}</translation>
    </message>
</context>
<context>
    <name>TrainSession</name>
    <message>
        <source>restarted: new data</source>
        <translation>重新開始：新資料</translation>
    </message>
    <message>
        <source>restarted: new layers</source>
        <translation>重新開始：新的層</translation>
    </message>
    <message>
        <source>restarted: new input features</source>
        <translation>重新開始：新的輸入特徵</translation>
    </message>
    <message>
        <source>restarted: new activations</source>
        <translation>重新開始：新的激活函數</translation>
    </message>
    <message>
        <source>back to epoch 0</source>
        <translation>回到第 0 輪</translation>
    </message>
    <message>
        <source>restarted: the article&apos;s race</source>
        <translation>重新開始：文章中的比賽</translation>
    </message>
    <message>
        <source>new data: seed {seed}</source>
        <translation>新資料：種子 {seed}</translation>
    </message>
    <message>
        <source>Cannot train this set-up: {error}</source>
        <translation>無法訓練這個設定：{error}</translation>
    </message>
    <message>
        <source>Cannot run this study: {error}</source>
        <translation>無法執行這項研究：{error}</translation>
    </message>
    <message>
        <source>The study failed: {error}</source>
        <translation>研究失敗：{error}</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>Data and network</source>
        <translation>資料與網路</translation>
    </message>
    <message>
        <source>Every network&apos;s map</source>
        <translation>每個網路的分類圖</translation>
    </message>
    <message>
        <source>Click a map to show that network</source>
        <translation>按一下分類圖以顯示該網路</translation>
    </message>
    <message>
        <source>plane (regression)</source>
        <translation>平面（迴歸）</translation>
    </message>
    <message>
        <source>multi-gaussian (regression)</source>
        <translation>多重高斯（迴歸）</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新產生</translation>
    </message>
    <message>
        <source>New data from the next seed (the run starts again)</source>
        <translation>用下一個種子產生新資料（訓練重新開始）</translation>
    </message>
    <message>
        <source>The inputs the network sees; at least one stays on</source>
        <translation>網路看到的輸入；至少要保留一個</translation>
    </message>
    <message>
        <source>One hidden layer fewer (down to none)</source>
        <translation>少一個隱藏層（最少為零）</translation>
    </message>
    <message>
        <source>One hidden layer more (up to {n})</source>
        <translation>多一個隱藏層（最多 {n} 層）</translation>
    </message>
    <message>
        <source>One neuron fewer in this layer</source>
        <translation>這一層少一個神經元</translation>
    </message>
    <message>
        <source>One neuron more in this layer (up to {n})</source>
        <translation>這一層多一個神經元（最多 {n} 個）</translation>
    </message>
    <message>
        <source>Neurons per hidden layer, e.g. 3, 3 (0 to 6 layers of 1 to 8 neurons; none for no hidden layer)</source>
        <translation>每個隱藏層的神經元數，例如 3, 3（0 到 6 層，每層 1 到 8 個；none 表示沒有隱藏層）</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>訓練資料</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特徵</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隱藏層</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Activations to compare</source>
        <translation>要比較的激勵函數</translation>
    </message>
    <message>
        <source>Add the function shown</source>
        <translation>加入目前顯示的函數</translation>
    </message>
    <message>
        <source>The function view&apos;s function, with its current parameters</source>
        <translation>函數檢視中的函數，連同目前的參數</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Article race: sigmoid vs tanh vs ReLU</source>
        <translation>論文競賽：sigmoid、tanh 與 ReLU</translation>
    </message>
    <message>
        <source>Circle data, 2×3 network, learning rate 0.03, batch 10, no noise; then play</source>
        <translation>圓形資料、2×3 網路、學習率 0.03、批次 10、無雜訊；然後開始播放</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause training (Space while the Train view is shown)</source>
        <translation>開始或暫停訓練（顯示訓練檢視時按空白鍵）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>單步</translation>
    </message>
    <message>
        <source>One epoch</source>
        <translation>一個回合</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Back to epoch 0, the same initial weights</source>
        <translation>回到第 0 回合，使用相同的初始權重</translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation>第 {n} 回合</translation>
    </message>
    <message>
        <source>Epochs per second while playing (Ctrl+Down slower, Ctrl+Up faster)</source>
        <translation>播放時每秒的輪數（Ctrl+Down 變慢，Ctrl+Up 變快）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>顯示測試資料</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>離散化輸出</translation>
    </message>
    <message>
        <source>The map shows only the output&apos;s sign: the two class colours</source>
        <translation>分類圖只顯示輸出的正負號：兩種類別顏色</translation>
    </message>
    <message>
        <source>Network diagram instead of the losses</source>
        <translation>以網路圖取代損失曲線</translation>
    </message>
    <message>
        <source>A wider window shows the diagram beside the losses</source>
        <translation>視窗較寬時，網路圖會顯示在損失曲線旁</translation>
    </message>
    <message>
        <source>Fair comparison: for a given seed every activation starts from the same data and the same initial weights.</source>
        <translation>公平比較：在同一個種子下，每個激勵函數都從相同的資料與相同的初始權重開始。</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>決策邊界</translation>
    </message>
    <message>
        <source>Loss (solid: test, dashed: training)</source>
        <translation>損失（實線：測試，虛線：訓練）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>回合</translation>
    </message>
    <message>
        <source>Convergence study</source>
        <translation>收斂研究</translation>
    </message>
    <message>
        <source>Seeds per activation</source>
        <translation>每個激勵函數的種子數</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>回合數</translation>
    </message>
    <message>
        <source>Converged when test loss &lt;</source>
        <translation>測試損失低於此值即視為收斂 &lt;</translation>
    </message>
    <message>
        <source>Run study</source>
        <translation>執行研究</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>no study of this set-up yet</source>
        <translation>這個設定尚未研究</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激勵函數</translation>
    </message>
    <message>
        <source>median
[IQR]</source>
        <translation>中位數
[四分位距]</translation>
    </message>
    <message>
        <source>conv.</source>
        <translation>收斂</translation>
    </message>
    <message>
        <source>speed-
up</source>
        <translation>加速
倍數</translation>
    </message>
    <message>
        <source>median epochs to the threshold [interquartile range]</source>
        <translation>達到門檻所需回合數的中位數 [四分位距]</translation>
    </message>
    <message>
        <source>seeds that converged / seeds run</source>
        <translation>收斂的種子數／執行的種子數</translation>
    </message>
    <message>
        <source>the first activation&apos;s median over this one&apos;s</source>
        <translation>第一個激勵函數的中位數除以此激勵函數的中位數</translation>
    </message>
    <message>
        <source>Loss CSV…</source>
        <translation>損失 CSV…</translation>
    </message>
    <message>
        <source>Study CSV…</source>
        <translation>研究 CSV…</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>圖片…</translation>
    </message>
    <message>
        <source>Features refused: {error}</source>
        <translation>特徵遭拒：{error}</translation>
    </message>
    <message>
        <source>Copied the set-up: paste it with Edit → Paste set-up or give it to actviz --open</source>
        <translation>已複製設定：用「編輯 → 貼上設定」貼上，或交給 actviz --open</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>converged: &lt; {threshold}</source>
        <translation>收斂：&lt; {threshold}</translation>
    </message>
    <message>
        <source>Output: {label}</source>
        <translation>輸出：{label}</translation>
    </message>
    <message>
        <source>Decision boundary: {label}</source>
        <translation>決策邊界：{label}</translation>
    </message>
    <message>
        <source>{done} of {total} epochs</source>
        <translation>{done} / {total} 個回合</translation>
    </message>
    <message>
        <source>Study cancelled before it started.</source>
        <translation>研究在開始前已取消。</translation>
    </message>
    <message>
        <source>Study cancelled after {n} of {total} epochs: the table is partial.</source>
        <translation>研究在第 {n} 個回合後取消（共 {total} 個回合）：表格不完整。</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <source>Export loss curves</source>
        <translation>匯出損失曲線</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 檔 (*.csv)</translation>
    </message>
    <message>
        <source>Export study</source>
        <translation>匯出研究</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>匯出圖片</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg)</source>
        <translation>PNG 圖片 (*.png);;SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>{label} {loss}</source>
        <translation>{label} {loss}</translation>
    </message>
    <message>
        <source>No hidden layer: the input features alone do the work (a linear model of them)</source>
        <translation>沒有隱藏層：只靠輸入特徵完成工作（它們的線性模型）</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>沒有隱藏層</translation>
    </message>
    <message>
        <source>1 hidden layer: {sizes}</source>
        <translation>1 個隱藏層：{sizes}</translation>
    </message>
    <message>
        <source>{n} hidden layers: {sizes}</source>
        <translation>{n} 個隱藏層：{sizes}</translation>
    </message>
    <message>
        <source>as fast as it goes</source>
        <translation>盡可能快</translation>
    </message>
    <message>
        <source>{n} epochs/s</source>
        <translation>每秒 {n} 輪</translation>
    </message>
    <message>
        <source>{label} {loss} (below {threshold} at epoch {epoch})</source>
        <translation>{label} {loss}（在第 {epoch} 輪低於 {threshold}）</translation>
    </message>
    <message>
        <source>epoch {epoch} · test loss: {losses}</source>
        <translation>第 {epoch} 回合 · 測試損失：{losses}</translation>
    </message>
    <message>
        <source>{label} not yet</source>
        <translation>{label} 尚未</translation>
    </message>
    <message>
        <source>{label} {epochs}</source>
        <translation>{label} {epochs}</translation>
    </message>
    <message>
        <source>this run (seed {seed}), epochs to test loss &lt; {threshold} ({percent}% of predicting 0): {results}</source>
        <translation>本次執行（種子 {seed}）：測試損失降到 &lt; {threshold}（為預測 0 的 {percent}%）所需回合數：{results}</translation>
    </message>
    <message>
        <source>this run (seed {seed}), epochs to test loss &lt; {threshold:g}: {results}</source>
        <translation>本次執行（種子 {seed}）：測試損失降到 &lt; {threshold:g} 所需回合數：{results}</translation>
    </message>
    <message>
        <source>Run study for the median over {seeds} seeds</source>
        <translation>執行研究以取得 {seeds} 個種子的中位數</translation>
    </message>
    <message>
        <source>{label} not converged</source>
        <translation>{label} 未收斂</translation>
    </message>
    <message>
        <source>{faster} {ratio} faster than {slower}</source>
        <translation>{faster} 比 {slower} 快 {ratio}</translation>
    </message>
    <message>
        <source>study, {n} seeds: medians {medians} epochs</source>
        <translation>研究，{n} 個種子：中位數回合數 {medians}</translation>
    </message>
    <message>
        <source>study, {n} seeds: medians {medians} epochs; {ratios}</source>
        <translation>研究，{n} 個種子：中位數回合數 {medians}；{ratios}</translation>
    </message>
    <message>
        <source>Partial study: stopped at epoch {epochs} of {requested} ({seeds} seeds each); counts are as of that epoch</source>
        <translation>部分研究：停在第 {epochs} 回合（共 {requested} 回合，每種 {seeds} 個種子）；數字以該回合為準</translation>
    </message>
    <message>
        <source>{seeds} seeds × {epochs} epochs each; converged = test loss &lt; {threshold:g}</source>
        <translation>每種 {seeds} 個種子 × {epochs} 回合；收斂 = 測試損失 &lt; {threshold:g}</translation>
    </message>
    <message>
        <source>not by {epochs}</source>
        <translation>{epochs} 回合內未達</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>未收斂</translation>
    </message>
</context>
</TS>
