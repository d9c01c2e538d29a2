<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnalysisMixin</name>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="36"/>
        <source>Automatic: the model&apos;s chat template</source>
        <translation>自動：使用模型的對話範本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="40"/>
        <source>Conversations use the model&apos;s own chat template. Alpaca rows use our Alpaca format when the model has none.</source>
        <translation>對話資料使用模型內建的對話範本。模型沒有範本時，Alpaca 資料使用我們的 Alpaca 格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="51"/>
        <source>Format being edited (Format file tab)</source>
        <translation>正在編輯的格式（「格式檔」分頁）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="52"/>
        <source>Choose a format file…</source>
        <translation>選擇格式檔…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="61"/>
        <source>Loading the tokenizer…</source>
        <translation>正在載入分詞器…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="63"/>
        <source>No model chosen: token counts are not shown.</source>
        <translation>未選擇模型：不顯示 token 數。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="71"/>
        <source>Choose the base model&apos;s folder</source>
        <translation>選擇基礎模型所在的資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="46"/>
        <source>Format file: {0}</source>
        <translation>格式檔：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="48"/>
        <source>Chat template: {0}</source>
        <translation>對話範本：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="50"/>
        <source>Your format file: {0}</source>
        <translation>你的格式檔：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="82"/>
        <source>Tokens counted with the tokenizer of {0}.</source>
        <translation>token 數由 {0} 的分詞器計算。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="84"/>
        <source>No token counts: {0}</source>
        <translation>無法計算 token 數：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="134"/>
        <source>Choose a format file</source>
        <translation>選擇格式檔</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="134"/>
        <source>Format files (*.json)</source>
        <translation>格式檔 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="189"/>
        <source>Select a row to see it as it will be trained.</source>
        <translation>選擇一列，查看它在訓練時的樣子。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="211"/>
        <source>Fix the errors above to see the preview.</source>
        <translation>修正上面的錯誤後即可看到預覽。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="233"/>
        <source>Chunk {0} of {1} (block {2}), as it will be trained</source>
        <translation>第 {0} 塊（共 {1} 塊，屬於第 {2} 段），訓練時的樣子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="238"/>
        <source>Row {0}, as it will be trained</source>
        <translation>第 {0} 列，訓練時的樣子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="240"/>
        <source>this row gives no training text</source>
        <translation>這一列沒有可訓練的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="278"/>
        <source>The rows changed. Click Measure to count the tokens again.</source>
        <translation>資料已變更。按「統計 token 長度」重新計算。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="287"/>
        <source>Raw text needs a .txt file or a folder of .txt files.</source>
        <translation>原始文字需要 .txt 檔或裝有 .txt 檔的資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/analysis.py" line="310"/>
        <source>Choose a model to measure token lengths.</source>
        <translation>選擇模型後才能統計 token 長度。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="98"/>
        <source>Something went wrong</source>
        <translation>發生了問題</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="99"/>
        <source>Lorasmith hit an error it did not expect. A training run in progress goes on. The details are in {0}; open it?</source>
        <translation>Lorasmith 遇到了意外錯誤。正在進行的訓練不受影響。詳細資訊在 {0}；要開啟嗎？</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="122"/>
        <source>Quick prompts</source>
        <translation>快速提示</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="126"/>
        <location filename="../../desktop/views/tryout/chat.py" line="258"/>
        <source>Rows the run held out for validation. Click one to try it.</source>
        <translation>這次執行保留作驗證的列。點一下即可試用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="148"/>
        <source>Type a message for the model, or pick a quick prompt.</source>
        <translation>輸入要傳給模型的訊息，或選擇一個快速提示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="151"/>
        <source>Generate</source>
        <translation>產生</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="153"/>
        <source>Answer the prompt without and with the adapter (Ctrl+Enter).</source>
        <translation>分別不用和使用適配器回答這個提示（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="155"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="156"/>
        <source>Stop generating; the text so far stays.</source>
        <translation>停止產生；已產生的文字會保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="174"/>
        <source>How adventurous the choice of words is. 0 always takes the likeliest word, so the same prompt gives the same answer; 0.7 is typical for chatting.</source>
        <translation>用詞的大膽程度。0 總是選最可能的詞，同一提示總得到同一回答；聊天常用 0.7。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="182"/>
        <source>Choose only among the likeliest words that together make up this share (1 considers all). Used when the temperature is above 0.</source>
        <translation>只在合計占這個比例的最可能的詞中選擇（1 表示考慮全部）。溫度大於 0 時才生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="187"/>
        <source>The longest answer, in tokens (a token is a word or part of one).</source>
        <translation>回答的最大長度，以 token 計（一個 token 是一個詞或詞的一部分）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="191"/>
        <source>Random seed. With the same seed both sides draw the same random numbers, so a comparison can be repeated exactly.</source>
        <translation>隨機種子。種子相同時兩邊抽取相同的隨機數，因此比較可以精確重現。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="198"/>
        <source>Above 1 discourages repeating words already written. Small models tend to loop on one phrase; 1.1 to 1.3 helps. 1 turns it off.</source>
        <translation>大於 1 時會抑制重複已經寫過的詞。小模型容易反覆輸出同一句話，設為 1.1 到 1.3 會有幫助；1 表示關閉。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="207"/>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="208"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="209"/>
        <source>Max new tokens</source>
        <translation>最多新 token 數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="210"/>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="211"/>
        <source>Repetition penalty</source>
        <translation>重複懲罰</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="224"/>
        <source>Without the adapter</source>
        <translation>不使用適配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="224"/>
        <source>The base model&apos;s answer appears here.</source>
        <translation>基礎模型的回答顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="225"/>
        <source>With the adapter</source>
        <translation>使用適配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="225"/>
        <source>The answer with your LoRA appears here.</source>
        <translation>加上你的 LoRA 後的回答顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="228"/>
        <source>Expected answer</source>
        <translation>期望的回答</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="228"/>
        <source>Pick a quick prompt to see the answer your dataset gives.</source>
        <translation>選擇一個快速提示，即可看到資料集中的回答。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="254"/>
        <source>The run held out no validation rows, so these are its first training rows. Click one to try it.</source>
        <translation>這次執行沒有保留驗證列，這裡列出的是最前面的訓練列。點一下即可試用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="260"/>
        <source>This run&apos;s dataset gives no prompts to pick from.</source>
        <translation>這次執行的資料集裡沒有可選的提示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="287"/>
        <source>Type a message first, or pick a quick prompt.</source>
        <translation>請先輸入一則訊息，或選擇一個快速提示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="310"/>
        <source>no adapter chosen</source>
        <translation>未選擇適配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="311"/>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="319"/>
        <source>Loading the model… (the first time takes longest)</source>
        <translation>正在載入模型…（第一次最慢）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="321"/>
        <source>Model loaded on {0}.</source>
        <translation>模型已載入到 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="323"/>
        <source>writing…</source>
        <translation>正在產生…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="325"/>
        <source>Generating with the adapter…</source>
        <translation>正在使用適配器產生…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="327"/>
        <source>Generating without the adapter…</source>
        <translation>正在不用適配器產生…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="335"/>
        <location filename="../../desktop/views/tryout/chat.py" line="367"/>
        <source>{0} tokens in {1:.1f} s</source>
        <translation>{0} 個 token，用時 {1:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="336"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="339"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/chat.py" line="339"/>
        <location filename="../../desktop/views/tryout/chat.py" line="368"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
</context>
<context>
    <name>DatasetEdits</name>
    <message>
        <location filename="../../desktop/views/dataset/edits.py" line="25"/>
        <source>Edit “{0}” in row {1}</source>
        <translation>編輯第 {1} 列的「{0}」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/edits.py" line="88"/>
        <source>Delete %n row(s)</source>
        <translation>刪除 %n 列</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="33"/>
        <source>Your dataset</source>
        <translation>你的資料集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="36"/>
        <source>The dataset holds the examples the model learns from: questions with the answers you want, conversations, or plain text. Drop a file here or open one; Lorasmith recognises the common layouts and shows the first example as it will be trained.</source>
        <translation>資料集裡是模型要學習的範例：問題和你想要的回答、對話，或純文字。把檔案拖到這裡或開啟一個檔案；Lorasmith 能辨識常見的格式，並依訓練時的樣子顯示第一個範例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="41"/>
        <source>You can leave this empty: the settings are then planned for a typical dataset.</source>
        <translation>也可以留空：這時會依一般的資料集來規劃設定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="44"/>
        <source>Drop a dataset file here, or open one</source>
        <translation>把資料集檔案拖到這裡，或開啟一個</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="45"/>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="47"/>
        <source>Use the sample</source>
        <translation>使用範例資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="49"/>
        <source>A small sample dataset that teaches the demo model a cheerful blacksmith&apos;s way of answering</source>
        <translation>一個小的範例資料集，教示範模型用爽朗的鐵匠口吻回答</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="75"/>
        <source>Open a dataset</source>
        <translation>開啟資料集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="77"/>
        <source>Datasets ({0});;All files (*)</source>
        <translation>資料集 ({0});;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="124"/>
        <source>Reading {0}…</source>
        <translation>正在讀取 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="148"/>
        <source>This file cannot be trained on yet.</source>
        <translation>這個檔案暫時還不能用於訓練。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="154"/>
        <source>{0}: {1} examples.</source>
        <translation>{0}：{1} 個範例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="156"/>
        <source>Typical length {0} tokens; 95% are at most {1}; the longest has {2}.</source>
        <translation>典型長度 {0} 個 token；95% 不超過 {1}；最長的有 {2}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="159"/>
        <source>Typical length about {0} tokens; 95% are at most about {1}; the longest about {2} (estimated: the model&apos;s tokenizer is not on this computer yet).</source>
        <translation>典型長度約 {0} 個 token；95% 約不超過 {1}；最長的約 {2}（估算值：這台電腦上還沒有該模型的分詞器）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="165"/>
        <source>{0} rows have problems and are left out; the Dataset screen shows them.</source>
        <translation>{0} 列有問題，已略過；可在「資料集」畫面查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="172"/>
        <source>The first example, as it will be trained</source>
        <translation>第一個範例，依訓練時的樣子顯示</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="178"/>
        <source>Alpaca instructions</source>
        <translation>Alpaca 指令</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="179"/>
        <source>ShareGPT conversations</source>
        <translation>ShareGPT 對話</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="180"/>
        <source>OpenAI chat messages</source>
        <translation>OpenAI 對話訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="181"/>
        <source>Text rows</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="182"/>
        <source>Raw text</source>
        <translation>原始文字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/dataset.py" line="183"/>
        <source>Your own layout</source>
        <translation>自訂格式</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="82"/>
        <source>How the rows are read. Lorasmith detects it; change it if the guess is wrong.</source>
        <translation>資料的讀取方式。Lorasmith 會自動偵測；如果判斷錯了，可以在這裡變更。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="88"/>
        <source> tokens</source>
        <translation> 個 token</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="90"/>
        <source>Longest example in tokens; longer ones are cut. The same setting as on the Train screen.</source>
        <translation>每個樣本最多的 token 數，更長的會被截斷。與「訓練」頁面上的設定相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="100"/>
        <source>Stop reading this file</source>
        <translation>停止讀取這個檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="108"/>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="111"/>
        <source>Cutoff:</source>
        <translation>截斷長度：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="215"/>
        <source>How each row becomes training text: the model&apos;s chat template, one of our format files, or your own.</source>
        <translation>每一列如何變成訓練文字：使用模型的對話範本、我們提供的格式檔，或你自己的格式檔。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="220"/>
        <source>Train on the prompt too</source>
        <translation>也訓練提示部分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="222"/>
        <source>Also train on the user&apos;s side of each example, not just the answers. Usually off.</source>
        <translation>除了回答，也訓練每個樣本中使用者說的部分。通常保持關閉。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="228"/>
        <source>Choose model…</source>
        <translation>選擇模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="230"/>
        <source>The base model whose tokenizer counts the tokens and whose chat template formats conversations</source>
        <translation>用它的分詞器計算 token 數、用它的對話範本排版對話的基礎模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="240"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="198"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="199"/>
        <source>Format file</source>
        <translation>格式檔</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/layout.py" line="200"/>
        <source>Token lengths</source>
        <translation>token 長度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="32"/>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="35"/>
        <source>Open a dataset file or a folder of .txt files</source>
        <translation>開啟資料集檔案或裝有 .txt 檔的資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="37"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="38"/>
        <source>Save as…</source>
        <translation>另存新檔…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="39"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="40"/>
        <source>Redo</source>
        <translation>取消復原</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="42"/>
        <source>Add row</source>
        <translation>新增列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="45"/>
        <source>Add an empty row below the selected one</source>
        <translation>在選取的列下面新增一個空白列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="48"/>
        <source>Duplicate</source>
        <translation>複製列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="51"/>
        <source>Duplicate the selected rows</source>
        <translation>複製選取的列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="54"/>
        <source>Delete rows</source>
        <translation>刪除列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="57"/>
        <source>Delete the selected rows</source>
        <translation>刪除選取的列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="60"/>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="63"/>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/actions.py" line="71"/>
        <source>Delete the selected rows (Delete key in the table)</source>
        <translation>刪除選取的列（在表格中按 Delete 鍵）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="140"/>
        <source>Alpaca</source>
        <translation>Alpaca</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="141"/>
        <source>ShareGPT</source>
        <translation>ShareGPT</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="142"/>
        <source>OpenAI chat</source>
        <translation>OpenAI 對話</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="143"/>
        <source>Text</source>
        <translation>純文字列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="144"/>
        <source>Raw text</source>
        <translation>原始文字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="145"/>
        <source>Custom keys</source>
        <translation>自訂欄位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="155"/>
        <source>Automatic: {0}</source>
        <translation>自動：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="155"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="175"/>
        <source>Drop a dataset here, or click Open.

Lorasmith reads JSON, JSON Lines, CSV, Parquet and plain text (.txt) files, and folders of .txt files.</source>
        <translation>把資料集拖到這裡，或按「開啟」。

Lorasmith 可以讀取 JSON、JSON Lines、CSV、Parquet 和純文字 (.txt) 檔案，以及裝有 .txt 檔的資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="179"/>
        <source>No dataset open</source>
        <translation>尚未開啟資料集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="181"/>
        <location filename="../../desktop/views/dataset/view.py" line="245"/>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/view.py" line="202"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/view.py" line="204"/>
        <source>Reading… %n row(s) so far</source>
        <translation>
            <numerusform>正在讀取… 已讀 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="206"/>
        <source>(checking them…)</source>
        <translation>（正在檢查…）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="245"/>
        <source>Row {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/view.py" line="286"/>
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>複製 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="81"/>
        <source>{0} could not be written: {1}. Check that the folder exists and the file is not open in another program.</source>
        <translation>無法寫入 {0}：{1}。請檢查資料夾是否存在，以及檔案是否被其他程式開啟。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="96"/>
        <source>Saved {0}.</source>
        <translation>已儲存 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="99"/>
        <source>The original is kept as {0}.</source>
        <translation>原始檔案已保留為 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/view.py" line="274"/>
        <source>Add a row</source>
        <translation>新增一列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="55"/>
        <source>Save the dataset as</source>
        <translation>資料集另存新檔</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="57"/>
        <source>JSON Lines (*.jsonl);;JSON (*.json)</source>
        <translation>JSON Lines (*.jsonl);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="80"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="108"/>
        <source>It stays in {0}, the encoding it was read in.</source>
        <translation>檔案仍使用讀取時的編碼 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="113"/>
        <source>It is now UTF-8: {0} cannot store the character “{1}” in your edits. Every training tool reads UTF-8; an old program that expects {0} may show it wrongly.</source>
        <translation>檔案現已改為 UTF-8：{0} 無法儲存你編輯中的字元「{1}」。所有訓練工具都能讀取 UTF-8；只認 {0} 的舊程式可能顯示錯誤。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="121"/>
        <source>The new file is UTF-8, which every training tool reads; the original stays in {0}.</source>
        <translation>新檔案使用 UTF-8，所有訓練工具都能讀取；原始檔案仍為 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="137"/>
        <source>the dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="142"/>
        <source>the format file</source>
        <translation>格式檔</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="146"/>
        <source>Unsaved changes</source>
        <translation>有未儲存的變更</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="147"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="147"/>
        <source>Save your changes to {0}?</source>
        <translation>是否儲存對 {0} 的變更？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/saving.py" line="151"/>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>如果不儲存，所做的變更將會遺失。</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="60"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="62"/>
        <source>Stop the download. What was saved is kept; Resume continues from there.</source>
        <translation>停止下載。已儲存的部分會保留；按「繼續」從那裡接著下載。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="64"/>
        <location filename="../../desktop/views/models/downloads.py" line="96"/>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="65"/>
        <source>Continue the download where it stopped.</source>
        <translation>從停下的地方繼續下載。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="66"/>
        <source>Use for training</source>
        <translation>用於訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="67"/>
        <source>Open model page</source>
        <translation>開啟模型頁面</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="68"/>
        <source>Remove from list</source>
        <translation>從清單中移除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="70"/>
        <source>Take this row off the list. Files already saved stay in the models folder.</source>
        <translation>把這一項從清單中移除。已儲存的檔案仍留在模型資料夾中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="96"/>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="104"/>
        <source>Starting…</source>
        <translation>正在開始…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="106"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="117"/>
        <source>Checking the part saved earlier of {0}…</source>
        <translation>正在檢查 {0} 先前已儲存的部分…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="119"/>
        <source>{0} of {1} · {2} · {3}</source>
        <translation>{0} / {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="127"/>
        <source>File {0} of {1}: {2} ({3})</source>
        <translation>第 {0} 個檔案，共 {1} 個：{2}（{3}）</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="147"/>
        <source>No downloads yet. Choose a model in the Find models tab and press Download. A stopped download continues where it left off, even after closing Lorasmith.</source>
        <translation>還沒有下載。在「尋找模型」分頁中選擇一個模型，然後按「下載」。停下的下載會從中斷處繼續，即使關閉過 Lorasmith 也一樣。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="241"/>
        <source>Ready: {0} of files, checked, in {1}</source>
        <translation>已就緒：{0} 的檔案已驗證，位於 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="243"/>
        <source>{0} is downloaded and ready to train.</source>
        <translation>{0} 已下載完成，可以用來訓練。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="249"/>
        <source>Stopped. Press Resume to continue where it left off.</source>
        <translation>已停止。按「繼續」可從中斷處接著下載。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/downloads.py" line="256"/>
        <source>The download of {0} did not finish.</source>
        <translation>{0} 的下載沒有完成。</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="61"/>
        <source>Adapter only</source>
        <translation>僅適配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="63"/>
        <source>The LoRA folder (a few MB) with a README naming the base model, the settings and the data. For transformers and PEFT, text-generation-webui, and sharing.</source>
        <translation>LoRA 資料夾（幾 MB），附帶說明基礎模型、設定和資料的 README。適用於 transformers 和 PEFT、text-generation-webui，以及分享。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="68"/>
        <source>Merged model</source>
        <translation>合併後的模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="70"/>
        <source>A complete model with the LoRA built into its 16-bit weights, with tokenizer and chat template. Loads anywhere transformers does; as large as the base model.</source>
        <translation>把 LoRA 合併進 16 位元權重的完整模型，附帶分詞器和對話範本。能在任何支援 transformers 的地方載入；大小與基礎模型相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="75"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="77"/>
        <source>The adapter and a Modelfile that points at the base model, with the chat template in Ollama&apos;s form. Create the model with one ollama create command.</source>
        <translation>適配器和一個指向基礎模型的 Modelfile，對話範本已寫成 Ollama 的格式。用一條 ollama create 指令即可建立模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="115"/>
        <source>A new folder for the export</source>
        <translation>用於匯出的新資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="117"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="120"/>
        <source>Save to:</source>
        <translation>儲存到：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="127"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="134"/>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="152"/>
        <source>Exports: {0}</source>
        <translation>匯出：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="154"/>
        <source>Choose a run with an adapter above.</source>
        <translation>請在上方選擇一次有適配器的執行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="158"/>
        <source>about {0}</source>
        <translation>約 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="182"/>
        <source>Where to put the export</source>
        <translation>匯出到哪裡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="192"/>
        <source>Choose where to save the export.</source>
        <translation>請選擇匯出的儲存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="203"/>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="221"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="231"/>
        <source>Checking disk space and memory…</source>
        <translation>正在檢查磁碟空間和記憶體…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="232"/>
        <source>Loading the base model in 16-bit…</source>
        <translation>正在以 16 位元載入基礎模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="233"/>
        <source>Applying the adapter…</source>
        <translation>正在套用適配器…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="234"/>
        <source>Merging the adapter into the weights…</source>
        <translation>正在把適配器合併進權重…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="235"/>
        <source>Saving the merged weights…</source>
        <translation>正在儲存合併後的權重…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="236"/>
        <source>Copying the tokenizer and chat template…</source>
        <translation>正在複製分詞器和對話範本…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="237"/>
        <source>Copying the adapter…</source>
        <translation>正在複製適配器…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="238"/>
        <source>Finishing…</source>
        <translation>即將完成…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="245"/>
        <source>Exported to {0}. To use it in Ollama, open a terminal in that folder and run: ollama create {1} -f Modelfile (README.md there explains more).</source>
        <translation>已匯出到 {0}。要在 Ollama 中使用，請在該資料夾中開啟終端機並執行：ollama create {1} -f Modelfile（那裡的 README.md 有更多說明）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/export.py" line="248"/>
        <source>Exported to {0}.</source>
        <translation>已匯出到 {0}。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="73"/>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="76"/>
        <source>Replace with</source>
        <translation>取代為</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="77"/>
        <source>Match case</source>
        <translation>區分大小寫</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="79"/>
        <source>Look in one column or in all of them</source>
        <translation>在某一欄或所有欄中尋找</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="80"/>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="81"/>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="82"/>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="83"/>
        <source>Replace all</source>
        <translation>全部取代</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="88"/>
        <source>Close (Esc)</source>
        <translation>關閉 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="145"/>
        <source>All columns</source>
        <translation>所有欄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/find.py" line="190"/>
        <location filename="../../desktop/views/dataset/find.py" line="237"/>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/find.py" line="234"/>
        <source>Replace %n occurrence(s)</source>
        <translation>
            <numerusform>取代 %n 處</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/find.py" line="236"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>已取代 %n 處</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="143"/>
        <source>Getting started with Lorasmith</source>
        <translation>Lorasmith 入門</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="158"/>
        <source>Start training</source>
        <translation>開始訓練</translation>
    </message>
</context>
<context>
    <name>FormatEditor</name>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="45"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="46"/>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="47"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="48"/>
        <source>Save as…</source>
        <translation>另存新檔…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="113"/>
        <source>Cannot open the format file</source>
        <translation>無法開啟格式檔</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="114"/>
        <source>{0} cannot be read ({1}). Save it as UTF-8 text and try again.</source>
        <translation>無法讀取 {0}（{1}）。請把它儲存為 UTF-8 文字後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="130"/>
        <source>Editing {0}</source>
        <translation>正在編輯 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="148"/>
        <source>{0} could not be written ({1}).</source>
        <translation>無法寫入 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="178"/>
        <source>Line {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="133"/>
        <source>A new format file (not saved yet). Keys are sets of column names, values are templates with %column% where each value goes.</source>
        <translation>新的格式檔（尚未儲存）。鍵是一組欄位名稱，值是範本，範本中的 %欄位名稱% 會被該欄的內容取代。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="148"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="159"/>
        <source>Open a format file</source>
        <translation>開啟格式檔</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="159"/>
        <location filename="../../desktop/views/dataset/format_editor.py" line="166"/>
        <source>Format files (*.json)</source>
        <translation>格式檔 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="166"/>
        <source>Save the format file</source>
        <translation>儲存格式檔</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="179"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="179"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/format_editor.py" line="186"/>
        <source>%n error(s): rows cannot use this format until they are fixed.</source>
        <translation>
            <numerusform>%n 個錯誤：修正之前，資料無法使用這個格式。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/format_editor.py" line="192"/>
        <source>The format is valid.</source>
        <translation>格式正確。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/format_editor.py" line="193"/>
        <source>%n warning(s) below.</source>
        <translation>
            <numerusform>下面有 %n 個警告。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="27"/>
        <source>What should the model learn?</source>
        <translation>模型要學什麼？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="28"/>
        <source>A style or a format</source>
        <translation>一種風格或格式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="29"/>
        <source>Knowledge</source>
        <translation>知識</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="39"/>
        <source>The goal decides how much the adapter may learn and how long training goes on. Most people want a style or format: a tone of voice, a character, answers in a fixed shape. Knowledge means new facts, which needs a larger adapter and more passes over the data.</source>
        <translation>目標決定適配器能學多少、訓練持續多久。大多數人想要的是風格或格式：一種語氣、一個角色、固定樣式的回答。知識指的是新的事實，需要更大的適配器，並多過幾遍資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="50"/>
        <source>For example: answer like a pirate, reply in JSON, write in your company&apos;s tone, follow a chat format. A small adapter learns this in a few passes.</source>
        <translation>例如：像海盜一樣說話、用 JSON 回覆、用你公司的語氣寫作、遵循某種對話格式。小適配器過幾遍就能學會。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="60"/>
        <source>For example: your product&apos;s manual, a field&apos;s terms, facts the model does not know. Needs more examples, a higher rank and more passes; check the answers carefully, since models can mix learnt facts up.</source>
        <translation>例如：你的產品手冊、某個領域的術語、模型不知道的事實。需要更多範例、更高的秩和更多遍數；請仔細核對回答，因為模型可能把學到的事實弄混。</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="39"/>
        <source>Welcome to Lorasmith</source>
        <translation>歡迎使用 Lorasmith</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="40"/>
        <source>Looking at this computer…</source>
        <translation>正在查看這台電腦…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="48"/>
        <source>This guide takes you from a file of examples to your own LoRA adapter in a few steps. First, a look at this computer: the graphics card decides which models you can train and how fast.</source>
        <translation>本精靈帶你用幾個步驟，從一個範例檔案得到你自己的 LoRA 適配器。首先看看這台電腦：顯示卡決定了你能訓練哪些模型，以及訓練有多快。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="58"/>
        <source>The steps ahead</source>
        <translation>接下來的步驟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="60"/>
        <source>Choose a base model: the language model your adapter changes.</source>
        <translation>選擇基礎模型：你的適配器要改變的語言模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="61"/>
        <source>Choose a dataset: the examples it learns from.</source>
        <translation>選擇資料集：模型要學習的範例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="62"/>
        <source>Check the proposed settings, each with its reason.</source>
        <translation>檢查建議的設定，每項都附有理由。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="63"/>
        <source>Train, and watch the loss fall.</source>
        <translation>開始訓練，看著損失下降。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="64"/>
        <source>Ask the model something, without and with your adapter.</source>
        <translation>向模型提個問題，分別不用和使用你的適配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="67"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="75"/>
        <source>Training runs on this card with 4-bit quantisation. The next step lists the models that fit it first.</source>
        <translation>訓練會以 4 位元量化在這張顯示卡上進行。下一步會把適合它的模型排在前面。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="79"/>
        <source>This card computes in fp16 (bf16 needs an RTX 30xx or newer); that works, a little less steadily.</source>
        <translation>這張顯示卡用 fp16 計算（bf16 需要 RTX 30 系列或更新的顯示卡）；可以訓練，只是稍欠穩定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="82"/>
        <source>No NVIDIA graphics card was found.</source>
        <translation>沒有找到 NVIDIA 顯示卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="84"/>
        <source>Lorasmith trains with 4-bit quantisation, which needs an NVIDIA graphics card; AMD and Intel cards are not supported for 4-bit training yet. You can still train the bundled demo model on the processor (CPU) to see how everything works.</source>
        <translation>Lorasmith 使用 4 位元量化訓練，這需要 NVIDIA 顯示卡；AMD 和 Intel 顯示卡暫不支援 4 位元訓練。你仍可以在處理器（CPU）上訓練內附的示範模型，看看整個流程。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="91"/>
        <source>On this processor that takes {0}. Real models would take hours or days here.</source>
        <translation>在這顆處理器上大約需要{0}。真正的模型在這裡要花幾小時甚至幾天。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="95"/>
        <source>Memory: {0:.0f} GiB, {1:.0f} GiB free.</source>
        <translation>記憶體：{0:.0f} GiB，可用 {1:.0f} GiB。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/firstrun.py" line="101"/>
        <source>Free disk space for models and runs: {0:.0f} GiB.</source>
        <translation>存放模型和訓練執行的磁碟可用空間：{0:.0f} GiB。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/help.py" line="20"/>
        <source>What Lorasmith does</source>
        <translation>Lorasmith 能做什麼</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="21"/>
        <source>It teaches an open language model your examples by training a small add-on, a LoRA adapter, on your own graphics card. The base model stays as it is; the adapter is a small file you can use with it or merge into it.</source>
        <translation>它在你自己的顯示卡上訓練一個小小的附加部件——LoRA 適配器，讓開源語言模型學會你的範例。基礎模型保持不變；適配器是一個小檔案，可以與基礎模型一起使用，也可以合併進去。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="29"/>
        <source>1. Models</source>
        <translation>1. 模型</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="30"/>
        <source>Choose the base model to fine-tune. The bundled demo model is tiny and trains on any computer, so you can try everything first.</source>
        <translation>選擇要微調的基礎模型。自帶的示範模型非常小，在任何電腦上都能訓練，可以先用它把所有功能試一遍。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="37"/>
        <source>2. Dataset</source>
        <translation>2. 資料集</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="38"/>
        <source>Open or drop your examples (JSON, JSONL, CSV, Parquet or text). The preview shows each example exactly as it will be trained: the coloured parts are what the model learns to write.</source>
        <translation>開啟或拖入你的範例（JSON、JSONL、CSV、Parquet 或文字）。預覽會按訓練時的樣子顯示每個範例：帶顏色的部分就是模型要學著寫出的內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="45"/>
        <source>3. Train</source>
        <translation>3. 訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="46"/>
        <source>The main settings are at the top, each explained under it; the rest are under Advanced. Point at any setting to read what it does. Press Start training (F5).</source>
        <translation>主要設定在最上方，每項下面都有說明；其餘設定在「進階」裡。把滑鼠指向任一設定即可查看它的作用。然後點「開始訓練」（F5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="53"/>
        <source>4. Monitor</source>
        <translation>4. 監控</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="54"/>
        <source>Watch the loss fall. The training loss should go down; the validation loss (on examples the model does not learn from) should go down too. When validation loss rises while training loss keeps falling, the model is memorising: stop, or train for fewer epochs next time. Warnings appear on the curve and in the list beside it, with what to do. Stop saves the adapter so far.</source>
        <translation>觀察損失下降。訓練損失應當下降；驗證損失（在模型不學習的範例上計算）也應當下降。如果驗證損失上升而訓練損失仍在下降，說明模型在死記硬背：請停止訓練，或下次減少訓練輪數。警告會標在曲線上並列在旁邊，附有處理建議。「停止」會儲存到目前為止的適配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="63"/>
        <source>When a value becomes NaN</source>
        <translation>當數值變成 NaN 時</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="64"/>
        <source>If the loss, the gradient norm or the validation loss becomes NaN or infinite, the run stops at that step as failed and saves nothing broken; the message says which value, why it is likely (fp16 on cards without bf16, a high learning rate, a model known to overflow) and what to try. Resume with learning rate X continues from the last good checkpoint at half the rate.</source>
        <translation>如果損失、梯度範數或驗證損失變成 NaN 或無窮大，執行會在那一步以失敗結束，不儲存任何出錯的內容；訊息會說明是哪個數值、可能的原因（不支援 bf16 的顯示卡上用 fp16、學習率過高、已知會溢位的模型）以及可以嘗試的辦法。「以學習率 X 繼續訓練」會以一半的學習率從最後一個正常的檢查點繼續。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="73"/>
        <source>5. Test</source>
        <translation>5. 測試</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="74"/>
        <source>Ask the model questions with and without your adapter to see what it learned, then export it.</source>
        <translation>分別在使用和不使用適配器的情況下向模型提問，看看它學到了什麼，然後匯出。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="79"/>
        <source>The chat template</source>
        <translation>對話範本</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="80"/>
        <source>A run saves the template its examples were written in as template.jinja in its folder: the model&apos;s own chat template, the format file&apos;s layout, or, for a base model without one, Lorasmith&apos;s Alpaca layout for Alpaca rows and ChatML otherwise (plain text has none). The Test screen, perplexity and every export use that same template, and answers end where it ends a turn. The Runs screen shows which one a run used.</source>
        <translation>每次執行都會把寫出訓練範例所用的範本儲存為執行資料夾中的 template.jinja：模型內建的對話範本、格式檔的版面，或者在基礎模型沒有範本時，Alpaca 列使用 Lorasmith 的 Alpaca 版面，其餘使用 ChatML（純文字沒有範本）。測試畫面、困惑度和每種匯出都使用同一個範本，回答會在範本結束一輪對話的地方停止。執行畫面會顯示每次執行用的是哪一個。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="90"/>
        <source>Best and last</source>
        <translation>最佳與最後</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="91"/>
        <source>Last is what the run ended with. Best is the checkpoint with the lowest validation loss; it is kept however many older checkpoints are deleted. After early stopping the best comes first in the Test screen. Stopping a run, by you or by a stop setting, saves a checkpoint at that step.</source>
        <translation>「最後」是執行結束時的適配器。「最佳」是驗證損失最低的檢查點；無論刪除多少舊檢查點，它都會保留。提前停止後，測試頁面會先選中最佳的那個。停止執行（無論是你手動停止還是停止設定觸發）都會在那一步儲存一個檢查點。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="99"/>
        <source>Runs</source>
        <translation>執行記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="100"/>
        <source>Every run keeps its settings, curves, checkpoints and adapter in its own folder. Open a run to see its curves again, select two to compare them, resume a stopped run, or copy its settings.</source>
        <translation>每次執行都把設定、曲線、檢查點和適配器儲存在自己的資料夾裡。開啟一次執行可重新查看曲線；選中兩次執行可對比；已停止的執行可以繼續訓練，也可以複製它的設定。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="107"/>
        <source>Keyboard</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="108"/>
        <source>Ctrl+1 to Ctrl+6: screens · F5: start training · Shift+F5: stop · Ctrl+O: open · Ctrl+S: save · F1: this help · Ctrl+Q: quit</source>
        <translation>Ctrl+1 至 Ctrl+6：切換頁面 · F5：開始訓練 · Shift+F5：停止 · Ctrl+O：開啟 · Ctrl+S：儲存 · F1：本說明 · Ctrl+Q：結束</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="120"/>
        <source>Lorasmith help</source>
        <translation>Lorasmith 說明</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="125"/>
        <source>Fine-tune an open language model with a 4-bit LoRA on your own GPU, without writing code.</source>
        <translation>在你自己的 GPU 上用 4-bit LoRA 微調開源語言模型，無需編寫程式碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/help.py" line="128"/>
        <source>Licensed under the Apache License 2.0. Built with Qt (PySide6, LGPL), pyqtgraph, PyTorch, Hugging Face Transformers and PEFT, and bitsandbytes.</source>
        <translation>以 Apache License 2.0 授權。基於 Qt（PySide6，LGPL）、pyqtgraph、PyTorch、Hugging Face Transformers 與 PEFT，以及 bitsandbytes 建置。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/help.py" line="139"/>
        <source>Lorasmith help</source>
        <translation>Lorasmith 說明</translation>
    </message>
</context>
<context>
    <name>HyperparameterWizard</name>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="82"/>
        <source>Settings wizard</source>
        <translation>設定精靈</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/hyper.py" line="90"/>
        <source>Use these settings</source>
        <translation>使用這些設定</translation>
    </message>
</context>
<context>
    <name>LengthHistogram</name>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="165"/>
        <source>tokens per row</source>
        <translation>每列的 token 數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="103"/>
        <source>rows</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="37"/>
        <source>Measure token lengths</source>
        <translation>統計 token 長度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="40"/>
        <source>Count the tokens of every row with the chosen model&apos;s tokenizer. Large datasets take a while; you can keep working meanwhile.</source>
        <translation>用所選模型的分詞器計算每一列的 token 數。大型資料集需要一些時間，期間可以繼續操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="62"/>
        <source>Open a dataset to see how long its rows are in tokens.</source>
        <translation>開啟資料集後，這裡會顯示每列有多少 token。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="95"/>
        <source>Median {0} tokens, 95% of {1} at or under {2}, longest {3}. Cutoff: {4} tokens.</source>
        <translation>中位數 {0} 個 token，95% 的{1}不超過 {2} 個，最長 {3} 個。截斷長度：{4} 個 token。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/histogram.py" line="111"/>
        <source>%n chunk(s) ({0}) will be truncated</source>
        <translation>
            <numerusform>%n 塊（{0}）會被截斷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/histogram.py" line="112"/>
        <source>%n row(s) ({0}) will be truncated</source>
        <translation>
            <numerusform>%n 列（{0}）會被截斷</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="157"/>
        <source>cutoff {0}</source>
        <translation>截斷 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="103"/>
        <source>chunks</source>
        <translation>塊</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/histogram.py" line="165"/>
        <source>tokens per chunk</source>
        <translation>每塊的 token 數</translation>
    </message>
</context>
<context>
    <name>LoadingMixin</name>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="73"/>
        <source>Open a dataset</source>
        <translation>開啟資料集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="75"/>
        <source>Datasets (*.json *.jsonl *.ndjson *.csv *.tsv *.parquet *.txt);;All files (*)</source>
        <translation>資料集 (*.json *.jsonl *.ndjson *.csv *.tsv *.parquet *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="94"/>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="104"/>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="157"/>
        <source>Reading was cancelled.</source>
        <translation>已取消讀取。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="209"/>
        <source>%n character(s) of text</source>
        <translation>%n 個字元的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="211"/>
        <source>(%n file(s))</source>
        <translation>（%n 個檔案）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="221"/>
        <source>Click Measure to count the tokens of every chunk.</source>
        <translation>按「統計 token 長度」計算每一塊的 token 數。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="237"/>
        <source>This dataset has %n row(s). Click Measure to count the tokens of every row.</source>
        <translation>這個資料集有 %n 列。按「統計 token 長度」計算每一列的 token 數。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/loading.py" line="261"/>
        <source>This file cannot be used:</source>
        <translation>無法使用這個檔案：</translation>
    </message>
</context>
<context>
    <name>LocalModelsPanel</name>
    <message>
        <location filename="../../desktop/views/models/local.py" line="54"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="54"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="54"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="54"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="66"/>
        <source>No models yet. Download one from the Find models tab, or import a model folder you already have.</source>
        <translation>還沒有模型。可以在「尋找模型」分頁下載一個，或匯入你已有的模型資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="86"/>
        <source>Use for training</source>
        <translation>用於訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="87"/>
        <source>Choose this model as the base model in the Train screen.</source>
        <translation>在「訓練」畫面中把這個模型設為基礎模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="89"/>
        <source>Resume download</source>
        <translation>繼續下載</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="91"/>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="93"/>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="96"/>
        <source>Delete the model&apos;s files (Delete key). An imported model is only forgotten; its folder is left alone.</source>
        <translation>刪除模型的檔案（Delete 鍵）。匯入的模型只會從清單中移除，它的資料夾保持不動。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="100"/>
        <source>Import folder…</source>
        <translation>匯入資料夾…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="102"/>
        <source>Add a model folder you already have. It stays where it is and is never changed.</source>
        <translation>加入你已有的模型資料夾。它留在原處，不會被修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="127"/>
        <source>Models folder: {0}</source>
        <translation>模型資料夾：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="147"/>
        <source>Downloading…</source>
        <translation>正在下載…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="149"/>
        <source>Ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="153"/>
        <source>Unfinished download ({0}%)</source>
        <translation>下載未完成（{0}%）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="154"/>
        <source>Unfinished download</source>
        <translation>下載未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="155"/>
        <source>Not usable</source>
        <translation>無法使用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="159"/>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="161"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="162"/>
        <source>Copied in</source>
        <translation>手動複製</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="195"/>
        <source>This download has not finished, so the model cannot be used yet. Resume it to continue where it stopped.</source>
        <translation>這個下載還沒有完成，所以模型暫時無法使用。繼續下載即可從中斷處接著下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="201"/>
        <source>Not usable: {0}</source>
        <translation>無法使用：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="227"/>
        <source>Choose a model folder</source>
        <translation>選擇模型資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="241"/>
        <source>Could not import {0}: {1}</source>
        <translation>無法匯入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="247"/>
        <source>Imported {0}; it stays in {1}.</source>
        <translation>已匯入 {0}；它仍在 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="255"/>
        <source>Forget {0}? Its folder {1} is left as it is.</source>
        <translation>從清單中移除 {0}？它的資料夾 {1} 會保持原樣。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="257"/>
        <source>Delete {0} and its {1} of files? This cannot be undone.</source>
        <translation>刪除 {0} 及其 {1} 的檔案？此操作無法復原。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="261"/>
        <source>Delete model</source>
        <translation>刪除模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="263"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/local.py" line="280"/>
        <source>Deleted {0}.</source>
        <translation>已刪除 {0}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="55"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="58"/>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="64"/>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="66"/>
        <source>Monitor</source>
        <translation>監控</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="68"/>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="69"/>
        <source>Runs</source>
        <translation>執行記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/workers/hardware_probe.py" line="30"/>
        <source>No NVIDIA GPU found: training runs on the CPU (slow)</source>
        <translation>未找到 NVIDIA GPU：將在 CPU 上訓練（較慢）</translation>
    </message>
    <message>
        <location filename="../../desktop/screenshots.py" line="76"/>
        <location filename="../../desktop/workers/hardware_probe.py" line="35"/>
        <source>{0} · {1:.1f} GiB of {2:.1f} GiB VRAM free</source>
        <translation>{0} · VRAM 可用 {1:.1f} GiB / 共 {2:.1f} GiB</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="45"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="47"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="50"/>
        <source>&amp;Save…</source>
        <translation>儲存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="61"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="76"/>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="79"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="80"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="81"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="90"/>
        <location filename="../../desktop/window_menus.py" line="143"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="93"/>
        <source>System language</source>
        <translation>跟隨系統語言</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="102"/>
        <source>&amp;Training</source>
        <translation>訓練(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="103"/>
        <source>&amp;Start training</source>
        <translation>開始訓練(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="105"/>
        <source>S&amp;top (save the adapter so far)</source>
        <translation>停止(&amp;T)（儲存目前的適配器）</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="107"/>
        <source>&amp;Kill</source>
        <translation>強制結束(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="111"/>
        <source>Settings &amp;wizard…</source>
        <translation>設定精靈(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="117"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="119"/>
        <source>&amp;Getting started wizard…</source>
        <translation>入門精靈(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="125"/>
        <source>Lorasmith &amp;help</source>
        <translation>Lorasmith 說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="128"/>
        <source>&amp;About Lorasmith</source>
        <translation>關於 Lorasmith(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="121"/>
        <source>Training finished. The adapter is in {0}</source>
        <translation>訓練完成。適配器儲存在 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="167"/>
        <source>Training failed: {0}</source>
        <translation>訓練失敗：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="47"/>
        <source>Could not create the run folder</source>
        <translation>無法建立執行資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="61"/>
        <source>Could not retry</source>
        <translation>無法重試</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="66"/>
        <source>Nothing left to make smaller</source>
        <translation>已無法再縮小</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="67"/>
        <source>These settings are already the smallest the planner knows. Choose a smaller model or a shorter cutoff length.</source>
        <translation>這些設定已是規劃器能給出的最小值。請選擇更小的模型或更短的截斷長度。</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="99"/>
        <source>Could not resume</source>
        <translation>無法繼續訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="103"/>
        <source>Resuming with learning rate {0} (it was {1})</source>
        <translation>以學習率 {0} 繼續訓練（原為 {1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="117"/>
        <source>Nothing to resume: this run already reached its last step, and nothing was changed.</source>
        <translation>無需繼續：這次執行已經到達最後一步，沒有做任何變更。</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="131"/>
        <source>Could not start training</source>
        <translation>無法開始訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="152"/>
        <source>Stopping after this step…</source>
        <translation>本步完成後停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="163"/>
        <source>Training: step {0} of {1}</source>
        <translation>訓練中：第 {0} / {1} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="178"/>
        <source>Training stopped because of a bug</source>
        <translation>訓練因程式缺陷而停止</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="179"/>
        <source>{0}

This is a bug in Lorasmith, not in your data or settings. Please send {1} with a report; the last checkpoint, if any, can be resumed from the Runs screen.</source>
        <translation>{0}

這是 Lorasmith 的程式缺陷，不是你的資料或設定的問題。請在回報中附上 {1}；如果有最近的檢查點，可以在「執行記錄」頁面繼續訓練。</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="198"/>
        <source>The training process stopped unexpectedly</source>
        <translation>訓練程序意外停止</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="199"/>
        <source>It ended with exit code {0} without saying why. The app is fine; the last checkpoint, if any, can be resumed from the Runs screen.</source>
        <translation>它以結束代碼 {0} 結束，沒有說明原因。本程式仍在正常執行；如果有最近的檢查點，可以在「執行記錄」頁面繼續訓練。</translation>
    </message>
    <message>
        <location filename="../../desktop/window_runs.py" line="225"/>
        <source>A run is going: {0} is shown over it for comparison</source>
        <translation>正在訓練中：{0} 已疊加顯示以便對比</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="144"/>
        <source>The new language is used the next time Lorasmith starts.</source>
        <translation>新語言將在下次啟動 Lorasmith 時生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="148"/>
        <source>Restart now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="149"/>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <location filename="../../desktop/window_menus.py" line="172"/>
        <source>About Lorasmith</source>
        <translation>關於 Lorasmith</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>The settings wizard&apos;s proposal is in the form; check it and press Start training.</source>
        <translation>設定精靈的建議已填入表單；請檢查後按「開始訓練」。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="306"/>
        <source>A training run is going</source>
        <translation>訓練正在進行</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="307"/>
        <source>What should happen to the run?</source>
        <translation>要如何處理這次訓練？</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="313"/>
        <source>Stop saves the adapter trained so far; the window closes when it is saved. Kill ends the run at once; you can resume it later from its last checkpoint.</source>
        <translation>「停止」會儲存目前訓練好的適配器，儲存完成後視窗關閉。「強制結束」會立即結束訓練；之後可以從最近的檢查點繼續。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="318"/>
        <source>Stop and quit</source>
        <translation>停止並離開</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="319"/>
        <source>Kill and quit</source>
        <translation>強制結束並離開</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="320"/>
        <source>Keep training</source>
        <translation>繼續訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="328"/>
        <source>Stopping… the window closes when the adapter is saved.</source>
        <translation>正在停止…適配器儲存後視窗將關閉。</translation>
    </message>
</context>
<context>
    <name>ModelDetailsPane</name>
    <message>
        <location filename="../../desktop/views/models/details.py" line="81"/>
        <source>Choose a model</source>
        <translation>選擇一個模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="90"/>
        <source>Select a recommended model or search the Hub; its size, licence and whether it fits your graphics card appear here.</source>
        <translation>選擇一個推薦模型或在 Hub 上搜尋；它的大小、授權條款以及是否適合你的顯示卡會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="99"/>
        <source>Architecture</source>
        <translation>架構</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="100"/>
        <source>Parameters</source>
        <translation>參數量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="101"/>
        <source>Download size</source>
        <translation>下載大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="102"/>
        <source>Free disk space</source>
        <translation>可用磁碟空間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="103"/>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="104"/>
        <source>Access</source>
        <translation>存取</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="105"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="106"/>
        <source>Your graphics card</source>
        <translation>你的顯示卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="126"/>
        <source>Allow this model&apos;s custom code (I trust the publisher)</source>
        <translation>允許這個模型的自訂程式碼（我信任發布者）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="139"/>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="142"/>
        <source>Download what training needs into the models folder. A stopped download continues where it left off.</source>
        <translation>把訓練所需的檔案下載到模型資料夾。停下的下載會從中斷處繼續。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="146"/>
        <source>Open model page</source>
        <translation>開啟模型頁面</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="148"/>
        <source>Open the model&apos;s page on the Hub in your browser (to read its card or accept its licence).</source>
        <translation>在瀏覽器中開啟模型在 Hub 上的頁面（閱讀模型卡或接受授權條款）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="185"/>
        <location filename="../../desktop/views/models/details.py" line="259"/>
        <source>Yes: Lorasmith can train this architecture.</source>
        <translation>可以：Lorasmith 能訓練這種架構。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="192"/>
        <source>Needs a card with about {0} GB of VRAM at the default settings.</source>
        <translation>依預設設定需要約 {0} GB VRAM 的顯示卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="198"/>
        <location filename="../../desktop/views/models/details.py" line="238"/>
        <location filename="../../desktop/views/models/details.py" line="246"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="209"/>
        <source>Offline mode: these details come from the list shipped with Lorasmith.</source>
        <translation>離線模式：這些資訊來自 Lorasmith 內建的清單。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="211"/>
        <source>Offline mode is on: turn it off in the Settings tab to look this model up on the Hub.</source>
        <translation>離線模式已開啟：在「設定」分頁中關閉它，才能在 Hub 上查詢這個模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="217"/>
        <source>Looking up {0} on the Hub…</source>
        <translation>正在 Hub 上查詢 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="241"/>
        <source>{0} (estimated from the file size)</source>
        <translation>{0}（依檔案大小估算）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/models/details.py" line="244"/>
        <source>{0} in %n file(s)</source>
        <translation>
            <numerusform>{0}，共 %n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="252"/>
        <source>{0}: not enough for this model. Free up space or choose another models folder in the Settings tab.</source>
        <translation>{0}：不夠存放這個模型。請釋放空間，或在「設定」分頁中選擇其他模型資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="256"/>
        <source>not stated; read the model card</source>
        <translation>未註明；請閱讀模型卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="261"/>
        <source>Only with the model&apos;s custom code (see below).</source>
        <translation>只能藉助模型的自訂程式碼（見下方）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="264"/>
        <source>No: Lorasmith cannot train this architecture (&apos;{0}&apos;). It trains decoder-only text models such as Llama, Qwen, Mistral, Gemma and Phi.</source>
        <translation>不能：Lorasmith 無法訓練這種架構（「{0}」）。它訓練的是 Llama、Qwen、Mistral、Gemma 和 Phi 這類僅解碼器的文字模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="272"/>
        <source>This model needs custom code: its architecture (&apos;{0}&apos;) is defined by Python files in its repository, which would run on your computer with your permissions when the model loads. Lorasmith refuses it unless you allow it here.</source>
        <translation>這個模型需要自訂程式碼：它的架構（「{0}」）由儲存庫中的 Python 檔案定義，載入模型時這些程式碼會以你的權限在你的電腦上執行。除非你在這裡允許，否則 Lorasmith 會拒絕它。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="284"/>
        <source>This repository has no model weights Lorasmith can use (safetensors). It may hold only GGUF, ONNX or adapter files; pick the original model.</source>
        <translation>這個儲存庫沒有 Lorasmith 能用的模型權重（safetensors）。它可能只有 GGUF、ONNX 或適配器檔案；請選擇原始模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="295"/>
        <source>Gated: open the model page and accept the licence first; downloading then needs your access token.</source>
        <translation>受限：請先開啟模型頁面並接受授權條款；之後下載需要你的存取權杖。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="298"/>
        <source>No token is saved yet (Settings tab).</source>
        <translation>還沒有儲存權杖（「設定」分頁）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="300"/>
        <source>Private: needs an access token that can read it.</source>
        <translation>私人：需要能讀取它的存取權杖。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="302"/>
        <source>Open: no account needed.</source>
        <translation>公開：不需要帳號。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="308"/>
        <source>Unknown until you have access: the model&apos;s settings are gated.</source>
        <translation>取得存取權限之前無法得知：模型的設定檔受限。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="310"/>
        <source>Unknown: the model&apos;s config.json does not describe its size.</source>
        <translation>未知：模型的 config.json 沒有描述它的規模。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="314"/>
        <source>No NVIDIA graphics card found, so training would run on the processor (slow above 1B parameters). On a card it needs about {0:.1f} GiB at the default settings.</source>
        <translation>沒有找到 NVIDIA 顯示卡，訓練將在處理器上執行（超過 1B 參數會很慢）。在顯示卡上依預設設定約需 {0:.1f} GiB。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="319"/>
        <source>Fits: about {0:.1f} GiB at the default settings; {1:.1f} GiB is free on {2}.</source>
        <translation>放得下：依預設設定約需 {0:.1f} GiB；{2} 上有 {1:.1f} GiB 可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="324"/>
        <source>Fits with smaller settings: the defaults need about {0:.1f} GiB and {1:.1f} GiB is free on {2}; the wizard lowers the batch or the cutoff length to about {3:.1f} GiB.</source>
        <translation>調小設定後放得下：預設設定約需 {0:.1f} GiB，而 {2} 上有 {1:.1f} GiB 可用；精靈會降低批次大小或截斷長度，使其約需 {3:.1f} GiB。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/details.py" line="329"/>
        <source>Too big for {2}: even the smallest settings need about {0:.1f} GiB and {1:.1f} GiB is free. Choose a smaller model.</source>
        <translation>對 {2} 來說太大：即使最小的設定也約需 {0:.1f} GiB，而可用的只有 {1:.1f} GiB。請選擇更小的模型。</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="63"/>
        <source>Choose a base model</source>
        <translation>選擇基礎模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="69"/>
        <source>Use a model folder…</source>
        <translation>使用模型資料夾…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="72"/>
        <source>A folder with a model&apos;s config.json, tokenizer and safetensors weights, for example one you downloaded before</source>
        <translation>包含模型 config.json、分詞器和 safetensors 權重的資料夾，例如你之前下載過的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="86"/>
        <source>The base model is the language model your LoRA adapter will change. Models that fit your graphics card come first; a bigger model learns more but needs more memory and time. The tiny demo model trains in a minute, even without a graphics card, to show how it all works.</source>
        <translation>基礎模型就是你的 LoRA 適配器要改變的語言模型。適合你顯示卡的模型排在前面；模型越大學得越多，但需要更多記憶體和時間。小小的示範模型一分鐘就能訓練完，即使沒有顯示卡也行，用來展示整個流程。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="105"/>
        <source>On this computer</source>
        <translation>這台電腦上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="107"/>
        <source>Demo model (bundled)</source>
        <translation>示範模型（內附）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="108"/>
        <source>Tiny: learns a style in about a minute, even on the processor; not for real work.</source>
        <translation>很小：大約一分鐘就能學會一種風格，處理器上也行；不適合實際使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="117"/>
        <source>Your folder: {0}</source>
        <translation>你的資料夾：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="123"/>
        <source>Recommended, to download in the Models screen first</source>
        <translation>推薦模型，需先在「模型」畫面下載</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="125"/>
        <source>Recommended, not downloaded yet (their settings are read from the Hub)</source>
        <translation>推薦模型，尚未下載（從 Hub 讀取它們的設定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="137"/>
        <source>needs an NVIDIA card with {0} GB</source>
        <translation>需要 {0} GB 的 NVIDIA 顯示卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="139"/>
        <source>fits your card</source>
        <translation>適合你的顯示卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="141"/>
        <source>needs a card with {0} GB; yours has {1:.0f} GB</source>
        <translation>需要 {0} GB 的顯示卡；你的顯示卡有 {1:.0f} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="142"/>
        <source>{0} billion parameters · {1:.1f} GB download</source>
        <translation>{0}B 參數 · 下載 {1:.1f} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="240"/>
        <source>Choose a model folder</source>
        <translation>選擇模型資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="246"/>
        <source>No config.json in {0}: choose the folder that holds the model&apos;s files.</source>
        <translation>{0} 中沒有 config.json：請選擇存放模型檔案的資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="269"/>
        <source>This model&apos;s config.json cannot be read.</source>
        <translation>無法讀取這個模型的 config.json。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="275"/>
        <source>Reading {0}&apos;s settings from the Hub…</source>
        <translation>正在從 Hub 讀取 {0} 的設定…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/model.py" line="288"/>
        <source>Could not read the model&apos;s settings from the Hub: {0} Download it in the Models screen, or choose a model folder.</source>
        <translation>無法從 Hub 讀取模型設定：{0} 請在「模型」畫面下載它，或選擇一個模型資料夾。</translation>
    </message>
</context>
<context>
    <name>ModelSearchPanel</name>
    <message>
        <location filename="../../desktop/views/models/search.py" line="85"/>
        <source>Search the Hub by name, or paste owner/name</source>
        <translation>依名稱搜尋 Hub，或貼上 owner/name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="87"/>
        <source>A name searches the Hub. owner/name or a model page address opens that model&apos;s details too.</source>
        <translation>輸入名稱會搜尋 Hub。輸入 owner/name 或模型頁面網址還會直接開啟該模型的詳細資訊。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="90"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="91"/>
        <source>Search the Hub (Enter).</source>
        <translation>搜尋 Hub（Enter）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="93"/>
        <source>Recommended</source>
        <translation>推薦</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="94"/>
        <source>The base models Lorasmith suggests, from 0.5B to 14B parameters.</source>
        <translation>Lorasmith 推薦的基礎模型，參數量從 0.5B 到 14B。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="125"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="126"/>
        <source>Parameters</source>
        <translation>參數量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="127"/>
        <source>Download</source>
        <translation>下載大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="128"/>
        <source>Card</source>
        <translation>顯示卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="129"/>
        <source>Downloads</source>
        <translation>下載次數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="130"/>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="131"/>
        <source>Access</source>
        <translation>存取</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="135"/>
        <source>Size of the files Lorasmith downloads (≈: from the parameter count).</source>
        <translation>Lorasmith 要下載的檔案大小（≈：依參數量推算）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="136"/>
        <source>The smallest graphics card (VRAM) that trains it at the default settings.</source>
        <translation>依預設設定能訓練它的最小顯示卡（VRAM）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="137"/>
        <source>Downloads on the Hub in the last month.</source>
        <translation>最近一個月在 Hub 上的下載次數。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="155"/>
        <source>Recommended base models: small instruct models from the common families. Select one to see whether it fits your card.</source>
        <translation>推薦的基礎模型：來自常見系列的小型指令模型。選擇一個，看看它是否適合你的顯示卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="169"/>
        <source>{0} GB</source>
        <translation>{0} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="172"/>
        <location filename="../../desktop/views/models/search.py" line="232"/>
        <source>Gated</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="172"/>
        <location filename="../../desktop/views/models/search.py" line="232"/>
        <source>Open</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="199"/>
        <source>Hub models matching “{0}”: text generation, safetensors weights, for transformers; most downloaded first.</source>
        <translation>Hub 上符合「{0}」的模型：文字生成、safetensors 權重、適用於 transformers；下載最多的排在前面。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="207"/>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/models/search.py" line="237"/>
        <source>%n model(s) found. Select one for its details.</source>
        <translation>
            <numerusform>找到 %n 個模型。選擇一個查看詳細資訊。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="243"/>
        <source>No text-generation models with safetensors weights match “{0}”. Try a shorter name, such as the model family.</source>
        <translation>沒有帶 safetensors 權重的文字生成模型符合「{0}」。試試更短的名稱，例如模型系列名。</translation>
    </message>
</context>
<context>
    <name>ModelsErrors</name>
    <message>
        <location filename="../../desktop/views/models/common.py" line="98"/>
        <source>this model</source>
        <translation>這個模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="173"/>
        <source>Offline mode is on, so Lorasmith does not contact the Hub. Turn it off in the Settings tab (and unset HF_HUB_OFFLINE) to search or download.</source>
        <translation>離線模式已開啟，Lorasmith 不會連線到 Hub。要搜尋或下載，請在「設定」分頁中關閉它（並取消設定 HF_HUB_OFFLINE）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="178"/>
        <source>Cannot reach the Hub. Check your internet connection and try again. If the Hub is blocked where you are, set a mirror such as {0} as the Hub endpoint in the Settings tab.</source>
        <translation>無法連線到 Hub。請檢查網路連線後重試。如果你所在的地方無法存取 Hub，請在「設定」分頁中把 {0} 之類的鏡像站設為 Hub 位址。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="119"/>
        <source>{0} is gated and your account has not been given access yet. Open the model page, sign in with the account your token belongs to and accept the licence. Some publishers approve requests by hand, which can take a while.</source>
        <translation>{0} 是受限模型，你的帳號還沒有取得存取權限。請開啟模型頁面，用權杖所屬的帳號登入並接受授權條款。有些發布者會人工審核申請，可能需要一段時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="126"/>
        <source>{0} is gated: open the model page, sign in and accept the licence, then save your Hugging Face access token in the Settings tab and try again.</source>
        <translation>{0} 是受限模型：請開啟模型頁面，登入並接受授權條款，然後在「設定」分頁中儲存你的 Hugging Face 存取權杖，再重試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="185"/>
        <source>The Hub asks you to sign in to read {0}. Save a Hugging Face access token in the Settings tab and try again.</source>
        <translation>Hub 要求登入後才能讀取 {0}。請在「設定」分頁中儲存 Hugging Face 存取權杖，然後重試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="189"/>
        <source>The Hub refused your access token: it is wrong or has expired. Make a new read token on the Hub (your account&apos;s Settings &gt; Access Tokens) and save it in the Settings tab.</source>
        <translation>Hub 拒絕了你的存取權杖：它有誤或已過期。請在 Hub 上建立一個唯讀權杖（帳號的 Settings &gt; Access Tokens），並在「設定」分頁中儲存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="195"/>
        <source>Your access token may not read {0}. Use a token with read access (a fine-grained token needs read access to this repository or to public gated repositories).</source>
        <translation>你的存取權杖無權讀取 {0}。請使用有讀取權限的權杖（細部權杖需要對這個儲存庫或公開的受限儲存庫有讀取權限）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="135"/>
        <source>There is no model called {0} on {1}. Check the spelling (owner/name, as on the model page).</source>
        <translation>{1} 上沒有名為 {0} 的模型。請檢查拼寫（owner/name，與模型頁面上一致）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="140"/>
        <source>If it is private, save an access token that can read it.</source>
        <translation>如果它是私人模型，請儲存能讀取它的存取權杖。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="202"/>
        <source>{0} has no such branch, tag or commit; check the revision on the model page.</source>
        <translation>{0} 沒有這個分支、標籤或提交；請在模型頁面上核對版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="147"/>
        <source>The Hub is limiting requests from your connection. Wait about {0} seconds and try again; signing in with an access token raises the limit.</source>
        <translation>Hub 正在限制來自你網路的請求。請等待約 {0} 秒後重試；使用存取權杖登入可以提高限額。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="153"/>
        <source>The Hub is limiting requests from your connection. Wait a few minutes and try again; signing in with an access token raises the limit.</source>
        <translation>Hub 正在限制來自你網路的請求。請等幾分鐘後重試；使用存取權杖登入可以提高限額。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="206"/>
        <source>The Hub had a server error. Try again in a few minutes.</source>
        <translation>Hub 伺服器發生錯誤。請幾分鐘後重試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="163"/>
        <source>There is not enough free disk space in {0} for {1} (only {2} free; Lorasmith also keeps 1 GB spare). Free up space or choose another models folder in the Settings tab.</source>
        <translation>{0} 中沒有足夠的可用磁碟空間存放 {1}（只有 {2} 可用；Lorasmith 還會保留 1 GB 餘裕）。請釋放空間，或在「設定」分頁中選擇其他模型資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="208"/>
        <source>The disk ran out of space while saving {0}. Free up space or choose another models folder in the Settings tab, then resume the download.</source>
        <translation>儲存 {0} 時磁碟空間用完了。請釋放空間，或在「設定」分頁中選擇其他模型資料夾，然後繼續下載。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="213"/>
        <source>Lorasmith may not write to the models folder. Choose a folder you own in the Settings tab, then try again.</source>
        <translation>Lorasmith 沒有權限寫入模型資料夾。請在「設定」分頁中選擇一個你有權限的資料夾，然後重試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="217"/>
        <source>The connection to the Hub was lost and did not come back. What was downloaded is kept: press Resume to continue.</source>
        <translation>與 Hub 的連線中斷且沒有恢復。已下載的部分會保留：按「繼續」接著下載。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="222"/>
        <source>Stopped. Press Resume to continue where it left off.</source>
        <translation>已停止。按「繼續」可從中斷處接著下載。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="223"/>
        <source>{0} needs custom code to load: its architecture is defined by Python files in its repository, which would run on your computer with your permissions. Allow custom code in the details pane only if you trust the publisher.</source>
        <translation>{0} 需要自訂程式碼才能載入：它的架構由儲存庫中的 Python 檔案定義，這些程式碼會以你的權限在你的電腦上執行。只有信任發布者時，才在詳細資訊面板中允許自訂程式碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="231"/>
        <source>{0} has no weights Lorasmith can use (safetensors). It may hold only GGUF, ONNX or adapter files; pick the original model.</source>
        <translation>{0} 沒有 Lorasmith 能用的權重（safetensors）。它可能只有 GGUF、ONNX 或適配器檔案；請選擇原始模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="236"/>
        <source>A file of {0} arrived damaged and was deleted. Try again; if it keeps happening, your connection or mirror is altering files.</source>
        <translation>{0} 的一個檔案下載後損毀，已被刪除。請重試；如果反覆出現，表示你的網路或鏡像站在竄改檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="241"/>
        <source>{0} is being downloaded (here, in another window or by a command). Wait for it to finish or stop it there.</source>
        <translation>{0} 正在下載中（在這裡、另一個視窗或某個指令中）。請等它完成，或在那裡停止它。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="245"/>
        <source>The Hub endpoint is not a web address. It looks like https://huggingface.co or a mirror such as {0}.</source>
        <translation>Hub 位址不是網址。它應類似 https://huggingface.co 或 {0} 這樣的鏡像站。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="249"/>
        <source>&apos;{0}&apos; is not a model name; use the form owner/name as shown on the model page, for example Qwen/Qwen2.5-0.5B-Instruct.</source>
        <translation>「{0}」不是模型名稱；請使用模型頁面上顯示的 owner/name 形式，例如 Qwen/Qwen2.5-0.5B-Instruct。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="254"/>
        <source>This computer has no secure password store to keep the token in. Set the HF_TOKEN environment variable instead.</source>
        <translation>這台電腦沒有可以儲存權杖的安全密碼庫。請改用 HF_TOKEN 環境變數。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="259"/>
        <source>The access token is empty: paste the token from your Hugging Face account page (Settings &gt; Access Tokens).</source>
        <translation>存取權杖是空的：請從你的 Hugging Face 帳號頁面（Settings &gt; Access Tokens）貼上權杖。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="267"/>
        <source>{0} only has pickle weights (.bin files), which can run code on your computer when loaded. Allow pickle weights in the Settings tab only if you trust the publisher.</source>
        <translation>{0} 只有 pickle 權重（.bin 檔案），載入時可能在你的電腦上執行程式碼。只有信任發布者時，才在「設定」分頁中允許 pickle 權重。</translation>
    </message>
</context>
<context>
    <name>ModelsSettingsPanel</name>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="80"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="82"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="89"/>
        <source>Downloaded models go here, each in its own folder. Leave it empty for the default folder.</source>
        <translation>下載的模型放在這裡，每個模型一個資料夾。留空則使用預設資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="98"/>
        <source>Leave it empty for {0}. Where the Hub is slow or blocked, a mirror such as {1} works the same way. The HF_ENDPOINT environment variable is honoured too.</source>
        <translation>留空則使用 {0}。如果 Hub 很慢或無法存取，可以用 {1} 這樣的鏡像站，用法相同。也支援 HF_ENDPOINT 環境變數。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="104"/>
        <source>Offline mode: never contact the Hub (only models on this computer)</source>
        <translation>離線模式：從不連線到 Hub（只用本機上的模型）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="106"/>
        <source>Allow pickle weights (.bin files) for models that have no safetensors</source>
        <translation>對沒有 safetensors 的模型允許 pickle 權重（.bin 檔案）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="109"/>
        <source>Pickle files can run code on your computer when they are loaded. Allow them only for publishers you trust.</source>
        <translation>pickle 檔案在載入時可能在你的電腦上執行程式碼。只對你信任的發布者允許。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="115"/>
        <source>Where models come from and go</source>
        <translation>模型的來源和存放位置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="118"/>
        <source>Models folder</source>
        <translation>模型資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="119"/>
        <source>Hub endpoint</source>
        <translation>Hub 位址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="130"/>
        <source>hf_… (paste a read token)</source>
        <translation>hf_…（貼上唯讀權杖）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="132"/>
        <source>Save token</source>
        <translation>儲存權杖</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="134"/>
        <source>Forget token</source>
        <translation>刪除權杖</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="136"/>
        <source>Make a token…</source>
        <translation>建立權杖…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="137"/>
        <source>Open the Hub&apos;s access token page in your browser.</source>
        <translation>在瀏覽器中開啟 Hub 的存取權杖頁面。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="146"/>
        <source>Needed for gated models (accept the licence on the model page first) and private ones. The token is kept in your system&apos;s password store (keyring), never in Lorasmith&apos;s files.</source>
        <translation>受限模型（請先在模型頁面接受授權條款）和私人模型需要它。權杖儲存在系統的密碼庫（keyring）中，絕不會寫入 Lorasmith 的檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="154"/>
        <source>Access token</source>
        <translation>存取權杖</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="202"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="212"/>
        <source>Choose the models folder</source>
        <translation>選擇模型資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="229"/>
        <source>Using the token in the HF_TOKEN environment variable (it wins over a saved one).</source>
        <translation>正在使用 HF_TOKEN 環境變數中的權杖（它優先於已儲存的權杖）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="231"/>
        <source>A token is saved in your system&apos;s password store.</source>
        <translation>系統的密碼庫中已儲存了一個權杖。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="233"/>
        <source>No token saved. Public models need none.</source>
        <translation>沒有儲存權杖。公開模型不需要權杖。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="247"/>
        <source>Token saved in your system&apos;s password store.</source>
        <translation>權杖已儲存到系統的密碼庫。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/settings.py" line="256"/>
        <source>Token removed from your system&apos;s password store.</source>
        <translation>權杖已從系統的密碼庫中刪除。</translation>
    </message>
</context>
<context>
    <name>ModelsText</name>
    <message>
        <location filename="../../desktop/views/models/common.py" line="61"/>
        <source>estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="64"/>
        <source>{0} s left</source>
        <translation>還剩 {0} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="66"/>
        <source>{0} min left</source>
        <translation>還剩 {0} 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="67"/>
        <source>{0} h {1} min left</source>
        <translation>還剩 {0} 小時 {1} 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/common.py" line="71"/>
        <source>{0}/s</source>
        <translation>{0}/秒</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <location filename="../../desktop/views/models/view.py" line="69"/>
        <source>Base models</source>
        <translation>基礎模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="76"/>
        <source>Find a model, check that it fits your graphics card, and download it. Downloads continue where they stopped.</source>
        <translation>尋找模型，確認它適合你的顯示卡，然後下載。下載會從中斷處繼續。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="44"/>
        <source>Find models</source>
        <translation>尋找模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="45"/>
        <location filename="../../desktop/views/models/view.py" line="132"/>
        <source>On this computer</source>
        <translation>本機模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="46"/>
        <location filename="../../desktop/views/models/view.py" line="135"/>
        <source>Downloads</source>
        <translation>下載</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="47"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="110"/>
        <source>Offline mode</source>
        <translation>離線模式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="111"/>
        <source>Lorasmith does not contact the Hub; turn it off in the Settings tab.</source>
        <translation>Lorasmith 不會連線到 Hub；可在「設定」分頁中關閉。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="132"/>
        <source>On this computer ({0})</source>
        <translation>本機模型（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="135"/>
        <source>Downloads ({0})</source>
        <translation>下載（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/view.py" line="149"/>
        <source>Base model for training: {0}</source>
        <translation>訓練用的基礎模型：{0}</translation>
    </message>
</context>
<context>
    <name>MonitorView</name>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="104"/>
        <source>No run yet: start one in the Train screen, or open one in Runs.</source>
        <translation>還沒有執行：請在「訓練」頁面開始一次，或在「執行記錄」中開啟一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="110"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="111"/>
        <source>Stop after the current step and save the adapter so far.</source>
        <translation>完成當前這一步後停止，並儲存目前的適配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="112"/>
        <source>Kill</source>
        <translation>強制結束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="115"/>
        <source>End the training process at once. Nothing since the last checkpoint is kept; you can resume from that checkpoint.</source>
        <translation>立即結束訓練程序。最近一個檢查點之後的進度不會保留；之後可以從該檢查點繼續。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="119"/>
        <source>Open run folder</source>
        <translation>開啟執行資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="120"/>
        <source>Retry with smaller settings</source>
        <translation>用更小的設定重試</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="123"/>
        <source>Start a new run with the next smaller settings the planner proposes (a smaller micro batch first).</source>
        <translation>依規劃器建議的下一檔更小設定開始新的執行（先減小微批次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="147"/>
        <source>Point at a curve to read its values.</source>
        <translation>將滑鼠指向曲線即可讀取數值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="164"/>
        <source>Log scale</source>
        <translation>對數座標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="166"/>
        <source>Show the loss on a logarithmic scale, which spreads out small changes late in training.</source>
        <translation>用對數座標顯示損失，便於看清訓練後期的細小變化。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="169"/>
        <source>Raw loss</source>
        <translation>原始損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="171"/>
        <source>Also draw the loss of every step, not only the smoothed curve.</source>
        <translation>除平滑曲線外，也畫出每一步的損失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="177"/>
        <source>How strongly the smoothed curve averages recent steps (0: not at all, 0.99: very strongly).</source>
        <translation>平滑曲線對最近各步取平均的強度（0：不平滑，0.99：非常平滑）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="180"/>
        <source>Clear comparison</source>
        <translation>清除對比</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="186"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="206"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="207"/>
        <source>Log</source>
        <translation>日誌</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="33"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="34"/>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="35"/>
        <source>Gradient norm</source>
        <translation>梯度範數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="36"/>
        <source>Step</source>
        <translation>步數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="53"/>
        <source>Training loss</source>
        <translation>訓練損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="54"/>
        <source>Training loss (smoothed)</source>
        <translation>訓練損失（平滑）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="55"/>
        <source>Validation loss</source>
        <translation>驗證損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="269"/>
        <source>Resume with learning rate {0}</source>
        <translation>以學習率 {0} 繼續訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="272"/>
        <source>Resume from the checkpoint at step {0}, the last one saved before the values broke, with this lower learning rate written to the run&apos;s settings.</source>
        <translation>從第 {0} 步的檢查點（數值出錯前儲存的最後一個）繼續訓練，並把這個更低的學習率寫入執行的設定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="107"/>
        <source>{0}: training loss</source>
        <translation>{0}：訓練損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/curves.py" line="114"/>
        <source>{0}: validation loss</source>
        <translation>{0}：驗證損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="57"/>
        <location filename="../../desktop/views/monitor/view.py" line="304"/>
        <source>Step {0}</source>
        <translation>第 {0} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="306"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="319"/>
        <source>Warnings ({0})</source>
        <translation>警告（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="332"/>
        <source>Waiting for the first step…</source>
        <translation>等待第一步…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="335"/>
        <source>Step {0} of {1}</source>
        <translation>第 {0} / {1} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="338"/>
        <source>Epoch {0} of {1}</source>
        <translation>輪次 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="339"/>
        <source>Elapsed {0}</source>
        <translation>已用時 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="341"/>
        <source>About {0} left</source>
        <translation>約剩 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="343"/>
        <source>{0} tokens/s</source>
        <translation>{0} token/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="349"/>
        <source>Training</source>
        <translation>訓練中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="350"/>
        <source>Stopping after this step…</source>
        <translation>本步完成後停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="351"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="352"/>
        <source>Stopped, adapter saved</source>
        <translation>已停止，適配器已儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="353"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="354"/>
        <source>Crashed</source>
        <translation>崩潰</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="355"/>
        <source>Killed</source>
        <translation>已強制結束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/view.py" line="356"/>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="49"/>
        <source>No points yet.</source>
        <translation>還沒有資料點。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="58"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="62"/>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="66"/>
        <source>validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="68"/>
        <source>(step {0})</source>
        <translation>（第 {0} 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="72"/>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/hover.py" line="75"/>
        <source>gradient norm</source>
        <translation>梯度範數</translation>
    </message>
</context>
<context>
    <name>PathEdit</name>
    <message>
        <location filename="../../desktop/views/train/form.py" line="104"/>
        <source>File…</source>
        <translation>檔案…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="108"/>
        <source>Folder…</source>
        <translation>資料夾…</translation>
    </message>
</context>
<context>
    <name>PerplexityPanel</name>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="91"/>
        <source>This run&apos;s validation rows</source>
        <translation>這次執行的驗證列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="93"/>
        <source>The rows the run held out: only their answers are scored, as in training.</source>
        <translation>這次執行保留的列：和訓練時一樣，只對回答部分評分。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="95"/>
        <source>A file:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="96"/>
        <source>A .txt file is measured as one long text; a dataset file by its answers.</source>
        <translation>.txt 檔案作為一整段長文字來測量；資料集檔案則測量其中的回答。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="102"/>
        <source>A .txt or dataset file</source>
        <translation>.txt 或資料集檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="104"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="107"/>
        <source>Measure on:</source>
        <translation>測量對象：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="120"/>
        <source>How many tokens the model sees at once. Longer texts are measured in overlapping windows of this size.</source>
        <translation>模型一次能看到多少個 token。更長的文字會用這個大小的重疊視窗分段測量。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="126"/>
        <source>How far each window moves on. Smaller gives every token more context and takes longer; it must not exceed the window.</source>
        <translation>每個視窗向後移動多遠。越小，每個 token 的上下文越多，但越慢；不能超過視窗大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="130"/>
        <source>Measure</source>
        <translation>測量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="131"/>
        <source>Measure the base model, the final adapter and every checkpoint.</source>
        <translation>測量基礎模型、最終適配器和每個檢查點。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="133"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="136"/>
        <source>Window</source>
        <translation>視窗</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="138"/>
        <location filename="../../desktop/views/tryout/perplexity.py" line="142"/>
        <source>tokens</source>
        <translation>個 token</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="140"/>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="151"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="151"/>
        <location filename="../../desktop/views/tryout/perplexity.py" line="168"/>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="151"/>
        <source>Mean loss</source>
        <translation>平均損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="151"/>
        <source>Tokens</source>
        <translation>Token 數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="169"/>
        <source>Step</source>
        <translation>步數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="172"/>
        <source>Checkpoints</source>
        <translation>檢查點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="176"/>
        <location filename="../../desktop/views/tryout/perplexity.py" line="267"/>
        <source>Base model</source>
        <translation>基礎模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="70"/>
        <source>Perplexity is how surprised a model is by a text: lower is better. On held-out rows, a checkpoint lower than the base model learned something that carries over; if later checkpoints rise again, the adapter started memorising its training rows, and an earlier checkpoint is the better one.</source>
        <translation>困惑度表示模型對一段文字有多「意外」：越低越好。在保留的驗證列上，比基礎模型低的檢查點學到了能推廣的東西；如果後面的檢查點又升高，表示適配器開始死記訓練列，較早的檢查點更好。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="183"/>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="212"/>
        <source>The stride must not be larger than the window.</source>
        <translation>步幅不能大於視窗。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="218"/>
        <source>Choose the file to measure first.</source>
        <translation>請先選擇要測量的檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="228"/>
        <source>Measuring…</source>
        <translation>正在測量…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="235"/>
        <source>Loading the model…</source>
        <translation>正在載入模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="240"/>
        <source>Measuring {0}…</source>
        <translation>正在測量{0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="251"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="253"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="270"/>
        <source>Final adapter (step {0})</source>
        <translation>最終適配器（第 {0} 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="273"/>
        <source>Checkpoint at step {0}</source>
        <translation>第 {0} 步的檢查點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="293"/>
        <source>{0:+.1%} against the base model</source>
        <translation>相對基礎模型 {0:+.1%}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="327"/>
        <source>Saved in the run folder as {0}</source>
        <translation>已儲存到執行資料夾：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="337"/>
        <source>Text to measure</source>
        <translation>要測量的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/perplexity.py" line="339"/>
        <source>Text and dataset files (*.txt *.json *.jsonl *.csv *.parquet);;All files (*)</source>
        <translation>文字和資料集檔案 (*.txt *.json *.jsonl *.csv *.parquet);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../desktop/views/wizard/plan_wizard.py" line="22"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/plan_wizard.py" line="23"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/plan_wizard.py" line="24"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/plan_wizard.py" line="25"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="113"/>
        <source>Trained (the model learns it)</source>
        <translation>訓練部分（模型學習寫出）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="114"/>
        <source>Prompt (context, not trained)</source>
        <translation>提示部分（上下文，不訓練）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="115"/>
        <source>Past the cutoff (cut off)</source>
        <translation>超出截斷長度（被截掉）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="131"/>
        <source>This row cannot be trained: {0}</source>
        <translation>這一列無法訓練：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="173"/>
        <source>end-of-text token</source>
        <translation>文字結束符</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="193"/>
        <source>{0} characters, {1} of them trained. Choose a model to count tokens.</source>
        <translation>{0} 個字元，其中 {1} 個參與訓練。選擇模型後可計算 token 數。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="197"/>
        <source>{0} tokens, {1} of them trained.</source>
        <translation>{0} 個 token，其中 {1} 個參與訓練。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/preview.py" line="199"/>
        <source>The row has {0} tokens; everything past the cutoff of {1} is cut off.</source>
        <translation>這一列有 {0} 個 token；超出截斷長度 {1} 的部分會被截掉。</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="26"/>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="26"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="49"/>
        <source>No problems found.</source>
        <translation>沒有發現問題。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="52"/>
        <source>Problems: {0} and {1}. Click one to go to its row.</source>
        <translation>問題：{0}，{1}。按一下即可跳到對應的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="60"/>
        <source>line {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/problems.py" line="53"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/problems.py" line="54"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="61"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/problems.py" line="61"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/i18n.py" line="59"/>
        <source>&amp;Step up</source>
        <translation>增大(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="60"/>
        <source>Step &amp;down</source>
        <translation>減小(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/i18n.py" line="44"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="45"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="46"/>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="47"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="49"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="50"/>
        <source>Select All</source>
        <translation>全選</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop/i18n.py" line="41"/>
        <source>Show Details...</source>
        <translation>顯示詳細資訊…</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="42"/>
        <source>Hide Details...</source>
        <translation>隱藏詳細資訊…</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="43"/>
        <source>About Qt</source>
        <translation>關於 Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/i18n.py" line="24"/>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="25"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="26"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="27"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="28"/>
        <source>Discard</source>
        <translation>放棄</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="29"/>
        <source>Don&apos;t Save</source>
        <translation>不儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="30"/>
        <source>Close without Saving</source>
        <translation>關閉且不儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="31"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="32"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="33"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="34"/>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="35"/>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="36"/>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="37"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="38"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="39"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="40"/>
        <source>Restore Defaults</source>
        <translation>恢復預設值</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop/i18n.py" line="51"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="52"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="53"/>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="54"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="55"/>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="56"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="57"/>
        <source>Select All</source>
        <translation>全選</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="58"/>
        <source>Copy &amp;Link Location</source>
        <translation>複製連結位址(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RawTextView</name>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="92"/>
        <source> tokens</source>
        <translation> 個 token</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="95"/>
        <source>Tokens each chunk repeats from the end of the previous one, so no passage is only ever seen cut in half.</source>
        <translation>每一塊重複上一塊結尾的 token 數，這樣任何一段文字都不會只以被切開的樣子出現。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="102"/>
        <location filename="../../desktop/views/dataset/rawtext.py" line="117"/>
        <source> characters</source>
        <translation> 個字元</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="105"/>
        <source>Move chunk edges to a line break within this many characters, so chunks start and end on whole lines.</source>
        <translation>在這麼多個字元的範圍內把塊的邊界移到換行處，讓每一塊都從完整的行開始和結束。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="111"/>
        <source>Text that splits the file into blocks no chunk crosses; \n is a line break. The default, \n\n\n, is two empty lines.</source>
        <translation>把檔案分成若干段的分隔文字，任何塊都不會跨段；\n 表示換行。預設的 \n\n\n 就是兩個空行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="118"/>
        <source>Blocks this short or shorter are left out.</source>
        <translation>不超過這個長度的段會被略過。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="119"/>
        <source>End each block with the end-of-text token</source>
        <translation>每段末尾加上文字結束符</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="129"/>
        <source>Overlap</source>
        <translation>重疊</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="131"/>
        <source>Prefer line breaks within</source>
        <translation>在此範圍內優先在換行處切分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="133"/>
        <source>Hard cut</source>
        <translation>強制分段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="135"/>
        <source>Leave out blocks up to</source>
        <translation>略過不超過此長度的段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="159"/>
        <source>Chunks, in alternating shades: each is one example</source>
        <translation>塊（深淺交替）：每一塊是一個訓練樣本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="163"/>
        <source>Overlap with the chunk before</source>
        <translation>與上一塊重疊的部分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="214"/>
        <source>{0} from {1}.</source>
        <translation>{0}，來自{1}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/rawtext.py" line="216"/>
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n 段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="220"/>
        <source>Click in the text to preview the chunk there.</source>
        <translation>按一下文字中的任意位置，預覽那裡的塊。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="265"/>
        <source>Chunk {0} of {1} (block {2})</source>
        <translation>第 {0} 塊，共 {1} 塊（第 {2} 段）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="194"/>
        <source>Working out the chunks…</source>
        <translation>正在計算分塊…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dataset/rawtext.py" line="215"/>
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n 塊</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/rawtext.py" line="219"/>
        <source>Counted with words standing in for tokens; choose a model for exact chunks.</source>
        <translation>目前用詞語代替 token 估算；選擇模型後可得到準確的分塊。</translation>
    </message>
</context>
<context>
    <name>RecommendedModels</name>
    <message>
        <location filename="../../desktop/views/models/search.py" line="38"/>
        <source>Smallest and fastest; good for a first try. Strong in Chinese and English.</source>
        <translation>最小最快，適合第一次嘗試。中英文都很強。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="41"/>
        <source>Small and capable; good for Chinese and English.</source>
        <translation>小而能幹，中英文都不錯。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="42"/>
        <source>Qwen Research License: not for commercial use without permission.</source>
        <translation>Qwen Research 授權條款：未經許可不得商用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="43"/>
        <source>A strong all-rounder if your card has 12 GB or more.</source>
        <translation>顯示卡有 12 GB 或以上時的全能之選。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="44"/>
        <source>Tight on 16 GB cards; comfortable on 24 GB.</source>
        <translation>16 GB 顯示卡上比較吃緊；24 GB 上很寬裕。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="45"/>
        <source>Newer Qwen generation, non-thinking instruct model.</source>
        <translation>更新一代的 Qwen，非思考型指令模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="46"/>
        <source>Small Llama; accept Meta&apos;s licence on the model page first.</source>
        <translation>小型 Llama；請先在模型頁面接受 Meta 的授權條款。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="47"/>
        <source>Accept Meta&apos;s licence on the model page first.</source>
        <translation>請先在模型頁面接受 Meta 的授權條款。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="48"/>
        <source>Apache licence, but the page asks you to agree to share your contact details first. The repository also holds a consolidated.safetensors copy, which Lorasmith does not download.</source>
        <translation>Apache 授權條款，但頁面要求你先同意分享聯絡資料。儲存庫中還有一份 consolidated.safetensors 副本，Lorasmith 不會下載它。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="54"/>
        <source>Accept Google&apos;s Gemma terms on the model page first. Its large vocabulary needs more VRAM than the size suggests.</source>
        <translation>請先在模型頁面接受 Google 的 Gemma 條款。它的詞表很大，需要的 VRAM 比模型大小看起來更多。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="59"/>
        <source>Mostly English. transformers runs it with its own code; the repository&apos;s custom code is not needed.</source>
        <translation>以英文為主。transformers 用內建的程式碼執行它，不需要儲存庫中的自訂程式碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/models/search.py" line="63"/>
        <source>Small English model with a permissive licence.</source>
        <translation>授權條款寬鬆的小型英文模型。</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="121"/>
        <source>Select a row in the table to edit it here. Each column gets its own box; changes can be undone with Ctrl+Z.</source>
        <translation>在表格中選擇一列，就可以在這裡編輯。每一欄都有自己的編輯框；變更可以用 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="158"/>
        <source>{0} (not in this row; type to add it)</source>
        <translation>{0}（這一列沒有此欄位；輸入內容即可新增）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="160"/>
        <source>{0} (a list, written as JSON)</source>
        <translation>{0}（清單，以 JSON 書寫）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="162"/>
        <source>{0} (an object, written as JSON)</source>
        <translation>{0}（物件，以 JSON 書寫）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="164"/>
        <source>{0} (a JSON value)</source>
        <translation>{0}（JSON 值）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dataset/row_editor.py" line="215"/>
        <source>Not applied: this is not valid JSON ({0}). Fix it, or undo.</source>
        <translation>尚未套用：這不是有效的 JSON（{0}）。請修正，或復原變更。</translation>
    </message>
</context>
<context>
    <name>RunConfig</name>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="131"/>
        <source>Folder of the base model to fine-tune (safetensors weights, config and tokenizer).</source>
        <translation>要微調的基礎模型所在的資料夾（含 safetensors 權重、設定檔和分詞器）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="134"/>
        <source>Your training data: a JSON, JSONL, CSV, Parquet or text file, or a folder of .txt files.</source>
        <translation>你的訓練資料：JSON、JSONL、CSV、Parquet 或文字檔案，或一個裝有 .txt 檔案的資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="137"/>
        <source>How rows are read. &apos;auto&apos; detects Alpaca, ShareGPT, OpenAI messages, text and raw text.</source>
        <translation>如何讀取每一行。「auto」會自動識別 Alpaca、ShareGPT、OpenAI messages、text 和純文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="140"/>
        <source>A format file (%key% templates) that turns each row into training text. Empty: the model&apos;s chat template, or our Alpaca format.</source>
        <translation>把每一行變成訓練文字的格式檔（%key% 範本）。留空：使用模型自帶的對話範本，或我們的 Alpaca 格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="145"/>
        <source>Chat template for conversations: &apos;auto&apos; uses the model&apos;s own, or a file of ours or yours.</source>
        <translation>對話所用的對話範本：「auto」使用模型自帶的，也可以選我們提供的或你自己的檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="148"/>
        <source>Also train on the user&apos;s side of each example, not just the answers. Usually off: the model should learn to answer, not to ask.</source>
        <translation>除了回答，也訓練每個範例中使用者說的部分。通常關閉：模型應該學會回答，而不是提問。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="153"/>
        <source>A separate file to measure validation loss on. Empty: hold out part of the dataset instead.</source>
        <translation>用於計算驗證損失的單獨檔案。留空：改為從資料集中留出一部分。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="156"/>
        <source>Fraction of the dataset held out to measure validation loss (0 turns validation off).</source>
        <translation>從資料集中留出用於計算驗證損失的比例（0 表示不做驗證）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="159"/>
        <source>Longest example in tokens. Longer ones are cut. Raising it covers longer texts but needs more VRAM.</source>
        <translation>範例的最大長度（token 數），更長的會被截斷。調高可容納更長的文字，但需要更多 VRAM。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="163"/>
        <source>Raw text: tokens each chunk shares with the previous one, so no sentence is only ever seen cut in half.</source>
        <translation>純文字：每個片段與上一個片段重疊的 token 數，這樣任何句子都不會只以被切斷的形式出現。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="167"/>
        <source>Raw text: move chunk edges to a newline within this many characters, so chunks start and end on whole lines.</source>
        <translation>純文字：在這麼多字元範圍內把片段邊界移到換行處，讓片段以完整的行開始和結束。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="171"/>
        <source>Raw text: this string splits the text into blocks that no chunk crosses (default: three newlines).</source>
        <translation>純文字：用這個字串把文字分成塊，任何片段都不會跨塊（預設：三個換行）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="175"/>
        <source>Raw text: drop blocks this short or shorter (in characters).</source>
        <translation>純文字：丟棄不超過這麼多字元的塊。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="176"/>
        <source>Raw text and plain text rows: end each block with the end-of-text token, so the model learns where texts stop.</source>
        <translation>純文字和 text 行：在每塊末尾加上文字結束 token，讓模型學會在哪裡結束。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="181"/>
        <source>Pack several short examples into one sequence (each still attends only to itself). Removes all padding, but on the CPU it is slower than the default (batches of similar length).</source>
        <translation>把多個短範例打包進一個序列（每個範例仍只關注自身）。可完全去掉填充，但在 CPU 上比預設方式（長度相近的批次）更慢。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="186"/>
        <source>How the base model is stored while training. 4-bit (QLoRA) needs the least VRAM; 8-bit and 16-bit are more exact but need 2-4x more.</source>
        <translation>訓練時基礎模型的儲存精度。4-bit（QLoRA）需要的 VRAM 最少；8-bit 和 16-bit 更精確，但需要 2 到 4 倍的 VRAM。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="191"/>
        <source>Quantise the 4-bit scaling constants too: saves about 0.4 bits per weight at no measurable cost.</source>
        <translation>把 4-bit 的縮放常數也量化：每個權重約省 0.4 bit，幾乎沒有可測的損失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="194"/>
        <source>Number format for the maths. &apos;auto&apos;: bf16 on RTX 30xx and newer, fp16 on older cards, fp32 on the CPU.</source>
        <translation>計算所用的數值格式。「auto」：RTX 30 系列及更新的顯示卡用 bf16，較舊的顯示卡用 fp16，CPU 上用 fp32。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="198"/>
        <source>LoRA rank: how much the adapter can learn. Higher learns more detail but needs more VRAM and can overfit small datasets.</source>
        <translation>LoRA 秩：適配器能學到多少。越高能學到越多細節，但需要更多 VRAM，且在小資料集上容易過擬合。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="203"/>
        <source>LoRA alpha: scales the adapter&apos;s effect. Usually twice the rank.</source>
        <translation>LoRA alpha：縮放適配器的作用強度。通常設為秩的兩倍。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="204"/>
        <source>Randomly drops part of the adapter&apos;s input while training, to overfit less.</source>
        <translation>訓練時隨機丟棄適配器的一部分輸入，以減少過擬合。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="207"/>
        <source>Which layers get an adapter: &apos;qv&apos; (least VRAM), &apos;attention&apos;, &apos;all-linear&apos; (learns most), or &apos;custom&apos;.</source>
        <translation>哪些層加上適配器：「qv」（VRAM 最少）、「attention」、「all-linear」（學得最多）或「custom」（自訂）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="211"/>
        <source>Module names for &apos;custom&apos; targets, for example q_proj, v_proj, gate_proj.</source>
        <translation>「custom」目標的模組名，例如 q_proj、v_proj、gate_proj。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="214"/>
        <source>Rank-stabilised LoRA: scales by sqrt(rank), which keeps high ranks learning well.</source>
        <translation>秩穩定 LoRA（rsLoRA）：按 sqrt(秩) 縮放，讓高秩也能學得好。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="217"/>
        <source>DoRA: learns magnitude and direction separately. Slightly better results, slower and more VRAM.</source>
        <translation>DoRA：分別學習權重的大小和方向。效果略好，但更慢、需要更多 VRAM。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="220"/>
        <source>Recompute activations instead of storing them: much less VRAM for about 30% more time.</source>
        <translation>重新計算激活值而不是儲存它們：大幅減少 VRAM，代價是多花約 30% 的時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="223"/>
        <source>Compute the loss a few tokens at a time and only where the text is trained, instead of scoring every token against the whole vocabulary at once: far less VRAM, the same result. Off only to compare.</source>
        <translation>每次只對少量 token 計算損失，而且只計算要訓練的文字，而不是一次把每個 token 與整個詞表比較：VRAM 大幅減少，結果相同。只在比較時關閉。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="229"/>
        <source>Examples per optimiser step. Larger gives smoother learning; it costs time, not VRAM (see micro batch).</source>
        <translation>每個優化步使用的範例數。越大學習越平穩；它花的是時間而不是 VRAM（見微批次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="233"/>
        <source>Examples processed at once on the GPU. Raising it is faster but needs more VRAM. Batch size must be a multiple of it.</source>
        <translation>GPU 一次同時處理的範例數。調高更快，但需要更多 VRAM。批次大小必須是它的整數倍。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="238"/>
        <source>How many times to go through the dataset. More learns more but can overfit (validation loss rises).</source>
        <translation>把資料集完整過幾遍。越多學得越多，但可能過擬合（驗證損失上升）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="242"/>
        <source>Stop after this many optimiser steps (-1: decided by epochs).</source>
        <translation>達到這麼多優化步後停止（-1：由訓練輪數決定）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="243"/>
        <source>How big each learning step is. Higher learns faster but can become unstable; lower is safer but slower.</source>
        <translation>每一步學習的幅度。越高學得越快，但可能不穩定；越低越穩妥，但更慢。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="247"/>
        <source>How the learning rate changes over the run.</source>
        <translation>學習率在訓練過程中如何變化。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="248"/>
        <source>Fraction of the run spent slowly raising the learning rate, to start gently.</source>
        <translation>訓練開始時用於逐漸提高學習率的比例，讓訓練平穩起步。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="251"/>
        <source>Clip large gradients to this size, which prevents sudden jumps in the loss.</source>
        <translation>把過大的梯度裁剪到這個大小，防止損失突然跳變。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="254"/>
        <source>&apos;auto&apos;: paged 8-bit AdamW on a GPU (saves VRAM), AdamW on the CPU.</source>
        <translation>「auto」：GPU 上用分頁 8-bit AdamW（節省 VRAM），CPU 上用 AdamW。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="255"/>
        <source>Pulls adapter weights towards zero a little each step, to overfit less.</source>
        <translation>每一步把適配器權重稍微拉向零，以減少過擬合。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="258"/>
        <source>Random seed: the same seed and settings give the same run.</source>
        <translation>隨機種子：相同的種子和設定會得到相同的訓練結果。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="259"/>
        <source>NEFTune: add noise to embeddings while training (5 is typical). Can help instruction tuning; 0 turns it off.</source>
        <translation>NEFTune：訓練時給嵌入加雜訊（常用 5）。可能有助於指令微調；0 表示關閉。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="263"/>
        <source>Measure validation loss every this many steps.</source>
        <translation>每隔這麼多步計算一次驗證損失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="264"/>
        <source>Save a checkpoint every this many steps, so a crash or a stop loses little.</source>
        <translation>每隔這麼多步儲存一個檢查點，這樣崩潰或停止時損失很少。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="267"/>
        <source>Keep at most this many checkpoints (older ones are deleted). 0 keeps all.</source>
        <translation>最多保留這麼多個檢查點（更早的會被刪除）。0 表示全部保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="270"/>
        <source>Report the training loss every this many steps.</source>
        <translation>每隔這麼多步報告一次訓練損失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="271"/>
        <source>Stop when the training loss falls below this (0 never stops early).</source>
        <translation>訓練損失低於這個值時停止（0 表示不提前停止）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="274"/>
        <source>Stop when validation loss has not improved for this many evaluations (0 never stops).</source>
        <translation>驗證損失連續這麼多次評估都沒有改善時停止（0 表示從不停止）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="277"/>
        <source>&apos;auto&apos; trains on the GPU when there is one, else on the CPU (slow; for the demo and tiny models).</source>
        <translation>「auto」：有 GPU 時在 GPU 上訓練，否則在 CPU 上訓練（很慢；只適合示範模型和極小的模型）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="280"/>
        <source>Cap on the GPU memory this run may use, in GiB (0: no cap). Past it the run stops with an out-of-memory message instead of slowing to a crawl.</source>
        <translation>本次訓練可使用的 GPU 顯示記憶體上限，單位 GiB（0：不限制）。超過上限時訓練會停止並提示顯示記憶體不足，而不是慢得像爬。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="285"/>
        <source>Allow loading .bin (pickle) weights, which can run code hidden in the file. Only for models you trust.</source>
        <translation>允許載入 .bin（pickle）權重，這種檔案可能執行藏在裡面的程式碼。僅用於你信任的模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="289"/>
        <source>Allow a model to run its own Python code from its folder. Only for models you trust.</source>
        <translation>允許模型執行其資料夾中自帶的 Python 程式碼。僅用於你信任的模型。</translation>
    </message>
</context>
<context>
    <name>RunPickerDialog</name>
    <message>
        <location filename="../../desktop/views/train/view.py" line="88"/>
        <source>Copy parameters from a run</source>
        <translation>從一次執行複製參數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="105"/>
        <source>Its settings replace the ones in the form:</source>
        <translation>它的設定會替換表單中的設定：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="107"/>
        <source>There are no runs yet.</source>
        <translation>還沒有任何執行。</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="54"/>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="55"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="56"/>
        <source>Steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="57"/>
        <source>Training loss</source>
        <translation>訓練損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="58"/>
        <source>Validation loss</source>
        <translation>驗證損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="59"/>
        <source>Base model</source>
        <translation>基礎模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="60"/>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="61"/>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="71"/>
        <source>Select a run to see its settings.</source>
        <translation>選擇一次執行以查看其設定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="90"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="91"/>
        <source>Show curves</source>
        <translation>查看曲線</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="92"/>
        <source>Show this run&apos;s curves in the Monitor</source>
        <translation>在「監控」頁面顯示這次執行的曲線</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="93"/>
        <source>Compare</source>
        <translation>對比</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="94"/>
        <source>Select two or more runs (Ctrl+click) to overlay their curves</source>
        <translation>選擇兩次或更多執行（按住 Ctrl 點選）以疊加它們的曲線</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="95"/>
        <source>Resume</source>
        <translation>繼續訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="96"/>
        <source>Copy settings to Train</source>
        <translation>複製設定到「訓練」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="97"/>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="74"/>
        <source>No runs yet. Runs you start in the Train screen appear here.</source>
        <translation>還沒有執行。在「訓練」頁面開始的執行會出現在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="120"/>
        <source>Running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="122"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="123"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="124"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="125"/>
        <source>Interrupted</source>
        <translation>被中斷</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="126"/>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="196"/>
        <source>Continue this run from its last checkpoint</source>
        <translation>從最近的檢查點繼續這次執行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="198"/>
        <source>Only a stopped or interrupted run with a saved checkpoint can be resumed</source>
        <translation>只有已停止或被中斷、且儲存過檢查點的執行才能繼續</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="218"/>
        <source>Adapter: {0}</source>
        <translation>適配器：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="221"/>
        <source>Last checkpoint: {0}</source>
        <translation>最近的檢查點：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="223"/>
        <source>(run.yaml could not be read)</source>
        <translation>（無法讀取 run.yaml）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="228"/>
        <source>Base model: {0}</source>
        <translation>基礎模型：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="229"/>
        <source>Dataset: {0}</source>
        <translation>資料集：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="236"/>
        <source>{0}, saved in {1}; tried and exported with the same</source>
        <translation>{0}，儲存在 {1} 中；試用和匯出都使用同一個範本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="237"/>
        <source>Chat template: {0}</source>
        <translation>對話範本：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="241"/>
        <source>Changed from the defaults:</source>
        <translation>與預設值不同的設定：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="244"/>
        <source>All other settings are the defaults.</source>
        <translation>其他設定均為預設值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="245"/>
        <source>All settings (run.yaml):</source>
        <translation>全部設定（run.yaml）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="251"/>
        <source>the model&apos;s own</source>
        <translation>模型內建的範本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="253"/>
        <source>Lorasmith&apos;s {0} format</source>
        <translation>Lorasmith 的 {0} 格式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="255"/>
        <source>the file {0}</source>
        <translation>檔案 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="257"/>
        <source>the format file&apos;s layout</source>
        <translation>格式檔的版面</translation>
    </message>
    <message>
        <location filename="../../desktop/views/runs/view.py" line="258"/>
        <source>none (plain text)</source>
        <translation>無（純文字）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="15"/>
        <source>Base model</source>
        <translation>基礎模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="16"/>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="17"/>
        <source>Dataset kind</source>
        <translation>資料集類型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="18"/>
        <source>Format file</source>
        <translation>格式檔</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="19"/>
        <source>Chat template</source>
        <translation>對話範本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="20"/>
        <source>Train on prompts too</source>
        <translation>同時訓練提示部分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="21"/>
        <source>Validation file</source>
        <translation>驗證檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="22"/>
        <source>Validation share</source>
        <translation>驗證集比例</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="23"/>
        <source>Cutoff length (tokens)</source>
        <translation>截斷長度（token）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="24"/>
        <source>Chunk overlap (tokens)</source>
        <translation>片段重疊（token）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="25"/>
        <source>Cut at newline within (characters)</source>
        <translation>在此範圍內按換行切分（字元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="26"/>
        <source>Hard cut string</source>
        <translation>強制切分字串</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="27"/>
        <source>Drop blocks up to (characters)</source>
        <translation>丟棄不超過此長度的塊（字元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="28"/>
        <source>Add end-of-text token</source>
        <translation>添加文字結束 token</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="29"/>
        <source>Pack short examples</source>
        <translation>打包短範例</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="30"/>
        <source>Base model precision</source>
        <translation>基礎模型精度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="31"/>
        <source>Double quantisation</source>
        <translation>雙重量化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="32"/>
        <source>Compute number format</source>
        <translation>計算數值格式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="33"/>
        <source>LoRA rank</source>
        <translation>LoRA 秩</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="34"/>
        <source>LoRA alpha</source>
        <translation>LoRA alpha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="35"/>
        <source>LoRA dropout</source>
        <translation>LoRA dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="36"/>
        <source>LoRA target layers</source>
        <translation>LoRA 目標層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="37"/>
        <source>Custom target modules</source>
        <translation>自訂目標模組</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="38"/>
        <source>Rank-stabilised LoRA</source>
        <translation>秩穩定 LoRA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="39"/>
        <source>DoRA</source>
        <translation>DoRA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="40"/>
        <source>Gradient checkpointing</source>
        <translation>梯度檢查點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="41"/>
        <source>Lean loss</source>
        <translation>精簡損失計算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="42"/>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="43"/>
        <source>Micro batch size</source>
        <translation>微批次大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="44"/>
        <source>Epochs</source>
        <translation>訓練輪數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="45"/>
        <source>Maximum steps</source>
        <translation>最大步數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="46"/>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="47"/>
        <source>Learning rate schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="48"/>
        <source>Warm-up share</source>
        <translation>預熱比例</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="49"/>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="50"/>
        <source>Optimiser</source>
        <translation>優化器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="51"/>
        <source>Weight decay</source>
        <translation>權重衰減</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="52"/>
        <source>Random seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="53"/>
        <source>NEFTune noise</source>
        <translation>NEFTune 雜訊</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="54"/>
        <source>Validate every (steps)</source>
        <translation>驗證間隔（步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="55"/>
        <source>Checkpoint every (steps)</source>
        <translation>檢查點間隔（步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="56"/>
        <source>Checkpoints to keep</source>
        <translation>保留的檢查點數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="57"/>
        <source>Report loss every (steps)</source>
        <translation>損失報告間隔（步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="58"/>
        <source>Stop below loss</source>
        <translation>損失低於此值時停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="59"/>
        <source>Early stopping patience</source>
        <translation>提前停止耐心值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="60"/>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="61"/>
        <source>VRAM cap (GiB)</source>
        <translation>VRAM 上限（GiB）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="62"/>
        <source>Allow .bin (pickle) weights</source>
        <translation>允許 .bin（pickle）權重</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="63"/>
        <source>Trust the model&apos;s own code</source>
        <translation>信任模型自帶的程式碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="69"/>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="73"/>
        <source>Text length and raw text</source>
        <translation>文字長度與純文字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="77"/>
        <source>Model and LoRA</source>
        <translation>模型與 LoRA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="93"/>
        <source>Optimisation</source>
        <translation>優化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="106"/>
        <source>Validation, checkpoints and stopping</source>
        <translation>驗證、檢查點與停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="110"/>
        <source>Hardware and safety</source>
        <translation>硬體與安全</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="114"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="118"/>
        <source>decided by epochs</source>
        <translation>由訓練輪數決定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="119"/>
        <location filename="../../desktop/views/train/texts.py" line="120"/>
        <location filename="../../desktop/views/train/texts.py" line="121"/>
        <location filename="../../desktop/views/train/texts.py" line="122"/>
        <location filename="../../desktop/views/train/texts.py" line="123"/>
        <location filename="../../desktop/views/train/texts.py" line="125"/>
        <location filename="../../desktop/views/train/texts.py" line="126"/>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="124"/>
        <source>keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/texts.py" line="127"/>
        <source>no cap</source>
        <translation>不限制</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../desktop/views/train/form.py" line="207"/>
        <source>Main settings</source>
        <translation>主要設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="213"/>
        <source>Advanced settings</source>
        <translation>進階設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="245"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="289"/>
        <source>auto: the model&apos;s own template</source>
        <translation>auto：使用模型自帶的範本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="291"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/form.py" line="295"/>
        <source>comma-separated, for example q_proj, v_proj</source>
        <translation>用逗號分隔，例如 q_proj, v_proj</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="62"/>
        <source>Proposed settings</source>
        <translation>建議的設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="66"/>
        <source>These settings are worked out for this computer, the model and your dataset, each with the reason for it. The bar shows the memory training will need, part by part. Change any setting and the others adjust so that it still fits.</source>
        <translation>這些設定是依這台電腦、所選模型和你的資料集算出來的，每項都附有理由。長條圖依組成部分顯示訓練需要的記憶體。修改任何一項，其餘各項會隨之調整，確保仍然放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="90"/>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="103"/>
        <source>Settings that decide memory</source>
        <translation>決定記憶體用量的設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="117"/>
        <source>every linear layer</source>
        <translation>所有線性層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="118"/>
        <source>attention layers</source>
        <translation>注意力層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="119"/>
        <source>two attention layers (q, v)</source>
        <translation>兩個注意力層（q、v）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="123"/>
        <source>recompute activations</source>
        <translation>重新計算激活值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="131"/>
        <source>8-bit AdamW, paged</source>
        <translation>8 位元 AdamW（分頁）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="132"/>
        <source>8-bit AdamW</source>
        <translation>8 位元 AdamW</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="133"/>
        <source>AdamW (32-bit)</source>
        <translation>AdamW（32 位元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="134"/>
        <source>Adafactor</source>
        <translation>Adafactor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="138"/>
        <source>Use the proposal</source>
        <translation>恢復建議值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="139"/>
        <source>Forget your changes and go back to the proposed settings</source>
        <translation>放棄你的修改，回到建議的設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="149"/>
        <source>The rest of the proposal</source>
        <translation>其餘建議</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="175"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="195"/>
        <source>Looking at this computer&apos;s graphics card…</source>
        <translation>正在查看這台電腦的顯示卡…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="206"/>
        <source>The demo model is tiny: it learns at a higher rate than real models.</source>
        <translation>示範模型很小：它用比真正的模型更高的學習率來學習。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="276"/>
        <source>Your choices need about {0:.1f} GiB, more than the {1:.1f} GiB available. Lower one of the settings you changed, or press Use the proposal.</source>
        <translation>你的選擇需要約 {0:.1f} GiB，超過了可用的 {1:.1f} GiB。請調低你改過的某項設定，或按「恢復建議值」。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="290"/>
        <source>Your choice; the proposal was {0}.</source>
        <translation>你的選擇；建議值是 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="294"/>
        <source>1 example at a time is the most that fits with your choices.</source>
        <translation>依你的選擇，一次最多放得下 1 個範例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="296"/>
        <source>{0} examples at a time is the most that fits with your choices.</source>
        <translation>依你的選擇，一次最多放得下 {0} 個範例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="300"/>
        <source>Shortened to {0} tokens so that your choices fit in memory; longer examples are cut.</source>
        <translation>縮短到 {0} 個 token，好讓你的選擇放得下；更長的範例會被截斷。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="303"/>
        <source>Rank {0}, lowered so that your choices fit in memory.</source>
        <translation>秩降為 {0}，好讓你的選擇放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="305"/>
        <source>Fewer adapter layers, so that your choices fit in memory.</source>
        <translation>減少適配器所在的層，好讓你的選擇放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="334"/>
        <source>{0:.1f} GiB</source>
        <translation>{0:.1f} GiB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="336"/>
        <source>processor (CPU)</source>
        <translation>處理器（CPU）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="336"/>
        <source>graphics card (CUDA)</source>
        <translation>顯示卡（CUDA）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="338"/>
        <source>on</source>
        <translation>開</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="338"/>
        <source>off</source>
        <translation>關</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="350"/>
        <source>Choose a dataset for a time estimate.</source>
        <translation>選擇資料集後可估算訓練時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="363"/>
        <source>{0} training steps.</source>
        <translation>{0} 個訓練步。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="364"/>
        <source>on this processor</source>
        <translation>在這顆處理器上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="364"/>
        <source>on this graphics card</source>
        <translation>在這張顯示卡上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/settings.py" line="366"/>
        <source>Training time: {0} {1} for {2} steps (a rough estimate; the first steps show the real speed).</source>
        <translation>訓練時間：{1}共 {2} 步，{0}（粗略估算；最初幾步會顯示真實速度）。</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="36"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="47"/>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="52"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="53"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="56"/>
        <source>training loss</source>
        <translation>訓練損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="57"/>
        <source>validation loss</source>
        <translation>驗證損失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="60"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="61"/>
        <source>Stop after the current step and keep the adapter trained so far</source>
        <translation>在目前這一步之後停止，保留目前訓練出的適配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="63"/>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="66"/>
        <source>Open the Monitor screen</source>
        <translation>開啟「監控」畫面</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="67"/>
        <source>Watch every curve, the warnings and the log in the main window</source>
        <translation>在主視窗中查看所有曲線、警告和記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="79"/>
        <source>Training runs in the background and reports the loss: how far the model&apos;s guesses still are from your examples. It should fall quickly at first and then level off. You can stop at any time; the adapter trained so far is kept.</source>
        <translation>訓練在背景進行，並回報損失：模型的猜測離你的範例還有多遠。損失應該先快速下降，然後趨於平穩。你可以隨時停止；目前訓練出的適配器會被保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="120"/>
        <source>Training could not start: another run is going. Wait for it to end, or stop it in the Monitor screen, then press Try again.</source>
        <translation>無法開始訓練：另一次訓練正在進行。請等它結束，或在「監控」畫面停止它，然後按「重試」。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="127"/>
        <source>Loading the model…</source>
        <translation>正在載入模型…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="158"/>
        <source>Training on {0} examples…</source>
        <translation>正在用 {0} 個範例訓練…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="167"/>
        <source>Step {0} of {1}: loss {2:.3f}</source>
        <translation>第 {0} 步，共 {1} 步：損失 {2:.3f}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="188"/>
        <source>Stopping after this step…</source>
        <translation>這一步之後停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="198"/>
        <location filename="../../desktop/views/wizard/train.py" line="222"/>
        <source>Done: the loss went from {0:.2f} to {1:.2f}. Press Next to try the result.</source>
        <translation>完成：損失從 {0:.2f} 降到 {1:.2f}。按「下一步」試試效果。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="203"/>
        <source>Training stopped with a problem.</source>
        <translation>訓練因問題而停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="206"/>
        <source>Training ended without an adapter ({0}). Press Try again.</source>
        <translation>訓練結束，但沒有得到適配器（{0}）。請按「重試」。</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <location filename="../../desktop/views/train/view.py" line="44"/>
        <source>Choose the base model&apos;s folder.</source>
        <translation>請選擇基礎模型所在的資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="46"/>
        <source>This folder does not exist.</source>
        <translation>這個資料夾不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="48"/>
        <source>No config.json in this folder: choose the folder that holds the model&apos;s files.</source>
        <translation>這個資料夾裡沒有 config.json：請選擇存放模型檔案的那個資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="52"/>
        <source>Choose your dataset: a file, or a folder of .txt files.</source>
        <translation>請選擇資料集：一個檔案，或一個裝有 .txt 檔案的資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="54"/>
        <location filename="../../desktop/views/train/view.py" line="58"/>
        <source>This file does not exist.</source>
        <translation>這個檔案不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="61"/>
        <source>The batch size must be a multiple of the micro batch size ({0}); use {1}, or change the micro batch size.</source>
        <translation>批次大小必須是微批次大小（{0}）的整數倍；請改用 {1}，或修改微批次大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="66"/>
        <source>The overlap must be smaller than the cutoff length ({0}).</source>
        <translation>重疊長度必須小於截斷長度（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="70"/>
        <source>List module names such as q_proj, v_proj, or choose another target preset.</source>
        <translation>請列出模組名，例如 q_proj, v_proj，或選擇其他目標預設。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="134"/>
        <source>Load…</source>
        <translation>載入…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="135"/>
        <source>Load settings from a run YAML file (Ctrl+O)</source>
        <translation>從執行 YAML 檔案載入設定（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="136"/>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="138"/>
        <source>Save these settings as a run YAML file (Ctrl+S), for later or for the command line</source>
        <translation>把這些設定儲存為執行 YAML 檔案（Ctrl+S），供以後或命令列使用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="140"/>
        <source>Copy parameters from…</source>
        <translation>複製參數自…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="141"/>
        <source>Fill the form with the settings of an earlier run</source>
        <translation>用之前某次執行的設定填寫表單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="142"/>
        <source>Defaults</source>
        <translation>恢復預設</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="143"/>
        <source>Put every setting back to its default</source>
        <translation>把所有設定恢復為預設值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="145"/>
        <source>run name (automatic)</source>
        <translation>執行名稱（自動）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="148"/>
        <source>Start training</source>
        <translation>開始訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="149"/>
        <source>Start a run with these settings (F5)</source>
        <translation>用這些設定開始一次執行（F5）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="151"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="152"/>
        <source>Stop after the current step and save the adapter so far</source>
        <translation>完成當前這一步後停止，並儲存目前的適配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="153"/>
        <source>Kill</source>
        <translation>強制結束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="154"/>
        <source>End the training process at once</source>
        <translation>立即結束訓練程序</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="196"/>
        <source>Load settings</source>
        <translation>載入設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="198"/>
        <source>Run settings (*.yaml *.yml);;All files (*)</source>
        <translation>執行設定 (*.yaml *.yml);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="205"/>
        <source>Could not load the settings</source>
        <translation>無法載入設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="215"/>
        <source>Save settings</source>
        <translation>儲存設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="215"/>
        <source>Run settings (*.yaml *.yml)</source>
        <translation>執行設定 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="222"/>
        <source>Could not save the settings</source>
        <translation>無法儲存設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="256"/>
        <source>Ready to start.</source>
        <translation>可以開始了。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/train/view.py" line="259"/>
        <source>Fix the settings marked in red to start.</source>
        <translation>請先修正標紅的設定再開始。</translation>
    </message>
</context>
<context>
    <name>TryOutView</name>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="52"/>
        <source>Try your LoRA</source>
        <translation>試用你的 LoRA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="60"/>
        <source>The training run whose adapter to try.</source>
        <translation>要試用哪次訓練執行的適配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="67"/>
        <source>Last: what the run ended with. Best: the checkpoint with the lowest validation loss. Or any other checkpoint saved while training.</source>
        <translation>最後：執行結束時的適配器。最佳：驗證損失最低的檢查點。也可以選擇訓練中儲存的其他檢查點。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="72"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="73"/>
        <source>Look for new runs and checkpoints.</source>
        <translation>尋找新的執行和檢查點。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="81"/>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="84"/>
        <source>Adapter</source>
        <translation>適配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="100"/>
        <source>Chat</source>
        <translation>對話</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="101"/>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="102"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="125"/>
        <source>No trained runs yet</source>
        <translation>還沒有訓練好的執行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="166"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="177"/>
        <source>Base model: {0}</source>
        <translation>基礎模型：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="184"/>
        <source>Reading the run&apos;s dataset…</source>
        <translation>正在讀取這次執行的資料集…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="186"/>
        <source>Train a run first; its held-out rows appear here.</source>
        <translation>請先訓練一次；它保留的驗證列會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="197"/>
        <source>Last and best (step {0})</source>
        <translation>最後且最佳（第 {0} 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="197"/>
        <source>Last (step {0})</source>
        <translation>最後（第 {0} 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="198"/>
        <source>Checkpoint at step {0}</source>
        <translation>第 {0} 步的檢查點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="198"/>
        <source>Best (step {0})</source>
        <translation>最佳（第 {0} 步）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="234"/>
        <source>Could not read the run&apos;s dataset: {0}</source>
        <translation>無法讀取這次執行的資料集：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="241"/>
        <source>Choose a trained run at the top of the screen first.</source>
        <translation>請先在畫面頂端選擇一次訓練好的執行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="294"/>
        <source>Exported to {0}</source>
        <translation>已匯出到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="307"/>
        <source>The model process stopped unexpectedly (exit code {0}).</source>
        <translation>執行模型的處理程序意外停止（結束代碼 {0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="308"/>
        <source>It starts again with the next request.</source>
        <translation>下次請求時會重新啟動。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="313"/>
        <source>The model process stopped</source>
        <translation>模型處理程序已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tryout/view.py" line="315"/>
        <source>The process that runs the model ended unexpectedly (exit code {0}). Often this means the computer ran out of memory. It starts again with the next request.</source>
        <translation>執行模型的處理程序意外結束（結束代碼 {0}）。這通常表示電腦記憶體不足。下次請求時會重新啟動。</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="255"/>
        <source>Try the result</source>
        <translation>試試效果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="260"/>
        <source>Type a message for the model</source>
        <translation>輸入要傳給模型的訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="262"/>
        <source>Ask both</source>
        <translation>兩邊都問</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="268"/>
        <source>Without your adapter</source>
        <translation>不用你的適配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="268"/>
        <source>The base model&apos;s answer</source>
        <translation>基礎模型的回答</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="269"/>
        <source>With your adapter</source>
        <translation>使用你的適配器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="269"/>
        <source>The answer after training</source>
        <translation>訓練後的回答</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="280"/>
        <source>Ask the model the same question twice: as it was, and with your new adapter. If training worked, the second answer shows what your examples taught it. The first answer takes a little longer while the model loads.</source>
        <translation>把同一個問題問模型兩次：一次是原來的模型，一次加上你新訓練的適配器。如果訓練有效，第二個回答會展現你的範例教給它的東西。第一個回答要等模型載入，會稍慢一些。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="302"/>
        <source>Type a message first.</source>
        <translation>請先輸入一則訊息。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="325"/>
        <source>Loading the model… (the first time takes longest)</source>
        <translation>正在載入模型…（第一次最慢）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="333"/>
        <source>Answering with your adapter…</source>
        <translation>正在用你的適配器回答…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="335"/>
        <source>Answering without your adapter…</source>
        <translation>正在不用適配器回答…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/train.py" line="358"/>
        <source>Done. Ask something else, or press Finish; the Test screen has more ways to try and export your adapter.</source>
        <translation>完成。可以再問點別的，或按「完成」；「測試」畫面有更多試用和匯出適配器的方式。</translation>
    </message>
</context>
<context>
    <name>VramBar</name>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="21"/>
        <source>CUDA context</source>
        <translation>CUDA 環境</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="22"/>
        <source>The graphics driver and its libraries, loaded once.</source>
        <translation>顯示卡驅動程式及其函式庫，只載入一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="25"/>
        <source>Model layers (quantised)</source>
        <translation>模型層（量化）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="26"/>
        <source>The base model&apos;s layers in 4 or 8 bits, with their scaling constants.</source>
        <translation>以 4 位元或 8 位元存放的基礎模型各層，連同它們的縮放常數。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="29"/>
        <source>Embeddings and output layer</source>
        <translation>嵌入層和輸出層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="30"/>
        <source>The parts of the base model that are not quantised: embeddings, norms and the output layer.</source>
        <translation>基礎模型中不量化的部分：嵌入層、正規化層和輸出層。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="35"/>
        <source>LoRA weights</source>
        <translation>LoRA 權重</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="36"/>
        <source>The adapter being trained.</source>
        <translation>正在訓練的適配器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="39"/>
        <source>LoRA gradients</source>
        <translation>LoRA 梯度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="40"/>
        <source>How each adapter weight should change, for every step.</source>
        <translation>每一步中每個適配器權重該如何改變。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="43"/>
        <source>Optimiser states</source>
        <translation>優化器狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="44"/>
        <source>The optimiser&apos;s running averages for each adapter weight.</source>
        <translation>優化器為每個適配器權重記錄的移動平均值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="47"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="48"/>
        <source>Intermediate results kept for the backward pass; they grow with the micro batch and the cutoff length.</source>
        <translation>為反向傳播保留的中間結果；隨微批次和截斷長度增長。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="54"/>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="55"/>
        <source>A score for every word of the vocabulary at every position; large for models with big vocabularies.</source>
        <translation>每個位置上詞表中每個詞的分數；詞表大的模型這部分很大。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="61"/>
        <source>Temporary buffers</source>
        <translation>暫存緩衝區</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="62"/>
        <source>Short-lived copies: dequantised layers and half-precision weights.</source>
        <translation>短暫存在的副本：反量化的層和半精度權重。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="65"/>
        <source>Allocator overhead</source>
        <translation>配置器額外負擔</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="66"/>
        <source>Memory reserved by PyTorch but not in use at the peak.</source>
        <translation>PyTorch 已保留但在峰值時未使用的記憶體。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="166"/>
        <source>memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="166"/>
        <source>video memory</source>
        <translation>顯示記憶體</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="169"/>
        <source>Fits: needs about {0} GiB of {1}; {2} GiB can be used.</source>
        <translation>放得下：需要約 {0} GiB {1}；可用 {2} GiB。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="176"/>
        <source>Does not fit: needs about {0} GiB of {1}, but only {2} GiB can be used.</source>
        <translation>放不下：需要約 {0} GiB {1}，但只有 {2} GiB 可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="183"/>
        <source>Solid line: free system memory ({0} GiB). Dashed line: what training may use, keeping 2 GiB for the system ({1} GiB).</source>
        <translation>實線：系統可用記憶體（{0} GiB）。虛線：訓練可以使用的部分，為系統保留 2 GiB（{1} GiB）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="188"/>
        <source>Solid line: free video memory now ({0} GiB). Dashed line: what training may use, keeping a safety margin for the desktop and other programs ({1} GiB).</source>
        <translation>實線：目前可用顯示記憶體（{0} GiB）。虛線：訓練可以使用的部分，為桌面和其他程式留出安全餘裕（{1} GiB）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/vram.py" line="212"/>
        <source>{0}: {1} GiB</source>
        <translation>{0}：{1} GiB</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="14"/>
        <source>Training loss fell below 1</source>
        <translation>訓練損失降到了 1 以下</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="15"/>
        <source>The model may be starting to memorise your examples word for word. If its answers repeat your data, train for fewer epochs or with a lower learning rate.</source>
        <translation>模型可能開始逐字死記你的範例。如果它的回答在照搬你的資料，請減少訓練輪數或降低學習率。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="22"/>
        <source>Training loss is 0</source>
        <translation>訓練損失為 0</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="23"/>
        <source>Nothing real is being learned: usually the trained part of the examples is empty. Check in the Dataset screen that the answers are shown in the trained colour.</source>
        <translation>模型沒有學到任何真正的東西：通常是範例中被訓練的部分為空。請在「資料集」頁面檢查回答是否以「被訓練」的顏色顯示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="30"/>
        <source>A value became NaN or infinite</source>
        <translation>有數值變成了 NaN 或無窮大</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="31"/>
        <source>The run was stopped at that step and nothing broken was saved. The detail says which value broke and the likely cause. Resume from the last good checkpoint with a lower learning rate, or set the compute dtype to fp32 if the run used fp16.</source>
        <translation>執行已在那一步停止，沒有儲存任何出錯的內容。詳細資訊說明了哪個數值出錯以及可能的原因。請以更低的學習率從最後一個正常的檢查點繼續訓練；如果執行用的是 fp16，也可以把計算精度設為 fp32。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="40"/>
        <source>Training loss is not a number (NaN)</source>
        <translation>訓練損失不是數值（NaN）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="41"/>
        <source>The run became unstable and was stopped. Halve the learning rate and start again, or look for broken rows in the dataset.</source>
        <translation>訓練變得不穩定，已被停止。請把學習率減半後重新開始，或檢查資料集中是否有損壞的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="48"/>
        <source>Overfitting: validation loss is rising</source>
        <translation>過擬合：驗證損失在上升</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="49"/>
        <source>The model is memorising the training rows instead of learning from them. Stop now and use the adapter so far, or train for fewer epochs next time.</source>
        <translation>模型在死記訓練資料，而不是從中學習。請現在停止並使用目前的適配器，或下次減少訓練輪數。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="56"/>
        <source>Out of memory</source>
        <translation>記憶體不足</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="57"/>
        <source>Lower the micro batch size or the cutoff length, or turn on gradient checkpointing, then start again.</source>
        <translation>請調低微批次大小或截斷長度，或開啟梯度檢查點，然後重新開始。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="63"/>
        <source>Some examples are longer than the cutoff</source>
        <translation>部分範例超過了截斷長度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="64"/>
        <source>Their ends were cut off, so the model never learns them. Raise the cutoff length, or shorten those examples.</source>
        <translation>它們的結尾被截掉了，模型學不到這些內容。請調高截斷長度，或縮短這些範例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="71"/>
        <source>Some rows were left out</source>
        <translation>部分行被跳過</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="72"/>
        <source>They have problems (the Log tab says which). Open the dataset in the Dataset screen and fix them.</source>
        <translation>這些行有問題（「日誌」分頁列出了具體是哪些）。請在「資料集」頁面開啟資料集並修正。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="78"/>
        <source>The dataset could not be used</source>
        <translation>無法使用這個資料集</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="79"/>
        <source>Open it in the Dataset screen to see the problems and fix them, then start again.</source>
        <translation>請在「資料集」頁面開啟它，查看並修正問題，然後重新開始。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="84"/>
        <source>The settings have a problem</source>
        <translation>設定有問題</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="85"/>
        <source>Fix the settings marked in the Train screen, then start again.</source>
        <translation>請修正「訓練」頁面中標出的設定，然後重新開始。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="88"/>
        <source>The base model could not be loaded</source>
        <translation>無法載入基礎模型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="89"/>
        <source>Choose a model folder with safetensors weights, or download the model again.</source>
        <translation>請選擇包含 safetensors 權重的模型資料夾，或重新下載模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="92"/>
        <source>No usable GPU</source>
        <translation>沒有可用的 GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="93"/>
        <source>Set Device to auto or cpu in the Train screen, or update the graphics driver.</source>
        <translation>請在「訓練」頁面把「裝置」設為 auto 或 cpu，或更新顯示卡驅動程式。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="96"/>
        <source>The training process crashed</source>
        <translation>訓練程序崩潰了</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="97"/>
        <source>This is a bug in Lorasmith. Save the log (Log tab) and send it with a short report.</source>
        <translation>這是 Lorasmith 的程式錯誤。請儲存日誌（「日誌」分頁），附上簡短說明發給我們。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/monitor/warnings.py" line="121"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="97"/>
        <source>a few seconds</source>
        <translation>幾秒鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="99"/>
        <source>about {0} seconds</source>
        <translation>約 {0} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="101"/>
        <source>about {0} minutes</source>
        <translation>約 {0} 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="103"/>
        <source>about {0} hours</source>
        <translation>約 {0} 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="104"/>
        <source>about {0} days</source>
        <translation>約 {0} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/pages.py" line="111"/>
        <source>{0}: {1:.1f} GiB of video memory, {2:.1f} GiB free</source>
        <translation>{0}：顯示記憶體 {1:.1f} GiB，可用 {2:.1f} GiB</translation>
    </message>
</context>
<context>
    <name>WizardReasons</name>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="26"/>
        <source>4-bit (QLoRA) stores the base model in a quarter of the memory with almost no loss in quality.</source>
        <translation>4 位元（QLoRA）只用四分之一的記憶體存放基礎模型，品質幾乎沒有損失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="30"/>
        <source>Alpha at twice the rank is the usual, well-tested strength for the adapter.</source>
        <translation>alpha 取秩的兩倍，是常用且經過充分驗證的適配器強度。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="31"/>
        <source>8-bit AdamW keeps its state in a quarter of the memory and can spill to system memory in a spike.</source>
        <translation>8 位元 AdamW 只用四分之一的記憶體保存狀態，峰值時還能暫存到系統記憶體。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="35"/>
        <source>Plain AdamW: the processor has no use for the 8-bit GPU optimizer.</source>
        <translation>一般 AdamW：處理器用不上 8 位元 GPU 優化器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="36"/>
        <source>One example at a time, the least possible.</source>
        <translation>一次一個範例，已是最少。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="37"/>
        <source>Adapters on every layer learn best (as the QLoRA paper found) and cost little extra memory.</source>
        <translation>在所有層上加適配器學得最好（QLoRA 論文的發現），額外記憶體也不多。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="40"/>
        <source>Adapters on the attention layers only, to fit in memory.</source>
        <translation>只在注意力層上加適配器，以便放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="41"/>
        <source>Adapters on two attention layers only, the smallest choice, to fit in memory.</source>
        <translation>只在兩個注意力層上加適配器，這是最小的選擇，以便放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="42"/>
        <source>Recomputes activations instead of storing them: about 30% slower, but it is what makes this fit.</source>
        <translation>重新計算激活值而不是保存它們：慢約 30%，但這樣才放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="46"/>
        <source>There is room to keep the activations, so training runs about 30% faster without recomputing them.</source>
        <translation>記憶體足夠保存激活值，不必重新計算，訓練快約 30%。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="50"/>
        <source>Trains on your NVIDIA graphics card.</source>
        <translation>在你的 NVIDIA 顯示卡上訓練。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="51"/>
        <source>No usable NVIDIA graphics card, so training runs on the processor: slow, fine for small models.</source>
        <translation>沒有可用的 NVIDIA 顯示卡，所以在處理器上訓練：很慢，適合小模型。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="55"/>
        <source>Training stops with a clear out-of-memory message above this, instead of spilling into system memory and running ten times slower.</source>
        <translation>超過這個值時訓練會停止並明確提示記憶體不足，而不是溢出到系統記憶體、慢上十倍。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="60"/>
        <source>Too few examples to hold any back, so validation is off.</source>
        <translation>範例太少，留不出驗證資料，所以關閉驗證。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="61"/>
        <source>Memory is tight: the settings were reduced to fit (see the reasons).</source>
        <translation>記憶體吃緊：設定已調低以便放得下（見各項理由）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="62"/>
        <source>This mixture-of-experts model keeps its experts unquantised in this version of transformers, so 4-bit training needs far more memory than its size suggests.</source>
        <translation>在這個版本的 transformers 中，這個混合專家模型的專家層不會被量化，所以 4 位元訓練需要的記憶體遠超它的大小所示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="68"/>
        <source>The logits over the vocabulary are the largest part of the activations; a shorter cutoff or a smaller micro batch shrinks them.</source>
        <translation>詞表上的 logits 是激活值中最大的部分；縮短截斷長度或減小微批次可以讓它變小。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="73"/>
        <source>This model&apos;s attention softcapping needs eager attention, which stores a full attention matrix per head: long cutoffs cost much more memory than on other models.</source>
        <translation>這個模型的注意力軟上限需要 eager 注意力，它為每個注意力頭保存完整的注意力矩陣：截斷長度長時，記憶體比其他模型多得多。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="79"/>
        <source>Eager attention stores a full attention matrix per head; sdpa needs far less for long texts.</source>
        <translation>eager 注意力為每個頭保存完整的注意力矩陣；處理長文字時 sdpa 需要的少得多。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="89"/>
        <source>{0} tokens suits typical examples; look at your dataset&apos;s lengths to cut fewer of them.</source>
        <translation>{0} 個 token 適合一般的範例；查看你的資料集長度，可以少截斷一些。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="95"/>
        <source>{0} tokens covers {1} of your examples in full (the longest has {2}); longer ones are cut at the end.</source>
        <translation>{0} 個 token 能完整容納 {1} 的範例（最長的有 {2}）；更長的會在結尾被截斷。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="102"/>
        <source>{0} tokens fits every one of your examples in full (the longest has {1}).</source>
        <translation>{0} 個 token 能完整容納你的每個範例（最長的有 {1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="106"/>
        <source>{0} tokens is the longest text this model was trained for.</source>
        <translation>{0} 個 token 是這個模型訓練時處理過的最長文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="110"/>
        <source>{0} tokens, shorter than your examples need ({1}), so that training fits in memory.</source>
        <translation>{0} 個 token，比你的範例所需（{1}）短，以便訓練放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="116"/>
        <source>Rank {0} gives the adapter room to take in new facts.</source>
        <translation>秩 {0} 讓適配器有足夠空間吸收新的事實。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="120"/>
        <source>Rank {0} is plenty to learn a style or format; higher ranks mostly learn your examples by heart.</source>
        <translation>秩 {0} 足以學會一種風格或格式；更高的秩多半只是把你的範例背下來。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="127"/>
        <source>Rank {0}, lower than ideal ({1}), so that training fits in memory.</source>
        <translation>秩 {0}，低於理想值（{1}），以便訓練放得下。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="131"/>
        <source>1 example at a time is the most that fits in {0} at this cutoff.</source>
        <translation>在這個截斷長度下，{0}一次最多放得下 1 個範例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="135"/>
        <source>{0} examples at a time is the most that fits in {1} at this cutoff.</source>
        <translation>在這個截斷長度下，{1}一次最多放得下 {0} 個範例。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="139"/>
        <source>The model learns from {0} examples per step ({1} at a time, 1 time), which keeps learning smooth.</source>
        <translation>模型每步從 {0} 個範例中學習（一次 {1} 個，共 1 次），學習過程更平穩。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="146"/>
        <source>The model learns from {0} examples per step ({1} at a time, {2} times), which keeps learning smooth.</source>
        <translation>模型每步從 {0} 個範例中學習（一次 {1} 個，共 {2} 次），學習過程更平穩。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="153"/>
        <source>{0} passes over your {1} examples: small datasets need more passes, and facts need repetition.</source>
        <translation>把你的 {1} 個範例過 {0} 遍：小資料集需要多過幾遍，而且事實需要重複。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="160"/>
        <source>{0} passes over your {1} examples: small datasets need more passes, and a style is learnt quickly.</source>
        <translation>把你的 {1} 個範例過 {0} 遍：小資料集需要多過幾遍，而風格學得很快。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="167"/>
        <source>{0} passes over your {1} examples: large datasets need fewer, and facts need repetition.</source>
        <translation>把你的 {1} 個範例過 {0} 遍：大資料集需要的遍數少，而事實需要重複。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="173"/>
        <source>{0} passes over your {1} examples: large datasets need fewer, and a style is learnt quickly.</source>
        <translation>把你的 {1} 個範例過 {0} 遍：大資料集需要的遍數少，而且風格學得很快。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="181"/>
        <source>{0} passes over a typical dataset: small datasets need more passes, and facts need repetition. Give a dataset for a schedule fitted to it.</source>
        <translation>依一般的資料集過 {0} 遍：小資料集需要多過幾遍，而且事實需要重複。選擇資料集後可得到針對它的安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="190"/>
        <source>{0} passes over a typical dataset: small datasets need more passes, and a style is learnt quickly. Give a dataset for a schedule fitted to it.</source>
        <translation>依一般的資料集過 {0} 遍：小資料集需要多過幾遍，而風格學得很快。選擇資料集後可得到針對它的安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="199"/>
        <source>{0} passes over a typical dataset: large datasets need fewer, and facts need repetition. Give a dataset for a schedule fitted to it.</source>
        <translation>依一般的資料集過 {0} 遍：大資料集需要的遍數少，而事實需要重複。選擇資料集後可得到針對它的安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="208"/>
        <source>{0} passes over a typical dataset: large datasets need fewer, and a style is learnt quickly. Give a dataset for a schedule fitted to it.</source>
        <translation>依一般的資料集過 {0} 遍：大資料集需要的遍數少，而且風格學得很快。選擇資料集後可得到針對它的安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="216"/>
        <source>{0} is the tested QLoRA rate.</source>
        <translation>{0} 是經過驗證的 QLoRA 學習率。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="220"/>
        <source>{0} is the tested QLoRA rate, a little lower for the smaller batch.</source>
        <translation>{0} 是經過驗證的 QLoRA 學習率，因批次較小而略低。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="224"/>
        <source>{0} is the tested QLoRA rate for large models.</source>
        <translation>{0} 是經過驗證的大模型 QLoRA 學習率。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="228"/>
        <source>{0} is the tested QLoRA rate for large models, a little lower for the smaller batch.</source>
        <translation>{0} 是經過驗證的大模型 QLoRA 學習率，因批次較小而略低。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="234"/>
        <source>The first {0} of the run raises the learning rate gently, so it starts stable.</source>
        <translation>訓練的前 {0} 會緩慢提高學習率，讓開頭更穩定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="240"/>
        <source>{0} of the examples are held back to check that the model is not just memorising.</source>
        <translation>保留 {0} 的範例，用來檢查模型是不是只在死記硬背。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="246"/>
        <source>Validation loss is measured every 1 step, about ten times in the run.</source>
        <translation>每一步測量一次驗證損失，整個訓練大約測量十次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="250"/>
        <source>Validation loss is measured every {0} steps, about ten times in the run.</source>
        <translation>每 {0} 步測量一次驗證損失，整個訓練大約測量十次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="254"/>
        <source>A checkpoint every {0} steps, so a crash or a stop loses little.</source>
        <translation>每 {0} 步儲存一個檢查點，出錯或停止時損失很少。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="259"/>
        <source>Even the smallest settings need {0} GiB, more than {1}. Choose a smaller model (fewer billions of parameters) or a shorter cutoff length, or close other programs that use the graphics card.</source>
        <translation>即使用最小的設定也需要 {0} GiB，超過了{1}。請選擇更小的模型（參數更少）或更短的截斷長度，或關閉其他佔用顯示卡的程式。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="268"/>
        <source>LoRA targets not found in this architecture and left out of the estimate: {0}</source>
        <translation>這個架構中找不到以下 LoRA 目標，估算時未計入：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="274"/>
        <source>The embeddings and output layer ({0} words) are kept in fp32 for stable training: {1} GiB.</source>
        <translation>為了訓練穩定，嵌入層和輸出層（{0} 個詞）以 fp32 保存：{1} GiB。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="280"/>
        <source>your {0} GiB budget</source>
        <translation>你的 {0} GiB 預算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard/reasons.py" line="281"/>
        <source>{0} GiB of free memory</source>
        <translation>{0} GiB 可用記憶體</translation>
    </message>
</context>
</TS>
