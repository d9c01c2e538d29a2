"""Chinese translations of the Dataset screen's strings: (Qt context, English source) ->
(Simplified, Traditional), exactly as lupdate records them.

`python resources/translations/update.py` runs lupdate and fills every entry it
left unfinished from this table (and the other screens' tables), then compiles
the .qm files. Traditional Chinese uses Taiwan terms, as the rest of the app does.
"""

from __future__ import annotations

T: dict[tuple[str, str], tuple[str, str]] = {
    # AnalysisMixin
    ("AnalysisMixin", "Automatic: the model's chat template"): ("自动：使用模型的对话模板", "自動：使用模型的對話範本"),
    (
        "AnalysisMixin",
        "Conversations use the model's own chat template. Alpaca rows use our Alpaca format when the model has none.",
    ): (
        "对话数据使用模型自带的对话模板。模型没有模板时，Alpaca 数据使用我们的 Alpaca 格式。",
        "對話資料使用模型內建的對話範本。模型沒有範本時，Alpaca 資料使用我們的 Alpaca 格式。",
    ),
    ("AnalysisMixin", "Format file: {0}"): ("格式文件：{0}", "格式檔：{0}"),
    ("AnalysisMixin", "Chat template: {0}"): ("对话模板：{0}", "對話範本：{0}"),
    ("AnalysisMixin", "Your format file: {0}"): ("你的格式文件：{0}", "你的格式檔：{0}"),
    ("AnalysisMixin", "Format being edited (Format file tab)"): (
        "正在编辑的格式（“格式文件”标签页）",
        "正在編輯的格式（「格式檔」分頁）",
    ),
    ("AnalysisMixin", "Choose a format file…"): ("选择格式文件…", "選擇格式檔…"),
    ("AnalysisMixin", "Loading the tokenizer…"): ("正在加载分词器…", "正在載入分詞器…"),
    ("AnalysisMixin", "No model chosen: token counts are not shown."): (
        "未选择模型：不显示 token 数。",
        "未選擇模型：不顯示 token 數。",
    ),
    ("AnalysisMixin", "Choose the base model's folder"): ("选择基础模型所在的文件夹", "選擇基礎模型所在的資料夾"),
    ("AnalysisMixin", "Tokens counted with the tokenizer of {0}."): (
        "token 数由 {0} 的分词器计算。",
        "token 數由 {0} 的分詞器計算。",
    ),
    ("AnalysisMixin", "No token counts: {0}"): ("无法计算 token 数：{0}", "無法計算 token 數：{0}"),
    ("AnalysisMixin", "Choose a format file"): ("选择格式文件", "選擇格式檔"),
    ("AnalysisMixin", "Format files (*.json)"): ("格式文件 (*.json)", "格式檔 (*.json)"),
    ("AnalysisMixin", "Select a row to see it as it will be trained."): (
        "选择一行，查看它在训练时的样子。",
        "選擇一列，查看它在訓練時的樣子。",
    ),
    ("AnalysisMixin", "Fix the errors above to see the preview."): (
        "修正上面的错误后即可看到预览。",
        "修正上面的錯誤後即可看到預覽。",
    ),
    ("AnalysisMixin", "this row gives no training text"): ("这一行没有可训练的文本", "這一列沒有可訓練的文字"),
    ("AnalysisMixin", "The rows changed. Click Measure to count the tokens again."): (
        "数据已更改。点击“统计 token 长度”重新计算。",
        "資料已變更。按「統計 token 長度」重新計算。",
    ),
    ("AnalysisMixin", "Raw text needs a .txt file or a folder of .txt files."): (
        "原始文本需要 .txt 文件或装有 .txt 文件的文件夹。",
        "原始文字需要 .txt 檔或裝有 .txt 檔的資料夾。",
    ),
    ("AnalysisMixin", "Choose a model to measure token lengths."): (
        "选择模型后才能统计 token 长度。",
        "選擇模型後才能統計 token 長度。",
    ),
    ("AnalysisMixin", "Chunk {0} of {1} (block {2}), as it will be trained"): (
        "第 {0} 块（共 {1} 块，属于第 {2} 段），训练时的样子",
        "第 {0} 塊（共 {1} 塊，屬於第 {2} 段），訓練時的樣子",
    ),
    ("AnalysisMixin", "Row {0}, as it will be trained"): ("第 {0} 行，训练时的样子", "第 {0} 列，訓練時的樣子"),
    # DatasetEdits
    ("DatasetEdits", "Edit “{0}” in row {1}"): ("编辑第 {1} 行的“{0}”", "編輯第 {1} 列的「{0}」"),
    ("DatasetEdits", "Delete %n row(s)"): ("删除 %n 行", "刪除 %n 列"),
    # DatasetView
    ("DatasetView", "How the rows are read. Lorasmith detects it; change it if the guess is wrong."): (
        "数据的读取方式。Lorasmith 会自动检测；如果判断错了，可以在这里更改。",
        "資料的讀取方式。Lorasmith 會自動偵測；如果判斷錯了，可以在這裡變更。",
    ),
    ("DatasetView", " tokens"): (" 个 token", " 個 token"),
    ("DatasetView", "Longest example in tokens; longer ones are cut. The same setting as on the Train screen."): (
        "每个样本最多的 token 数，更长的会被截断。与“训练”页面上的设置相同。",
        "每個樣本最多的 token 數，更長的會被截斷。與「訓練」頁面上的設定相同。",
    ),
    ("DatasetView", "Cancel"): ("取消", "取消"),
    ("DatasetView", "Stop reading this file"): ("停止读取这个文件", "停止讀取這個檔案"),
    ("DatasetView", "Kind:"): ("类型：", "類型："),
    ("DatasetView", "Cutoff:"): ("截断长度：", "截斷長度："),
    (
        "DatasetView",
        "How each row becomes training text: the model's chat template, one of our format files, or your own.",
    ): (
        "每一行如何变成训练文本：使用模型的对话模板、我们提供的格式文件，或你自己的格式文件。",
        "每一列如何變成訓練文字：使用模型的對話範本、我們提供的格式檔，或你自己的格式檔。",
    ),
    ("DatasetView", "Train on the prompt too"): ("也训练提示部分", "也訓練提示部分"),
    ("DatasetView", "Also train on the user's side of each example, not just the answers. Usually off."): (
        "除了回答，也训练每个样本中用户说的部分。通常保持关闭。",
        "除了回答，也訓練每個樣本中使用者說的部分。通常保持關閉。",
    ),
    ("DatasetView", "Choose model…"): ("选择模型…", "選擇模型…"),
    ("DatasetView", "The base model whose tokenizer counts the tokens and whose chat template formats conversations"): (
        "用它的分词器计算 token 数、用它的对话模板排版对话的基础模型",
        "用它的分詞器計算 token 數、用它的對話範本排版對話的基礎模型",
    ),
    ("DatasetView", "Format:"): ("格式：", "格式："),
    ("DatasetView", "Preview"): ("预览", "預覽"),
    ("DatasetView", "Format file"): ("格式文件", "格式檔"),
    ("DatasetView", "Token lengths"): ("token 长度", "token 長度"),
    ("DatasetView", "Open…"): ("打开…", "開啟…"),
    ("DatasetView", "Open a dataset file or a folder of .txt files"): (
        "打开数据集文件或装有 .txt 文件的文件夹",
        "開啟資料集檔案或裝有 .txt 檔的資料夾",
    ),
    ("DatasetView", "Save"): ("保存", "儲存"),
    ("DatasetView", "Save as…"): ("另存为…", "另存新檔…"),
    ("DatasetView", "Undo"): ("撤销", "復原"),
    ("DatasetView", "Redo"): ("重做", "取消復原"),
    ("DatasetView", "Add row"): ("添加行", "新增列"),
    ("DatasetView", "Add an empty row below the selected one"): (
        "在选中的行下面添加一个空行",
        "在選取的列下面新增一個空白列",
    ),
    ("DatasetView", "Duplicate"): ("复制行", "複製列"),
    ("DatasetView", "Duplicate the selected rows"): ("复制选中的行", "複製選取的列"),
    ("DatasetView", "Delete rows"): ("删除行", "刪除列"),
    ("DatasetView", "Delete the selected rows"): ("删除选中的行", "刪除選取的列"),
    ("DatasetView", "Find"): ("查找", "尋找"),
    ("DatasetView", "Replace"): ("替换", "取代"),
    ("DatasetView", "Delete the selected rows (Delete key in the table)"): (
        "删除选中的行（在表格中按 Delete 键）",
        "刪除選取的列（在表格中按 Delete 鍵）",
    ),
    ("DatasetView", "Alpaca"): ("Alpaca", "Alpaca"),
    ("DatasetView", "ShareGPT"): ("ShareGPT", "ShareGPT"),
    ("DatasetView", "OpenAI chat"): ("OpenAI 对话", "OpenAI 對話"),
    ("DatasetView", "Text"): ("纯文本行", "純文字列"),
    ("DatasetView", "Raw text"): ("原始文本", "原始文字"),
    ("DatasetView", "Custom keys"): ("自定义字段", "自訂欄位"),
    ("DatasetView", "Automatic: {0}"): ("自动：{0}", "自動：{0}"),
    ("DatasetView", "Automatic"): ("自动", "自動"),
    (
        "DatasetView",
        "Drop a dataset here, or click Open.\n\nLorasmith reads JSON, JSON Lines, CSV, Parquet and plain "
        "text (.txt) files, and folders of .txt files.",
    ): (
        "把数据集拖到这里，或点击“打开”。\n\nLorasmith 可以读取 JSON、JSON Lines、CSV、Parquet 和纯文本 (.txt) 文件，"
        "以及装有 .txt 文件的文件夹。",
        "把資料集拖到這裡，或按「開啟」。\n\nLorasmith 可以讀取 JSON、JSON Lines、CSV、Parquet 和純文字 (.txt) 檔案，"
        "以及裝有 .txt 檔的資料夾。",
    ),
    ("DatasetView", "No dataset open"): ("尚未打开数据集", "尚未開啟資料集"),
    ("DatasetView", "Row"): ("行", "列"),
    ("DatasetView", "%n row(s)"): ("%n 行", "%n 列"),
    ("DatasetView", "Reading… %n row(s) so far"): ("正在读取… 已读 %n 行", "正在讀取… 已讀 %n 列"),
    ("DatasetView", "(checking them…)"): ("（正在检查…）", "（正在檢查…）"),
    ("DatasetView", "Row {0}"): ("第 {0} 行", "第 {0} 列"),
    ("DatasetView", "Add a row"): ("添加一行", "新增一列"),
    ("DatasetView", "Duplicate %n row(s)"): ("复制 %n 行", "複製 %n 列"),
    ("DatasetView", "Save the dataset as"): ("数据集另存为", "資料集另存新檔"),
    ("DatasetView", "JSON Lines (*.jsonl);;JSON (*.json)"): (
        "JSON Lines (*.jsonl);;JSON (*.json)",
        "JSON Lines (*.jsonl);;JSON (*.json)",
    ),
    ("DatasetView", "Not saved"): ("未保存", "未儲存"),
    (
        "DatasetView",
        "{0} could not be written: {1}. Check that the folder exists and the file is not open in another program.",
    ): (
        "无法写入 {0}：{1}。请检查文件夹是否存在，以及文件是否被其他程序打开。",
        "無法寫入 {0}：{1}。請檢查資料夾是否存在，以及檔案是否被其他程式開啟。",
    ),
    ("DatasetView", "Saved {0}."): ("已保存 {0}。", "已儲存 {0}。"),
    ("DatasetView", "The original is kept as {0}."): ("原始文件已保留为 {0}。", "原始檔案已保留為 {0}。"),
    ("DatasetView", "It stays in {0}, the encoding it was read in."): (
        "文件仍使用读取时的编码 {0}。",
        "檔案仍使用讀取時的編碼 {0}。",
    ),
    (
        "DatasetView",
        "It is now UTF-8: {0} cannot store the character “{1}” in your edits. Every training tool "
        "reads UTF-8; an old program that expects {0} may show it wrongly.",
    ): (
        "文件现已改为 UTF-8：{0} 无法保存你编辑中的字符“{1}”。所有训练工具都能读取 UTF-8；只认 {0} 的旧程序可能显示错误。",
        "檔案現已改為 UTF-8：{0} 無法儲存你編輯中的字元「{1}」。所有訓練工具都能讀取 UTF-8；只認 {0} 的舊程式可能顯示錯誤。",
    ),
    ("DatasetView", "The new file is UTF-8, which every training tool reads; the original stays in {0}."): (
        "新文件使用 UTF-8，所有训练工具都能读取；原始文件仍为 {0}。",
        "新檔案使用 UTF-8，所有訓練工具都能讀取；原始檔案仍為 {0}。",
    ),
    ("DatasetView", "the dataset"): ("数据集", "資料集"),
    ("DatasetView", "the format file"): ("格式文件", "格式檔"),
    ("DatasetView", "Unsaved changes"): ("有未保存的更改", "有未儲存的變更"),
    ("DatasetView", "Save your changes to {0}?"): ("是否保存对 {0} 的更改？", "是否儲存對 {0} 的變更？"),
    ("DatasetView", " and "): ("和", "和"),
    ("DatasetView", "If you don't save, your changes are lost."): (
        "如果不保存，所做的更改将会丢失。",
        "如果不儲存，所做的變更將會遺失。",
    ),
    # FindBar
    ("FindBar", "Find"): ("查找", "尋找"),
    ("FindBar", "Replace with"): ("替换为", "取代為"),
    ("FindBar", "Match case"): ("区分大小写", "區分大小寫"),
    ("FindBar", "Look in one column or in all of them"): ("在某一列或所有列中查找", "在某一欄或所有欄中尋找"),
    ("FindBar", "Previous"): ("上一个", "上一個"),
    ("FindBar", "Next"): ("下一个", "下一個"),
    ("FindBar", "Replace"): ("替换", "取代"),
    ("FindBar", "Replace all"): ("全部替换", "全部取代"),
    ("FindBar", "Close (Esc)"): ("关闭 (Esc)", "關閉 (Esc)"),
    ("FindBar", "All columns"): ("所有列", "所有欄"),
    ("FindBar", "Not found"): ("找不到", "找不到"),
    ("FindBar", "Replace %n occurrence(s)"): ("替换 %n 处", "取代 %n 處"),
    ("FindBar", "Replaced %n occurrence(s)"): ("已替换 %n 处", "已取代 %n 處"),
    # FormatEditor
    ("FormatEditor", "New"): ("新建", "新增"),
    ("FormatEditor", "Open…"): ("打开…", "開啟…"),
    ("FormatEditor", "Save"): ("保存", "儲存"),
    ("FormatEditor", "Save as…"): ("另存为…", "另存新檔…"),
    ("FormatEditor", "Cannot open the format file"): ("无法打开格式文件", "無法開啟格式檔"),
    ("FormatEditor", "{0} cannot be read ({1}). Save it as UTF-8 text and try again."): (
        "无法读取 {0}（{1}）。请把它保存为 UTF-8 文本后再试。",
        "無法讀取 {0}（{1}）。請把它儲存為 UTF-8 文字後再試。",
    ),
    ("FormatEditor", "Editing {0}"): ("正在编辑 {0}", "正在編輯 {0}"),
    (
        "FormatEditor",
        "A new format file (not saved yet). Keys are sets of column names, values are templates with "
        "%column% where each value goes.",
    ): (
        "新的格式文件（尚未保存）。键是一组列名，值是模板，模板中的 %列名% 会被该列的内容替换。",
        "新的格式檔（尚未儲存）。鍵是一組欄位名稱，值是範本，範本中的 %欄位名稱% 會被該欄的內容取代。",
    ),
    ("FormatEditor", "Not saved"): ("未保存", "未儲存"),
    ("FormatEditor", "{0} could not be written ({1})."): ("无法写入 {0}（{1}）。", "無法寫入 {0}（{1}）。"),
    ("FormatEditor", "Open a format file"): ("打开格式文件", "開啟格式檔"),
    ("FormatEditor", "Format files (*.json)"): ("格式文件 (*.json)", "格式檔 (*.json)"),
    ("FormatEditor", "Save the format file"): ("保存格式文件", "儲存格式檔"),
    ("FormatEditor", "Line {0}"): ("第 {0} 行", "第 {0} 行"),
    ("FormatEditor", "Error"): ("错误", "錯誤"),
    ("FormatEditor", "Warning"): ("警告", "警告"),
    ("FormatEditor", "%n error(s): rows cannot use this format until they are fixed."): (
        "%n 个错误：修正之前，数据无法使用这个格式。",
        "%n 個錯誤：修正之前，資料無法使用這個格式。",
    ),
    ("FormatEditor", "The format is valid."): ("格式正确。", "格式正確。"),
    ("FormatEditor", "%n warning(s) below."): ("下面有 %n 个警告。", "下面有 %n 個警告。"),
    # LengthHistogram
    ("LengthHistogram", "tokens per row"): ("每行的 token 数", "每列的 token 數"),
    ("LengthHistogram", "rows"): ("行", "列"),
    ("LengthHistogram", "Measure token lengths"): ("统计 token 长度", "統計 token 長度"),
    (
        "LengthHistogram",
        "Count the tokens of every row with the chosen model's tokenizer. Large datasets take a "
        "while; you can keep working meanwhile.",
    ): (
        "用所选模型的分词器计算每一行的 token 数。大数据集需要一些时间，期间可以继续操作。",
        "用所選模型的分詞器計算每一列的 token 數。大型資料集需要一些時間，期間可以繼續操作。",
    ),
    ("LengthHistogram", "Open a dataset to see how long its rows are in tokens."): (
        "打开数据集后，这里会显示每行有多少 token。",
        "開啟資料集後，這裡會顯示每列有多少 token。",
    ),
    ("LengthHistogram", "Median {0} tokens, 95% of {1} at or under {2}, longest {3}. Cutoff: {4} tokens."): (
        "中位数 {0} 个 token，95% 的{1}不超过 {2} 个，最长 {3} 个。截断长度：{4} 个 token。",
        "中位數 {0} 個 token，95% 的{1}不超過 {2} 個，最長 {3} 個。截斷長度：{4} 個 token。",
    ),
    ("LengthHistogram", "chunks"): ("块", "塊"),
    ("LengthHistogram", "%n chunk(s) ({0}) will be truncated"): ("%n 块（{0}）会被截断", "%n 塊（{0}）會被截斷"),
    ("LengthHistogram", "%n row(s) ({0}) will be truncated"): ("%n 行（{0}）会被截断", "%n 列（{0}）會被截斷"),
    ("LengthHistogram", "cutoff {0}"): ("截断 {0}", "截斷 {0}"),
    ("LengthHistogram", "tokens per chunk"): ("每块的 token 数", "每塊的 token 數"),
    # LoadingMixin
    ("LoadingMixin", "Open a dataset"): ("打开数据集", "開啟資料集"),
    ("LoadingMixin", "Datasets (*.json *.jsonl *.ndjson *.csv *.tsv *.parquet *.txt);;All files (*)"): (
        "数据集 (*.json *.jsonl *.ndjson *.csv *.tsv *.parquet *.txt);;所有文件 (*)",
        "資料集 (*.json *.jsonl *.ndjson *.csv *.tsv *.parquet *.txt);;所有檔案 (*)",
    ),
    ("LoadingMixin", "Reading the file…"): ("正在读取文件…", "正在讀取檔案…"),
    ("LoadingMixin", "Reading…"): ("正在读取…", "正在讀取…"),
    ("LoadingMixin", "Reading was cancelled."): ("已取消读取。", "已取消讀取。"),
    ("LoadingMixin", "%n character(s) of text"): ("%n 个字符的文本", "%n 個字元的文字"),
    ("LoadingMixin", "(%n file(s))"): ("（%n 个文件）", "（%n 個檔案）"),
    ("LoadingMixin", "Click Measure to count the tokens of every chunk."): (
        "点击“统计 token 长度”计算每一块的 token 数。",
        "按「統計 token 長度」計算每一塊的 token 數。",
    ),
    ("LoadingMixin", "This dataset has %n row(s). Click Measure to count the tokens of every row."): (
        "这个数据集有 %n 行。点击“统计 token 长度”计算每一行的 token 数。",
        "這個資料集有 %n 列。按「統計 token 長度」計算每一列的 token 數。",
    ),
    ("LoadingMixin", "This file cannot be used:"): ("无法使用这个文件：", "無法使用這個檔案："),
    # PreviewPane
    ("PreviewPane", "Trained (the model learns it)"): ("训练部分（模型学习写出）", "訓練部分（模型學習寫出）"),
    ("PreviewPane", "Prompt (context, not trained)"): ("提示部分（上下文，不训练）", "提示部分（上下文，不訓練）"),
    ("PreviewPane", "Past the cutoff (cut off)"): ("超出截断长度（被截掉）", "超出截斷長度（被截掉）"),
    ("PreviewPane", "This row cannot be trained: {0}"): ("这一行无法训练：{0}", "這一列無法訓練：{0}"),
    ("PreviewPane", "end-of-text token"): ("文本结束符", "文字結束符"),
    ("PreviewPane", "{0} characters, {1} of them trained. Choose a model to count tokens."): (
        "{0} 个字符，其中 {1} 个参与训练。选择模型后可计算 token 数。",
        "{0} 個字元，其中 {1} 個參與訓練。選擇模型後可計算 token 數。",
    ),
    ("PreviewPane", "{0} tokens, {1} of them trained."): (
        "{0} 个 token，其中 {1} 个参与训练。",
        "{0} 個 token，其中 {1} 個參與訓練。",
    ),
    ("PreviewPane", "The row has {0} tokens; everything past the cutoff of {1} is cut off."): (
        "这一行有 {0} 个 token；超出截断长度 {1} 的部分会被截掉。",
        "這一列有 {0} 個 token；超出截斷長度 {1} 的部分會被截掉。",
    ),
    # ProblemsPanel
    ("ProblemsPanel", "Row"): ("行", "列"),
    ("ProblemsPanel", "Problem"): ("问题", "問題"),
    ("ProblemsPanel", "No problems found."): ("没有发现问题。", "沒有發現問題。"),
    ("ProblemsPanel", "Problems: {0} and {1}. Click one to go to its row."): (
        "问题：{0}，{1}。点击一条即可跳到对应的行。",
        "問題：{0}，{1}。按一下即可跳到對應的列。",
    ),
    ("ProblemsPanel", "%n error(s)"): ("%n 个错误", "%n 個錯誤"),
    ("ProblemsPanel", "%n warning(s)"): ("%n 个警告", "%n 個警告"),
    ("ProblemsPanel", "line {0}"): ("第 {0} 行", "第 {0} 行"),
    ("ProblemsPanel", "Error"): ("错误", "錯誤"),
    ("ProblemsPanel", "Warning"): ("警告", "警告"),
    # RawTextView
    ("RawTextView", " tokens"): (" 个 token", " 個 token"),
    (
        "RawTextView",
        "Tokens each chunk repeats from the end of the previous one, so no passage is only ever seen cut in half.",
    ): (
        "每一块重复上一块结尾的 token 数，这样任何一段文字都不会只以被切开的样子出现。",
        "每一塊重複上一塊結尾的 token 數，這樣任何一段文字都不會只以被切開的樣子出現。",
    ),
    ("RawTextView", " characters"): (" 个字符", " 個字元"),
    (
        "RawTextView",
        "Move chunk edges to a line break within this many characters, so chunks start and end on whole lines.",
    ): (
        "在这么多个字符的范围内把块的边界移到换行处，让每一块都从完整的行开始和结束。",
        "在這麼多個字元的範圍內把塊的邊界移到換行處，讓每一塊都從完整的行開始和結束。",
    ),
    (
        "RawTextView",
        "Text that splits the file into blocks no chunk crosses; \\n is a line break. The default, "
        "\\n\\n\\n, is two empty lines.",
    ): (
        "把文件分成若干段的分隔文字，任何块都不会跨段；\\n 表示换行。默认的 \\n\\n\\n 就是两个空行。",
        "把檔案分成若干段的分隔文字，任何塊都不會跨段；\\n 表示換行。預設的 \\n\\n\\n 就是兩個空行。",
    ),
    ("RawTextView", "Blocks this short or shorter are left out."): (
        "不超过这个长度的段会被略过。",
        "不超過這個長度的段會被略過。",
    ),
    ("RawTextView", "End each block with the end-of-text token"): ("每段末尾加上文本结束符", "每段末尾加上文字結束符"),
    ("RawTextView", "Overlap"): ("重叠", "重疊"),
    ("RawTextView", "Prefer line breaks within"): ("在此范围内优先在换行处切分", "在此範圍內優先在換行處切分"),
    ("RawTextView", "Hard cut"): ("强制分段", "強制分段"),
    ("RawTextView", "Leave out blocks up to"): ("略过不超过此长度的段", "略過不超過此長度的段"),
    ("RawTextView", "Chunks, in alternating shades: each is one example"): (
        "块（深浅交替）：每一块是一个训练样本",
        "塊（深淺交替）：每一塊是一個訓練樣本",
    ),
    ("RawTextView", "Overlap with the chunk before"): ("与上一块重叠的部分", "與上一塊重疊的部分"),
    ("RawTextView", "Working out the chunks…"): ("正在计算分块…", "正在計算分塊…"),
    ("RawTextView", "%n chunk(s)"): ("%n 块", "%n 塊"),
    ("RawTextView", "%n block(s)"): ("%n 段", "%n 段"),
    ("RawTextView", "{0} from {1}."): ("{0}，来自{1}。", "{0}，來自{1}。"),
    ("RawTextView", "Counted with words standing in for tokens; choose a model for exact chunks."): (
        "目前用词语代替 token 估算；选择模型后可得到准确的分块。",
        "目前用詞語代替 token 估算；選擇模型後可得到準確的分塊。",
    ),
    ("RawTextView", "Chunk {0} of {1} (block {2})"): (
        "第 {0} 块，共 {1} 块（第 {2} 段）",
        "第 {0} 塊，共 {1} 塊（第 {2} 段）",
    ),
    ("RawTextView", "Click in the text to preview the chunk there."): (
        "点击文本中的任意位置，预览那里的块。",
        "按一下文字中的任意位置，預覽那裡的塊。",
    ),
    # RowEditor
    (
        "RowEditor",
        "Select a row in the table to edit it here. Each column gets its own box; changes can be undone with Ctrl+Z.",
    ): (
        "在表格中选择一行，就可以在这里编辑。每一列都有自己的编辑框；更改可以用 Ctrl+Z 撤销。",
        "在表格中選擇一列，就可以在這裡編輯。每一欄都有自己的編輯框；變更可以用 Ctrl+Z 復原。",
    ),
    ("RowEditor", "{0} (not in this row; type to add it)"): (
        "{0}（这一行没有此字段；输入内容即可添加）",
        "{0}（這一列沒有此欄位；輸入內容即可新增）",
    ),
    ("RowEditor", "{0} (a list, written as JSON)"): ("{0}（列表，以 JSON 书写）", "{0}（清單，以 JSON 書寫）"),
    ("RowEditor", "{0} (an object, written as JSON)"): ("{0}（对象，以 JSON 书写）", "{0}（物件，以 JSON 書寫）"),
    ("RowEditor", "{0} (a JSON value)"): ("{0}（JSON 值）", "{0}（JSON 值）"),
    ("RowEditor", "Not applied: this is not valid JSON ({0}). Fix it, or undo."): (
        "尚未套用：这不是有效的 JSON（{0}）。请修正，或撤销更改。",
        "尚未套用：這不是有效的 JSON（{0}）。請修正，或復原變更。",
    ),
}
