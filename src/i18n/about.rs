//! The guide, the accessibility statement and the page of data sources.

use super::Msg;

messages! {
    SourcesTitle => "データの出典と制度の根拠", "Data sources and the basis of the rules";
    SourcesIntro => "このアプリが使う基準・対応付け・制度のルールと、その出典・日付です。資料により記載が異なるものは並べて示し、一次資料で確かめられていないものには「要確認」と付けています。要確認の条件は、利用者が「条件と重み」で選ばない限り、候補を除外しません。", "The standards, mappings and programme rules this app uses, with their sources and dates. Where sources differ, both are shown; what no primary source confirms is marked “to be confirmed” and never excludes anyone unless you choose so under Conditions.";
    StandardSection => "スキル標準", "Skill standard";
    PresetsSection => "人材像・プロセスの対応付け", "Persona and phase mappings";
    CrosswalkSection => "公開されている一覧からのレベルの推定（クロスウォーク）", "Inferring levels from published lists (crosswalk)";
    ProgrammesSection => "制度のルール", "Programme rules";
    RulesConverted => "このルールのファイルは以前の形式（形式1）で書かれているため、条件ごとのルールに変換して使っています。原文の引用や申請の手順は含まれていません。", "These rules were written in the earlier format (format 1) and are converted rule by rule; they carry no quotes of their sources and no steps of applying.";
    PlacesSection => "地域・団体・資格の区分", "Areas, organisations and qualifications";
    VersionLabel => "版", "Version";
    CrosswalkTagsCaption => "分野（一覧の「主な対応分野」）と推定するスキル項目・取組分野", "Field tags (the list's 主な対応分野) and the items and fields they suggest";
    CrosswalkTag => "分野", "Field tag";
    CrosswalkItems => "推定するスキル項目（レベル）", "Items inferred (level)";
    CrosswalkDomains => "取組分野", "Fields";
    Unmapped => "対応付けない", "Not mapped";
    GuideTitle => "使い方", "How to use this tool";
    GuideIntro => "このアプリは、市区町村の職員が「業務にどのようなDXスキルが、どのレベルで必要か」を整理し、庁内の現状との差（ギャップ）を確かめ、外部デジタル人材の匿名プロフィールと照らし合わせるための道具です。入力はこのブラウザの中にだけ保存され、どこにも送信されません。", "This tool helps municipal staff set out which DX skills their work needs and at what level, see the gap against what their own staff have, and compare it with anonymised profiles of external digital talent. What you enter is kept only in this browser and never sent anywhere.";
    GuideStepsTitle => "手順", "Steps";
    GuideStep1 => "基本情報：団体を選び、評価に名前と年度を付けます。必要な人材像、取組分野、支援が必要な地域DXのプロセスも選べます。", "Context: choose your organisation and name the assessment and its fiscal year. You can also pick the personas you need, your fields of work and the regional DX phases that need help.";
    GuideStep2 => "出発点：選んだ人材像・プロセスの標準的なスキルとレベルを評価に入れます（後で項目ごとに変えられます）。", "Starting point: put the typical skills and levels of the chosen personas and phases into the assessment (you can change every item later).";
    GuideStep3 => "スキル評価：49項目それぞれに、業務に必要なレベル、必須か望ましいか、庁内の職員がすでに持っているレベルを選びます。", "Skills: for each of the 49 items, choose the level the work needs, whether it is required or desirable, and the level your staff already have.";
    GuideStep4 => "確認・ギャップ：未入力の必須項目を確かめ、不足をグラフと表で見ます。", "Review and gap: check required items left blank, then see the gap as charts and tables.";
    GuideStep5 => "求める人材像：募集要項や仕様書に使える説明を作り、印刷・保存します。", "People needed: produce a description for a job posting or specification, and print or save it.";
    GuideStep6 => "人材マッチ：制度の条件で依頼できない人を理由つきで分け、依頼できる人を不足を埋める度合いで並べます。", "Match talent: people you cannot engage under a programme's conditions are set apart with the reason; the others are ranked by how much of your gap they close.";
    GuideStepData => "データの取り込み・書き出し：国や都道府県の人材リストの取り込み、CSV・バックアップ・共有リンク、都道府県への提出用ファイル。", "Import and export: bring in national or prefectural talent lists; CSV, backups, share links and the file to hand in to your prefecture.";
    GuideStepPrefecture => "都道府県ビュー：都道府県の担当者が、市町村から集めた評価をまとめて需要マップにします。", "Prefecture view: prefecture staff turn the assessments gathered from municipalities into a demand map.";
    GuideLevelsTitle => "レベルの意味", "What the levels mean";
    GuideLevelsIntro => "レベルはデジタルスキル標準（DX推進スキル標準）の共通スキルリストの重要度の段階です。必要なレベルと庁内のレベルの差の段数が「不足」です。", "Levels are the importance steps of the common skill list of the Digital Skill Standards (DSS-P). The number of steps between the needed level and the in-house level is the gap.";
    GuideScoresTitle => "スコアの意味と限界", "What the scores mean, and what they do not";
    GuideScores1 => "スコア（0〜100点）は、その人があなたの評価の不足をどれだけ埋められるかを、必須の不足を重く、望ましい不足を軽く数えて示したものです。人材像や取組分野の一致、働き方の条件も、画面に示した重みで加わります。内訳は各人の「スコアの内訳」で確かめられます。", "The score (0–100) shows how much of your assessment's gap a person closes, counting required gaps more than desirable ones. Matching personas, fields of work and ways of working add to it with the weights shown on screen. Every person's breakdown is shown under “Score breakdown”.";
    GuideScores2 => "スコアは自己評価と公開されたプロフィールに基づく検討の補助です。採用・依頼を決めるものではありません。人物の適性、実際の空き状況、最新の制度の条件は、制度の窓口や本人に必ず確かめてください。", "The score is an aid built on a self-assessment and published profiles. It is not a hiring decision. Always check a person's suitability, actual availability and the current programme conditions with the programme office and the person.";
    GuideScores3 => "同梱の人材プロフィールはすべて架空のサンプルです。実在の人物ではありません。", "The bundled talent profiles are all fictional samples, not real people.";
    GuideDataTitle => "データの出典", "Where the data comes from";
    GuideData => "スキル標準、人材像とプロセスの対応付け、一覧からレベルを推定する対応付け（クロスウォーク）、制度のルール、団体の一覧の出典と時点は、各ページの下の「データの出典と制度の根拠」にまとめています。制度のルールは出典の原文と日付を添え、資料により記載が異なるものは並べて示します。一次資料で確かめられていない条件には「要確認」と表示し、利用者が選ばない限り除外には使いません。", "The sources and dates of the skill standard, the persona and phase mappings, the crosswalk that infers levels from published lists, the programme rules and the list of organisations are gathered under “Data sources and programme rules” at the bottom of every page. Each programme rule comes with its sources' words and dates; where sources differ, both are shown. Conditions no primary source confirms are marked “to be confirmed” and never exclude anyone unless you choose so.";
    GuidePrivacyTitle => "入力内容の扱い", "Your data";
    GuidePrivacy => "入力内容はこのブラウザの保存領域にだけ保存されます。サーバー、Cookie、アクセス解析は使いません。別の端末で使うときは、バックアップまたは共有リンクで移してください。", "What you enter is stored only in this browser's storage. No server, cookies or analytics are used. To move your work to another device, use a backup or a share link.";
    A11yTitle => "アクセシビリティ方針", "Accessibility statement";
    A11yIntro => "このアプリは、障害の有無や使う機器にかかわらず、だれもが使えることを目指しています。", "This tool aims to be usable by everyone, whatever their abilities or device.";
    A11yTargetTitle => "目標とする基準", "Standard";
    A11yTarget => "JIS X 8341-3:2016（WCAG 2.0 と同一）の適合レベル AA に準拠することを目標とし、デジタル庁デザインシステムの配色・フォーカス表示・操作部分の大きさに従っています。対象はこのアプリのすべての画面です。", "The goal is conformance with JIS X 8341-3:2016 (identical to WCAG 2.0) at level AA, following the Digital Agency Design System's colours, focus indicator and target sizes. The scope is every screen of this tool.";
    A11yTestedTitle => "確認した方法", "How it was checked";
    A11yTested1 => "自動検査：axe-core 4.11 で、すべての画面と主な状態（ダイアログ、エラー表示、取り込みの各段階、結果、要約）を検査し、違反がないことを毎回の試験で確かめています。", "Automated checks: axe-core 4.11 is run on every screen and its main states (dialogs, error messages, each step of an import, results, summaries); every test run requires no violations.";
    A11yTested2 => "キーボード操作：主な流れ（基本情報から人材マッチまで）と人材リストの取り込みを、キーボードだけで操作できること、フォーカスが見えることを自動試験で確かめています。", "Keyboard: automated tests complete the main flow (from context to matching) and a list import with the keyboard alone, with a visible focus.";
    A11yTested3 => "スマートフォン：幅 360px で横スクロールが起きないこと、ボタンや入力欄などの操作部分が 44px 以上であることを、すべての画面で自動試験しています。", "Phones: automated tests check every screen at 360 px wide for horizontal scrolling and that buttons, fields and other controls are at least 44 px.";
    A11yTested4 => "グラフには、すべて同じ内容の表があります。色だけで情報を伝えず、数値を文字で示しています。", "Every chart has a table with the same content. Information is never given by colour alone; numbers are written out.";
    A11yLimitsTitle => "既知の制約", "Known limitations";
    A11yLimits => "スクリーンリーダーなどの支援技術を使った人による検証は、まだ行っていません。自動検査で見つけられない問題が残っている可能性があります。", "Testing by people using assistive technologies such as screen readers has not been done yet. Problems that automated checks cannot find may remain.";
    A11yContactTitle => "お問い合わせ", "Contact";
    A11yContact => "このアプリにはサーバーがなく、公開している団体が窓口です。使いにくい点があれば、このページを公開している団体にお知らせください。", "This tool has no server; the organisation that publishes it is the contact. Please tell the organisation hosting this page about anything that is hard to use.";
    A11yAsOf => "2026年11月 時点", "As of November 2026";
}
