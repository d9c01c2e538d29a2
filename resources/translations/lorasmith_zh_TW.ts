<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AnalysisMixin</name>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="35" />
            <source>Automatic: the model's chat template</source>
            <translation>自動：使用模型的對話範本</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="36" />
            <source>Conversations use the model's own chat template. Alpaca rows use our Alpaca format when the model has none.</source>
            <translation>對話資料使用模型內建的對話範本。模型沒有範本時，Alpaca 資料使用我們的 Alpaca 格式。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="44" />
            <source>Format being edited (Format file tab)</source>
            <translation>正在編輯的格式（「格式檔」分頁）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="45" />
            <source>Choose a format file…</source>
            <translation>選擇格式檔…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="53" />
            <source>Loading the tokenizer…</source>
            <translation>正在載入分詞器…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="54" />
            <source>No model chosen: token counts are not shown.</source>
            <translation>未選擇模型：不顯示 token 數。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="59" />
            <source>Choose the base model's folder</source>
            <translation>選擇基礎模型所在的資料夾</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="39" />
            <source>Format file: {0}</source>
            <translation>格式檔：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="41" />
            <source>Chat template: {0}</source>
            <translation>對話範本：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="43" />
            <source>Your format file: {0}</source>
            <translation>你的格式檔：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="70" />
            <source>Tokens counted with the tokenizer of {0}.</source>
            <translation>token 數由 {0} 的分詞器計算。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="73" />
            <source>No token counts: {0}</source>
            <translation>無法計算 token 數：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="116" />
            <source>Choose a format file</source>
            <translation>選擇格式檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="117" />
            <source>Format files (*.json)</source>
            <translation>格式檔 (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="170" />
            <source>Select a row to see it as it will be trained.</source>
            <translation>選擇一列，查看它在訓練時的樣子。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="191" />
            <source>Fix the errors above to see the preview.</source>
            <translation>修正上面的錯誤後即可看到預覽。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="206" />
            <source>Chunk {0} of {1} (block {2}), as it will be trained</source>
            <translation>第 {0} 塊（共 {1} 塊，屬於第 {2} 段），訓練時的樣子</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="209" />
            <source>Row {0}, as it will be trained</source>
            <translation>第 {0} 列，訓練時的樣子</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="211" />
            <source>this row gives no training text</source>
            <translation>這一列沒有可訓練的文字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="240" />
            <source>The rows changed. Click Measure to count the tokens again.</source>
            <translation>資料已變更。按「統計 token 長度」重新計算。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="249" />
            <source>Raw text needs a .txt file or a folder of .txt files.</source>
            <translation>原始文字需要 .txt 檔或裝有 .txt 檔的資料夾。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_analysis.py" line="272" />
            <source>Choose a model to measure token lengths.</source>
            <translation>選擇模型後才能統計 token 長度。</translation>
        </message>
    </context>
    <context>
        <name>DatasetEdits</name>
        <message>
            <location filename="../../desktop/edits.py" line="24" />
            <source>Edit “{0}” in row {1}</source>
            <translation>編輯第 {1} 列的「{0}」</translation>
        </message>
        <message>
            <location filename="../../desktop/edits.py" line="87" />
            <source>Delete %n row(s)</source>
            <translation>刪除 %n 列</translation>
        </message>
    </context>
    <context>
        <name>DatasetView</name>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="118" />
            <source>How the rows are read. Lorasmith detects it; change it if the guess is wrong.</source>
            <translation>資料的讀取方式。Lorasmith 會自動偵測；如果判斷錯了，可以在這裡變更。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="124" />
            <source> tokens</source>
            <translation> 個 token</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="125" />
            <source>Longest example in tokens; longer ones are cut. The same setting as on the Train screen.</source>
            <translation>每個樣本最多的 token 數，更長的會被截斷。與「訓練」頁面上的設定相同。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="131" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="132" />
            <source>Stop reading this file</source>
            <translation>停止讀取這個檔案</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="140" />
            <source>Kind:</source>
            <translation>類型：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="143" />
            <source>Cutoff:</source>
            <translation>截斷長度：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="199" />
            <source>How each row becomes training text: the model's chat template, one of our format files, or your own.</source>
            <translation>每一列如何變成訓練文字：使用模型的對話範本、我們提供的格式檔，或你自己的格式檔。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="201" />
            <source>Train on the prompt too</source>
            <translation>也訓練提示部分</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="202" />
            <source>Also train on the user's side of each example, not just the answers. Usually off.</source>
            <translation>除了回答，也訓練每個樣本中使用者說的部分。通常保持關閉。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="206" />
            <source>Choose model…</source>
            <translation>選擇模型…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="207" />
            <source>The base model whose tokenizer counts the tokens and whose chat template formats conversations</source>
            <translation>用它的分詞器計算 token 數、用它的對話範本排版對話的基礎模型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="214" />
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="226" />
            <source>Preview</source>
            <translation>預覽</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="227" />
            <source>Format file</source>
            <translation>格式檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="228" />
            <source>Token lengths</source>
            <translation>token 長度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="268" />
            <source>Open…</source>
            <translation>開啟…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="269" />
            <source>Open a dataset file or a folder of .txt files</source>
            <translation>開啟資料集檔案或裝有 .txt 檔的資料夾</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="270" />
            <source>Save</source>
            <translation>儲存</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="271" />
            <source>Save as…</source>
            <translation>另存新檔…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="272" />
            <source>Undo</source>
            <translation>復原</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="273" />
            <source>Redo</source>
            <translation>取消復原</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="274" />
            <source>Add row</source>
            <translation>新增列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="275" />
            <source>Add an empty row below the selected one</source>
            <translation>在選取的列下面新增一個空白列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="276" />
            <source>Duplicate</source>
            <translation>複製列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="277" />
            <source>Duplicate the selected rows</source>
            <translation>複製選取的列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="278" />
            <source>Delete rows</source>
            <translation>刪除列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="279" />
            <source>Delete the selected rows</source>
            <translation>刪除選取的列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="280" />
            <source>Find</source>
            <translation>尋找</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="281" />
            <source>Replace</source>
            <translation>取代</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="288" />
            <source>Delete the selected rows (Delete key in the table)</source>
            <translation>刪除選取的列（在表格中按 Delete 鍵）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="338" />
            <source>Alpaca</source>
            <translation>Alpaca</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="338" />
            <source>ShareGPT</source>
            <translation>ShareGPT</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="338" />
            <source>OpenAI chat</source>
            <translation>OpenAI 對話</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="339" />
            <source>Text</source>
            <translation>純文字列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="339" />
            <source>Raw text</source>
            <translation>原始文字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="340" />
            <source>Custom keys</source>
            <translation>自訂欄位</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="348" />
            <source>Automatic: {0}</source>
            <translation>自動：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="349" />
            <source>Automatic</source>
            <translation>自動</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="381" />
            <source>Drop a dataset here, or click Open.

Lorasmith reads JSON, JSON Lines, CSV, Parquet and plain text (.txt) files, and folders of .txt files.</source>
            <translation>把資料集拖到這裡，或按「開啟」。

Lorasmith 可以讀取 JSON、JSON Lines、CSV、Parquet 和純文字 (.txt) 檔案，以及裝有 .txt 檔的資料夾。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="383" />
            <source>No dataset open</source>
            <translation>尚未開啟資料集</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="385" />
            <location filename="../../desktop/views/dataset_view.py" line="461" />
            <source>Row</source>
            <translation>列</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_view.py" line="419" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n 列</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_view.py" line="421" />
            <source>Reading… %n row(s) so far</source>
            <translation>
                <numerusform>正在讀取… 已讀 %n 列</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="423" />
            <source>(checking them…)</source>
            <translation>（正在檢查…）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="461" />
            <source>Row {0}</source>
            <translation>第 {0} 列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="548" />
            <source>{0} could not be written: {1}. Check that the folder exists and the file is not open in another program.</source>
            <translation>無法寫入 {0}：{1}。請檢查資料夾是否存在，以及檔案是否被其他程式開啟。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="557" />
            <source>Saved {0}.</source>
            <translation>已儲存 {0}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="559" />
            <source>The original is kept as {0}.</source>
            <translation>原始檔案已保留為 {0}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="490" />
            <source>Add a row</source>
            <translation>新增一列</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_view.py" line="500" />
            <source>Duplicate %n row(s)</source>
            <translation>
                <numerusform>複製 %n 列</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="534" />
            <source>Save the dataset as</source>
            <translation>資料集另存新檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="535" />
            <source>JSON Lines (*.jsonl);;JSON (*.json)</source>
            <translation>JSON Lines (*.jsonl);;JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="548" />
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="575" />
            <source>the dataset</source>
            <translation>資料集</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="577" />
            <source>the format file</source>
            <translation>格式檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="578" />
            <source>Unsaved changes</source>
            <translation>有未儲存的變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="579" />
            <source> and </source>
            <translation>和</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="579" />
            <source>Save your changes to {0}?</source>
            <translation>是否儲存對 {0} 的變更？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_view.py" line="581" />
            <source>If you don't save, your changes are lost.</source>
            <translation>如果不儲存，所做的變更將會遺失。</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../desktop/views/dataset_find.py" line="63" />
            <source>Find</source>
            <translation>尋找</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_find.py" line="66" />
            <source>Replace with</source>
            <translation>取代為</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_find.py" line="67" />
            <source>Match case</source>
            <translation>區分大小寫</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_find.py" line="69" />
            <source>Look in one column or in all of them</source>
            <translation>在某一欄或所有欄中尋找</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_find.py" line="70" />
            <source>Previous</source>
            <translation>上一個</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_find.py" line="71" />
            <source>Next</source>
            <translation>下一個</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_find.py" line="72" />
            <source>Replace</source>
            <translation>取代</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_find.py" line="73" />
            <source>Replace all</source>
            <translation>全部取代</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_find.py" line="78" />
            <source>Close (Esc)</source>
            <translation>關閉 (Esc)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_find.py" line="135" />
            <source>All columns</source>
            <translation>所有欄</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_find.py" line="180" />
            <location filename="../../desktop/views/dataset_find.py" line="226" />
            <source>Not found</source>
            <translation>找不到</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_find.py" line="223" />
            <source>Replace %n occurrence(s)</source>
            <translation>
                <numerusform>取代 %n 處</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_find.py" line="225" />
            <source>Replaced %n occurrence(s)</source>
            <translation>
                <numerusform>已取代 %n 處</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FormatEditor</name>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="33" />
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="34" />
            <source>Open…</source>
            <translation>開啟…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="35" />
            <source>Save</source>
            <translation>儲存</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="36" />
            <source>Save as…</source>
            <translation>另存新檔…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="99" />
            <source>Cannot open the format file</source>
            <translation>無法開啟格式檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="100" />
            <source>{0} cannot be read ({1}). Save it as UTF-8 text and try again.</source>
            <translation>無法讀取 {0}（{1}）。請把它儲存為 UTF-8 文字後再試。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="115" />
            <source>Editing {0}</source>
            <translation>正在編輯 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="128" />
            <source>{0} could not be written ({1}).</source>
            <translation>無法寫入 {0}（{1}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="156" />
            <source>Line {0}</source>
            <translation>第 {0} 行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="116" />
            <source>A new format file (not saved yet). Keys are sets of column names, values are templates with %column% where each value goes.</source>
            <translation>新的格式檔（尚未儲存）。鍵是一組欄位名稱，值是範本，範本中的 %欄位名稱% 會被該欄的內容取代。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="128" />
            <source>Not saved</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="138" />
            <source>Open a format file</source>
            <translation>開啟格式檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="139" />
            <location filename="../../desktop/views/dataset_format_editor.py" line="145" />
            <source>Format files (*.json)</source>
            <translation>格式檔 (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="144" />
            <source>Save the format file</source>
            <translation>儲存格式檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="157" />
            <source>Error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="157" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_format_editor.py" line="163" />
            <source>%n error(s): rows cannot use this format until they are fixed.</source>
            <translation>
                <numerusform>%n 個錯誤：修正之前，資料無法使用這個格式。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_format_editor.py" line="168" />
            <source>The format is valid.</source>
            <translation>格式正確。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_format_editor.py" line="169" />
            <source>%n warning(s) below.</source>
            <translation>
                <numerusform>下面有 %n 個警告。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../desktop/help.py" line="21" />
            <source>What Lorasmith does</source>
            <translation>Lorasmith 能做什麼</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="22" />
            <source>It teaches an open language model your examples by training a small add-on, a LoRA adapter, on your own graphics card. The base model stays as it is; the adapter is a small file you can use with it or merge into it.</source>
            <translation>它在你自己的顯示卡上訓練一個小小的附加部件——LoRA 適配器，讓開源語言模型學會你的範例。基礎模型保持不變；適配器是一個小檔案，可以與基礎模型一起使用，也可以合併進去。</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="25" />
            <source>1. Models</source>
            <translation>1. 模型</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="26" />
            <source>Choose the base model to fine-tune. The bundled demo model is tiny and trains on any computer, so you can try everything first.</source>
            <translation>選擇要微調的基礎模型。自帶的示範模型非常小，在任何電腦上都能訓練，可以先用它把所有功能試一遍。</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="28" />
            <source>2. Dataset</source>
            <translation>2. 資料集</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="29" />
            <source>Open or drop your examples (JSON, JSONL, CSV, Parquet or text). The preview shows each example exactly as it will be trained: the coloured parts are what the model learns to write.</source>
            <translation>開啟或拖入你的範例（JSON、JSONL、CSV、Parquet 或文字）。預覽會按訓練時的樣子顯示每個範例：帶顏色的部分就是模型要學著寫出的內容。</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="31" />
            <source>3. Train</source>
            <translation>3. 訓練</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="32" />
            <source>The main settings are at the top, each explained under it; the rest are under Advanced. Point at any setting to read what it does. Press Start training (F5).</source>
            <translation>主要設定在最上方，每項下面都有說明；其餘設定在「進階」裡。把滑鼠指向任一設定即可查看它的作用。然後點「開始訓練」（F5）。</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="34" />
            <source>4. Monitor</source>
            <translation>4. 監控</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="35" />
            <source>Watch the loss fall. The training loss should go down; the validation loss (on examples the model does not learn from) should go down too. When validation loss rises while training loss keeps falling, the model is memorising: stop, or train for fewer epochs next time. Warnings appear on the curve and in the list beside it, with what to do. Stop saves the adapter so far.</source>
            <translation>觀察損失下降。訓練損失應當下降；驗證損失（在模型不學習的範例上計算）也應當下降。如果驗證損失上升而訓練損失仍在下降，說明模型在死記硬背：請停止訓練，或下次減少訓練輪數。警告會標在曲線上並列在旁邊，附有處理建議。「停止」會儲存到目前為止的適配器。</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="39" />
            <source>5. Test</source>
            <translation>5. 測試</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="40" />
            <source>Ask the model questions with and without your adapter to see what it learned, then export it.</source>
            <translation>分別在使用和不使用適配器的情況下向模型提問，看看它學到了什麼，然後匯出。</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="41" />
            <source>Runs</source>
            <translation>執行記錄</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="42" />
            <source>Every run keeps its settings, curves, checkpoints and adapter in its own folder. Open a run to see its curves again, select two to compare them, resume a stopped run, or copy its settings.</source>
            <translation>每次執行都把設定、曲線、檢查點和適配器儲存在自己的資料夾裡。開啟一次執行可重新查看曲線；選中兩次執行可對比；已停止的執行可以繼續訓練，也可以複製它的設定。</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="44" />
            <source>Keyboard</source>
            <translation>鍵盤快捷鍵</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="45" />
            <source>Ctrl+1 to Ctrl+6: screens · F5: start training · Shift+F5: stop · Ctrl+O: open · Ctrl+S: save · F1: this help · Ctrl+Q: quit</source>
            <translation>Ctrl+1 至 Ctrl+6：切換頁面 · F5：開始訓練 · Shift+F5：停止 · Ctrl+O：開啟 · Ctrl+S：儲存 · F1：本說明 · Ctrl+Q：結束</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="49" />
            <source>Lorasmith help</source>
            <translation>Lorasmith 說明</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="54" />
            <source>Fine-tune an open language model with a 4-bit LoRA on your own GPU, without writing code.</source>
            <translation>在你自己的 GPU 上用 4-bit LoRA 微調開源語言模型，無需編寫程式碼。</translation>
        </message>
        <message>
            <location filename="../../desktop/help.py" line="56" />
            <source>Licensed under the Apache License 2.0. Built with Qt (PySide6, LGPL), pyqtgraph, PyTorch, Hugging Face Transformers and PEFT, and bitsandbytes.</source>
            <translation>以 Apache License 2.0 授權。基於 Qt（PySide6，LGPL）、pyqtgraph、PyTorch、Hugging Face Transformers 與 PEFT，以及 bitsandbytes 建置。</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../desktop/help.py" line="64" />
            <source>Lorasmith help</source>
            <translation>Lorasmith 說明</translation>
        </message>
    </context>
    <context>
        <name>LengthHistogram</name>
        <message>
            <location filename="../../desktop/views/dataset_histogram.py" line="150" />
            <source>tokens per row</source>
            <translation>每列的 token 數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_histogram.py" line="97" />
            <source>rows</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_histogram.py" line="36" />
            <source>Measure token lengths</source>
            <translation>統計 token 長度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_histogram.py" line="37" />
            <source>Count the tokens of every row with the chosen model's tokenizer. Large datasets take a while; you can keep working meanwhile.</source>
            <translation>用所選模型的分詞器計算每一列的 token 數。大型資料集需要一些時間，期間可以繼續操作。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_histogram.py" line="57" />
            <source>Open a dataset to see how long its rows are in tokens.</source>
            <translation>開啟資料集後，這裡會顯示每列有多少 token。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_histogram.py" line="89" />
            <source>Median {0} tokens, 95% of {1} at or under {2}, longest {3}. Cutoff: {4} tokens.</source>
            <translation>中位數 {0} 個 token，95% 的{1}不超過 {2} 個，最長 {3} 個。截斷長度：{4} 個 token。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_histogram.py" line="105" />
            <source>%n chunk(s) ({0}) will be truncated</source>
            <translation>
                <numerusform>%n 塊（{0}）會被截斷</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_histogram.py" line="106" />
            <source>%n row(s) ({0}) will be truncated</source>
            <translation>
                <numerusform>%n 列（{0}）會被截斷</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_histogram.py" line="143" />
            <source>cutoff {0}</source>
            <translation>截斷 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_histogram.py" line="97" />
            <source>chunks</source>
            <translation>塊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_histogram.py" line="149" />
            <source>tokens per chunk</source>
            <translation>每塊的 token 數</translation>
        </message>
    </context>
    <context>
        <name>LoadingMixin</name>
        <message>
            <location filename="../../desktop/views/dataset_loading.py" line="71" />
            <source>Open a dataset</source>
            <translation>開啟資料集</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_loading.py" line="72" />
            <source>Datasets (*.json *.jsonl *.ndjson *.csv *.tsv *.parquet *.txt);;All files (*)</source>
            <translation>資料集 (*.json *.jsonl *.ndjson *.csv *.tsv *.parquet *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_loading.py" line="89" />
            <source>Reading the file…</source>
            <translation>正在讀取檔案…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_loading.py" line="99" />
            <source>Reading…</source>
            <translation>正在讀取…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_loading.py" line="145" />
            <source>Reading was cancelled.</source>
            <translation>已取消讀取。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_loading.py" line="194" />
            <source>%n character(s) of text</source>
            <translation>%n 個字元的文字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_loading.py" line="196" />
            <source>(%n file(s))</source>
            <translation>（%n 個檔案）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_loading.py" line="206" />
            <source>Click Measure to count the tokens of every chunk.</source>
            <translation>按「統計 token 長度」計算每一塊的 token 數。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_loading.py" line="219" />
            <source>This dataset has %n row(s). Click Measure to count the tokens of every row.</source>
            <translation>這個資料集有 %n 列。按「統計 token 長度」計算每一列的 token 數。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_loading.py" line="237" />
            <source>This file cannot be used:</source>
            <translation>無法使用這個檔案：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/main_window.py" line="51" />
            <source>Models</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="52" />
            <source>Find, download and choose a base model. This screen is coming; for now choose a model folder in the Train screen (the bundled demo model is chosen for you).</source>
            <translation>搜尋、下載並選擇基礎模型。此頁面即將推出；目前請在「訓練」頁面選擇模型資料夾（已預設選好自帶的示範模型）。</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="55" />
            <source>Dataset</source>
            <translation>資料集</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="57" />
            <source>Open or drop your dataset here to see it as it will be trained. This screen is coming; for now choose the dataset file in the Train screen.</source>
            <translation>在這裡開啟或拖入資料集，按訓練時的樣子查看。此頁面即將推出；目前請在「訓練」頁面選擇資料集檔案。</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="60" />
            <source>Train</source>
            <translation>訓練</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="61" />
            <source>Monitor</source>
            <translation>監控</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="63" />
            <source>Test</source>
            <translation>測試</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="64" />
            <source>Chat with the model with and without your adapter, and export it. This screen is coming.</source>
            <translation>分別在使用和不使用適配器時與模型對話，並匯出適配器。此頁面即將推出。</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="66" />
            <source>Runs</source>
            <translation>執行記錄</translation>
        </message>
        <message>
            <location filename="../../desktop/workers/hardware_probe.py" line="28" />
            <source>No NVIDIA GPU found: training runs on the CPU (slow)</source>
            <translation>未找到 NVIDIA GPU：將在 CPU 上訓練（較慢）</translation>
        </message>
        <message>
            <location filename="../../desktop/screenshots.py" line="120" />
            <location filename="../../desktop/workers/hardware_probe.py" line="33" />
            <source>{0} · {1:.1f} GiB of {2:.1f} GiB VRAM free</source>
            <translation>{0} · VRAM 可用 {1:.1f} GiB / 共 {2:.1f} GiB</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="201" />
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="202" />
            <source>&amp;Open…</source>
            <translation>開啟(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="204" />
            <source>&amp;Save…</source>
            <translation>儲存(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="206" />
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="213" />
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="221" />
            <source>Appearance</source>
            <translation>外觀</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="223" />
            <source>Follow the system</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="223" />
            <source>Light</source>
            <translation>淺色</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="224" />
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="230" />
            <location filename="../../desktop/main_window.py" line="387" />
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="233" />
            <source>System language</source>
            <translation>跟隨系統語言</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="241" />
            <source>&amp;Training</source>
            <translation>訓練(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="242" />
            <source>&amp;Start training</source>
            <translation>開始訓練(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="243" />
            <source>S&amp;top (save the adapter so far)</source>
            <translation>停止(&amp;T)（儲存目前的適配器）</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="244" />
            <source>&amp;Kill</source>
            <translation>強制結束(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="247" />
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="248" />
            <source>Lorasmith &amp;help</source>
            <translation>Lorasmith 說明(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="250" />
            <source>&amp;About Lorasmith</source>
            <translation>關於 Lorasmith(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="267" />
            <source>Training finished. The adapter is in {0}</source>
            <translation>訓練完成。適配器儲存在 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="269" />
            <source>Training failed: {0}</source>
            <translation>訓練失敗：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="286" />
            <source>Could not create the run folder</source>
            <translation>無法建立執行資料夾</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="300" />
            <source>Could not start training</source>
            <translation>無法開始訓練</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="321" />
            <source>Stopping after this step…</source>
            <translation>本步完成後停止…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="332" />
            <source>Training: step {0} of {1}</source>
            <translation>訓練中：第 {0} / {1} 步</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="337" />
            <source>The training process stopped unexpectedly</source>
            <translation>訓練程序意外停止</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="338" />
            <source>It ended with exit code {0} without saying why. The app is fine; the last checkpoint, if any, can be resumed from the Runs screen.</source>
            <translation>它以結束代碼 {0} 結束，沒有說明原因。本程式仍在正常執行；如果有最近的檢查點，可以在「執行記錄」頁面繼續訓練。</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="358" />
            <source>A run is going: {0} is shown over it for comparison</source>
            <translation>正在訓練中：{0} 已疊加顯示以便對比</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="388" />
            <source>The new language is used the next time Lorasmith starts.</source>
            <translation>新語言將在下次啟動 Lorasmith 時生效。</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="390" />
            <source>Restart now</source>
            <translation>立即重新啟動</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="391" />
            <source>Later</source>
            <translation>稍後</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="414" />
            <source>About Lorasmith</source>
            <translation>關於 Lorasmith</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="485" />
            <source>A training run is going</source>
            <translation>訓練正在進行</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="486" />
            <source>What should happen to the run?</source>
            <translation>要如何處理這次訓練？</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="487" />
            <source>Stop saves the adapter trained so far; the window closes when it is saved. Kill ends the run at once; you can resume it later from its last checkpoint.</source>
            <translation>「停止」會儲存目前訓練好的適配器，儲存完成後視窗關閉。「強制結束」會立即結束訓練；之後可以從最近的檢查點繼續。</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="490" />
            <source>Stop and quit</source>
            <translation>停止並離開</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="491" />
            <source>Kill and quit</source>
            <translation>強制結束並離開</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="492" />
            <source>Keep training</source>
            <translation>繼續訓練</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="500" />
            <source>Stopping… the window closes when the adapter is saved.</source>
            <translation>正在停止…適配器儲存後視窗將關閉。</translation>
        </message>
    </context>
    <context>
        <name>MonitorView</name>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="74" />
            <source>No run yet: start one in the Train screen, or open one in Runs.</source>
            <translation>還沒有執行：請在「訓練」頁面開始一次，或在「執行記錄」中開啟一次。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="80" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="81" />
            <source>Stop after the current step and save the adapter so far.</source>
            <translation>完成當前這一步後停止，並儲存目前的適配器。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="82" />
            <source>Kill</source>
            <translation>強制結束</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="83" />
            <source>End the training process at once. Nothing since the last checkpoint is kept; you can resume from that checkpoint.</source>
            <translation>立即結束訓練程序。最近一個檢查點之後的進度不會保留；之後可以從該檢查點繼續。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="85" />
            <source>Open run folder</source>
            <translation>開啟執行資料夾</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="101" />
            <source>Point at a curve to read its values.</source>
            <translation>將滑鼠指向曲線即可讀取數值。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="109" />
            <source>Log scale</source>
            <translation>對數座標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="110" />
            <source>Show the loss on a logarithmic scale, which spreads out small changes late in training.</source>
            <translation>用對數座標顯示損失，便於看清訓練後期的細小變化。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="113" />
            <source>Raw loss</source>
            <translation>原始損失</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="115" />
            <source>Also draw the loss of every step, not only the smoothed curve.</source>
            <translation>除平滑曲線外，也畫出每一步的損失。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="119" />
            <source>How strongly the smoothed curve averages recent steps (0: not at all, 0.99: very strongly).</source>
            <translation>平滑曲線對最近各步取平均的強度（0：不平滑，0.99：非常平滑）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="122" />
            <source>Clear comparison</source>
            <translation>清除對比</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="128" />
            <source>Smoothing</source>
            <translation>平滑</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="152" />
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="153" />
            <source>Log</source>
            <translation>日誌</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="179" />
            <source>Loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="180" />
            <source>Learning rate</source>
            <translation>學習率</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="181" />
            <source>Gradient norm</source>
            <translation>梯度範數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="182" />
            <source>Step</source>
            <translation>步數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="199" />
            <source>Training loss</source>
            <translation>訓練損失</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="200" />
            <source>Training loss (smoothed)</source>
            <translation>訓練損失（平滑）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="201" />
            <source>Validation loss</source>
            <translation>驗證損失</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="312" />
            <source>{0}: training loss</source>
            <translation>{0}：訓練損失</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="315" />
            <source>{0}: validation loss</source>
            <translation>{0}：驗證損失</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="378" />
            <location filename="../../desktop/views/monitor_view.py" line="455" />
            <source>Step {0}</source>
            <translation>第 {0} 步</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="380" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="390" />
            <source>Warnings ({0})</source>
            <translation>警告（{0}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="403" />
            <source>Waiting for the first step…</source>
            <translation>等待第一步…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="406" />
            <source>Step {0} of {1}</source>
            <translation>第 {0} / {1} 步</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="409" />
            <source>Epoch {0} of {1}</source>
            <translation>輪次 {0} / {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="410" />
            <source>Elapsed {0}</source>
            <translation>已用時 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="412" />
            <source>About {0} left</source>
            <translation>約剩 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="414" />
            <source>{0} tokens/s</source>
            <translation>{0} token/秒</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="420" />
            <source>Training</source>
            <translation>訓練中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="420" />
            <source>Stopping after this step…</source>
            <translation>本步完成後停止…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="421" />
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="421" />
            <source>Stopped, adapter saved</source>
            <translation>已停止，適配器已儲存</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="422" />
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="422" />
            <source>Crashed</source>
            <translation>崩潰</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="422" />
            <source>Killed</source>
            <translation>已強制結束</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="423" />
            <source>Incomplete</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="448" />
            <source>No points yet.</source>
            <translation>還沒有資料點。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="455" />
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="458" />
            <source>smoothed</source>
            <translation>平滑</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="461" />
            <source>validation</source>
            <translation>驗證</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="462" />
            <source>(step {0})</source>
            <translation>（第 {0} 步）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="465" />
            <source>learning rate</source>
            <translation>學習率</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_view.py" line="468" />
            <source>gradient norm</source>
            <translation>梯度範數</translation>
        </message>
    </context>
    <context>
        <name>PathEdit</name>
        <message>
            <location filename="../../desktop/views/train_form.py" line="83" />
            <source>File…</source>
            <translation>檔案…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_form.py" line="87" />
            <source>Folder…</source>
            <translation>資料夾…</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../../desktop/views/dataset_preview.py" line="111" />
            <source>Trained (the model learns it)</source>
            <translation>訓練部分（模型學習寫出）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_preview.py" line="112" />
            <source>Prompt (context, not trained)</source>
            <translation>提示部分（上下文，不訓練）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_preview.py" line="114" />
            <source>Past the cutoff (cut off)</source>
            <translation>超出截斷長度（被截掉）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_preview.py" line="129" />
            <source>This row cannot be trained: {0}</source>
            <translation>這一列無法訓練：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_preview.py" line="163" />
            <source>end-of-text token</source>
            <translation>文字結束符</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_preview.py" line="183" />
            <source>{0} characters, {1} of them trained. Choose a model to count tokens.</source>
            <translation>{0} 個字元，其中 {1} 個參與訓練。選擇模型後可計算 token 數。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_preview.py" line="186" />
            <source>{0} tokens, {1} of them trained.</source>
            <translation>{0} 個 token，其中 {1} 個參與訓練。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_preview.py" line="188" />
            <source>The row has {0} tokens; everything past the cutoff of {1} is cut off.</source>
            <translation>這一列有 {0} 個 token；超出截斷長度 {1} 的部分會被截掉。</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../desktop/views/dataset_problems.py" line="25" />
            <source>Row</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_problems.py" line="25" />
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_problems.py" line="48" />
            <source>No problems found.</source>
            <translation>沒有發現問題。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_problems.py" line="50" />
            <source>Problems: {0} and {1}. Click one to go to its row.</source>
            <translation>問題：{0}，{1}。按一下即可跳到對應的列。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_problems.py" line="56" />
            <source>line {0}</source>
            <translation>第 {0} 行</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_problems.py" line="51" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n 個錯誤</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_problems.py" line="52" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n 個警告</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_problems.py" line="57" />
            <source>Error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_problems.py" line="57" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <location filename="../../desktop/i18n.py" line="43" />
            <source>&amp;Step up</source>
            <translation>增大(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="43" />
            <source>Step &amp;down</source>
            <translation>減小(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="../../desktop/i18n.py" line="34" />
            <source>&amp;Undo</source>
            <translation>復原(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="34" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="35" />
            <source>Cu&amp;t</source>
            <translation>剪下(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="35" />
            <source>&amp;Copy</source>
            <translation>複製(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="36" />
            <source>&amp;Paste</source>
            <translation>貼上(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="36" />
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="37" />
            <source>Select All</source>
            <translation>全選</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../desktop/i18n.py" line="32" />
            <source>Show Details...</source>
            <translation>顯示詳細資訊…</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="32" />
            <source>Hide Details...</source>
            <translation>隱藏詳細資訊…</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="33" />
            <source>About Qt</source>
            <translation>關於 Qt</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../../desktop/i18n.py" line="23" />
            <source>OK</source>
            <translation>確定</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="23" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="24" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="24" />
            <source>Save</source>
            <translation>儲存</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="25" />
            <source>Discard</source>
            <translation>放棄</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="25" />
            <source>Don't Save</source>
            <translation>不儲存</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="26" />
            <source>Close without Saving</source>
            <translation>關閉且不儲存</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="26" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="27" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="27" />
            <source>Open</source>
            <translation>開啟</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="28" />
            <source>Apply</source>
            <translation>套用</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="28" />
            <source>Reset</source>
            <translation>重設</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="29" />
            <source>Help</source>
            <translation>說明</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="29" />
            <source>Retry</source>
            <translation>重試</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="30" />
            <source>Ignore</source>
            <translation>忽略</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="30" />
            <source>Abort</source>
            <translation>中止</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="31" />
            <source>Restore Defaults</source>
            <translation>恢復預設值</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="../../desktop/i18n.py" line="38" />
            <source>&amp;Undo</source>
            <translation>復原(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="38" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="39" />
            <source>Cu&amp;t</source>
            <translation>剪下(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="39" />
            <source>&amp;Copy</source>
            <translation>複製(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="40" />
            <source>&amp;Paste</source>
            <translation>貼上(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="40" />
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="41" />
            <source>Select All</source>
            <translation>全選</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="42" />
            <source>Copy &amp;Link Location</source>
            <translation>複製連結位址(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>RawTextView</name>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="73" />
            <source> tokens</source>
            <translation> 個 token</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="74" />
            <source>Tokens each chunk repeats from the end of the previous one, so no passage is only ever seen cut in half.</source>
            <translation>每一塊重複上一塊結尾的 token 數，這樣任何一段文字都不會只以被切開的樣子出現。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="79" />
            <location filename="../../desktop/views/dataset_rawtext.py" line="87" />
            <source> characters</source>
            <translation> 個字元</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="80" />
            <source>Move chunk edges to a line break within this many characters, so chunks start and end on whole lines.</source>
            <translation>在這麼多個字元的範圍內把塊的邊界移到換行處，讓每一塊都從完整的行開始和結束。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="83" />
            <source>Text that splits the file into blocks no chunk crosses; \n is a line break. The default, \n\n\n, is two empty lines.</source>
            <translation>把檔案分成若干段的分隔文字，任何塊都不會跨段；\n 表示換行。預設的 \n\n\n 就是兩個空行。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="88" />
            <source>Blocks this short or shorter are left out.</source>
            <translation>不超過這個長度的段會被略過。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="89" />
            <source>End each block with the end-of-text token</source>
            <translation>每段末尾加上文字結束符</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="96" />
            <source>Overlap</source>
            <translation>重疊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="98" />
            <source>Prefer line breaks within</source>
            <translation>在此範圍內優先在換行處切分</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="100" />
            <source>Hard cut</source>
            <translation>強制分段</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="102" />
            <source>Leave out blocks up to</source>
            <translation>略過不超過此長度的段</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="140" />
            <source>Chunks, in alternating shades: each is one example</source>
            <translation>塊（深淺交替）：每一塊是一個訓練樣本</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="141" />
            <source>Overlap with the chunk before</source>
            <translation>與上一塊重疊的部分</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="187" />
            <source>{0} from {1}.</source>
            <translation>{0}，來自{1}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_rawtext.py" line="188" />
            <source>%n block(s)</source>
            <translation>
                <numerusform>%n 段</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="191" />
            <source>Click in the text to preview the chunk there.</source>
            <translation>按一下文字中的任意位置，預覽那裡的塊。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="234" />
            <source>Chunk {0} of {1} (block {2})</source>
            <translation>第 {0} 塊，共 {1} 塊（第 {2} 段）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="167" />
            <source>Working out the chunks…</source>
            <translation>正在計算分塊…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/dataset_rawtext.py" line="187" />
            <source>%n chunk(s)</source>
            <translation>
                <numerusform>%n 塊</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_rawtext.py" line="190" />
            <source>Counted with words standing in for tokens; choose a model for exact chunks.</source>
            <translation>目前用詞語代替 token 估算；選擇模型後可得到準確的分塊。</translation>
        </message>
    </context>
    <context>
        <name>RowEditor</name>
        <message>
            <location filename="../../desktop/views/dataset_row_editor.py" line="117" />
            <source>Select a row in the table to edit it here. Each column gets its own box; changes can be undone with Ctrl+Z.</source>
            <translation>在表格中選擇一列，就可以在這裡編輯。每一欄都有自己的編輯框；變更可以用 Ctrl+Z 復原。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_row_editor.py" line="152" />
            <source>{0} (not in this row; type to add it)</source>
            <translation>{0}（這一列沒有此欄位；輸入內容即可新增）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_row_editor.py" line="154" />
            <source>{0} (a list, written as JSON)</source>
            <translation>{0}（清單，以 JSON 書寫）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_row_editor.py" line="156" />
            <source>{0} (an object, written as JSON)</source>
            <translation>{0}（物件，以 JSON 書寫）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_row_editor.py" line="158" />
            <source>{0} (a JSON value)</source>
            <translation>{0}（JSON 值）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dataset_row_editor.py" line="209" />
            <source>Not applied: this is not valid JSON ({0}). Fix it, or undo.</source>
            <translation>尚未套用：這不是有效的 JSON（{0}）。請修正，或復原變更。</translation>
        </message>
    </context>
    <context>
        <name>RunConfig</name>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="98" />
            <source>Folder of the base model to fine-tune (safetensors weights, config and tokenizer).</source>
            <translation>要微調的基礎模型所在的資料夾（含 safetensors 權重、設定檔和分詞器）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="101" />
            <source>Your training data: a JSON, JSONL, CSV, Parquet or text file, or a folder of .txt files.</source>
            <translation>你的訓練資料：JSON、JSONL、CSV、Parquet 或文字檔案，或一個裝有 .txt 檔案的資料夾。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="104" />
            <source>How rows are read. 'auto' detects Alpaca, ShareGPT, OpenAI messages, text and raw text.</source>
            <translation>如何讀取每一行。「auto」會自動識別 Alpaca、ShareGPT、OpenAI messages、text 和純文字。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="107" />
            <source>A format file (%key% templates) that turns each row into training text. Empty: the model's chat template, or our Alpaca format.</source>
            <translation>把每一行變成訓練文字的格式檔（%key% 範本）。留空：使用模型自帶的對話範本，或我們的 Alpaca 格式。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="111" />
            <source>Chat template for conversations: 'auto' uses the model's own, or a file of ours or yours.</source>
            <translation>對話所用的對話範本：「auto」使用模型自帶的，也可以選我們提供的或你自己的檔案。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="114" />
            <source>Also train on the user's side of each example, not just the answers. Usually off: the model should learn to answer, not to ask.</source>
            <translation>除了回答，也訓練每個範例中使用者說的部分。通常關閉：模型應該學會回答，而不是提問。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="118" />
            <source>A separate file to measure validation loss on. Empty: hold out part of the dataset instead.</source>
            <translation>用於計算驗證損失的單獨檔案。留空：改為從資料集中留出一部分。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="121" />
            <source>Fraction of the dataset held out to measure validation loss (0 turns validation off).</source>
            <translation>從資料集中留出用於計算驗證損失的比例（0 表示不做驗證）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="124" />
            <source>Longest example in tokens. Longer ones are cut. Raising it covers longer texts but needs more VRAM.</source>
            <translation>範例的最大長度（token 數），更長的會被截斷。調高可容納更長的文字，但需要更多 VRAM。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="128" />
            <source>Raw text: tokens each chunk shares with the previous one, so no sentence is only ever seen cut in half.</source>
            <translation>純文字：每個片段與上一個片段重疊的 token 數，這樣任何句子都不會只以被切斷的形式出現。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="132" />
            <source>Raw text: move chunk edges to a newline within this many characters, so chunks start and end on whole lines.</source>
            <translation>純文字：在這麼多字元範圍內把片段邊界移到換行處，讓片段以完整的行開始和結束。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="136" />
            <source>Raw text: this string splits the text into blocks that no chunk crosses (default: three newlines).</source>
            <translation>純文字：用這個字串把文字分成塊，任何片段都不會跨塊（預設：三個換行）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="140" />
            <source>Raw text: drop blocks this short or shorter (in characters).</source>
            <translation>純文字：丟棄不超過這麼多字元的塊。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="143" />
            <source>Raw text and plain text rows: end each block with the end-of-text token, so the model learns where texts stop.</source>
            <translation>純文字和 text 行：在每塊末尾加上文字結束 token，讓模型學會在哪裡結束。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="147" />
            <source>Pack several short examples into one sequence (each still attends only to itself). Faster on datasets of short rows.</source>
            <translation>把多個短範例打包進一個序列（每個範例仍只關注自身）。資料集中短行多時更快。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="151" />
            <source>How the base model is stored while training. 4-bit (QLoRA) needs the least VRAM; 8-bit and 16-bit are more exact but need 2-4x more.</source>
            <translation>訓練時基礎模型的儲存精度。4-bit（QLoRA）需要的 VRAM 最少；8-bit 和 16-bit 更精確，但需要 2 到 4 倍的 VRAM。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="155" />
            <source>Quantise the 4-bit scaling constants too: saves about 0.4 bits per weight at no measurable cost.</source>
            <translation>把 4-bit 的縮放常數也量化：每個權重約省 0.4 bit，幾乎沒有可測的損失。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="159" />
            <source>Number format for the maths. 'auto': bf16 on RTX 30xx and newer, fp16 on older cards, fp32 on the CPU.</source>
            <translation>計算所用的數值格式。「auto」：RTX 30 系列及更新的顯示卡用 bf16，較舊的顯示卡用 fp16，CPU 上用 fp32。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="163" />
            <source>LoRA rank: how much the adapter can learn. Higher learns more detail but needs more VRAM and can overfit small datasets.</source>
            <translation>LoRA 秩：適配器能學到多少。越高能學到越多細節，但需要更多 VRAM，且在小資料集上容易過擬合。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="167" />
            <source>LoRA alpha: scales the adapter's effect. Usually twice the rank.</source>
            <translation>LoRA alpha：縮放適配器的作用強度。通常設為秩的兩倍。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="170" />
            <source>Randomly drops part of the adapter's input while training, to overfit less.</source>
            <translation>訓練時隨機丟棄適配器的一部分輸入，以減少過擬合。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="173" />
            <source>Which layers get an adapter: 'qv' (least VRAM), 'attention', 'all-linear' (learns most), or 'custom'.</source>
            <translation>哪些層加上適配器：「qv」（VRAM 最少）、「attention」、「all-linear」（學得最多）或「custom」（自訂）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="177" />
            <source>Module names for 'custom' targets, for example q_proj, v_proj, gate_proj.</source>
            <translation>「custom」目標的模組名，例如 q_proj、v_proj、gate_proj。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="180" />
            <source>Rank-stabilised LoRA: scales by sqrt(rank), which keeps high ranks learning well.</source>
            <translation>秩穩定 LoRA（rsLoRA）：按 sqrt(秩) 縮放，讓高秩也能學得好。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="183" />
            <source>DoRA: learns magnitude and direction separately. Slightly better results, slower and more VRAM.</source>
            <translation>DoRA：分別學習權重的大小和方向。效果略好，但更慢、需要更多 VRAM。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="187" />
            <source>Recompute activations instead of storing them: much less VRAM for about 30% more time.</source>
            <translation>重新計算激活值而不是儲存它們：大幅減少 VRAM，代價是多花約 30% 的時間。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="190" />
            <source>Examples per optimiser step. Larger gives smoother learning; it costs time, not VRAM (see micro batch).</source>
            <translation>每個優化步使用的範例數。越大學習越平穩；它花的是時間而不是 VRAM（見微批次）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="194" />
            <source>Examples processed at once on the GPU. Raising it is faster but needs more VRAM. Batch size must be a multiple of it.</source>
            <translation>GPU 一次同時處理的範例數。調高更快，但需要更多 VRAM。批次大小必須是它的整數倍。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="198" />
            <source>How many times to go through the dataset. More learns more but can overfit (validation loss rises).</source>
            <translation>把資料集完整過幾遍。越多學得越多，但可能過擬合（驗證損失上升）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="202" />
            <source>Stop after this many optimiser steps (-1: decided by epochs).</source>
            <translation>達到這麼多優化步後停止（-1：由訓練輪數決定）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="205" />
            <source>How big each learning step is. Higher learns faster but can become unstable; lower is safer but slower.</source>
            <translation>每一步學習的幅度。越高學得越快，但可能不穩定；越低越穩妥，但更慢。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="209" />
            <source>How the learning rate changes over the run.</source>
            <translation>學習率在訓練過程中如何變化。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="212" />
            <source>Fraction of the run spent slowly raising the learning rate, to start gently.</source>
            <translation>訓練開始時用於逐漸提高學習率的比例，讓訓練平穩起步。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="215" />
            <source>Clip large gradients to this size, which prevents sudden jumps in the loss.</source>
            <translation>把過大的梯度裁剪到這個大小，防止損失突然跳變。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="218" />
            <source>'auto': paged 8-bit AdamW on a GPU (saves VRAM), AdamW on the CPU.</source>
            <translation>「auto」：GPU 上用分頁 8-bit AdamW（節省 VRAM），CPU 上用 AdamW。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="221" />
            <source>Pulls adapter weights towards zero a little each step, to overfit less.</source>
            <translation>每一步把適配器權重稍微拉向零，以減少過擬合。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="224" />
            <source>Random seed: the same seed and settings give the same run.</source>
            <translation>隨機種子：相同的種子和設定會得到相同的訓練結果。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="227" />
            <source>NEFTune: add noise to embeddings while training (5 is typical). Can help instruction tuning; 0 turns it off.</source>
            <translation>NEFTune：訓練時給嵌入加雜訊（常用 5）。可能有助於指令微調；0 表示關閉。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="231" />
            <source>Measure validation loss every this many steps.</source>
            <translation>每隔這麼多步計算一次驗證損失。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="234" />
            <source>Save a checkpoint every this many steps, so a crash or a stop loses little.</source>
            <translation>每隔這麼多步儲存一個檢查點，這樣崩潰或停止時損失很少。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="237" />
            <source>Keep at most this many checkpoints (older ones are deleted). 0 keeps all.</source>
            <translation>最多保留這麼多個檢查點（更早的會被刪除）。0 表示全部保留。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="240" />
            <source>Report the training loss every this many steps.</source>
            <translation>每隔這麼多步報告一次訓練損失。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="243" />
            <source>Stop when the training loss falls below this (0 never stops early).</source>
            <translation>訓練損失低於這個值時停止（0 表示不提前停止）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="246" />
            <source>Stop when validation loss has not improved for this many evaluations (0 never stops).</source>
            <translation>驗證損失連續這麼多次評估都沒有改善時停止（0 表示從不停止）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="249" />
            <source>'auto' trains on the GPU when there is one, else on the CPU (slow; for the demo and tiny models).</source>
            <translation>「auto」：有 GPU 時在 GPU 上訓練，否則在 CPU 上訓練（很慢；只適合示範模型和極小的模型）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="253" />
            <source>Cap on the GPU memory this run may use, in GiB (0: no cap). Past it the run stops with an out-of-memory message instead of slowing to a crawl.</source>
            <translation>本次訓練可使用的 GPU 顯示記憶體上限，單位 GiB（0：不限制）。超過上限時訓練會停止並提示顯示記憶體不足，而不是慢得像爬。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="257" />
            <source>Allow loading .bin (pickle) weights, which can run code hidden in the file. Only for models you trust.</source>
            <translation>允許載入 .bin（pickle）權重，這種檔案可能執行藏在裡面的程式碼。僅用於你信任的模型。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="261" />
            <source>Allow a model to run its own Python code from its folder. Only for models you trust.</source>
            <translation>允許模型執行其資料夾中自帶的 Python 程式碼。僅用於你信任的模型。</translation>
        </message>
    </context>
    <context>
        <name>RunPickerDialog</name>
        <message>
            <location filename="../../desktop/views/train_view.py" line="70" />
            <source>Copy parameters from a run</source>
            <translation>從一次執行複製參數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="85" />
            <source>Its settings replace the ones in the form:</source>
            <translation>它的設定會替換表單中的設定：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="86" />
            <source>There are no runs yet.</source>
            <translation>還沒有任何執行。</translation>
        </message>
    </context>
    <context>
        <name>RunsView</name>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="43" />
            <source>Run</source>
            <translation>執行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="43" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="43" />
            <source>Steps</source>
            <translation>步數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="43" />
            <source>Training loss</source>
            <translation>訓練損失</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="44" />
            <source>Validation loss</source>
            <translation>驗證損失</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="44" />
            <source>Base model</source>
            <translation>基礎模型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="44" />
            <source>Dataset</source>
            <translation>資料集</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="44" />
            <source>Started</source>
            <translation>開始時間</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="52" />
            <source>Select a run to see its settings.</source>
            <translation>選擇一次執行以查看其設定。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="54" />
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="55" />
            <source>Show curves</source>
            <translation>查看曲線</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="56" />
            <source>Show this run's curves in the Monitor</source>
            <translation>在「監控」頁面顯示這次執行的曲線</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="57" />
            <source>Compare</source>
            <translation>對比</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="58" />
            <source>Select two or more runs (Ctrl+click) to overlay their curves</source>
            <translation>選擇兩次或更多執行（按住 Ctrl 點選）以疊加它們的曲線</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="59" />
            <source>Resume</source>
            <translation>繼續訓練</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="60" />
            <source>Copy settings to Train</source>
            <translation>複製設定到「訓練」</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="61" />
            <source>Open folder</source>
            <translation>開啟資料夾</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="75" />
            <source>No runs yet. Runs you start in the Train screen appear here.</source>
            <translation>還沒有執行。在「訓練」頁面開始的執行會出現在這裡。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="97" />
            <source>Running</source>
            <translation>進行中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="99" />
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="99" />
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="99" />
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="100" />
            <source>Interrupted</source>
            <translation>被中斷</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="100" />
            <source>Not started</source>
            <translation>未開始</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="163" />
            <source>Continue this run from its last checkpoint</source>
            <translation>從最近的檢查點繼續這次執行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="164" />
            <source>Only a stopped or interrupted run with a saved checkpoint can be resumed</source>
            <translation>只有已停止或被中斷、且儲存過檢查點的執行才能繼續</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="181" />
            <source>Adapter: {0}</source>
            <translation>適配器：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="184" />
            <source>Last checkpoint: {0}</source>
            <translation>最近的檢查點：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="186" />
            <source>(run.yaml could not be read)</source>
            <translation>（無法讀取 run.yaml）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="189" />
            <source>Base model: {0}</source>
            <translation>基礎模型：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="190" />
            <source>Dataset: {0}</source>
            <translation>資料集：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="193" />
            <source>Changed from the defaults:</source>
            <translation>與預設值不同的設定：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="196" />
            <source>All other settings are the defaults.</source>
            <translation>其他設定均為預設值。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/runs_view.py" line="197" />
            <source>All settings (run.yaml):</source>
            <translation>全部設定（run.yaml）：</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="14" />
            <source>Base model</source>
            <translation>基礎模型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="15" />
            <source>Dataset</source>
            <translation>資料集</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="16" />
            <source>Dataset kind</source>
            <translation>資料集類型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="17" />
            <source>Format file</source>
            <translation>格式檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="18" />
            <source>Chat template</source>
            <translation>對話範本</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="19" />
            <source>Train on prompts too</source>
            <translation>同時訓練提示部分</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="20" />
            <source>Validation file</source>
            <translation>驗證檔案</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="21" />
            <source>Validation share</source>
            <translation>驗證集比例</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="22" />
            <source>Cutoff length (tokens)</source>
            <translation>截斷長度（token）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="23" />
            <source>Chunk overlap (tokens)</source>
            <translation>片段重疊（token）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="24" />
            <source>Cut at newline within (characters)</source>
            <translation>在此範圍內按換行切分（字元）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="25" />
            <source>Hard cut string</source>
            <translation>強制切分字串</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="26" />
            <source>Drop blocks up to (characters)</source>
            <translation>丟棄不超過此長度的塊（字元）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="27" />
            <source>Add end-of-text token</source>
            <translation>添加文字結束 token</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="28" />
            <source>Pack short examples</source>
            <translation>打包短範例</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="29" />
            <source>Base model precision</source>
            <translation>基礎模型精度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="30" />
            <source>Double quantisation</source>
            <translation>雙重量化</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="31" />
            <source>Compute number format</source>
            <translation>計算數值格式</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="32" />
            <source>LoRA rank</source>
            <translation>LoRA 秩</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="33" />
            <source>LoRA alpha</source>
            <translation>LoRA alpha</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="34" />
            <source>LoRA dropout</source>
            <translation>LoRA dropout</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="35" />
            <source>LoRA target layers</source>
            <translation>LoRA 目標層</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="36" />
            <source>Custom target modules</source>
            <translation>自訂目標模組</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="37" />
            <source>Rank-stabilised LoRA</source>
            <translation>秩穩定 LoRA</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="38" />
            <source>DoRA</source>
            <translation>DoRA</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="39" />
            <source>Gradient checkpointing</source>
            <translation>梯度檢查點</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="40" />
            <source>Batch size</source>
            <translation>批次大小</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="41" />
            <source>Micro batch size</source>
            <translation>微批次大小</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="42" />
            <source>Epochs</source>
            <translation>訓練輪數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="43" />
            <source>Maximum steps</source>
            <translation>最大步數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="44" />
            <source>Learning rate</source>
            <translation>學習率</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="45" />
            <source>Learning rate schedule</source>
            <translation>學習率排程</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="46" />
            <source>Warm-up share</source>
            <translation>預熱比例</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="47" />
            <source>Gradient clipping</source>
            <translation>梯度裁剪</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="48" />
            <source>Optimiser</source>
            <translation>優化器</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="49" />
            <source>Weight decay</source>
            <translation>權重衰減</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="50" />
            <source>Random seed</source>
            <translation>隨機種子</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="51" />
            <source>NEFTune noise</source>
            <translation>NEFTune 雜訊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="52" />
            <source>Validate every (steps)</source>
            <translation>驗證間隔（步）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="53" />
            <source>Checkpoint every (steps)</source>
            <translation>檢查點間隔（步）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="54" />
            <source>Checkpoints to keep</source>
            <translation>保留的檢查點數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="55" />
            <source>Report loss every (steps)</source>
            <translation>損失報告間隔（步）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="56" />
            <source>Stop below loss</source>
            <translation>損失低於此值時停止</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="57" />
            <source>Early stopping patience</source>
            <translation>提前停止耐心值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="58" />
            <source>Device</source>
            <translation>裝置</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="59" />
            <source>VRAM cap (GiB)</source>
            <translation>VRAM 上限（GiB）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="60" />
            <source>Allow .bin (pickle) weights</source>
            <translation>允許 .bin（pickle）權重</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="61" />
            <source>Trust the model's own code</source>
            <translation>信任模型自帶的程式碼</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="66" />
            <source>Data</source>
            <translation>資料</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="68" />
            <source>Text length and raw text</source>
            <translation>文字長度與純文字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="70" />
            <source>Model and LoRA</source>
            <translation>模型與 LoRA</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="73" />
            <source>Optimisation</source>
            <translation>優化</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="76" />
            <source>Validation, checkpoints and stopping</source>
            <translation>驗證、檢查點與停止</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="78" />
            <source>Hardware and safety</source>
            <translation>硬體與安全</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="81" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="85" />
            <source>decided by epochs</source>
            <translation>由訓練輪數決定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="86" />
            <location filename="../../desktop/views/train_texts.py" line="87" />
            <location filename="../../desktop/views/train_texts.py" line="88" />
            <location filename="../../desktop/views/train_texts.py" line="89" />
            <location filename="../../desktop/views/train_texts.py" line="90" />
            <location filename="../../desktop/views/train_texts.py" line="92" />
            <location filename="../../desktop/views/train_texts.py" line="93" />
            <source>off</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="91" />
            <source>keep all</source>
            <translation>全部保留</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_texts.py" line="94" />
            <source>no cap</source>
            <translation>不限制</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <location filename="../../desktop/views/train_form.py" line="186" />
            <source>Main settings</source>
            <translation>主要設定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_form.py" line="192" />
            <source>Advanced settings</source>
            <translation>進階設定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_form.py" line="224" />
            <source>{0}:</source>
            <translation>{0}：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_form.py" line="266" />
            <source>auto: the model's own template</source>
            <translation>auto：使用模型自帶的範本</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_form.py" line="268" />
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_form.py" line="272" />
            <source>comma-separated, for example q_proj, v_proj</source>
            <translation>用逗號分隔，例如 q_proj, v_proj</translation>
        </message>
    </context>
    <context>
        <name>TestChatPanel</name>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="80" />
            <source>Quick prompts</source>
            <translation>快速提示</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="84" />
            <location filename="../../desktop/views/test_chat.py" line="200" />
            <source>Rows the run held out for validation. Click one to try it.</source>
            <translation>這次執行保留作驗證的列。點一下即可試用。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="103" />
            <source>Type a message for the model, or pick a quick prompt.</source>
            <translation>輸入要傳給模型的訊息，或選擇一個快速提示。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="106" />
            <source>Generate</source>
            <translation>產生</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="108" />
            <source>Answer the prompt without and with the adapter (Ctrl+Enter).</source>
            <translation>分別不用和使用適配器回答這個提示（Ctrl+Enter）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="110" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="111" />
            <source>Stop generating; the text so far stays.</source>
            <translation>停止產生；已產生的文字會保留。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="124" />
            <source>How adventurous the choice of words is. 0 always takes the likeliest word, so the same prompt gives the same answer; 0.7 is typical for chatting.</source>
            <translation>用詞的大膽程度。0 總是選最可能的詞，同一提示總得到同一回答；聊天常用 0.7。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="128" />
            <source>Choose only among the likeliest words that together make up this share (1 considers all). Used when the temperature is above 0.</source>
            <translation>只在合計占這個比例的最可能的詞中選擇（1 表示考慮全部）。溫度大於 0 時才生效。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="131" />
            <source>The longest answer, in tokens (a token is a word or part of one).</source>
            <translation>回答的最大長度，以 token 計（一個 token 是一個詞或詞的一部分）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="133" />
            <source>Random seed. With the same seed both sides draw the same random numbers, so a comparison can be repeated exactly.</source>
            <translation>隨機種子。種子相同時兩邊抽取相同的隨機數，因此比較可以精確重現。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="139" />
            <source>Temperature</source>
            <translation>溫度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="139" />
            <source>Top-p</source>
            <translation>Top-p</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="140" />
            <source>Max new tokens</source>
            <translation>最多新 token 數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="140" />
            <source>Seed</source>
            <translation>種子</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="149" />
            <source>Without the adapter</source>
            <translation>不使用適配器</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="149" />
            <source>The base model's answer appears here.</source>
            <translation>基礎模型的回答顯示在這裡。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="150" />
            <source>With the adapter</source>
            <translation>使用適配器</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="150" />
            <source>The answer with your LoRA appears here.</source>
            <translation>加上你的 LoRA 後的回答顯示在這裡。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="152" />
            <source>Expected answer</source>
            <translation>期望的回答</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="153" />
            <source>Pick a quick prompt to see the answer your dataset gives.</source>
            <translation>選擇一個快速提示，即可看到資料集中的回答。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="197" />
            <source>The run held out no validation rows, so these are its first training rows. Click one to try it.</source>
            <translation>這次執行沒有保留驗證列，這裡列出的是最前面的訓練列。點一下即可試用。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="202" />
            <source>This run's dataset gives no prompts to pick from.</source>
            <translation>這次執行的資料集裡沒有可選的提示。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="229" />
            <source>Type a message first, or pick a quick prompt.</source>
            <translation>請先輸入一則訊息，或選擇一個快速提示。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="244" />
            <source>no adapter chosen</source>
            <translation>未選擇適配器</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="245" />
            <source>Starting…</source>
            <translation>正在啟動…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="253" />
            <source>Loading the model… (the first time takes longest)</source>
            <translation>正在載入模型…（第一次最慢）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="255" />
            <source>Model loaded on {0}.</source>
            <translation>模型已載入到 {0}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="257" />
            <source>writing…</source>
            <translation>正在產生…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="258" />
            <source>Generating with the adapter…</source>
            <translation>正在使用適配器產生…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="259" />
            <source>Generating without the adapter…</source>
            <translation>正在不用適配器產生…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="266" />
            <location filename="../../desktop/views/test_chat.py" line="293" />
            <source>{0} tokens in {1:.1f} s</source>
            <translation>{0} 個 token，用時 {1:.1f} 秒</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="267" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="270" />
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_chat.py" line="270" />
            <location filename="../../desktop/views/test_chat.py" line="294" />
            <source>Done.</source>
            <translation>完成。</translation>
        </message>
    </context>
    <context>
        <name>TestExportPanel</name>
        <message>
            <location filename="../../desktop/views/test_export.py" line="31" />
            <source>Adapter only</source>
            <translation>僅適配器</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="32" />
            <source>The LoRA folder (a few MB) with a README naming the base model, the settings and the data. For transformers and PEFT, text-generation-webui, and sharing.</source>
            <translation>LoRA 資料夾（幾 MB），附帶說明基礎模型、設定和資料的 README。適用於 transformers 和 PEFT、text-generation-webui，以及分享。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="34" />
            <source>Merged model</source>
            <translation>合併後的模型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="35" />
            <source>A complete model with the LoRA built into its 16-bit weights, with tokenizer and chat template. Loads anywhere transformers does; as large as the base model.</source>
            <translation>把 LoRA 合併進 16 位元權重的完整模型，附帶分詞器和對話範本。能在任何支援 transformers 的地方載入；大小與基礎模型相同。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="37" />
            <source>Ollama</source>
            <translation>Ollama</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="38" />
            <source>The adapter and a Modelfile that points at the base model, with the chat template in Ollama's form. Create the model with one ollama create command.</source>
            <translation>適配器和一個指向基礎模型的 Modelfile，對話範本已寫成 Ollama 的格式。用一條 ollama create 指令即可建立模型。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="69" />
            <source>A new folder for the export</source>
            <translation>用於匯出的新資料夾</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="71" />
            <source>Browse…</source>
            <translation>瀏覽…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="74" />
            <source>Save to:</source>
            <translation>儲存到：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="78" />
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="88" />
            <source>Open folder</source>
            <translation>開啟資料夾</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="114" />
            <source>Exports: {0}</source>
            <translation>匯出：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="115" />
            <source>Choose a run with an adapter above.</source>
            <translation>請在上方選擇一次有適配器的執行。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="118" />
            <source>about {0}</source>
            <translation>約 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="139" />
            <source>Where to put the export</source>
            <translation>匯出到哪裡</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="149" />
            <source>Choose where to save the export.</source>
            <translation>請選擇匯出的儲存位置。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="160" />
            <source>Exporting…</source>
            <translation>正在匯出…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="177" />
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="187" />
            <source>Checking disk space and memory…</source>
            <translation>正在檢查磁碟空間和記憶體…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="188" />
            <source>Loading the base model in 16-bit…</source>
            <translation>正在以 16 位元載入基礎模型…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="189" />
            <source>Applying the adapter…</source>
            <translation>正在套用適配器…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="190" />
            <source>Merging the adapter into the weights…</source>
            <translation>正在把適配器合併進權重…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="191" />
            <source>Saving the merged weights…</source>
            <translation>正在儲存合併後的權重…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="192" />
            <source>Copying the tokenizer and chat template…</source>
            <translation>正在複製分詞器和對話範本…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="193" />
            <source>Copying the adapter…</source>
            <translation>正在複製適配器…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="194" />
            <source>Finishing…</source>
            <translation>即將完成…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="200" />
            <source>Exported to {0}. To use it in Ollama, open a terminal in that folder and run: ollama create {1} -f Modelfile (README.md there explains more).</source>
            <translation>已匯出到 {0}。要在 Ollama 中使用，請在該資料夾中開啟終端機並執行：ollama create {1} -f Modelfile（那裡的 README.md 有更多說明）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_export.py" line="203" />
            <source>Exported to {0}.</source>
            <translation>已匯出到 {0}。</translation>
        </message>
    </context>
    <context>
        <name>TestPerplexityPanel</name>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="39" />
            <source>This run's validation rows</source>
            <translation>這次執行的驗證列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="40" />
            <source>The rows the run held out: only their answers are scored, as in training.</source>
            <translation>這次執行保留的列：和訓練時一樣，只對回答部分評分。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="42" />
            <source>A file:</source>
            <translation>檔案：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="43" />
            <source>A .txt file is measured as one long text; a dataset file by its answers.</source>
            <translation>.txt 檔案作為一整段長文字來測量；資料集檔案則測量其中的回答。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="50" />
            <source>A .txt or dataset file</source>
            <translation>.txt 或資料集檔案</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="52" />
            <source>Browse…</source>
            <translation>瀏覽…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="55" />
            <source>Measure on:</source>
            <translation>測量對象：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="63" />
            <source>How many tokens the model sees at once. Longer texts are measured in overlapping windows of this size.</source>
            <translation>模型一次能看到多少個 token。更長的文字會用這個大小的重疊視窗分段測量。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="66" />
            <source>How far each window moves on. Smaller gives every token more context and takes longer; it must not exceed the window.</source>
            <translation>每個視窗向後移動多遠。越小，每個 token 的上下文越多，但越慢；不能超過視窗大小。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="68" />
            <source>Measure</source>
            <translation>測量</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="69" />
            <source>Measure the base model, the final adapter and every checkpoint.</source>
            <translation>測量基礎模型、最終適配器和每個檢查點。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="71" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="74" />
            <source>Window</source>
            <translation>視窗</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="76" />
            <location filename="../../desktop/views/test_perplexity.py" line="80" />
            <source>tokens</source>
            <translation>個 token</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="78" />
            <source>Stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="94" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="94" />
            <location filename="../../desktop/views/test_perplexity.py" line="108" />
            <source>Perplexity</source>
            <translation>困惑度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="94" />
            <source>Mean loss</source>
            <translation>平均損失</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="95" />
            <source>Tokens</source>
            <translation>Token 數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="109" />
            <source>Step</source>
            <translation>步數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="112" />
            <source>Checkpoints</source>
            <translation>檢查點</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="116" />
            <location filename="../../desktop/views/test_perplexity.py" line="224" />
            <source>Base model</source>
            <translation>基礎模型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="124" />
            <source>Perplexity is how surprised a model is by a text: lower is better. On held-out rows, a checkpoint lower than the base model learned something that carries over; if later checkpoints rise again, the adapter started memorising its training rows, and an earlier checkpoint is the better one.</source>
            <translation>困惑度表示模型對一段文字有多「意外」：越低越好。在保留的驗證列上，比基礎模型低的檢查點學到了能推廣的東西；如果後面的檢查點又升高，表示適配器開始死記訓練列，較早的檢查點更好。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="132" />
            <source>Open folder</source>
            <translation>開啟資料夾</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="170" />
            <source>The stride must not be larger than the window.</source>
            <translation>步幅不能大於視窗。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="176" />
            <source>Choose the file to measure first.</source>
            <translation>請先選擇要測量的檔案。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="186" />
            <source>Measuring…</source>
            <translation>正在測量…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="193" />
            <source>Loading the model…</source>
            <translation>正在載入模型…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="198" />
            <source>Measuring {0}…</source>
            <translation>正在測量{0}…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="208" />
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="210" />
            <source>Done.</source>
            <translation>完成。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="227" />
            <source>Final adapter (step {0})</source>
            <translation>最終適配器（第 {0} 步）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="230" />
            <source>Checkpoint at step {0}</source>
            <translation>第 {0} 步的檢查點</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="246" />
            <source>{0:+.1%} against the base model</source>
            <translation>相對基礎模型 {0:+.1%}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="277" />
            <source>Saved in the run folder as {0}</source>
            <translation>已儲存到執行資料夾：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="285" />
            <source>Text to measure</source>
            <translation>要測量的文字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_perplexity.py" line="286" />
            <source>Text and dataset files (*.txt *.json *.jsonl *.csv *.parquet);;All files (*)</source>
            <translation>文字和資料集檔案 (*.txt *.json *.jsonl *.csv *.parquet);;所有檔案 (*)</translation>
        </message>
    </context>
    <context>
        <name>TestView</name>
        <message>
            <location filename="../../desktop/views/test_view.py" line="42" />
            <source>Try your LoRA</source>
            <translation>試用你的 LoRA</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="50" />
            <source>The training run whose adapter to try.</source>
            <translation>要試用哪次訓練執行的適配器。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="55" />
            <source>The final adapter or one of the checkpoints saved while training.</source>
            <translation>最終的適配器，或訓練中儲存的某個檢查點。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="57" />
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="58" />
            <source>Look for new runs and checkpoints.</source>
            <translation>尋找新的執行和檢查點。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="66" />
            <source>Run</source>
            <translation>執行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="69" />
            <source>Adapter</source>
            <translation>適配器</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="85" />
            <source>Chat</source>
            <translation>對話</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="86" />
            <source>Perplexity</source>
            <translation>困惑度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="87" />
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="107" />
            <source>No trained runs yet</source>
            <translation>還沒有訓練好的執行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="145" />
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="152" />
            <source>Base model: {0}</source>
            <translation>基礎模型：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="157" />
            <source>Reading the run's dataset…</source>
            <translation>正在讀取這次執行的資料集…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="158" />
            <source>Train a run first; its held-out rows appear here.</source>
            <translation>請先訓練一次；它保留的驗證列會顯示在這裡。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="166" />
            <source>Final adapter (step {0})</source>
            <translation>最終適配器（第 {0} 步）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="167" />
            <source>Checkpoint at step {0}</source>
            <translation>第 {0} 步的檢查點</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="203" />
            <source>Could not read the run's dataset: {0}</source>
            <translation>無法讀取這次執行的資料集：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="210" />
            <source>Choose a trained run at the top of the screen first.</source>
            <translation>請先在畫面頂端選擇一次訓練好的執行。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="263" />
            <source>Exported to {0}</source>
            <translation>已匯出到 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="273" />
            <source>The model process stopped unexpectedly (exit code {0}).</source>
            <translation>執行模型的處理程序意外停止（結束代碼 {0}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="275" />
            <source>It starts again with the next request.</source>
            <translation>下次請求時會重新啟動。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="276" />
            <source>The model process stopped</source>
            <translation>模型處理程序已停止</translation>
        </message>
        <message>
            <location filename="../../desktop/views/test_view.py" line="277" />
            <source>The process that runs the model ended unexpectedly (exit code {0}). Often this means the computer ran out of memory. It starts again with the next request.</source>
            <translation>執行模型的處理程序意外結束（結束代碼 {0}）。這通常表示電腦記憶體不足。下次請求時會重新啟動。</translation>
        </message>
    </context>
    <context>
        <name>TrainView</name>
        <message>
            <location filename="../../desktop/views/train_view.py" line="31" />
            <source>Choose the base model's folder.</source>
            <translation>請選擇基礎模型所在的資料夾。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="33" />
            <source>This folder does not exist.</source>
            <translation>這個資料夾不存在。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="35" />
            <source>No config.json in this folder: choose the folder that holds the model's files.</source>
            <translation>這個資料夾裡沒有 config.json：請選擇存放模型檔案的那個資料夾。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="37" />
            <source>Choose your dataset: a file, or a folder of .txt files.</source>
            <translation>請選擇資料集：一個檔案，或一個裝有 .txt 檔案的資料夾。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="39" />
            <location filename="../../desktop/views/train_view.py" line="43" />
            <source>This file does not exist.</source>
            <translation>這個檔案不存在。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="46" />
            <source>The batch size must be a multiple of the micro batch size ({0}); use {1}, or change the micro batch size.</source>
            <translation>批次大小必須是微批次大小（{0}）的整數倍；請改用 {1}，或修改微批次大小。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="50" />
            <source>The overlap must be smaller than the cutoff length ({0}).</source>
            <translation>重疊長度必須小於截斷長度（{0}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="53" />
            <source>List module names such as q_proj, v_proj, or choose another target preset.</source>
            <translation>請列出模組名，例如 q_proj, v_proj，或選擇其他目標預設。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="111" />
            <source>Load…</source>
            <translation>載入…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="112" />
            <source>Load settings from a run YAML file (Ctrl+O)</source>
            <translation>從執行 YAML 檔案載入設定（Ctrl+O）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="113" />
            <source>Save…</source>
            <translation>儲存…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="114" />
            <source>Save these settings as a run YAML file (Ctrl+S), for later or for the command line</source>
            <translation>把這些設定儲存為執行 YAML 檔案（Ctrl+S），供以後或命令列使用</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="116" />
            <source>Copy parameters from…</source>
            <translation>複製參數自…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="117" />
            <source>Fill the form with the settings of an earlier run</source>
            <translation>用之前某次執行的設定填寫表單</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="118" />
            <source>Defaults</source>
            <translation>恢復預設</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="119" />
            <source>Put every setting back to its default</source>
            <translation>把所有設定恢復為預設值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="121" />
            <source>run name (automatic)</source>
            <translation>執行名稱（自動）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="124" />
            <source>Start training</source>
            <translation>開始訓練</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="125" />
            <source>Start a run with these settings (F5)</source>
            <translation>用這些設定開始一次執行（F5）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="127" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="128" />
            <source>Stop after the current step and save the adapter so far</source>
            <translation>完成當前這一步後停止，並儲存目前的適配器</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="129" />
            <source>Kill</source>
            <translation>強制結束</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="130" />
            <source>End the training process at once</source>
            <translation>立即結束訓練程序</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="170" />
            <source>Load settings</source>
            <translation>載入設定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="171" />
            <source>Run settings (*.yaml *.yml);;All files (*)</source>
            <translation>執行設定 (*.yaml *.yml);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="177" />
            <source>Could not load the settings</source>
            <translation>無法載入設定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="186" />
            <source>Save settings</source>
            <translation>儲存設定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="187" />
            <source>Run settings (*.yaml *.yml)</source>
            <translation>執行設定 (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="193" />
            <source>Could not save the settings</source>
            <translation>無法儲存設定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="227" />
            <source>Ready to start.</source>
            <translation>可以開始了。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/train_view.py" line="230" />
            <source>Fix the settings marked in red to start.</source>
            <translation>請先修正標紅的設定再開始。</translation>
        </message>
    </context>
    <context>
        <name>Warnings</name>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="14" />
            <source>Training loss fell below 1</source>
            <translation>訓練損失降到了 1 以下</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="15" />
            <source>The model may be starting to memorise your examples word for word. If its answers repeat your data, train for fewer epochs or with a lower learning rate.</source>
            <translation>模型可能開始逐字死記你的範例。如果它的回答在照搬你的資料，請減少訓練輪數或降低學習率。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="18" />
            <source>Training loss is 0</source>
            <translation>訓練損失為 0</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="19" />
            <source>Nothing real is being learned: usually the trained part of the examples is empty. Check in the Dataset screen that the answers are shown in the trained colour.</source>
            <translation>模型沒有學到任何真正的東西：通常是範例中被訓練的部分為空。請在「資料集」頁面檢查回答是否以「被訓練」的顏色顯示。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="22" />
            <source>Training loss is not a number (NaN)</source>
            <translation>訓練損失不是數值（NaN）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="23" />
            <source>The run became unstable and was stopped. Halve the learning rate and start again, or look for broken rows in the dataset.</source>
            <translation>訓練變得不穩定，已被停止。請把學習率減半後重新開始，或檢查資料集中是否有損壞的行。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="26" />
            <source>Overfitting: validation loss is rising</source>
            <translation>過擬合：驗證損失在上升</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="27" />
            <source>The model is memorising the training rows instead of learning from them. Stop now and use the adapter so far, or train for fewer epochs next time.</source>
            <translation>模型在死記訓練資料，而不是從中學習。請現在停止並使用目前的適配器，或下次減少訓練輪數。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="30" />
            <source>Out of GPU memory</source>
            <translation>GPU 顯示記憶體不足</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="31" />
            <source>Lower the micro batch size or the cutoff length, or turn on gradient checkpointing, then start again.</source>
            <translation>請調低微批次大小或截斷長度，或開啟梯度檢查點，然後重新開始。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="34" />
            <source>Some examples are longer than the cutoff</source>
            <translation>部分範例超過了截斷長度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="35" />
            <source>Their ends were cut off, so the model never learns them. Raise the cutoff length, or shorten those examples.</source>
            <translation>它們的結尾被截掉了，模型學不到這些內容。請調高截斷長度，或縮短這些範例。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="38" />
            <source>Some rows were left out</source>
            <translation>部分行被跳過</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="39" />
            <source>They have problems (the Log tab says which). Open the dataset in the Dataset screen and fix them.</source>
            <translation>這些行有問題（「日誌」分頁列出了具體是哪些）。請在「資料集」頁面開啟資料集並修正。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="42" />
            <source>The dataset could not be used</source>
            <translation>無法使用這個資料集</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="43" />
            <source>Open it in the Dataset screen to see the problems and fix them, then start again.</source>
            <translation>請在「資料集」頁面開啟它，查看並修正問題，然後重新開始。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="45" />
            <source>The settings have a problem</source>
            <translation>設定有問題</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="46" />
            <source>Fix the settings marked in the Train screen, then start again.</source>
            <translation>請修正「訓練」頁面中標出的設定，然後重新開始。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="48" />
            <source>The base model could not be loaded</source>
            <translation>無法載入基礎模型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="49" />
            <source>Choose a model folder with safetensors weights, or download the model again.</source>
            <translation>請選擇包含 safetensors 權重的模型資料夾，或重新下載模型。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="51" />
            <source>No usable GPU</source>
            <translation>沒有可用的 GPU</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="52" />
            <source>Set Device to auto or cpu in the Train screen, or update the graphics driver.</source>
            <translation>請在「訓練」頁面把「裝置」設為 auto 或 cpu，或更新顯示卡驅動程式。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="54" />
            <source>The training process crashed</source>
            <translation>訓練程序崩潰了</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="55" />
            <source>This is a bug in Lorasmith. Save the log (Log tab) and send it with a short report.</source>
            <translation>這是 Lorasmith 的程式錯誤。請儲存日誌（「日誌」分頁），附上簡短說明發給我們。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitor_warnings.py" line="68" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
    </context>
</TS>