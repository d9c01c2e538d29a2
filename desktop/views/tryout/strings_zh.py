"""Chinese translations of the Test screen's strings: (Qt context, English source) ->
(Simplified, Traditional), exactly as lupdate records them.

`python resources/translations/update.py` runs lupdate and fills every entry it
left unfinished from this table (and the other screens' tables), then compiles
the .qm files. Traditional Chinese uses Taiwan terms, as the rest of the app does.
"""

from __future__ import annotations

T: dict[tuple[str, str], tuple[str, str]] = {
    # --- TryOutView -------------------------------------------------------------------------------
    (
        "TryOutView",
        "Last: what the run ended with. Best: the checkpoint with the lowest validation loss. Or any "
        "other checkpoint saved while training.",
    ): (
        "最后：运行结束时的适配器。最佳：验证损失最低的检查点。也可以选择训练中保存的其他检查点。",
        "最後：執行結束時的適配器。最佳：驗證損失最低的檢查點。也可以選擇訓練中儲存的其他檢查點。",
    ),
    ("TryOutView", "Last and best (step {0})"): ("最后且最佳（第 {0} 步）", "最後且最佳（第 {0} 步）"),
    ("TryOutView", "Last (step {0})"): ("最后（第 {0} 步）", "最後（第 {0} 步）"),
    ("TryOutView", "Best (step {0})"): ("最佳（第 {0} 步）", "最佳（第 {0} 步）"),
    ("TryOutView", "Try your LoRA"): ("试用你的 LoRA", "試用你的 LoRA"),
    ("TryOutView", "The training run whose adapter to try."): (
        "要试用哪次训练运行的适配器。",
        "要試用哪次訓練執行的適配器。",
    ),
    ("TryOutView", "The final adapter or one of the checkpoints saved while training."): (
        "最终的适配器，或训练中保存的某个检查点。",
        "最終的適配器，或訓練中儲存的某個檢查點。",
    ),
    ("TryOutView", "Refresh"): ("刷新", "重新整理"),
    ("TryOutView", "Look for new runs and checkpoints."): ("查找新的运行和检查点。", "尋找新的執行和檢查點。"),
    ("TryOutView", "Run"): ("运行", "執行"),
    ("TryOutView", "Adapter"): ("适配器", "適配器"),
    ("TryOutView", "Chat"): ("对话", "對話"),
    ("TryOutView", "Perplexity"): ("困惑度", "困惑度"),
    ("TryOutView", "Export"): ("导出", "匯出"),
    ("TryOutView", "No trained runs yet"): ("还没有训练好的运行", "還沒有訓練好的執行"),
    ("TryOutView", "none"): ("无", "無"),
    ("TryOutView", "Base model: {0}"): ("基础模型：{0}", "基礎模型：{0}"),
    ("TryOutView", "Reading the run's dataset…"): ("正在读取这次运行的数据集…", "正在讀取這次執行的資料集…"),
    ("TryOutView", "Train a run first; its held-out rows appear here."): (
        "请先训练一次；它留出的验证行会显示在这里。",
        "請先訓練一次；它保留的驗證列會顯示在這裡。",
    ),
    ("TryOutView", "Final adapter (step {0})"): ("最终适配器（第 {0} 步）", "最終適配器（第 {0} 步）"),
    ("TryOutView", "Checkpoint at step {0}"): ("第 {0} 步的检查点", "第 {0} 步的檢查點"),
    ("TryOutView", "Could not read the run's dataset: {0}"): (
        "无法读取这次运行的数据集：{0}",
        "無法讀取這次執行的資料集：{0}",
    ),
    ("TryOutView", "Choose a trained run at the top of the screen first."): (
        "请先在页面顶部选择一次训练好的运行。",
        "請先在畫面頂端選擇一次訓練好的執行。",
    ),
    ("TryOutView", "Exported to {0}"): ("已导出到 {0}", "已匯出到 {0}"),
    ("TryOutView", "The model process stopped unexpectedly (exit code {0})."): (
        "运行模型的进程意外停止（退出码 {0}）。",
        "執行模型的處理程序意外停止（結束代碼 {0}）。",
    ),
    ("TryOutView", "It starts again with the next request."): ("下次请求时会重新启动。", "下次請求時會重新啟動。"),
    ("TryOutView", "The model process stopped"): ("模型进程已停止", "模型處理程序已停止"),
    (
        "TryOutView",
        "The process that runs the model ended unexpectedly (exit code {0}). Often this means the "
        "computer ran out of memory. It starts again with the next request.",
    ): (
        "运行模型的进程意外结束（退出码 {0}）。这通常表示电脑内存不足。下次请求时会重新启动。",
        "執行模型的處理程序意外結束（結束代碼 {0}）。這通常表示電腦記憶體不足。下次請求時會重新啟動。",
    ),
    # --- ChatPanel --------------------------------------------------------------------------
    ("ChatPanel", "Quick prompts"): ("快捷提示", "快速提示"),
    ("ChatPanel", "Rows the run held out for validation. Click one to try it."): (
        "这次运行留作验证的行。点击一行即可试用。",
        "這次執行保留作驗證的列。點一下即可試用。",
    ),
    ("ChatPanel", "Type a message for the model, or pick a quick prompt."): (
        "输入要发给模型的消息，或选择一个快捷提示。",
        "輸入要傳給模型的訊息，或選擇一個快速提示。",
    ),
    ("ChatPanel", "Generate"): ("生成", "產生"),
    ("ChatPanel", "Answer the prompt without and with the adapter (Ctrl+Enter)."): (
        "分别不用和使用适配器回答这个提示（Ctrl+Enter）。",
        "分別不用和使用適配器回答這個提示（Ctrl+Enter）。",
    ),
    ("ChatPanel", "Stop"): ("停止", "停止"),
    ("ChatPanel", "Stop generating; the text so far stays."): (
        "停止生成；已生成的文字会保留。",
        "停止產生；已產生的文字會保留。",
    ),
    (
        "ChatPanel",
        "How adventurous the choice of words is. 0 always takes the likeliest word, so the same "
        "prompt gives the same answer; 0.7 is typical for chatting.",
    ): (
        "用词的大胆程度。0 总是选最可能的词，同一提示总得到同一回答；聊天常用 0.7。",
        "用詞的大膽程度。0 總是選最可能的詞，同一提示總得到同一回答；聊天常用 0.7。",
    ),
    (
        "ChatPanel",
        "Choose only among the likeliest words that together make up this share (1 considers all). "
        "Used when the temperature is above 0.",
    ): (
        "只在合计占这个比例的最可能的词中选择（1 表示考虑全部）。温度大于 0 时才生效。",
        "只在合計占這個比例的最可能的詞中選擇（1 表示考慮全部）。溫度大於 0 時才生效。",
    ),
    ("ChatPanel", "The longest answer, in tokens (a token is a word or part of one)."): (
        "回答的最大长度，以 token 计（一个 token 是一个词或词的一部分）。",
        "回答的最大長度，以 token 計（一個 token 是一個詞或詞的一部分）。",
    ),
    (
        "ChatPanel",
        "Random seed. With the same seed both sides draw the same random numbers, so a comparison "
        "can be repeated exactly.",
    ): (
        "随机种子。种子相同时两边抽取相同的随机数，因此对比可以精确重现。",
        "隨機種子。種子相同時兩邊抽取相同的隨機數，因此比較可以精確重現。",
    ),
    ("ChatPanel", "Temperature"): ("温度", "溫度"),
    ("ChatPanel", "Top-p"): ("Top-p", "Top-p"),
    ("ChatPanel", "Max new tokens"): ("最多新 token 数", "最多新 token 數"),
    ("ChatPanel", "Seed"): ("种子", "種子"),
    ("ChatPanel", "Without the adapter"): ("不使用适配器", "不使用適配器"),
    ("ChatPanel", "The base model's answer appears here."): (
        "基础模型的回答显示在这里。",
        "基礎模型的回答顯示在這裡。",
    ),
    ("ChatPanel", "With the adapter"): ("使用适配器", "使用適配器"),
    ("ChatPanel", "The answer with your LoRA appears here."): (
        "加上你的 LoRA 后的回答显示在这里。",
        "加上你的 LoRA 後的回答顯示在這裡。",
    ),
    ("ChatPanel", "Expected answer"): ("期望的回答", "期望的回答"),
    ("ChatPanel", "Pick a quick prompt to see the answer your dataset gives."): (
        "选择一个快捷提示，即可看到数据集中的回答。",
        "選擇一個快速提示，即可看到資料集中的回答。",
    ),
    ("ChatPanel", "The run held out no validation rows, so these are its first training rows. Click one to try it."): (
        "这次运行没有留出验证行，这里列出的是最前面的训练行。点击一行即可试用。",
        "這次執行沒有保留驗證列，這裡列出的是最前面的訓練列。點一下即可試用。",
    ),
    ("ChatPanel", "This run's dataset gives no prompts to pick from."): (
        "这次运行的数据集里没有可选的提示。",
        "這次執行的資料集裡沒有可選的提示。",
    ),
    ("ChatPanel", "Type a message first, or pick a quick prompt."): (
        "请先输入一条消息，或选择一个快捷提示。",
        "請先輸入一則訊息，或選擇一個快速提示。",
    ),
    ("ChatPanel", "no adapter chosen"): ("未选择适配器", "未選擇適配器"),
    ("ChatPanel", "Starting…"): ("正在启动…", "正在啟動…"),
    ("ChatPanel", "Loading the model… (the first time takes longest)"): (
        "正在加载模型…（第一次最慢）",
        "正在載入模型…（第一次最慢）",
    ),
    ("ChatPanel", "Model loaded on {0}."): ("模型已加载到 {0}。", "模型已載入到 {0}。"),
    ("ChatPanel", "writing…"): ("正在生成…", "正在產生…"),
    ("ChatPanel", "Generating with the adapter…"): ("正在使用适配器生成…", "正在使用適配器產生…"),
    ("ChatPanel", "Generating without the adapter…"): ("正在不用适配器生成…", "正在不用適配器產生…"),
    ("ChatPanel", "{0} tokens in {1:.1f} s"): ("{0} 个 token，用时 {1:.1f} 秒", "{0} 個 token，用時 {1:.1f} 秒"),
    ("ChatPanel", "stopped"): ("已停止", "已停止"),
    ("ChatPanel", "Stopped."): ("已停止。", "已停止。"),
    ("ChatPanel", "Done."): ("完成。", "完成。"),
    # --- PerplexityPanel --------------------------------------------------------------------
    ("PerplexityPanel", "This run's validation rows"): ("这次运行的验证行", "這次執行的驗證列"),
    ("PerplexityPanel", "The rows the run held out: only their answers are scored, as in training."): (
        "这次运行留出的行：和训练时一样，只对回答部分打分。",
        "這次執行保留的列：和訓練時一樣，只對回答部分評分。",
    ),
    ("PerplexityPanel", "A file:"): ("文件：", "檔案："),
    ("PerplexityPanel", "A .txt file is measured as one long text; a dataset file by its answers."): (
        ".txt 文件作为一整段长文本来测量；数据集文件则测量其中的回答。",
        ".txt 檔案作為一整段長文字來測量；資料集檔案則測量其中的回答。",
    ),
    ("PerplexityPanel", "A .txt or dataset file"): (".txt 或数据集文件", ".txt 或資料集檔案"),
    ("PerplexityPanel", "Browse…"): ("浏览…", "瀏覽…"),
    ("PerplexityPanel", "Measure on:"): ("测量对象：", "測量對象："),
    (
        "PerplexityPanel",
        "How many tokens the model sees at once. Longer texts are measured in overlapping windows of this size.",
    ): (
        "模型一次能看到多少个 token。更长的文本会用这个大小的重叠窗口分段测量。",
        "模型一次能看到多少個 token。更長的文字會用這個大小的重疊視窗分段測量。",
    ),
    (
        "PerplexityPanel",
        "How far each window moves on. Smaller gives every token more context and takes "
        "longer; it must not exceed the window.",
    ): (
        "每个窗口向后移动多远。越小，每个 token 的上下文越多，但越慢；不能超过窗口大小。",
        "每個視窗向後移動多遠。越小，每個 token 的上下文越多，但越慢；不能超過視窗大小。",
    ),
    ("PerplexityPanel", "Measure"): ("测量", "測量"),
    ("PerplexityPanel", "Measure the base model, the final adapter and every checkpoint."): (
        "测量基础模型、最终适配器和每个检查点。",
        "測量基礎模型、最終適配器和每個檢查點。",
    ),
    ("PerplexityPanel", "Stop"): ("停止", "停止"),
    ("PerplexityPanel", "Window"): ("窗口", "視窗"),
    ("PerplexityPanel", "tokens"): ("个 token", "個 token"),
    ("PerplexityPanel", "Stride"): ("步长", "步幅"),
    ("PerplexityPanel", "Model"): ("模型", "模型"),
    ("PerplexityPanel", "Perplexity"): ("困惑度", "困惑度"),
    ("PerplexityPanel", "Mean loss"): ("平均损失", "平均損失"),
    ("PerplexityPanel", "Tokens"): ("Token 数", "Token 數"),
    ("PerplexityPanel", "Step"): ("步数", "步數"),
    ("PerplexityPanel", "Checkpoints"): ("检查点", "檢查點"),
    ("PerplexityPanel", "Base model"): ("基础模型", "基礎模型"),
    (
        "PerplexityPanel",
        "Perplexity is how surprised a model is by a text: lower is better. On held-out rows, "
        "a checkpoint lower than the base model learned something that carries over; if later "
        "checkpoints rise again, the adapter started memorising its training rows, and an "
        "earlier checkpoint is the better one.",
    ): (
        "困惑度表示模型对一段文字有多“意外”：越低越好。在留出的验证行上，比基础模型低的检查点学到了能推广的东西；"
        "如果后面的检查点又升高，说明适配器开始死记训练行，较早的检查点更好。",
        "困惑度表示模型對一段文字有多「意外」：越低越好。在保留的驗證列上，比基礎模型低的檢查點學到了能推廣的東西；"
        "如果後面的檢查點又升高，表示適配器開始死記訓練列，較早的檢查點更好。",
    ),
    ("PerplexityPanel", "Open folder"): ("打开文件夹", "開啟資料夾"),
    ("PerplexityPanel", "The stride must not be larger than the window."): ("步长不能大于窗口。", "步幅不能大於視窗。"),
    ("PerplexityPanel", "Choose the file to measure first."): ("请先选择要测量的文件。", "請先選擇要測量的檔案。"),
    ("PerplexityPanel", "Measuring…"): ("正在测量…", "正在測量…"),
    ("PerplexityPanel", "Loading the model…"): ("正在加载模型…", "正在載入模型…"),
    ("PerplexityPanel", "Measuring {0}…"): ("正在测量{0}…", "正在測量{0}…"),
    ("PerplexityPanel", "Stopped."): ("已停止。", "已停止。"),
    ("PerplexityPanel", "Done."): ("完成。", "完成。"),
    ("PerplexityPanel", "Final adapter (step {0})"): ("最终适配器（第 {0} 步）", "最終適配器（第 {0} 步）"),
    ("PerplexityPanel", "Checkpoint at step {0}"): ("第 {0} 步的检查点", "第 {0} 步的檢查點"),
    ("PerplexityPanel", "{0:+.1%} against the base model"): ("相对基础模型 {0:+.1%}", "相對基礎模型 {0:+.1%}"),
    ("PerplexityPanel", "Saved in the run folder as {0}"): ("已保存到运行文件夹：{0}", "已儲存到執行資料夾：{0}"),
    ("PerplexityPanel", "Text to measure"): ("要测量的文本", "要測量的文字"),
    ("PerplexityPanel", "Text and dataset files (*.txt *.json *.jsonl *.csv *.parquet);;All files (*)"): (
        "文本和数据集文件 (*.txt *.json *.jsonl *.csv *.parquet);;所有文件 (*)",
        "文字和資料集檔案 (*.txt *.json *.jsonl *.csv *.parquet);;所有檔案 (*)",
    ),
    # --- ExportPanel ------------------------------------------------------------------------
    ("ExportPanel", "Adapter only"): ("仅适配器", "僅適配器"),
    (
        "ExportPanel",
        "The LoRA folder (a few MB) with a README naming the base model, the settings and the data. "
        "For transformers and PEFT, text-generation-webui, and sharing.",
    ): (
        "LoRA 文件夹（几 MB），附带说明基础模型、设置和数据的 README。适用于 transformers 和 PEFT、"
        "text-generation-webui，以及分享。",
        "LoRA 資料夾（幾 MB），附帶說明基礎模型、設定和資料的 README。適用於 transformers 和 PEFT、"
        "text-generation-webui，以及分享。",
    ),
    ("ExportPanel", "Merged model"): ("合并后的模型", "合併後的模型"),
    (
        "ExportPanel",
        "A complete model with the LoRA built into its 16-bit weights, with tokenizer and chat "
        "template. Loads anywhere transformers does; as large as the base model.",
    ): (
        "把 LoRA 合并进 16 位权重的完整模型，附带分词器和对话模板。能在任何支持 transformers 的地方加载；"
        "大小与基础模型相同。",
        "把 LoRA 合併進 16 位元權重的完整模型，附帶分詞器和對話範本。能在任何支援 transformers 的地方載入；"
        "大小與基礎模型相同。",
    ),
    ("ExportPanel", "Ollama"): ("Ollama", "Ollama"),
    (
        "ExportPanel",
        "The adapter and a Modelfile that points at the base model, with the chat template in "
        "Ollama's form. Create the model with one ollama create command.",
    ): (
        "适配器和一个指向基础模型的 Modelfile，对话模板已写成 Ollama 的格式。用一条 ollama create 命令即可创建模型。",
        "適配器和一個指向基礎模型的 Modelfile，對話範本已寫成 Ollama 的格式。用一條 ollama create 指令即可建立模型。",
    ),
    ("ExportPanel", "A new folder for the export"): ("用于导出的新文件夹", "用於匯出的新資料夾"),
    ("ExportPanel", "Browse…"): ("浏览…", "瀏覽…"),
    ("ExportPanel", "Save to:"): ("保存到：", "儲存到："),
    ("ExportPanel", "Export"): ("导出", "匯出"),
    ("ExportPanel", "Open folder"): ("打开文件夹", "開啟資料夾"),
    ("ExportPanel", "Exports: {0}"): ("导出：{0}", "匯出：{0}"),
    ("ExportPanel", "Choose a run with an adapter above."): (
        "请在上方选择一次有适配器的运行。",
        "請在上方選擇一次有適配器的執行。",
    ),
    ("ExportPanel", "about {0}"): ("约 {0}", "約 {0}"),
    ("ExportPanel", "Where to put the export"): ("导出到哪里", "匯出到哪裡"),
    ("ExportPanel", "Choose where to save the export."): ("请选择导出的保存位置。", "請選擇匯出的儲存位置。"),
    ("ExportPanel", "Exporting…"): ("正在导出…", "正在匯出…"),
    ("ExportPanel", "Stopped."): ("已停止。", "已停止。"),
    ("ExportPanel", "Checking disk space and memory…"): ("正在检查磁盘空间和内存…", "正在檢查磁碟空間和記憶體…"),
    ("ExportPanel", "Loading the base model in 16-bit…"): ("正在以 16 位加载基础模型…", "正在以 16 位元載入基礎模型…"),
    ("ExportPanel", "Applying the adapter…"): ("正在套用适配器…", "正在套用適配器…"),
    ("ExportPanel", "Merging the adapter into the weights…"): ("正在把适配器合并进权重…", "正在把適配器合併進權重…"),
    ("ExportPanel", "Saving the merged weights…"): ("正在保存合并后的权重…", "正在儲存合併後的權重…"),
    ("ExportPanel", "Copying the tokenizer and chat template…"): (
        "正在复制分词器和对话模板…",
        "正在複製分詞器和對話範本…",
    ),
    ("ExportPanel", "Copying the adapter…"): ("正在复制适配器…", "正在複製適配器…"),
    ("ExportPanel", "Finishing…"): ("即将完成…", "即將完成…"),
    (
        "ExportPanel",
        "Exported to {0}. To use it in Ollama, open a terminal in that folder and run: ollama "
        "create {1} -f Modelfile (README.md there explains more).",
    ): (
        "已导出到 {0}。要在 Ollama 中使用，请在该文件夹中打开终端并运行：ollama create {1} -f Modelfile"
        "（那里的 README.md 有更多说明）。",
        "已匯出到 {0}。要在 Ollama 中使用，請在該資料夾中開啟終端機並執行：ollama create {1} -f Modelfile"
        "（那裡的 README.md 有更多說明）。",
    ),
    ("ExportPanel", "Exported to {0}."): ("已导出到 {0}。", "已匯出到 {0}。"),
    # --- the template a run trained with: the Runs screen's details and the help page ----------------
    ("RunsView", "Chat template: {0}"): ("对话模板：{0}", "對話範本：{0}"),
    ("RunsView", "{0}, saved in {1}; tried and exported with the same"): (
        "{0}，保存在 {1} 中；试用和导出都使用同一个模板",
        "{0}，儲存在 {1} 中；試用和匯出都使用同一個範本",
    ),
    ("RunsView", "the model's own"): ("模型自带的模板", "模型內建的範本"),
    ("RunsView", "Lorasmith's {0} format"): ("Lorasmith 的 {0} 格式", "Lorasmith 的 {0} 格式"),
    ("RunsView", "the file {0}"): ("文件 {0}", "檔案 {0}"),
    ("RunsView", "the format file's layout"): ("格式文件的版式", "格式檔的版面"),
    ("RunsView", "none (plain text)"): ("无（纯文本）", "無（純文字）"),
    ("Help", "The chat template"): ("对话模板", "對話範本"),
    (
        "Help",
        "A run saves the template its examples were written in as template.jinja in its folder: the model's "
        "own chat template, the format file's layout, or, for a base model without one, Lorasmith's Alpaca "
        "layout for Alpaca rows and ChatML otherwise (plain text has none). The Test screen, perplexity and "
        "every export use that same template, and answers end where it ends a turn. The Runs screen shows "
        "which one a run used.",
    ): (
        "每次运行都会把写出训练样本所用的模板保存为运行文件夹中的 template.jinja：模型自带的对话模板、格式文件的版式，"
        "或者在基础模型没有模板时，Alpaca 行使用 Lorasmith 的 Alpaca 版式，其余使用 ChatML（纯文本没有模板）。"
        "测试界面、困惑度和每种导出都使用同一个模板，回答会在模板结束一轮对话的地方停止。运行界面会显示每次运行用的是哪一个。",
        "每次執行都會把寫出訓練範例所用的範本儲存為執行資料夾中的 template.jinja：模型內建的對話範本、格式檔的版面，"
        "或者在基礎模型沒有範本時，Alpaca 列使用 Lorasmith 的 Alpaca 版面，其餘使用 ChatML（純文字沒有範本）。"
        "測試畫面、困惑度和每種匯出都使用同一個範本，回答會在範本結束一輪對話的地方停止。執行畫面會顯示每次執行用的是哪一個。",
    ),
    ("ChatPanel", "Repetition penalty"): ("重复惩罚", "重複懲罰"),
    (
        "ChatPanel",
        "Above 1 discourages repeating words already written. Small models tend to loop on one "
        "phrase; 1.1 to 1.3 helps. 1 turns it off.",
    ): (
        "大于 1 时会抑制重复已经写过的词。小模型容易反复输出同一句话，设为 1.1 到 1.3 会有帮助；1 表示关闭。",
        "大於 1 時會抑制重複已經寫過的詞。小模型容易反覆輸出同一句話，設為 1.1 到 1.3 會有幫助；1 表示關閉。",
    ),
}
