<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <source>Shortcuts</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>circle</source>
        <translation>원</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>two gaussians</source>
        <translation>두 가우시안</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
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
        <translation>비교</translation>
    </message>
    <message>
        <source>Pin current function</source>
        <translation>현재 함수 고정</translation>
    </message>
    <message>
        <source>Keep the current function, with its parameters, as an overlay  (Ctrl+P)</source>
        <translation>현재 함수를 매개변수와 함께 겹쳐 그리기로 남깁니다  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pinned functions: solid line f, dashed line f′ (when f′ is shown)</source>
        <translation>고정된 함수: 실선은 f, 점선은 f′ (f′를 표시할 때)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>모두 지우기</translation>
    </message>
</context>
<context>
    <name>CurveControls</name>
    <message>
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <source>Show {name}  (key {key})</source>
        <translation>{name} 표시  (키 {key})</translation>
    </message>
    <message>
        <source>Boxed plot</source>
        <translation>상자형 그래프</translation>
    </message>
    <message>
        <source>Axes through origin</source>
        <translation>원점을 지나는 축</translation>
    </message>
    <message>
        <source>Boxed, or axes through (0, 0) with no box  (key O)</source>
        <translation>상자형, 또는 상자 없이 (0, 0)을 지나는 축  (키 O)</translation>
    </message>
</context>
<context>
    <name>Depth presets</name>
    <message>
        <source>Sigmoid, 30 layers, Xavier: the gradient vanishes</source>
        <translation>Sigmoid, 30층, Xavier: 기울기가 사라짐</translation>
    </message>
    <message>
        <source>Tanh, 30 layers, Xavier: it holds</source>
        <translation>Tanh, 30층, Xavier: 유지됨</translation>
    </message>
    <message>
        <source>ReLU, 30 layers, He: it holds (some units dead)</source>
        <translation>ReLU, 30층, He: 유지됨 (일부 유닛은 죽음)</translation>
    </message>
    <message>
        <source>ReLU, 30 layers, Xavier: it fades</source>
        <translation>ReLU, 30층, Xavier: 점점 약해짐</translation>
    </message>
    <message>
        <source>Sigmoid with residual connections: it holds</source>
        <translation>잔차 연결을 쓴 Sigmoid: 유지됨</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>Network at initialisation</source>
        <translation>초기화 시점의 신경망</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Weight scale</source>
        <translation>가중치 배율</translation>
    </message>
    <message>
        <source>σ&lt;sub&gt;b&lt;/sub&gt;²: biases drawn from N(0, σ&lt;sub&gt;b&lt;/sub&gt;²); a click on the map sets it</source>
        <translation>σ&lt;sub&gt;b&lt;/sub&gt;²: 편향은 N(0, σ&lt;sub&gt;b&lt;/sub&gt;²)에서 뽑습니다; 지도를 클릭하면 설정됩니다</translation>
    </message>
    <message>
        <source>Bias variance σ&lt;sub&gt;b&lt;/sub&gt;²</source>
        <translation>편향 분산 σ&lt;sub&gt;b&lt;/sub&gt;²</translation>
    </message>
    <message>
        <source>residual connections (h + f(Wh))</source>
        <translation>잔차 연결 (h + f(Wh))</translation>
    </message>
    <message>
        <source>Seeds (median, band)</source>
        <translation>시드 수 (중앙값, 범위)</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Add the function shown</source>
        <translation>표시된 함수 추가</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Lecture presets (keys 1–5)</source>
        <translation>강의용 프리셋 (키 1–5)</translation>
    </message>
    <message>
        <source>Layers CSV…</source>
        <translation>층별 CSV…</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>그림…</translation>
    </message>
    <message>
        <source>layer (1 = next to the input)</source>
        <translation>층 (1 = 입력 바로 다음)</translation>
    </message>
    <message>
        <source>Gradient reaching each layer</source>
        <translation>각 층에 도달하는 기울기</translation>
    </message>
    <message>
        <source>Gradient per layer</source>
        <translation>층별 기울기</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>activation value</source>
        <translation>활성화 값</translation>
    </message>
    <message>
        <source>Edge of chaos</source>
        <translation>혼돈의 가장자리</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n}개 층</translation>
    </message>
    <message>
        <source>lines: ‖∂L/∂W‖ (band: seeds)</source>
        <translation>선: ‖∂L/∂W‖ (띠: 시드)</translation>
    </message>
    <message>
        <source>Edge of chaos without the residual path: {label}</source>
        <translation>잔차 경로가 없는 혼돈의 가장자리: {label}</translation>
    </message>
    <message>
        <source>Without the residual path: {label}</source>
        <translation>잔차 경로 없이: {label}</translation>
    </message>
    <message>
        <source>Edge of chaos: {label}</source>
        <translation>혼돈의 가장자리: {label}</translation>
    </message>
    <message>
        <source>Activation values per layer: {label}</source>
        <translation>층별 활성화 값: {label}</translation>
    </message>
    <message>
        <source>Activation values: {label}</source>
        <translation>활성화 값: {label}</translation>
    </message>
    <message>
        <source>Export per-layer data</source>
        <translation>층별 데이터 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 벡터 (*.svg)</translation>
    </message>
    <message>
        <source>dots: ‖∂L/∂h‖ measured · dashed: its mean-field theory</source>
        <translation>점: 측정한 ‖∂L/∂h‖ · 점선: 그 평균장 이론</translation>
    </message>
    <message>
        <source>map: χ₁, blue vanishes, red explodes, black line χ₁ = 1, star: this network</source>
        <translation>지도: χ₁, 파랑은 소실, 빨강은 폭발, 검은 선 χ₁ = 1, 별: 이 네트워크</translation>
    </message>
    <message>
        <source>vanishing</source>
        <translation>소실</translation>
    </message>
    <message>
        <source>exploding</source>
        <translation>폭발</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>vanishing, uniformly: the forward signal shrinks too</source>
        <translation>소실, 모든 층에서 고르게: 순방향 신호도 줄어듦</translation>
    </message>
    <message>
        <source>vanishing: the gradient shrinks on its way down</source>
        <translation>소실: 기울기가 아래로 전달되며 줄어듦</translation>
    </message>
    <message>
        <source>exploding, uniformly: the forward signal grows too</source>
        <translation>폭발, 모든 층에서 고르게: 순방향 신호도 커짐</translation>
    </message>
    <message>
        <source>exploding: the gradient grows on its way down</source>
        <translation>폭발: 기울기가 아래로 전달되며 커짐</translation>
    </message>
    <message>
        <source>{label}: no gradient reaches the layers</source>
        <translation>{label}: 층에 도달하는 기울기가 없음</translation>
    </message>
    <message>
        <source>{percent:.0f} % of units dead</source>
        <translation>유닛의 {percent:.0f}%가 죽음</translation>
    </message>
    <message>
        <source>{percent:.0f} % saturated</source>
        <translation>{percent:.0f}% 포화</translation>
    </message>
    <message>
        <source>{label}: {verdict} · gradient ×{factor:.2f} per layer (theory ×{theory:.2f}) · layer 1: {first:.1e}</source>
        <translation>{label}: {verdict} · 기울기 층마다 ×{factor:.2f} (이론 ×{theory:.2f}) · 1층: {first:.1e}</translation>
    </message>
    <message>
        <source>{label}: {verdict} · layer 1 gradient: {first:.1e}</source>
        <translation>{label}: {verdict} · 1층 기울기: {first:.1e}</translation>
    </message>
    <message>
        <source>{line} ({details})</source>
        <translation>{line} ({details})</translation>
    </message>
    <message>
        <source>Cannot compute this set-up: {e}</source>
        <translation>이 설정은 계산할 수 없습니다: {e}</translation>
    </message>
    <message>
        <source>The depth computation failed: {message}</source>
        <translation>깊이 계산에 실패했습니다: {message}</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>A bias must be a number between −1e6 and 1e6, not “{text}”.</source>
        <translation>편향은 −1e6과 1e6 사이의 수여야 합니다. “{text}”은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>A weight must be a number between −1e6 and 1e6, not “{text}”.</source>
        <translation>가중치는 −1e6과 1e6 사이의 수여야 합니다. “{text}”은(는) 안 됩니다.</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>{n}층</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>{dead}/{n} dead</source>
        <translation>{dead}/{n}개 죽음</translation>
    </message>
    <message>
        <source>|f′| {value}</source>
        <translation>|f′| {value}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>layer {layer} neuron {neuron}</source>
        <translation>{layer}층 뉴런 {neuron}</translation>
    </message>
    <message>
        <source>Weight {value}</source>
        <translation>가중치 {value}</translation>
    </message>
    <message>
        <source>Click to type a new weight.</source>
        <translation>클릭해서 새 가중치를 입력하세요.</translation>
    </message>
    <message>
        <source>Bias {value}</source>
        <translation>편향 {value}</translation>
    </message>
    <message>
        <source>Click to type a new bias.</source>
        <translation>클릭해서 새 편향을 입력하세요.</translation>
    </message>
    <message>
        <source>on the map: {low} … {high}</source>
        <translation>지도 위 범위: {low} … {high}</translation>
    </message>
    <message>
        <source>Input feature {name}</source>
        <translation>입력 특성 {name}</translation>
    </message>
    <message>
        <source>Dead: it outputs 0 on every training point.</source>
        <translation>죽음: 모든 학습 점에서 0을 출력합니다.</translation>
    </message>
    <message>
        <source>Enter: apply · Esc: cancel</source>
        <translation>Enter: 적용 · Esc: 취소</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong in the Function view; it has been logged (Help → Error log).</source>
        <translation>함수 보기에서 문제가 발생했습니다. 기록해 두었습니다 (도움말 → 오류 로그).</translation>
    </message>
    <message>
        <source>Something went wrong in the Train view; it has been logged (Help → Error log).</source>
        <translation>학습 보기에서 문제가 발생했습니다. 기록해 두었습니다 (도움말 → 오류 로그).</translation>
    </message>
    <message>
        <source>Something went wrong in the Depth view; it has been logged (Help → Error log).</source>
        <translation>깊이 보기에서 문제가 발생했습니다. 기록해 두었습니다 (도움말 → 오류 로그).</translation>
    </message>
    <message>
        <source>Something went wrong; it has been logged (Help → Error log).</source>
        <translation>문제가 발생했습니다. 기록해 두었습니다 (도움말 → 오류 로그).</translation>
    </message>
