<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <source>Gradient reaching each layer (dashed: product of mean |f′|)</source>
        <translation>각 층에 도달하는 기울기 (점선: 평균 |f′|의 곱)</translation>
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
        <source>computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n}개 층</translation>
    </message>
    <message>
        <source>Activation values per layer: {label}</source>
        <translation>층별 활성화 값: {label}</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
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
        <source>Export figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 벡터 (*.svg)</translation>
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
        <source>Opened {path}</source>
        <translation>{path}을(를) 열었습니다</translation>
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
        <source>Save scene</source>
        <translation>장면 저장</translation>
    </message>
    <message>
        <source>ActViz scenes (*.actviz)</source>
        <translation>ActViz 장면 (*.actviz)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
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
</context>
<context>
    <name>ParamPanel</name>
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
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>next / previous function</source>
        <translation>다음 / 이전 함수</translation>
    </message>
    <message>
        <source>[ and ]</source>
        <translation>[ 및 ]</translation>
    </message>
    <message>
        <source>decrease / increase the first parameter by one step</source>
        <translation>첫 번째 매개변수를 한 단계 감소 / 증가</translation>
    </message>
    <message>
        <source>show or hide f, f′, f″</source>
        <translation>f, f′, f″ 표시 또는 숨기기</translation>
    </message>
    <message>
        <source>switch between boxed and axes-through-origin</source>
        <translation>상자형과 원점을 지나는 축 사이 전환</translation>
    </message>
    <message>
        <source>layout: overlay, stacked panels (f, f′, f″ sharing x), grid of the function and its pins</source>
        <translation>레이아웃: 겹치기, 쌓인 패널 (x축을 공유하는 f, f′, f″), 함수와 고정한 함수의 격자</translation>
    </message>
    <message>
        <source>show or hide the formula panel</source>
        <translation>수식 패널 표시 또는 숨기기</translation>
    </message>
    <message>
        <source>Space (function view)</source>
        <translation>Space (함수 보기)</translation>
    </message>
    <message>
        <source>animate the first parameter; again to pause</source>
        <translation>첫 번째 매개변수 애니메이션; 다시 누르면 일시 정지</translation>
    </message>
    <message>
        <source>trace: leave faded copies of the curve at tenths of the parameter&apos;s range</source>
        <translation>자취: 매개변수 범위의 10분의 1마다 흐린 곡선을 남김</translation>
    </message>
    <message>
        <source>pin the current function for comparison</source>
        <translation>비교용으로 현재 함수 고정</translation>
    </message>
    <message>
        <source>mark the point of f under the mouse (Reference marks in the side panel)</source>
        <translation>마우스 아래에 있는 f 위의 점 표시 (사이드 패널의 참조 표시)</translation>
    </message>
    <message>
        <source>new custom formula / edit the custom formula shown</source>
        <translation>새 사용자 정의 수식 / 표시된 사용자 정의 수식 편집</translation>
    </message>
    <message>
        <source>reset the view</source>
        <translation>보기 초기화</translation>
    </message>
    <message>
        <source>function view / train view / depth view</source>
        <translation>함수 보기 / 학습 보기 / 깊이 보기</translation>
    </message>
    <message>
        <source>1 … 5 (depth view)</source>
        <translation>1 … 5 (깊이 보기)</translation>
    </message>
    <message>
        <source>the lecture presets: sigmoid, tanh, ReLU+He, ReLU+Xavier, residual</source>
        <translation>강의용 프리셋: sigmoid, tanh, ReLU+He, ReLU+Xavier, 잔차</translation>
    </message>
    <message>
        <source>Space (train view)</source>
        <translation>Space (학습 보기)</translation>
    </message>
    <message>
        <source>play or pause training</source>
        <translation>학습 재생 또는 일시 정지</translation>
    </message>
    <message>
        <source>lessons: ReLU&apos;s dead gradient, sigmoid vs tanh saturation, the convergence race</source>
        <translation>수업: ReLU의 죽은 기울기, sigmoid 대 tanh 포화, 수렴 경주</translation>
    </message>
    <message>
        <source>open / save a scene (.actviz)</source>
        <translation>장면 열기 / 저장 (.actviz)</translation>
    </message>
    <message>
        <source>presentation mode (full screen, plot only); Esc leaves it</source>
        <translation>발표 모드 (전체 화면, 그래프만); Esc로 나가기</translation>
    </message>
    <message>
        <source>projector scale: larger / smaller (normal, large, huge)</source>
        <translation>프로젝터 배율: 더 크게 / 더 작게 (보통, 크게, 아주 크게)</translation>
    </message>
    <message>
        <source>next theme: light, dark, high contrast</source>
        <translation>다음 테마: 밝게, 어둡게, 고대비</translation>
    </message>
    <message>
        <source>export the figure / the data</source>
        <translation>그림 / 데이터 내보내기</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>Data and network</source>
        <translation>데이터와 신경망</translation>
    </message>
    <message>
        <source>Neurons per hidden layer, e.g. 3, 3 (1 to 6 layers of 1 to 8 neurons)</source>
        <translation>은닉층별 뉴런 수, 예: 3, 3 (1~6개 층, 층마다 뉴런 1~8개)</translation>
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
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>median epochs [IQR]</source>
        <translation>에포크 중앙값 [IQR]</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>수렴함</translation>
    </message>
    <message>
        <source>speed-up</source>
        <translation>속도 향상</translation>
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
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Decision boundary: {label}</source>
        <translation>결정 경계: {label}</translation>
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
</context>
</TS>