</context>
<context>
    <name>FormulaEditor</name>
    <message>
        <source>Edit formula</source>
        <translation>수식 편집</translation>
    </message>
    <message>
        <source>New formula</source>
        <translation>새 수식</translation>
    </message>
    <message>
        <source>Start from an example…</source>
        <translation>예제에서 시작…</translation>
    </message>
    <message>
        <source>Pick an example to start from; it fills in the name and the formula</source>
        <translation>시작할 예제를 고르면 이름과 수식이 채워집니다</translation>
    </message>
    <message>
        <source>Letters, digits and _, starting with a letter; shown in the selector</source>
        <translation>문자, 숫자, _로 이루어지고 문자로 시작; 함수 선택 목록에 표시됩니다</translation>
    </message>
    <message>
        <source>A formula in x. Every other name is a parameter with a slider. Functions: exp, log, sqrt, abs, sigmoid, softplus, relu, tanh, erf, min, max, clip, where(cond, a, b), and every catalog function by id, e.g. elu(x, alpha=a)</source>
        <translation>x에 대한 수식. 다른 이름은 모두 슬라이더가 있는 매개변수입니다. 함수: exp, log, sqrt, abs, sigmoid, softplus, relu, tanh, erf, min, max, clip, where(cond, a, b), 그리고 id로 부르는 모든 카탈로그 함수 (예: elu(x, alpha=a))</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>min</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <source>max</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <source>The slider range of each parameter; edit min and max to change it</source>
        <translation>각 매개변수의 슬라이더 범위; 최솟값과 최댓값을 편집해 바꿉니다</translation>
    </message>
    <message>
        <source>Save formula</source>
        <translation>수식 저장</translation>
    </message>
    <message>
        <source>Add formula</source>
        <translation>수식 추가</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>예제(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Formula  f(x) =</source>
        <translation>수식(&amp;F)  f(x) =</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Not valid: the preview shows the last formula that was.</source>
        <translation>유효하지 않음: 미리 보기에는 마지막으로 유효했던 수식이 표시됩니다.</translation>
    </message>
    <message>
        <source>f, f′ and f″ at the parameters&apos; defaults (built in {took})</source>
        <translation>매개변수 기본값에서의 f, f′, f″ ({took} 만에 생성)</translation>
    </message>
    <message>
        <source>Give the formula a name, e.g. swish_beta</source>
        <translation>수식 이름을 정하세요. 예: swish_beta</translation>
    </message>
    <message>
        <source>There is already a formula called {name}; choose another name</source>
        <translation>{name}(이)라는 수식이 이미 있습니다. 다른 이름을 고르세요</translation>
    </message>
    <message>
        <source>Swish with β (SiLU at β = 1)</source>
        <translation>β가 있는 Swish (β = 1이면 SiLU)</translation>
    </message>
    <message>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <source>ReLU shifted by s and clipped at 6</source>
        <translation>s만큼 이동하고 6에서 자른 ReLU</translation>
    </message>
    <message>
        <source>ELU written with where</source>
        <translation>where로 쓴 ELU</translation>
    </message>
    <message>
        <source>GELU, tanh approximation</source>
        <translation>GELU, tanh 근사</translation>
    </message>
    <message>
        <source>Leaky ReLU from max and min (f′(0) = 0)</source>
        <translation>max와 min으로 만든 Leaky ReLU (f′(0) = 0)</translation>
    </message>
    <message>
        <source>softplus with β (made stable)</source>
        <translation>β가 있는 softplus (수치적으로 안정화)</translation>
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
        <translation>오른쪽은 Swish, 왼쪽은 ELU</translation>
    </message>
    <message>
        <source>Parameters: {found}</source>
        <translation>매개변수: {found}</translation>
    </message>
    <message>
        <source>Note: {name} is a parameter (a slider), not a variable; did you mean x?</source>
        <translation>참고: {name}은(는) 변수가 아니라 매개변수(슬라이더)입니다. x를 말한 건가요?</translation>
    </message>
    <message>
        <source>Parameters: none</source>
        <translation>매개변수: 없음</translation>
    </message>
    <message>
        <source>Note: the formula does not use x, so its curve is flat</source>
        <translation>참고: 수식에 x가 없어서 곡선이 평평합니다</translation>
    </message>
    <message>
        <source>Warning: {note}</source>
        <translation>경고: {note}</translation>
    </message>
</context>
<context>
    <name>FormulaMenu</name>
    <message>
        <source>&amp;New formula…</source>
        <translation>새 수식(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit formula…</source>
        <translation>수식 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete formula</source>
        <translation>수식 삭제(&amp;L)</translation>
    </message>
    <message>
        <source>Custom formulas are not available here: {need}</source>
        <translation>여기서는 사용자 정의 수식을 쓸 수 없습니다: {need}</translation>
    </message>
    <message>
        <source>Edit formula changes a custom formula: choose one under “custom” first</source>
        <translation>‘수식 편집’은 사용자 정의 수식을 바꿉니다: 먼저 “custom” 아래에서 하나를 고르세요</translation>
    </message>
    <message>
        <source>Delete formula removes a custom formula: choose one under “custom” first</source>
        <translation>‘수식 삭제’는 사용자 정의 수식을 제거합니다: 먼저 “custom” 아래에서 하나를 고르세요</translation>
    </message>
    <message>
        <source>Delete formula</source>
        <translation>수식 삭제</translation>
    </message>
    <message>
        <source>Delete the formula {name}? Pins and Train/Depth entries that use it go too.</source>
        <translation>수식 {name}을(를) 삭제할까요? 이 수식을 쓰는 고정된 함수와 학습/깊이 항목도 함께 삭제됩니다.</translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <source>At kinks:</source>
        <translation>꺾이는 점에서:</translation>
    </message>
    <message>
        <source>Kinks:</source>
        <translation>꺾이는 점:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>성질:</translation>
    </message>
</context>
<context>
    <name>FunctionSelector</name>
    <message>
        <source>Choose a function (type to search; PageUp/PageDown for previous/next)</source>
        <translation>함수 선택 (입력해서 검색; PageUp/PageDown으로 이전/다음)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time ActViz starts.</source>
        <translation>다음에 ActViz를 시작하면 화면이 {language}(으)로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1. ReLU vs Leaky ReLU: the dead gradient</source>
        <translation>1. ReLU 대 Leaky ReLU: 죽은 기울기</translation>
    </message>
    <message>
        <source>2. Sigmoid vs tanh: saturation (σ′ peaks at 0.25, tanh′ at 1)</source>
        <translation>2. Sigmoid 대 tanh: 포화 (σ′의 최댓값은 0.25, tanh′는 1)</translation>
    </message>
    <message>
        <source>3. The convergence race: sigmoid vs tanh vs ReLU</source>
        <translation>3. 수렴 경주: sigmoid 대 tanh 대 ReLU</translation>
    </message>
    <message>
        <source>ReLU&apos;s gradient is exactly 0 for x &lt; 0: those units stop learning</source>
        <translation>x &lt; 0에서 ReLU의 기울기는 정확히 0: 그 유닛들은 학습을 멈춥니다</translation>
    </message>
    <message>
        <source>σ′ never exceeds 0.25; tanh′ reaches 1</source>
        <translation>σ′는 0.25를 넘지 않고, tanh′는 1에 이릅니다</translation>
    </message>
    <message>
        <source>tanh is about 10× faster than sigmoid, ReLU about 2× faster than tanh</source>
        <translation>tanh는 sigmoid보다 약 10× 빠르고, ReLU는 tanh보다 약 2× 빠릅니다</translation>
    </message>
    <message>
        <source>ReLU′ = 0 to the left</source>
        <translation>왼쪽은 ReLU′ = 0</translation>
    </message>
    <message>
        <source>σ′ max</source>
        <translation>σ′ 최대</translation>
    </message>
    <message>
        <source>tanh′ max</source>
        <translation>tanh′ 최대</translation>
    </message>
</context>
<context>
    <name>LookMenus</name>
    <message>
        <source>&amp;Normal</source>
        <translation>보통(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>크게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Huge</source>
        <translation>아주 크게(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
    <message>
        <source>Projector &amp;scale</source>
        <translation>프로젝터 배율(&amp;S)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>더 크게</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>더 작게</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Next theme</source>
        <translation>다음 테마</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Function&lt;/b&gt;</source>
        <translation>&lt;b&gt;함수&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>함수</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <source>The gradient that reaches each layer of a deep network  (Ctrl+3)</source>
        <translation>깊은 신경망의 각 층에 도달하는 기울기  (Ctrl+3)</translation>
    </message>
    <message>
        <source>See an activation, its derivatives and kinks  (Ctrl+1)</source>
        <translation>활성화 함수와 그 도함수, 꺾이는 점 보기  (Ctrl+1)</translation>
    </message>
    <message>
        <source>Train small networks with any activation and race them  (Ctrl+2)</source>
        <translation>원하는 활성화 함수로 작은 신경망을 학습시키고 경주시키기  (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;figure…</source>
        <translation>그림 내보내기(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;data (CSV)…</source>
        <translation>데이터 내보내기 (CSV)(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open scene…</source>
        <translation>장면 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;scene…</source>
        <translation>장면 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>편집(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Copy set-up</source>
        <translation>설정 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste set-up</source>
        <translation>설정 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>함수(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Next function</source>
        <translation>다음 함수(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous function</source>
        <translation>이전 함수(&amp;P)</translation>
    </message>
    <message>
        <source>Parameter step &amp;down</source>
        <translation>매개변수 한 단계 감소(&amp;D)</translation>
    </message>
    <message>
        <source>Parameter step &amp;up</source>
        <translation>매개변수 한 단계 증가(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Animate the first parameter</source>
        <translation>첫 번째 매개변수 애니메이션(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Trace the family</source>
        <translation>함수족 자취 남기기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pin for comparison</source>
        <translation>비교용으로 고정(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Clear pinned</source>
        <translation>고정 해제(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mark the point under the mouse</source>
        <translation>마우스 아래의 점 표시(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Function view</source>
        <translation>함수 보기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Train view</source>
        <translation>학습 보기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Depth view</source>
        <translation>깊이 보기(&amp;D)</translation>
    </message>
    <message>
        <source>Show/hide {name}</source>
        <translation>{name} 표시/숨기기</translation>
    </message>
    <message>
        <source>Boxed / axes through &amp;origin</source>
        <translation>상자형 / 원점을 지나는 축(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>보기 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Formula panel</source>
        <translation>수식 패널(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>발표 모드 나가기</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>재생/일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;One epoch</source>
        <translation>에포크 한 번(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>초기화(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>빠르게(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>느리게(&amp;S)</translation>
    </message>
    <message>
        <source>Article &amp;race: sigmoid vs tanh vs ReLU</source>
        <translation>논문의 경주: sigmoid 대 tanh 대 ReLU(&amp;R)</translation>
    </message>
    <message>
        <source>Run convergence &amp;study</source>
        <translation>수렴 연구 실행(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation>깊이(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>시작하기(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Error log…</source>
        <translation>오류 로그(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;About ActViz</source>
        <translation>ActViz 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>레이아웃(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Overlay: one plot</source>
        <translation>겹치기: 그래프 하나(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Stacked panels: f, f′, f″ sharing x</source>
        <translation>쌓인 패널: x축을 공유하는 f, f′, f″(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Grid: the function and its pins side by side</source>
        <translation>격자: 함수와 고정한 함수를 나란히(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next layout</source>
        <translation>다음 레이아웃(&amp;N)</translation>
    </message>
    <message>
        <source>PNG image, as on screen (*.png)</source>
        <translation>PNG 이미지, 화면 그대로 (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 1920×1080 (*.png)</source>
        <translation>PNG 이미지, 1920×1080 (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 3840×2160 (*.png)</source>
        <translation>PNG 이미지, 3840×2160 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector (*.svg)</source>
        <translation>SVG 벡터 (*.svg)</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Could not open the scene {name}: {error}</source>
        <translation>장면 {name}을(를) 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Could not open the lesson {name}: {error}</source>
        <translation>수업 {name}을(를) 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Open scene</source>
        <translation>장면 열기</translation>
    </message>
    <message>
        <source>ActViz scenes (*.actviz);;All files (*)</source>
        <translation>ActViz 장면 (*.actviz);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Include display settings (theme and scale)</source>
        <translation>표시 설정 포함 (테마와 배율)</translation>
    </message>
    <message>
        <source>Opening the scene then also sets the theme and scale; without it the room keeps its own.</source>
        <translation>장면을 열 때 테마와 배율도 함께 설정됩니다. 끄면 강의실의 현재 설정이 유지됩니다.</translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation>장면 저장</translation>
    </message>
    <message>
        <source>ActViz scenes (*.actviz)</source>
        <translation>ActViz 장면 (*.actviz)</translation>
    </message>
    <message>
        <source>In a text box</source>
        <translation>텍스트 상자에서</translation>
    </message>
    <message>
        <source>Keys without Ctrl act on the view that is shown; the others work everywhere.</source>
        <translation>Ctrl이 없는 키는 표시된 보기에 작용하고, 나머지 키는 어디서나 작동합니다.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>ActViz draws activation functions and shows what they do to a network.</source>
        <translation>ActViz는 활성화 함수를 그리고, 그 함수가 신경망에 어떤 영향을 주는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Three views&lt;/b&gt; (tabs, or Ctrl+1, Ctrl+2, Ctrl+3): &lt;b&gt;Function&lt;/b&gt; shows an activation, its derivatives f′ and f″ and its kinks, with its parameters on sliders; &lt;b&gt;Train&lt;/b&gt; trains small networks on a toy data set and races activations against each other; &lt;b&gt;Depth&lt;/b&gt; shows how much gradient reaches each layer of a deep network.</source>
        <translation>&lt;b&gt;세 가지 보기&lt;/b&gt; (탭, 또는 Ctrl+1, Ctrl+2, Ctrl+3): &lt;b&gt;함수&lt;/b&gt;는 활성화 함수와 그 도함수 f′, f″, 꺾이는 점을 보여 주며 매개변수는 슬라이더로 조절합니다. &lt;b&gt;학습&lt;/b&gt;은 간단한 예제 데이터셋으로 작은 신경망을 학습시키고 활성화 함수끼리 경주시킵니다. &lt;b&gt;깊이&lt;/b&gt;는 깊은 신경망의 각 층에 기울기가 얼마나 도달하는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lessons&lt;/b&gt;: F5 ReLU&apos;s dead gradient, F6 sigmoid against tanh (saturation), F7 the convergence race. A lesson keeps your theme and text size.</source>
        <translation>&lt;b&gt;수업&lt;/b&gt;: F5 ReLU의 죽은 기울기, F6 sigmoid 대 tanh (포화), F7 수렴 경주. 수업은 지금의 테마와 글자 크기를 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For the room&lt;/b&gt;: F11 shows the plot alone, full screen (Esc leaves it); Ctrl+= and Ctrl+- make text and lines larger or smaller; Ctrl+T changes the theme.</source>
        <translation>&lt;b&gt;강의실에서&lt;/b&gt;: F11은 그래프만 전체 화면으로 보여 줍니다 (Esc로 나감). Ctrl+=와 Ctrl+-는 글자와 선을 크게 또는 작게 합니다. Ctrl+T는 테마를 바꿉니다.</translation>
    </message>
    <message>
        <source>Move the mouse over a plot to read its values. Every key is listed under Help → Keyboard shortcuts (F1).</source>
        <translation>그래프 위로 마우스를 옮기면 값을 읽을 수 있습니다. 모든 키는 도움말 → 단축키 (F1)에 나와 있습니다.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>Error log: {path}</source>
        <translation>오류 로그: {path}</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>오류 로그</translation>
    </message>
    <message>
        <source>Nothing has gone wrong so far.</source>
        <translation>지금까지 발생한 오류가 없습니다.</translation>
    </message>
    <message>
        <source>Send this file with a bug report: it says what went wrong inside ActViz.</source>
        <translation>버그를 보고할 때 이 파일을 함께 보내 주세요. ActViz 내부에서 무엇이 잘못되었는지 담겨 있습니다.</translation>
    </message>
    <message>
        <source>Internal errors are written to:</source>
        <translation>내부 오류는 다음 위치에 기록됩니다:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>The folder {path} does not exist yet.</source>
        <translation>폴더 {path}이(가) 아직 없습니다.</translation>
    </message>
    <message>
        <source>About ActViz</source>
        <translation>ActViz 정보</translation>
    </message>
    <message>
        <source>Activation functions, their derivatives and their kinks, drawn exactly. Derivatives at kinks follow PyTorch autograd.</source>
        <translation>활성화 함수와 그 도함수, 꺾이는 점을 정확하게 그립니다. 꺾이는 점에서의 도함수는 PyTorch autograd를 따릅니다.</translation>
    </message>
</context>
<context>
    <name>MarksPanel</name>
    <message>
        <source>Reference marks</source>
        <translation>참조 표시</translation>
    </message>
    <message>
        <source>y=0.25 σ′ max   x=0   (0, 0.5) σ(0)</source>
        <translation>y=0.25 σ′ max   x=0   (0, 0.5) σ(0)</translation>
    </message>
    <message>
        <source>A horizontal line y=…, a vertical line x=… or a point (x, y), then an optional label; press Enter. M marks the point of f under the mouse.</source>
        <translation>수평선 y=…, 수직선 x=… 또는 점 (x, y)를 쓰고, 원하면 이름표를 붙인 뒤 Enter를 누르세요. M은 마우스 아래에 있는 f 위의 점을 표시합니다.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Select a mark and press Delete to remove it</source>
        <translation>표시를 선택하고 Delete를 누르면 제거됩니다</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Reference mark not added: {0}</source>
        <translation>참조 표시를 추가하지 않았습니다: {0}</translation>
    </message>
    <message>
        <source>{0} is already marked</source>
        <translation>{0}은(는) 이미 표시되어 있습니다</translation>
    </message>
    <message>
        <source>Select a reference mark to remove</source>
        <translation>제거할 참조 표시를 선택하세요</translation>
    </message>
    <message>
        <source>Move the mouse over the plot first: M marks the point of f under it</source>
        <translation>먼저 마우스를 그래프 위로 옮기세요: M은 마우스 아래에 있는 f 위의 점을 표시합니다</translation>
    </message>
    <message>
        <source>Point not marked: {0}</source>
        <translation>점을 표시하지 않았습니다: {0}</translation>
    </message>
</context>
<context>
    <name>ParamControl</name>
    <message>
        <source>Default {value}</source>
        <translation>기본값 {value}</translation>
    </message>
    <message>
        <source>Reset {name} to its default</source>
        <translation>{name}을(를) 기본값으로 되돌리기</translation>
    </message>
    <message>
        <source>Cannot reset {name}: {error}. Kept {kept}.</source>
        <translation>{name}을(를) 기본값으로 되돌릴 수 없습니다: {error}. {kept}(으)로 유지했습니다.</translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <source>loop</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>bounce</source>
        <translation>왕복</translation>
    </message>
    <message>
        <source>once</source>
        <translation>한 번</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>This function has no parameters.</source>
        <translation>이 함수에는 매개변수가 없습니다.</translation>
    </message>
    <message>
        <source>Animate the first parameter (Space)</source>
        <translation>첫 번째 매개변수 애니메이션 (Space)</translation>
    </message>
    <message>
        <source>loop: start again; bounce: back and forth; once: stop at the end</source>
        <translation>loop: 처음부터 다시; bounce: 왕복; once: 끝에서 멈춤</translation>
    </message>
    <message>
        <source>1×: the whole range in {seconds} s</source>
        <translation>1×: 전체 범위를 {seconds}초에</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>자취</translation>
    </message>
    <message>
        <source>Leave a faded copy of the curve at every tenth of the range</source>
        <translation>범위의 10분의 1마다 흐린 곡선을 남깁니다</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>Move the mouse over the plot to read x, f, f′ and f″.</source>
        <translation>그래프 위로 마우스를 옮기면 x, f, f′, f″를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>pins&apos; f′(x)</source>
        <translation>고정된 함수의 f′(x)</translation>
    </message>
</context>
<context>
    <name>ProbeTable</name>
    <message>
        <source>Probe values</source>
        <translation>값 조회</translation>
    </message>
    <message>
        <source>x values, e.g. -20, -10, 0, 1, 15</source>
        <translation>x 값, 예: -20, -10, 0, 1, 15</translation>
    </message>
    <message>
        <source>Comma- or space-separated x values; press Enter</source>
        <translation>쉼표나 공백으로 구분한 x 값; Enter를 누르세요</translation>
    </message>
    <message>
        <source>{error}. Kept the previous probe values.</source>
        <translation>{error}. 이전 조회 값을 유지했습니다.</translation>
    </message>
</context>
<context>
    <name>RangeControls</name>
    <message>
        <source>Ranges</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>automatic y</source>
        <translation>자동 y</translation>
    </message>
    <message>
        <source>Fit y to the curves (uncheck to fix y min and y max)</source>
        <translation>곡선에 y를 맞춤 (y 최솟값과 최댓값을 고정하려면 해제)</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>보기 초기화</translation>
    </message>
    <message>
        <source>Back to x ∈ [−5, 5] with automatic y  (Ctrl+0)</source>
        <translation>x ∈ [−5, 5], 자동 y로 되돌리기  (Ctrl+0)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Range refused: {error}. Kept [{lo}, {hi}].</source>
        <translation>범위를 적용하지 않았습니다: {error}. [{lo}, {hi}]을(를) 유지했습니다.</translation>
    </message>
    <message>
        <source>Range refused: {error}. Kept the previous y range.</source>
        <translation>범위를 적용하지 않았습니다: {error}. 이전 y 범위를 유지했습니다.</translation>
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
        <translation>입력한 내용을 적용하고 키 입력을 그래프로 돌려줍니다</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>undo the typing and give the keys back to the plot</source>
        <translation>입력을 취소하고 키 입력을 그래프로 돌려줍니다</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>compare 1 to {MAX_COMPARED} activations, got {count}</source>
        <translation>활성화 함수는 1~{MAX_COMPARED}개를 비교할 수 있습니다 (받은 개수: {count})</translation>
    </message>
    <message>
        <source>{function_id} with these parameters is already compared</source>
        <translation>이 매개변수를 쓴 {function_id}은(는) 이미 비교 중입니다</translation>
    </message>
    <message>
        <source>no activation number {number} in the comparison</source>
        <translation>비교 목록에 {number}번 활성화 함수가 없습니다</translation>
    </message>
    <message>
        <source>keep at least one activation</source>
        <translation>활성화 함수를 하나 이상 남겨 두세요</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <source>bias variance</source>
        <translation>편향 분산</translation>
    </message>
    <message>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>initialisation must be one of {allowed}, got {name!r}</source>
        <translation>초기화 방식은 {allowed} 중 하나여야 합니다 (받은 값: {name!r})</translation>
    </message>
    <message>
        <source>weight scale must be a number in [0.1, 10], got {value!r}</source>
        <translation>가중치 배율은 [0.1, 10] 범위의 숫자여야 합니다 (받은 값: {value!r})</translation>
    </message>
    <message>
        <source>weight scale must be a number in [0.1, 10], got {v:g}</source>
        <translation>가중치 배율은 [0.1, 10] 범위의 숫자여야 합니다 (받은 값: {v:g})</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>시드 수</translation>
    </message>
    <message>
        <source>selected activation</source>
        <translation>선택한 활성화 함수</translation>
    </message>
    <message>
        <source>preset must be one of {allowed}, got {name!r}</source>
        <translation>프리셋은 {allowed} 중 하나여야 합니다 (받은 값: {name!r})</translation>
    </message>
    <message>
        <source>custom formulas need SymPy, which is missing from this packaged ActViz: install ActViz with pip (pip install actviz) to use them</source>
        <translation>사용자 정의 수식에는 SymPy가 필요하지만 이 패키지판 ActViz에는 없습니다. 사용하려면 pip로 ActViz를 설치하세요 (pip install actviz)</translation>
    </message>
    <message>
        <source>custom formulas need SymPy: pip install sympy (or pip install &apos;actviz[formula]&apos;)</source>
        <translation>사용자 정의 수식에는 SymPy가 필요합니다: pip install sympy (또는 pip install &apos;actviz[formula]&apos;)</translation>
    </message>
    <message>
        <source>the formula {name!r} has no text</source>
        <translation>수식 {name!r}에 내용이 없습니다</translation>
    </message>
    <message>
        <source>the parameter ranges of {name!r} must be a mapping of name to [min, max]</source>
        <translation>{name!r}의 매개변수 범위는 이름을 [min, max]에 대응시키는 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>a parameter name of {name!r} must be text, got {p!r}</source>
        <translation>{name!r}의 매개변수 이름은 텍스트여야 합니다 (받은 값: {p!r})</translation>
    </message>
    <message>
        <source>the range of {p} must be [min, max], got {rng!r}</source>
        <translation>{p}의 범위는 [min, max]여야 합니다 (받은 값: {rng!r})</translation>
    </message>
    <message>
        <source>the range of {p} must be finite with min &lt; max, got [{lo:g}, {hi:g}]</source>
        <translation>{p}의 범위는 유한하고 min &lt; max여야 합니다 (받은 값: [{lo:g}, {hi:g}])</translation>
    </message>
    <message>
        <source>expected {{&apos;text&apos;: ..., &apos;ranges&apos;: {{...}}}}</source>
        <translation>{{&apos;text&apos;: ..., &apos;ranges&apos;: {{...}}}} 형식이어야 합니다</translation>
    </message>
    <message>
        <source>a mark is y=…, x=… or (x, y), optionally followed by a label</source>
        <translation>표시는 y=…, x=… 또는 (x, y)이고, 뒤에 이름표를 붙일 수 있습니다</translation>
    </message>
    <message>
        <source>{form}; got {text!r}</source>
        <translation>{form} (받은 값: {text!r})</translation>
    </message>
    <message>
        <source>{form}; got {text}</source>
        <translation>{form} (받은 값: {text})</translation>
    </message>
    <message>
        <source>f has no finite value at x = {x}</source>
        <translation>f는 x = {x}에서 유한한 값이 없습니다</translation>
    </message>
    <message>
        <source>{what} must be a number, got {v!r}</source>
        <translation>{what}은(는) 숫자여야 합니다 (받은 값: {v!r})</translation>
    </message>
    <message>
        <source>{what} must be a finite number within ±{MAX_ABS_COORD:g}, got {v!r}</source>
        <translation>{what}은(는) ±{MAX_ABS_COORD:g} 이내의 유한한 숫자여야 합니다 (받은 값: {v!r})</translation>
    </message>
    <message>
        <source>a mark is &apos;h&apos; (y = …), &apos;v&apos; (x = …) or &apos;point&apos; (x, y), got {kind!r}</source>
        <translation>표시는 &apos;h&apos; (y = …), &apos;v&apos; (x = …) 또는 &apos;point&apos; (x, y)여야 합니다 (받은 값: {kind!r})</translation>
    </message>
    <message>
        <source>a {kind!r} mark is [{form}], got {count} values</source>
        <translation>{kind!r} 표시는 [{form}] 형식입니다 (받은 값 {count}개)</translation>
    </message>
    <message>
        <source>a mark&apos;s label must be text, got {label!r}</source>
        <translation>표시의 이름표는 텍스트여야 합니다 (받은 값: {label!r})</translation>
    </message>
    <message>
        <source>a mark&apos;s label must be printable text</source>
        <translation>표시의 이름표는 표시 가능한 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>a mark&apos;s label must be at most {MAX_MARK_LABEL} characters, got {length}</source>
        <translation>표시의 이름표는 최대 {MAX_MARK_LABEL}자입니다 (현재 {length}자)</translation>
    </message>
    <message>
        <source>the line&apos;s y</source>
        <translation>직선의 y</translation>
    </message>
    <message>
        <source>the line&apos;s x</source>
        <translation>직선의 x</translation>
    </message>
    <message>
        <source>the point&apos;s x</source>
        <translation>점의 x</translation>
    </message>
    <message>
        <source>the point&apos;s y</source>
        <translation>점의 y</translation>
    </message>
    <message>
        <source>a mark&apos;s target takes &apos;panel&apos; and &apos;function&apos;, got {unknown}</source>
        <translation>표시의 대상에는 &apos;panel&apos;과 &apos;function&apos;만 쓸 수 있습니다 (받은 값: {unknown})</translation>
    </message>
    <message>
        <source>a mark&apos;s panel is 0 (f), 1 (f′) or 2 (f″), got {panel!r}</source>
        <translation>표시의 패널은 0 (f), 1 (f′) 또는 2 (f″)입니다 (받은 값: {panel!r})</translation>
    </message>
    <message>
        <source>a mark&apos;s function must be a function id, got {function!r}</source>
        <translation>표시의 함수는 함수 id여야 합니다 (받은 값: {function!r})</translation>
    </message>
    <message>
        <source>{what} range must be two numbers, got {lo!r} and {hi!r}</source>
        <translation>{what} 범위는 숫자 두 개여야 합니다 (받은 값: {lo!r}, {hi!r})</translation>
    </message>
    <message>
        <source>{what} range must be finite numbers, got [{lo_f:g}, {hi_f:g}]</source>
        <translation>{what} 범위는 유한한 숫자여야 합니다 (받은 값: [{lo_f:g}, {hi_f:g}])</translation>
    </message>
    <message>
        <source>{what} range must stay within ±{MAX_ABS_COORD:g}, got {v:g}</source>
        <translation>{what} 범위는 ±{MAX_ABS_COORD:g} 이내여야 합니다 (받은 값: {v:g})</translation>
    </message>
    <message>
        <source>{what} min must be less than {what} max, got [{lo_f:g}, {hi_f:g}]</source>
        <translation>{what} 최솟값은 {what} 최댓값보다 작아야 합니다 (받은 값: [{lo_f:g}, {hi_f:g}])</translation>
    </message>
    <message>
        <source>{what} range is too narrow to draw: [{lo_f:g}, {hi_f:g}]</source>
        <translation>{what} 범위가 너무 좁아 그릴 수 없습니다: [{lo_f:g}, {hi_f:g}]</translation>
    </message>
    <message>
        <source>{what} must be one of {allowed}, got {value!r}</source>
        <translation>{what}은(는) {allowed} 중 하나여야 합니다 (받은 값: {value!r})</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>레이아웃</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>at most {MAX_MARKS} reference marks; remove one first</source>
        <translation>참조 표시는 최대 {MAX_MARKS}개입니다. 먼저 하나를 제거하세요</translation>
    </message>
    <message>
        <source>a mark must be a list such as [&apos;h&apos;, 0.25, &apos;label&apos;], got {item!r}</source>
        <translation>표시는 [&apos;h&apos;, 0.25, &apos;label&apos;] 같은 리스트여야 합니다 (받은 값: {item!r})</translation>
    </message>
    <message>
        <source>at most {MAX_MARKS} reference marks, got {count}</source>
        <translation>참조 표시는 최대 {MAX_MARKS}개입니다 (받은 개수: {count})</translation>
    </message>
    <message>
        <source>at most {MAX_FORMULAS} custom formulas; delete one first</source>
        <translation>사용자 정의 수식은 최대 {MAX_FORMULAS}개입니다. 먼저 하나를 삭제하세요</translation>
    </message>
    <message>
        <source>unknown function {function_id!r}; see the list of functions</source>
        <translation>알 수 없는 함수 {function_id!r}. 함수 목록을 확인하세요</translation>
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
        <translation>도함수 차수는 0, 1, 2 중 하나여야 합니다 (받은 값: {order!r})</translation>
    </message>
    <message>
        <source>derivatives must be 0, 1 or 2, got {n!r}</source>
        <translation>도함수는 0, 1, 2 중 하나여야 합니다 (받은 값: {n!r})</translation>
    </message>
    <message>
        <source>style must be one of {allowed}, got {style!r}</source>
        <translation>스타일은 {allowed} 중 하나여야 합니다 (받은 값: {style!r})</translation>
    </message>
    <message>
        <source>unknown function {fid!r}</source>
        <translation>알 수 없는 함수 {fid!r}</translation>
    </message>
    <message>
        <source>at most {MAX_OVERLAYS} functions can be pinned; remove one first</source>
        <translation>함수는 최대 {MAX_OVERLAYS}개까지 고정할 수 있습니다. 먼저 하나를 제거하세요</translation>
    </message>
    <message>
        <source>probe values must be numbers, got {v!r}</source>
        <translation>조회할 값은 숫자여야 합니다 (받은 값: {v!r})</translation>
    </message>
    <message>
        <source>probe values must be numbers, got NaN</source>
        <translation>조회할 값은 숫자여야 합니다 (받은 값: NaN)</translation>
    </message>
    <message>
        <source>at most 50 probe values, got {count}</source>
        <translation>조회할 값은 최대 50개입니다 (받은 개수: {count})</translation>
    </message>
    <message>
        <source>view must be one of {allowed}, got {view!r}</source>
        <translation>보기는 {allowed} 중 하나여야 합니다 (받은 값: {view!r})</translation>
    </message>
    <message>
        <source>scene caption must be text, got {kind}</source>
        <translation>장면 제목은 텍스트여야 합니다 (받은 값: {kind})</translation>
    </message>
    <message>
        <source>scene caption must be printable text</source>
        <translation>장면 제목은 표시 가능한 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>scene caption must be at most {MAX_CAPTION} characters, got {length}</source>
        <translation>장면 제목은 최대 {MAX_CAPTION}자입니다 (현재 {length}자)</translation>
    </message>
    <message>
        <source>not an ActViz scene: the file holds no JSON object</source>
        <translation>ActViz 장면이 아닙니다: 파일에 JSON 객체가 없습니다</translation>
    </message>
    <message>
        <source>not an ActViz scene: it has no &quot;format&quot;: &quot;actviz-scene&quot;</source>
        <translation>ActViz 장면이 아닙니다: &quot;format&quot;: &quot;actviz-scene&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>scene version {version!r} is not one this ActViz reads (1 to {VERSION})</source>
        <translation>이 ActViz는 장면 버전 {version!r}을(를) 읽을 수 없습니다 (1~{VERSION}만 가능)</translation>
    </message>
    <message>
        <source>scene view must be one of {allowed}, got {view!r}</source>
        <translation>장면의 보기는 {allowed} 중 하나여야 합니다 (받은 값: {view!r})</translation>
    </message>
    <message>
        <source>scene &quot;display_settings&quot; must be true or false, got {display!r}</source>
        <translation>장면의 &quot;display_settings&quot;는 true 또는 false여야 합니다 (받은 값: {display!r})</translation>
    </message>
    <message>
        <source>scene has no &quot;state&quot; object</source>
        <translation>장면에 &quot;state&quot; 객체가 없습니다</translation>
    </message>
    <message>
        <source>scene shows an unknown function {function!r}</source>
        <translation>장면에 알 수 없는 함수 {function!r}이(가) 있습니다</translation>
    </message>
    <message>
        <source>scene refused: {problem} (and {more} more)</source>
        <translation>장면을 불러올 수 없습니다: {problem} (외 {more}건)</translation>
    </message>
    <message>
        <source>scene refused: {problem}</source>
        <translation>장면을 불러올 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>scene &quot;ui&quot; must be an object</source>
        <translation>장면의 &quot;ui&quot;는 객체여야 합니다</translation>
    </message>
    <message>
        <source>lesson must be one of {allowed}, got {name!r}</source>
        <translation>수업은 {allowed} 중 하나여야 합니다 (받은 값: {name!r})</translation>
    </message>
    <message>
        <source>unknown function {function_id!r}</source>
        <translation>알 수 없는 함수 {function_id!r}</translation>
    </message>
    <message>
        <source>{what} must be a number in [{lo:g}, {hi:g}], got {value!r}</source>
        <translation>{what}은(는) [{lo:g}, {hi:g}] 범위의 숫자여야 합니다 (받은 값: {value!r})</translation>
    </message>
    <message>
        <source>{what} must be a number in [{lo:g}, {hi:g}], got {v:g}</source>
        <translation>{what}은(는) [{lo:g}, {hi:g}] 범위의 숫자여야 합니다 (받은 값: {v:g})</translation>
    </message>
    <message>
        <source>{what} must be a whole number in [{lo}, {hi}], got {value!r}</source>
        <translation>{what}은(는) [{lo}, {hi}] 범위의 정수여야 합니다 (받은 값: {value!r})</translation>
    </message>
    <message>
        <source>dataset must be one of {allowed}, got {name!r}</source>
        <translation>데이터셋은 {allowed} 중 하나여야 합니다 (받은 값: {name!r})</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <source>train percentage</source>
        <translation>학습 데이터 비율</translation>
    </message>
    <message>
        <source>features must be a list of names from {allowed}, got {features!r}</source>
        <translation>특성은 {allowed} 중 이름의 목록이어야 합니다. 받은 값: {features!r}</translation>
    </message>
    <message>
        <source>choose at least one input feature from {allowed}</source>
        <translation>{allowed} 중 입력 특성을 하나 이상 고르세요</translation>
    </message>
    <message>
        <source>features must be among {allowed}, got {name!r}</source>
        <translation>특성은 {allowed} 중 하나여야 합니다. 받은 값: {name!r}</translation>
    </message>
    <message>
        <source>each feature may appear once, got {features}</source>
        <translation>각 특성은 한 번만 쓸 수 있습니다. 받은 값: {features}</translation>
    </message>
    <message>
        <source>layers must be a list of neuron counts, got {layers!r}</source>
        <translation>층은 뉴런 수의 리스트여야 합니다 (받은 값: {layers!r})</translation>
    </message>
    <message>
        <source>there must be 0 to {MAX_LAYERS} hidden layers, got {count}</source>
        <translation>은닉층은 0개에서 {MAX_LAYERS}개여야 합니다. 받은 값: {count}</translation>
    </message>
    <message>
        <source>neurons per layer</source>
        <translation>층별 뉴런 수</translation>
    </message>
    <message>
        <source>{what} must be true or false, got {value!r}</source>
        <translation>{what}은(는) true 또는 false여야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>show test data</source>
        <translation>테스트 데이터 표시</translation>
    </message>
    <message>
        <source>discretize output</source>
        <translation>출력 이산화</translation>
    </message>
    <message>
        <source>regularisation must be one of {allowed}, got {kind!r}</source>
        <translation>정규화는 {allowed} 중 하나여야 합니다 (받은 값: {kind!r})</translation>
    </message>
    <message>
        <source>regularisation rate</source>
        <translation>정규화 강도</translation>
    </message>
    <message>
        <source>{label} is already in the comparison</source>
        <translation>{label}은(는) 이미 비교 목록에 있습니다</translation>
    </message>
    <message>
        <source>keep at least one activation to train</source>
        <translation>학습할 활성화 함수를 하나 이상 남겨 두세요</translation>
    </message>
    <message>
        <source>selected network</source>
        <translation>선택한 신경망</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>loss threshold</source>
        <translation>손실 임계값</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에포크 수</translation>
    </message>
    <message>
        <source>set-up refused: {key} must be 0 or 1, got {text!r}</source>
        <translation>설정 거부: {key}은(는) 0 또는 1이어야 합니다. 받은 값: {text!r}</translation>
    </message>
    <message>
        <source>set-up refused: unbalanced parentheses in {text!r}</source>
        <translation>설정 거부: {text!r}의 괄호 짝이 맞지 않습니다</translation>
    </message>
    <message>
        <source>set-up refused: activation {item!r} must read id(name=value;...)</source>
        <translation>설정 거부: 활성화 함수 {item!r}은(는) id(name=value;...) 형식이어야 합니다</translation>
    </message>
    <message>
        <source>set-up refused: activation parameter {text!r} must read name=value</source>
        <translation>설정 거부: 활성화 함수 매개변수 {text!r}은(는) name=value 형식이어야 합니다</translation>
    </message>
    <message>
        <source>set-up refused: activation parameter {name!r} given twice</source>
        <translation>설정 거부: 활성화 함수 매개변수 {name!r}이(가) 두 번 주어졌습니다</translation>
    </message>
    <message>
        <source>set-up refused: a set-up is text, got {kind}</source>
        <translation>설정 거부: 설정은 텍스트여야 합니다. 받은 것: {kind}</translation>
    </message>
    <message>
        <source>set-up refused: longer than {limit} characters</source>
        <translation>설정 거부: {limit}자보다 깁니다</translation>
    </message>
    <message>
        <source>not an ActViz set-up: it does not start with {prefix}</source>
        <translation>ActViz 설정이 아닙니다: {prefix}(으)로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>set-up refused: {key!r} has no value</source>
        <translation>설정 거부: {key!r}에 값이 없습니다</translation>
    </message>
    <message>
        <source>set-up refused: unknown key {key!r}</source>
        <translation>설정 거부: 알 수 없는 키 {key!r}</translation>
    </message>
    <message>
        <source>set-up refused: {key} given twice</source>
        <translation>설정 거부: {key}이(가) 두 번 주어졌습니다</translation>
    </message>
    <message>
        <source>set-up refused: {key} holds a character that is not printable</source>
        <translation>설정 거부: {key}에 출력할 수 없는 문자가 있습니다</translation>
    </message>
    <message>
        <source>set-up refused: a %-escape that is not UTF-8</source>
        <translation>설정 거부: UTF-8이 아닌 % 이스케이프</translation>
    </message>
    <message>
        <source>set-up refused: {problem} (and {more} more)</source>
        <translation>설정 거부: {problem} (외 {more}개)</translation>
    </message>
    <message>
        <source>set-up refused: {problem}</source>
        <translation>설정 거부: {problem}</translation>
    </message>
</context>
<context>
    <name>TrainSession</name>
    <message>
        <source>restarted: new data</source>
        <translation>다시 시작: 새 데이터</translation>
    </message>
    <message>
        <source>restarted: new layers</source>
        <translation>다시 시작: 새 층 구성</translation>
    </message>
    <message>
        <source>restarted: new input features</source>
        <translation>다시 시작: 새 입력 특성</translation>
    </message>
    <message>
        <source>restarted: new activations</source>
        <translation>다시 시작: 새 활성화 함수</translation>
    </message>
    <message>
        <source>back to epoch 0</source>
        <translation>에포크 0으로 돌아감</translation>
    </message>
    <message>
        <source>restarted: the article&apos;s race</source>
        <translation>다시 시작: 글의 경주</translation>
    </message>
    <message>
        <source>new data: seed {seed}</source>
        <translation>새 데이터: 시드 {seed}</translation>
    </message>
    <message>
        <source>Cannot train this set-up: {error}</source>
        <translation>이 설정은 학습할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Cannot run this study: {error}</source>
        <translation>이 실험은 실행할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>The study failed: {error}</source>
        <translation>실험에 실패했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>Data and network</source>
        <translation>데이터와 신경망</translation>
    </message>
    <message>
        <source>Every network&apos;s map</source>
        <translation>모든 네트워크의 지도</translation>
    </message>
    <message>
        <source>Click a map to show that network</source>
        <translation>지도를 클릭하면 그 네트워크를 보여 줍니다</translation>
    </message>
    <message>
        <source>plane (regression)</source>
        <translation>평면 (회귀)</translation>
    </message>
    <message>
        <source>multi-gaussian (regression)</source>
        <translation>다중 가우스 (회귀)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>New data from the next seed (the run starts again)</source>
        <translation>다음 시드로 새 데이터 생성 (학습을 다시 시작)</translation>
    </message>
    <message>
        <source>The inputs the network sees; at least one stays on</source>
        <translation>네트워크가 보는 입력; 하나 이상은 켜 두어야 합니다</translation>
    </message>
    <message>
        <source>One hidden layer fewer (down to none)</source>
        <translation>은닉층 하나 줄이기 (0개까지)</translation>
    </message>
    <message>
        <source>One hidden layer more (up to {n})</source>
        <translation>은닉층 하나 늘리기 (최대 {n}개)</translation>
    </message>
    <message>
        <source>One neuron fewer in this layer</source>
        <translation>이 층의 뉴런 하나 줄이기</translation>
    </message>
    <message>
        <source>One neuron more in this layer (up to {n})</source>
        <translation>이 층의 뉴런 하나 늘리기 (최대 {n}개)</translation>
    </message>
    <message>
        <source>Neurons per hidden layer, e.g. 3, 3 (0 to 6 layers of 1 to 8 neurons; none for no hidden layer)</source>
        <translation>은닉층별 뉴런 수, 예: 3, 3 (0~6개 층, 층마다 1~8개; none은 은닉층 없음)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>학습 데이터</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>특성</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Activations to compare</source>
        <translation>비교할 활성화 함수</translation>
    </message>
    <message>
        <source>Add the function shown</source>
        <translation>표시된 함수 추가</translation>
    </message>
    <message>
        <source>The function view&apos;s function, with its current parameters</source>
        <translation>함수 보기의 함수와 현재 매개변수</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Article race: sigmoid vs tanh vs ReLU</source>
        <translation>논문의 경주: sigmoid 대 tanh 대 ReLU</translation>
    </message>
    <message>
        <source>Circle data, 2×3 network, learning rate 0.03, batch 10, no noise; then play</source>
        <translation>원형 데이터, 2×3 신경망, 학습률 0.03, 배치 10, 잡음 없음; 그리고 재생</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Play or pause training (Space while the Train view is shown)</source>
        <translation>학습 재생 또는 일시 정지 (학습 보기에서 Space)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>One epoch</source>
        <translation>에포크 한 번</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Back to epoch 0, the same initial weights</source>
        <translation>에포크 0으로, 같은 초기 가중치로 되돌리기</translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation>에포크 {n}</translation>
    </message>
    <message>
        <source>Epochs per second while playing (Ctrl+Down slower, Ctrl+Up faster)</source>
        <translation>재생 중 초당 에포크 (Ctrl+Down 느리게, Ctrl+Up 빠르게)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>테스트 데이터 표시</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>출력 이산화</translation>
    </message>
    <message>
        <source>The map shows only the output&apos;s sign: the two class colours</source>
        <translation>지도는 출력의 부호만 보여 줍니다: 두 클래스 색</translation>
    </message>
    <message>
        <source>Network diagram instead of the losses</source>
        <translation>손실 대신 네트워크 도식</translation>
    </message>
    <message>
        <source>A wider window shows the diagram beside the losses</source>
        <translation>창이 더 넓으면 도식이 손실 옆에 나옵니다</translation>
    </message>
    <message>
        <source>Fair comparison: for a given seed every activation starts from the same data and the same initial weights.</source>
        <translation>공정한 비교: 같은 시드에서는 모든 활성화 함수가 같은 데이터와 같은 초기 가중치로 시작합니다.</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <source>Loss (solid: test, dashed: training)</source>
        <translation>손실 (실선: 테스트, 점선: 학습)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Convergence study</source>
        <translation>수렴 연구</translation>
    </message>
    <message>
        <source>Seeds per activation</source>
        <translation>활성화 함수별 시드 수</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크 수</translation>
    </message>
    <message>
        <source>Converged when test loss &lt;</source>
        <translation>테스트 손실이 다음보다 작으면 수렴 &lt;</translation>
    </message>
    <message>
        <source>Run study</source>
        <translation>연구 실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>no study of this set-up yet</source>
        <translation>이 설정은 아직 연구하지 않았습니다</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>median
[IQR]</source>
        <translation>중앙값
[IQR]</translation>
    </message>
    <message>
        <source>conv.</source>
        <translation>수렴</translation>
    </message>
    <message>
        <source>speed-
up</source>
        <translation>속도
향상</translation>
    </message>
    <message>
        <source>median epochs to the threshold [interquartile range]</source>
        <translation>임계값에 도달하기까지의 에포크 수 중앙값 [사분위 범위]</translation>
    </message>
    <message>
        <source>seeds that converged / seeds run</source>
        <translation>수렴한 시드 수 / 실행한 시드 수</translation>
    </message>
    <message>
        <source>the first activation&apos;s median over this one&apos;s</source>
        <translation>첫 번째 활성화 함수의 중앙값을 이 활성화 함수의 중앙값으로 나눈 값</translation>
    </message>
    <message>
        <source>Loss CSV…</source>
        <translation>손실 CSV…</translation>
    </message>
    <message>
        <source>Study CSV…</source>
        <translation>연구 CSV…</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>그림…</translation>
    </message>
    <message>
        <source>Features refused: {error}</source>
        <translation>특성 거부: {error}</translation>
    </message>
    <message>
        <source>Copied the set-up: paste it with Edit → Paste set-up or give it to actviz --open</source>
        <translation>설정을 복사했습니다: 편집 → 설정 붙여넣기로 붙여 넣거나 actviz --open에 주세요</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>converged: &lt; {threshold}</source>
        <translation>수렴: &lt; {threshold}</translation>
    </message>
    <message>
        <source>Output: {label}</source>
        <translation>출력: {label}</translation>
    </message>
    <message>
        <source>Decision boundary: {label}</source>
        <translation>결정 경계: {label}</translation>
    </message>
    <message>
        <source>{done} of {total} epochs</source>
        <translation>에포크 {done}/{total}</translation>
    </message>
    <message>
        <source>Study cancelled before it started.</source>
        <translation>실험이 시작되기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>Study cancelled after {n} of {total} epochs: the table is partial.</source>
        <translation>연구가 에포크 {total}번 중 {n}번 후에 취소되었습니다: 표는 일부만 채워졌습니다.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Export loss curves</source>
        <translation>손실 곡선 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export study</source>
        <translation>연구 내보내기</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 벡터 (*.svg)</translation>
    </message>
    <message>
        <source>{label} {loss}</source>
        <translation>{label} {loss}</translation>
    </message>
    <message>
        <source>No hidden layer: the input features alone do the work (a linear model of them)</source>
        <translation>은닉층 없음: 입력 특성만으로 해결합니다 (특성의 선형 모델)</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>은닉층 없음</translation>
    </message>
    <message>
        <source>1 hidden layer: {sizes}</source>
        <translation>은닉층 1개: {sizes}</translation>
    </message>
    <message>
        <source>{n} hidden layers: {sizes}</source>
        <translation>은닉층 {n}개: {sizes}</translation>
    </message>
    <message>
        <source>as fast as it goes</source>
        <translation>최대한 빠르게</translation>
    </message>
    <message>
        <source>{n} epochs/s</source>
        <translation>초당 {n} 에포크</translation>
    </message>
    <message>
        <source>{label} {loss} (below {threshold} at epoch {epoch})</source>
        <translation>{label} {loss} ({epoch} 에포크에 {threshold} 미만)</translation>
    </message>
    <message>
        <source>epoch {epoch} · test loss: {losses}</source>
        <translation>에포크 {epoch} · 테스트 손실: {losses}</translation>
    </message>
    <message>
        <source>{label} not yet</source>
        <translation>{label} 아직</translation>
    </message>
    <message>
        <source>{label} {epochs}</source>
        <translation>{label} {epochs}</translation>
    </message>
    <message>
        <source>this run (seed {seed}), epochs to test loss &lt; {threshold} ({percent}% of predicting 0): {results}</source>
        <translation>이번 실행 (시드 {seed}): 테스트 손실 &lt; {threshold}(0을 예측할 때의 {percent}%)까지의 에포크 수: {results}</translation>
    </message>
    <message>
        <source>this run (seed {seed}), epochs to test loss &lt; {threshold:g}: {results}</source>
        <translation>이번 실행 (시드 {seed}): 테스트 손실 &lt; {threshold:g}까지의 에포크 수: {results}</translation>
    </message>
    <message>
        <source>Run study for the median over {seeds} seeds</source>
        <translation>연구를 실행하면 시드 {seeds}개의 중앙값이 나옵니다</translation>
    </message>
    <message>
        <source>{label} not converged</source>
        <translation>{label} 수렴 안 함</translation>
    </message>
    <message>
        <source>{faster} {ratio} faster than {slower}</source>
        <translation>{faster}는 {slower}보다 {ratio} 빠름</translation>
    </message>
    <message>
        <source>study, {n} seeds: medians {medians} epochs</source>
        <translation>연구, 시드 {n}개: 중앙값 에포크 {medians}</translation>
    </message>
    <message>
        <source>study, {n} seeds: medians {medians} epochs; {ratios}</source>
        <translation>연구, 시드 {n}개: 중앙값 에포크 {medians}; {ratios}</translation>
    </message>
    <message>
        <source>Partial study: stopped at epoch {epochs} of {requested} ({seeds} seeds each); counts are as of that epoch</source>
        <translation>부분 연구: 에포크 {epochs}에서 중단됨 (총 {requested}, 각 시드 {seeds}개); 수치는 그 에포크 기준입니다</translation>
    </message>
    <message>
        <source>{seeds} seeds × {epochs} epochs each; converged = test loss &lt; {threshold:g}</source>
        <translation>각 시드 {seeds}개 × 에포크 {epochs}; 수렴 = 테스트 손실 &lt; {threshold:g}</translation>
    </message>
    <message>
        <source>not by {epochs}</source>
        <translation>{epochs} 에포크까지 미달</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>수렴 안 함</translation>
    </message>
</context>
</TS>
