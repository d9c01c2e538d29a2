"""Chinese translations of the wizards' strings: (Qt context, English source) ->
(Simplified, Traditional), exactly as lupdate records them.

`python resources/translations/update.py` fills them into the .ts files. Traditional uses
Taiwan terms, as the rest of the app does.
"""

from __future__ import annotations

T: dict[tuple[str, str], tuple[str, str]] = {
    # DatasetPage
    ("DatasetPage", "Your dataset"): ("你的数据集", "你的資料集"),
    (
        "DatasetPage",
        "The dataset holds the examples the model learns from: questions with the answers you want, "
        "conversations, or plain text. Drop a file here or open one; Lorasmith recognises the common "
        "layouts and shows the first example as it will be trained.",
    ): (
        "数据集里是模型要学习的示例：问题和你想要的回答、对话，或纯文本。把文件拖到这里或打开一个文件；Lorasmith "
        "能识别常见的格式，并按训练时的样子显示第一个示例。",
        "資料集裡是模型要學習的範例：問題和你想要的回答、對話，或純文字。把檔案拖到這裡或開啟一個檔案；Lorasmith "
        "能辨識常見的格式，並依訓練時的樣子顯示第一個範例。",
    ),
    ("DatasetPage", "You can leave this empty: the settings are then planned for a typical dataset."): (
        "也可以留空：这时会按一般的数据集来规划设置。",
        "也可以留空：這時會依一般的資料集來規劃設定。",
    ),
    ("DatasetPage", "Drop a dataset file here, or open one"): (
        "把数据集文件拖到这里，或打开一个",
        "把資料集檔案拖到這裡，或開啟一個",
    ),
    ("DatasetPage", "Open…"): ("打开…", "開啟…"),
    ("DatasetPage", "Use the sample"): ("使用示例数据", "使用範例資料"),
    ("DatasetPage", "A small sample dataset that teaches the demo model a cheerful blacksmith's way of answering"): (
        "一个小的示例数据集，教演示模型用快活的铁匠口吻回答",
        "一個小的範例資料集，教示範模型用爽朗的鐵匠口吻回答",
    ),
    ("DatasetPage", "Open a dataset"): ("打开数据集", "開啟資料集"),
    ("DatasetPage", "Datasets ({0});;All files (*)"): ("数据集 ({0});;所有文件 (*)", "資料集 ({0});;所有檔案 (*)"),
    ("DatasetPage", "Reading {0}…"): ("正在读取 {0}…", "正在讀取 {0}…"),
    ("DatasetPage", "This file cannot be trained on yet."): (
        "这个文件暂时还不能用于训练。",
        "這個檔案暫時還不能用於訓練。",
    ),
    ("DatasetPage", "{0}: {1} examples."): ("{0}：{1} 个示例。", "{0}：{1} 個範例。"),
    ("DatasetPage", "Typical length {0} tokens; 95% are at most {1}; the longest has {2}."): (
        "典型长度 {0} 个 token；95% 不超过 {1}；最长的有 {2}。",
        "典型長度 {0} 個 token；95% 不超過 {1}；最長的有 {2}。",
    ),
    (
        "DatasetPage",
        "Typical length about {0} tokens; 95% are at most about {1}; the longest about {2} (estimated: "
        "the model's tokenizer is not on this computer yet).",
    ): (
        "典型长度约 {0} 个 token；95% 约不超过 {1}；最长的约 {2}（估算值：这台电脑上还没有该模型的分词器）。",
        "典型長度約 {0} 個 token；95% 約不超過 {1}；最長的約 {2}（估算值：這台電腦上還沒有該模型的分詞器）。",
    ),
    ("DatasetPage", "{0} rows have problems and are left out; the Dataset screen shows them."): (
        "{0} 行有问题，已略过；可在“数据集”页面查看。",
        "{0} 列有問題，已略過；可在「資料集」畫面查看。",
    ),
    ("DatasetPage", "The first example, as it will be trained"): (
        "第一个示例，按训练时的样子显示",
        "第一個範例，依訓練時的樣子顯示",
    ),
    ("DatasetPage", "Alpaca instructions"): ("Alpaca 指令", "Alpaca 指令"),
    ("DatasetPage", "ShareGPT conversations"): ("ShareGPT 对话", "ShareGPT 對話"),
    ("DatasetPage", "OpenAI chat messages"): ("OpenAI 对话消息", "OpenAI 對話訊息"),
    ("DatasetPage", "Text rows"): ("文本行", "文字列"),
    ("DatasetPage", "Raw text"): ("原始文本", "原始文字"),
    ("DatasetPage", "Your own layout"): ("自定义格式", "自訂格式"),
    # PlanWizard: the buttons
    ("PlanWizard", "< &Back"): ("< 上一步(&B)", "< 上一步(&B)"),
    ("PlanWizard", "&Next >"): ("下一步(&N) >", "下一步(&N) >"),
    ("PlanWizard", "&Finish"): ("完成(&F)", "完成(&F)"),
    ("PlanWizard", "Cancel"): ("取消", "取消"),
    # FirstRunWizard, HyperparameterWizard
    ("FirstRunWizard", "Getting started with Lorasmith"): ("Lorasmith 入门", "Lorasmith 入門"),
    ("FirstRunWizard", "Start training"): ("开始训练", "開始訓練"),
    ("HyperparameterWizard", "Settings wizard"): ("设置向导", "設定精靈"),
    ("HyperparameterWizard", "Use these settings"): ("使用这些设置", "使用這些設定"),
    # GoalPage
    ("GoalPage", "What should the model learn?"): ("模型要学什么？", "模型要學什麼？"),
    ("GoalPage", "A style or a format"): ("一种风格或格式", "一種風格或格式"),
    ("GoalPage", "Knowledge"): ("知识", "知識"),
    (
        "GoalPage",
        "The goal decides how much the adapter may learn and how long training goes on. Most people want a "
        "style or format: a tone of voice, a character, answers in a fixed shape. Knowledge means new facts, "
        "which needs a larger adapter and more passes over the data.",
    ): (
        "目标决定适配器能学多少、训练持续多久。大多数人想要的是风格或格式：一种语气、一个角色、固定样式的回答。"
        "知识指的是新的事实，需要更大的适配器，并多过几遍数据。",
        "目標決定適配器能學多少、訓練持續多久。大多數人想要的是風格或格式：一種語氣、一個角色、固定樣式的回答。"
        "知識指的是新的事實，需要更大的適配器，並多過幾遍資料。",
    ),
    (
        "GoalPage",
        "For example: answer like a pirate, reply in JSON, write in your company's tone, follow a chat "
        "format. A small adapter learns this in a few passes.",
    ): (
        "例如：像海盗一样说话、用 JSON 回复、用你公司的语气写作、遵循某种对话格式。小适配器过几遍就能学会。",
        "例如：像海盜一樣說話、用 JSON 回覆、用你公司的語氣寫作、遵循某種對話格式。小適配器過幾遍就能學會。",
    ),
    (
        "GoalPage",
        "For example: your product's manual, a field's terms, facts the model does not know. Needs more "
        "examples, a higher rank and more passes; check the answers carefully, since models can mix learnt "
        "facts up.",
    ): (
        "例如：你的产品手册、某个领域的术语、模型不知道的事实。需要更多示例、更高的秩和更多遍数；"
        "请仔细核对回答，因为模型可能把学到的事实弄混。",
        "例如：你的產品手冊、某個領域的術語、模型不知道的事實。需要更多範例、更高的秩和更多遍數；"
        "請仔細核對回答，因為模型可能把學到的事實弄混。",
    ),
    # HardwarePage
    ("HardwarePage", "Welcome to Lorasmith"): ("欢迎使用 Lorasmith", "歡迎使用 Lorasmith"),
    ("HardwarePage", "Looking at this computer…"): ("正在查看这台电脑…", "正在查看這台電腦…"),
    (
        "HardwarePage",
        "This guide takes you from a file of examples to your own LoRA adapter in a few steps. First, a "
        "look at this computer: the graphics card decides which models you can train and how fast.",
    ): (
        "本向导带你用几个步骤，从一个示例文件得到你自己的 LoRA 适配器。首先看看这台电脑：显卡决定了你能训练哪些模型，"
        "以及训练有多快。",
        "本精靈帶你用幾個步驟，從一個範例檔案得到你自己的 LoRA 適配器。首先看看這台電腦：顯示卡決定了你能訓練哪些模型，"
        "以及訓練有多快。",
    ),
    ("HardwarePage", "The steps ahead"): ("接下来的步骤", "接下來的步驟"),
    ("HardwarePage", "Choose a base model: the language model your adapter changes."): (
        "选择基础模型：你的适配器要改变的语言模型。",
        "選擇基礎模型：你的適配器要改變的語言模型。",
    ),
    ("HardwarePage", "Choose a dataset: the examples it learns from."): (
        "选择数据集：模型要学习的示例。",
        "選擇資料集：模型要學習的範例。",
    ),
    ("HardwarePage", "Check the proposed settings, each with its reason."): (
        "检查建议的设置，每项都附有理由。",
        "檢查建議的設定，每項都附有理由。",
    ),
    ("HardwarePage", "Train, and watch the loss fall."): ("开始训练，看着损失下降。", "開始訓練，看著損失下降。"),
    ("HardwarePage", "Ask the model something, without and with your adapter."): (
        "向模型提个问题，分别不用和使用你的适配器。",
        "向模型提個問題，分別不用和使用你的適配器。",
    ),
    ("HardwarePage", "{0}. {1}"): ("{0}. {1}", "{0}. {1}"),
    (
        "HardwarePage",
        "Training runs on this card with 4-bit quantisation. The next step lists the models that fit it first.",
    ): (
        "训练会以 4 位量化在这张显卡上进行。下一步会把适合它的模型排在前面。",
        "訓練會以 4 位元量化在這張顯示卡上進行。下一步會把適合它的模型排在前面。",
    ),
    (
        "HardwarePage",
        "This card computes in fp16 (bf16 needs an RTX 30xx or newer); that works, a little less steadily.",
    ): (
        "这张显卡用 fp16 计算（bf16 需要 RTX 30 系列或更新的显卡）；可以训练，只是稍欠稳定。",
        "這張顯示卡用 fp16 計算（bf16 需要 RTX 30 系列或更新的顯示卡）；可以訓練，只是稍欠穩定。",
    ),
    ("HardwarePage", "No NVIDIA graphics card was found."): ("没有找到 NVIDIA 显卡。", "沒有找到 NVIDIA 顯示卡。"),
    (
        "HardwarePage",
        "Lorasmith trains with 4-bit quantisation, which needs an NVIDIA graphics card; AMD and Intel "
        "cards are not supported for 4-bit training yet. You can still train the bundled demo model on "
        "the processor (CPU) to see how everything works.",
    ): (
        "Lorasmith 使用 4 位量化训练，这需要 NVIDIA 显卡；AMD 和 Intel 显卡暂不支持 4 位训练。"
        "你仍可以在处理器（CPU）上训练自带的演示模型，看看整个流程。",
        "Lorasmith 使用 4 位元量化訓練，這需要 NVIDIA 顯示卡；AMD 和 Intel 顯示卡暫不支援 4 位元訓練。"
        "你仍可以在處理器（CPU）上訓練內附的示範模型，看看整個流程。",
    ),
    ("HardwarePage", "On this processor that takes {0}. Real models would take hours or days here."): (
        "在这台处理器上大约需要{0}。真正的模型在这里要花几小时甚至几天。",
        "在這顆處理器上大約需要{0}。真正的模型在這裡要花幾小時甚至幾天。",
    ),
    ("HardwarePage", "Memory: {0:.0f} GiB, {1:.0f} GiB free."): (
        "内存：{0:.0f} GiB，可用 {1:.0f} GiB。",
        "記憶體：{0:.0f} GiB，可用 {1:.0f} GiB。",
    ),
    ("HardwarePage", "Free disk space for models and runs: {0:.0f} GiB."): (
        "存放模型和训练运行的磁盘可用空间：{0:.0f} GiB。",
        "存放模型和訓練執行的磁碟可用空間：{0:.0f} GiB。",
    ),
    # ModelPage
    ("ModelPage", "Choose a base model"): ("选择基础模型", "選擇基礎模型"),
    ("ModelPage", "Use a model folder…"): ("使用模型文件夹…", "使用模型資料夾…"),
    (
        "ModelPage",
        "A folder with a model's config.json, tokenizer and safetensors weights, for example one you downloaded before",
    ): (
        "包含模型 config.json、分词器和 safetensors 权重的文件夹，例如你之前下载过的",
        "包含模型 config.json、分詞器和 safetensors 權重的資料夾，例如你之前下載過的",
    ),
    (
        "ModelPage",
        "The base model is the language model your LoRA adapter will change. Models that fit your graphics "
        "card come first; a bigger model learns more but needs more memory and time. The tiny demo model "
        "trains in a minute, even without a graphics card, to show how it all works.",
    ): (
        "基础模型就是你的 LoRA 适配器要改变的语言模型。适合你显卡的模型排在前面；模型越大学得越多，但需要更多显存和时间。"
        "小小的演示模型一分钟就能训练完，即使没有显卡也行，用来展示整个流程。",
        "基礎模型就是你的 LoRA 適配器要改變的語言模型。適合你顯示卡的模型排在前面；模型越大學得越多，但需要更多記憶體和時間。"
        "小小的示範模型一分鐘就能訓練完，即使沒有顯示卡也行，用來展示整個流程。",
    ),
    ("ModelPage", "On this computer"): ("这台电脑上", "這台電腦上"),
    ("ModelPage", "Demo model (bundled)"): ("演示模型（自带）", "示範模型（內附）"),
    ("ModelPage", "Tiny: learns a style in about a minute, even on the processor; not for real work."): (
        "很小：大约一分钟就能学会一种风格，处理器上也行；不适合实际使用。",
        "很小：大約一分鐘就能學會一種風格，處理器上也行；不適合實際使用。",
    ),
    ("ModelPage", "Your folder: {0}"): ("你的文件夹：{0}", "你的資料夾：{0}"),
    ("ModelPage", "Recommended, to download in the Models screen first"): (
        "推荐模型，需先在“模型”页面下载",
        "推薦模型，需先在「模型」畫面下載",
    ),
    ("ModelPage", "Recommended, not downloaded yet (their settings are read from the Hub)"): (
        "推荐模型，尚未下载（从 Hub 读取它们的配置）",
        "推薦模型，尚未下載（從 Hub 讀取它們的設定）",
    ),
    ("ModelPage", "needs an NVIDIA card with {0} GB"): ("需要 {0} GB 的 NVIDIA 显卡", "需要 {0} GB 的 NVIDIA 顯示卡"),
    ("ModelPage", "fits your card"): ("适合你的显卡", "適合你的顯示卡"),
    ("ModelPage", "needs a card with {0} GB; yours has {1:.0f} GB"): (
        "需要 {0} GB 的显卡；你的显卡有 {1:.0f} GB",
        "需要 {0} GB 的顯示卡；你的顯示卡有 {1:.0f} GB",
    ),
    ("ModelPage", "{0} billion parameters · {1:.1f} GB download"): (
        "{0}B 参数 · 下载 {1:.1f} GB",
        "{0}B 參數 · 下載 {1:.1f} GB",
    ),
    ("ModelPage", "Choose a model folder"): ("选择模型文件夹", "選擇模型資料夾"),
    ("ModelPage", "No config.json in {0}: choose the folder that holds the model's files."): (
        "{0} 中没有 config.json：请选择存放模型文件的文件夹。",
        "{0} 中沒有 config.json：請選擇存放模型檔案的資料夾。",
    ),
    ("ModelPage", "This model's config.json cannot be read."): (
        "无法读取这个模型的 config.json。",
        "無法讀取這個模型的 config.json。",
    ),
    ("ModelPage", "Reading {0}'s settings from the Hub…"): (
        "正在从 Hub 读取 {0} 的配置…",
        "正在從 Hub 讀取 {0} 的設定…",
    ),
    (
        "ModelPage",
        "Could not read the model's settings from the Hub: {0} Download it in the Models screen, or choose "
        "a model folder.",
    ): (
        "无法从 Hub 读取模型配置：{0} 请在“模型”页面下载它，或选择一个模型文件夹。",
        "無法從 Hub 讀取模型設定：{0} 請在「模型」畫面下載它，或選擇一個模型資料夾。",
    ),
    # SettingsPage
    ("SettingsPage", "Proposed settings"): ("建议的设置", "建議的設定"),
    (
        "SettingsPage",
        "These settings are worked out for this computer, the model and your dataset, each with the "
        "reason for it. The bar shows the memory training will need, part by part. Change any setting "
        "and the others adjust so that it still fits.",
    ): (
        "这些设置是根据这台电脑、所选模型和你的数据集算出来的，每项都附有理由。条形图按组成部分显示训练需要的内存。"
        "修改任何一项，其余各项会随之调整，保证仍然放得下。",
        "這些設定是依這台電腦、所選模型和你的資料集算出來的，每項都附有理由。長條圖依組成部分顯示訓練需要的記憶體。"
        "修改任何一項，其餘各項會隨之調整，確保仍然放得下。",
    ),
    ("SettingsPage", "Looking at this computer's graphics card…"): (
        "正在查看这台电脑的显卡…",
        "正在查看這台電腦的顯示卡…",
    ),
    ("SettingsPage", "Memory"): ("内存", "記憶體"),
    ("SettingsPage", "Settings that decide memory"): ("决定内存用量的设置", "決定記憶體用量的設定"),
    ("SettingsPage", "every linear layer"): ("所有线性层", "所有線性層"),
    ("SettingsPage", "attention layers"): ("注意力层", "注意力層"),
    ("SettingsPage", "two attention layers (q, v)"): ("两个注意力层（q、v）", "兩個注意力層（q、v）"),
    ("SettingsPage", "recompute activations"): ("重新计算激活值", "重新計算激活值"),
    ("SettingsPage", "8-bit AdamW, paged"): ("8 位 AdamW（分页）", "8 位元 AdamW（分頁）"),
    ("SettingsPage", "8-bit AdamW"): ("8 位 AdamW", "8 位元 AdamW"),
    ("SettingsPage", "AdamW (32-bit)"): ("AdamW（32 位）", "AdamW（32 位元）"),
    ("SettingsPage", "Adafactor"): ("Adafactor", "Adafactor"),
    ("SettingsPage", "Use the proposal"): ("恢复建议值", "恢復建議值"),
    ("SettingsPage", "Forget your changes and go back to the proposed settings"): (
        "放弃你的修改，回到建议的设置",
        "放棄你的修改，回到建議的設定",
    ),
    ("SettingsPage", "The rest of the proposal"): ("其余建议", "其餘建議"),
    ("SettingsPage", "{0}:"): ("{0}：", "{0}："),
    ("SettingsPage", "The demo model is tiny: it learns at a higher rate than real models."): (
        "演示模型很小：它用比真正的模型更高的学习率来学习。",
        "示範模型很小：它用比真正的模型更高的學習率來學習。",
    ),
    (
        "SettingsPage",
        "Your choices need about {0:.1f} GiB, more than the {1:.1f} GiB available. Lower one of the "
        "settings you changed, or press Use the proposal.",
    ): (
        "你的选择需要约 {0:.1f} GiB，超过了可用的 {1:.1f} GiB。请调低你改过的某项设置，或按“恢复建议值”。",
        "你的選擇需要約 {0:.1f} GiB，超過了可用的 {1:.1f} GiB。請調低你改過的某項設定，或按「恢復建議值」。",
    ),
    ("SettingsPage", "Your choice; the proposal was {0}."): ("你的选择；建议值是 {0}。", "你的選擇；建議值是 {0}。"),
    ("SettingsPage", "1 example at a time is the most that fits with your choices."): (
        "按你的选择，一次最多放得下 1 个示例。",
        "依你的選擇，一次最多放得下 1 個範例。",
    ),
    ("SettingsPage", "{0} examples at a time is the most that fits with your choices."): (
        "按你的选择，一次最多放得下 {0} 个示例。",
        "依你的選擇，一次最多放得下 {0} 個範例。",
    ),
    ("SettingsPage", "Shortened to {0} tokens so that your choices fit in memory; longer examples are cut."): (
        "缩短到 {0} 个 token，好让你的选择放得下；更长的示例会被截断。",
        "縮短到 {0} 個 token，好讓你的選擇放得下；更長的範例會被截斷。",
    ),
    ("SettingsPage", "Rank {0}, lowered so that your choices fit in memory."): (
        "秩降为 {0}，好让你的选择放得下。",
        "秩降為 {0}，好讓你的選擇放得下。",
    ),
    ("SettingsPage", "Fewer adapter layers, so that your choices fit in memory."): (
        "减少适配器所在的层，好让你的选择放得下。",
        "減少適配器所在的層，好讓你的選擇放得下。",
    ),
    ("SettingsPage", "{0:.1f} GiB"): ("{0:.1f} GiB", "{0:.1f} GiB"),
    ("SettingsPage", "processor (CPU)"): ("处理器（CPU）", "處理器（CPU）"),
    ("SettingsPage", "graphics card (CUDA)"): ("显卡（CUDA）", "顯示卡（CUDA）"),
    ("SettingsPage", "on"): ("开", "開"),
    ("SettingsPage", "off"): ("关", "關"),
    ("SettingsPage", "Choose a dataset for a time estimate."): (
        "选择数据集后可估算训练时间。",
        "選擇資料集後可估算訓練時間。",
    ),
    ("SettingsPage", "{0} training steps."): ("{0} 个训练步。", "{0} 個訓練步。"),
    ("SettingsPage", "on this processor"): ("在这台处理器上", "在這顆處理器上"),
    ("SettingsPage", "on this graphics card"): ("在这张显卡上", "在這張顯示卡上"),
    ("SettingsPage", "Training time: {0} {1} for {2} steps (a rough estimate; the first steps show the real speed)."): (
        "训练时间：{1}共 {2} 步，{0}（粗略估算；最初几步会显示真实速度）。",
        "訓練時間：{1}共 {2} 步，{0}（粗略估算；最初幾步會顯示真實速度）。",
    ),
    # TrainPage
    ("TrainPage", "Training"): ("训练", "訓練"),
    ("TrainPage", "Starting…"): ("正在启动…", "正在啟動…"),
    ("TrainPage", "step"): ("步", "步"),
    ("TrainPage", "loss"): ("损失", "損失"),
    ("TrainPage", "training loss"): ("训练损失", "訓練損失"),
    ("TrainPage", "validation loss"): ("验证损失", "驗證損失"),
    ("TrainPage", "Stop"): ("停止", "停止"),
    ("TrainPage", "Stop after the current step and keep the adapter trained so far"): (
        "在当前一步之后停止，保留目前训练出的适配器",
        "在目前這一步之後停止，保留目前訓練出的適配器",
    ),
    ("TrainPage", "Try again"): ("重试", "重試"),
    ("TrainPage", "Open the Monitor screen"): ("打开“监控”页面", "開啟「監控」畫面"),
    ("TrainPage", "Watch every curve, the warnings and the log in the main window"): (
        "在主窗口中查看所有曲线、警告和日志",
        "在主視窗中查看所有曲線、警告和記錄",
    ),
    (
        "TrainPage",
        "Training runs in the background and reports the loss: how far the model's guesses still are from "
        "your examples. It should fall quickly at first and then level off. You can stop at any time; the "
        "adapter trained so far is kept.",
    ): (
        "训练在后台进行，并报告损失：模型的猜测离你的示例还有多远。损失应该先快速下降，然后趋于平稳。"
        "你可以随时停止；目前训练出的适配器会被保留。",
        "訓練在背景進行，並回報損失：模型的猜測離你的範例還有多遠。損失應該先快速下降，然後趨於平穩。"
        "你可以隨時停止；目前訓練出的適配器會被保留。",
    ),
    (
        "TrainPage",
        "Training could not start: another run is going. Wait for it to end, or stop it in the Monitor "
        "screen, then press Try again.",
    ): (
        "无法开始训练：另一次训练正在进行。请等它结束，或在“监控”页面停止它，然后按“重试”。",
        "無法開始訓練：另一次訓練正在進行。請等它結束，或在「監控」畫面停止它，然後按「重試」。",
    ),
    ("TrainPage", "Loading the model…"): ("正在加载模型…", "正在載入模型…"),
    ("TrainPage", "Training on {0} examples…"): ("正在用 {0} 个示例训练…", "正在用 {0} 個範例訓練…"),
    ("TrainPage", "Step {0} of {1}: loss {2:.3f}"): (
        "第 {0} 步，共 {1} 步：损失 {2:.3f}",
        "第 {0} 步，共 {1} 步：損失 {2:.3f}",
    ),
    ("TrainPage", "Stopping after this step…"): ("这一步之后停止…", "這一步之後停止…"),
    ("TrainPage", "Done: the loss went from {0:.2f} to {1:.2f}. Press Next to try the result."): (
        "完成：损失从 {0:.2f} 降到 {1:.2f}。按“下一步”试试效果。",
        "完成：損失從 {0:.2f} 降到 {1:.2f}。按「下一步」試試效果。",
    ),
    ("TrainPage", "Training stopped with a problem."): ("训练因问题而停止。", "訓練因問題而停止。"),
    ("TrainPage", "Training ended without an adapter ({0}). Press Try again."): (
        "训练结束，但没有得到适配器（{0}）。请按“重试”。",
        "訓練結束，但沒有得到適配器（{0}）。請按「重試」。",
    ),
    # TryPage
    ("TryPage", "Try the result"): ("试试效果", "試試效果"),
    ("TryPage", "Type a message for the model"): ("输入要发给模型的消息", "輸入要傳給模型的訊息"),
    ("TryPage", "Ask both"): ("两边都问", "兩邊都問"),
    ("TryPage", "Without your adapter"): ("不用你的适配器", "不用你的適配器"),
    ("TryPage", "The base model's answer"): ("基础模型的回答", "基礎模型的回答"),
    ("TryPage", "With your adapter"): ("使用你的适配器", "使用你的適配器"),
    ("TryPage", "The answer after training"): ("训练后的回答", "訓練後的回答"),
    (
        "TryPage",
        "Ask the model the same question twice: as it was, and with your new adapter. If training worked, "
        "the second answer shows what your examples taught it. The first answer takes a little longer while "
        "the model loads.",
    ): (
        "把同一个问题问模型两次：一次是原来的模型，一次加上你新训练的适配器。如果训练有效，第二个回答会体现你的示例教给它的东西。"
        "第一个回答要等模型加载，会稍慢一些。",
        "把同一個問題問模型兩次：一次是原來的模型，一次加上你新訓練的適配器。如果訓練有效，第二個回答會展現你的範例教給它的東西。"
        "第一個回答要等模型載入，會稍慢一些。",
    ),
    ("TryPage", "Type a message first."): ("请先输入一条消息。", "請先輸入一則訊息。"),
    ("TryPage", "Loading the model… (the first time takes longest)"): (
        "正在加载模型…（第一次最慢）",
        "正在載入模型…（第一次最慢）",
    ),
    ("TryPage", "Answering with your adapter…"): ("正在用你的适配器回答…", "正在用你的適配器回答…"),
    ("TryPage", "Answering without your adapter…"): ("正在不用适配器回答…", "正在不用適配器回答…"),
    (
        "TryPage",
        "Done. Ask something else, or press Finish; the Test screen has more ways to try and export your adapter.",
    ): (
        "完成。可以再问点别的，或按“完成”；“测试”页面有更多试用和导出适配器的方式。",
        "完成。可以再問點別的，或按「完成」；「測試」畫面有更多試用和匯出適配器的方式。",
    ),
    # VramBar
    ("VramBar", "CUDA context"): ("CUDA 上下文", "CUDA 環境"),
    ("VramBar", "The graphics driver and its libraries, loaded once."): (
        "显卡驱动及其库，只加载一次。",
        "顯示卡驅動程式及其函式庫，只載入一次。",
    ),
    ("VramBar", "Model layers (quantised)"): ("模型层（量化）", "模型層（量化）"),
    ("VramBar", "The base model's layers in 4 or 8 bits, with their scaling constants."): (
        "以 4 位或 8 位存放的基础模型各层，连同它们的缩放常数。",
        "以 4 位元或 8 位元存放的基礎模型各層，連同它們的縮放常數。",
    ),
    ("VramBar", "Embeddings and output layer"): ("嵌入层和输出层", "嵌入層和輸出層"),
    ("VramBar", "The parts of the base model that are not quantised: embeddings, norms and the output layer."): (
        "基础模型中不量化的部分：嵌入层、归一化层和输出层。",
        "基礎模型中不量化的部分：嵌入層、正規化層和輸出層。",
    ),
    ("VramBar", "LoRA weights"): ("LoRA 权重", "LoRA 權重"),
    ("VramBar", "The adapter being trained."): ("正在训练的适配器。", "正在訓練的適配器。"),
    ("VramBar", "LoRA gradients"): ("LoRA 梯度", "LoRA 梯度"),
    ("VramBar", "How each adapter weight should change, for every step."): (
        "每一步中每个适配器权重该如何改变。",
        "每一步中每個適配器權重該如何改變。",
    ),
    ("VramBar", "Optimiser states"): ("优化器状态", "優化器狀態"),
    ("VramBar", "The optimiser's running averages for each adapter weight."): (
        "优化器为每个适配器权重记录的滑动平均值。",
        "優化器為每個適配器權重記錄的移動平均值。",
    ),
    ("VramBar", "Activations"): ("激活值", "激活值"),
    (
        "VramBar",
        "Intermediate results kept for the backward pass; they grow with the micro batch and the cutoff length.",
    ): ("为反向传播保留的中间结果；随微批次和截断长度增长。", "為反向傳播保留的中間結果；隨微批次和截斷長度增長。"),
    ("VramBar", "Logits"): ("Logits", "Logits"),
    (
        "VramBar",
        "A score for every word of the vocabulary at every position; large for models with big vocabularies.",
    ): (
        "每个位置上词表中每个词的得分；词表大的模型这部分很大。",
        "每個位置上詞表中每個詞的分數；詞表大的模型這部分很大。",
    ),
    ("VramBar", "Temporary buffers"): ("临时缓冲区", "暫存緩衝區"),
    ("VramBar", "Short-lived copies: dequantised layers and half-precision weights."): (
        "短暂存在的副本：反量化的层和半精度权重。",
        "短暫存在的副本：反量化的層和半精度權重。",
    ),
    ("VramBar", "Allocator overhead"): ("分配器开销", "配置器額外負擔"),
    ("VramBar", "Memory reserved by PyTorch but not in use at the peak."): (
        "PyTorch 已预留但在峰值时未使用的内存。",
        "PyTorch 已保留但在峰值時未使用的記憶體。",
    ),
    ("VramBar", "memory"): ("内存", "記憶體"),
    ("VramBar", "video memory"): ("显存", "顯示記憶體"),
    ("VramBar", "Fits: needs about {0} GiB of {1}; {2} GiB can be used."): (
        "放得下：需要约 {0} GiB {1}；可用 {2} GiB。",
        "放得下：需要約 {0} GiB {1}；可用 {2} GiB。",
    ),
    ("VramBar", "Does not fit: needs about {0} GiB of {1}, but only {2} GiB can be used."): (
        "放不下：需要约 {0} GiB {1}，但只有 {2} GiB 可用。",
        "放不下：需要約 {0} GiB {1}，但只有 {2} GiB 可用。",
    ),
    (
        "VramBar",
        "Solid line: free system memory ({0} GiB). Dashed line: what training may use, keeping 2 GiB for the "
        "system ({1} GiB).",
    ): (
        "实线：系统可用内存（{0} GiB）。虚线：训练可以使用的部分，为系统保留 2 GiB（{1} GiB）。",
        "實線：系統可用記憶體（{0} GiB）。虛線：訓練可以使用的部分，為系統保留 2 GiB（{1} GiB）。",
    ),
    (
        "VramBar",
        "Solid line: free video memory now ({0} GiB). Dashed line: what training may use, keeping a safety "
        "margin for the desktop and other programs ({1} GiB).",
    ): (
        "实线：当前可用显存（{0} GiB）。虚线：训练可以使用的部分，为桌面和其他程序留出安全余量（{1} GiB）。",
        "實線：目前可用顯示記憶體（{0} GiB）。虛線：訓練可以使用的部分，為桌面和其他程式留出安全餘裕（{1} GiB）。",
    ),
    ("VramBar", "{0}: {1} GiB"): ("{0}：{1} GiB", "{0}：{1} GiB"),
    # Wizard (durations, the card)
    ("Wizard", "a few seconds"): ("几秒钟", "幾秒鐘"),
    ("Wizard", "about {0} seconds"): ("约 {0} 秒", "約 {0} 秒"),
    ("Wizard", "about {0} minutes"): ("约 {0} 分钟", "約 {0} 分鐘"),
    ("Wizard", "about {0} hours"): ("约 {0} 小时", "約 {0} 小時"),
    ("Wizard", "about {0} days"): ("约 {0} 天", "約 {0} 天"),
    ("Wizard", "{0}: {1:.1f} GiB of video memory, {2:.1f} GiB free"): (
        "{0}：显存 {1:.1f} GiB，可用 {2:.1f} GiB",
        "{0}：顯示記憶體 {1:.1f} GiB，可用 {2:.1f} GiB",
    ),
    # WizardReasons: the planner's sentences
    (
        "WizardReasons",
        "4-bit (QLoRA) stores the base model in a quarter of the memory with almost no loss in quality.",
    ): (
        "4 位（QLoRA）只用四分之一的内存存放基础模型，质量几乎没有损失。",
        "4 位元（QLoRA）只用四分之一的記憶體存放基礎模型，品質幾乎沒有損失。",
    ),
    ("WizardReasons", "Alpha at twice the rank is the usual, well-tested strength for the adapter."): (
        "alpha 取秩的两倍，是常用且经过充分验证的适配器强度。",
        "alpha 取秩的兩倍，是常用且經過充分驗證的適配器強度。",
    ),
    (
        "WizardReasons",
        "8-bit AdamW keeps its state in a quarter of the memory and can spill to system memory in a spike.",
    ): (
        "8 位 AdamW 只用四分之一的内存保存状态，峰值时还能暂存到系统内存。",
        "8 位元 AdamW 只用四分之一的記憶體保存狀態，峰值時還能暫存到系統記憶體。",
    ),
    ("WizardReasons", "Plain AdamW: the processor has no use for the 8-bit GPU optimizer."): (
        "普通 AdamW：处理器用不上 8 位 GPU 优化器。",
        "一般 AdamW：處理器用不上 8 位元 GPU 優化器。",
    ),
    ("WizardReasons", "One example at a time, the least possible."): (
        "一次一个示例，已是最少。",
        "一次一個範例，已是最少。",
    ),
    ("WizardReasons", "Adapters on every layer learn best (as the QLoRA paper found) and cost little extra memory."): (
        "在所有层上加适配器学得最好（QLoRA 论文的发现），额外内存也不多。",
        "在所有層上加適配器學得最好（QLoRA 論文的發現），額外記憶體也不多。",
    ),
    ("WizardReasons", "Adapters on the attention layers only, to fit in memory."): (
        "只在注意力层上加适配器，以便放得下。",
        "只在注意力層上加適配器，以便放得下。",
    ),
    ("WizardReasons", "Adapters on two attention layers only, the smallest choice, to fit in memory."): (
        "只在两个注意力层上加适配器，这是最小的选择，以便放得下。",
        "只在兩個注意力層上加適配器，這是最小的選擇，以便放得下。",
    ),
    (
        "WizardReasons",
        "Recomputes activations instead of storing them: about 30% slower, but it is what makes this fit.",
    ): (
        "重新计算激活值而不是保存它们：慢约 30%，但这样才放得下。",
        "重新計算激活值而不是保存它們：慢約 30%，但這樣才放得下。",
    ),
    (
        "WizardReasons",
        "There is room to keep the activations, so training runs about 30% faster without recomputing them.",
    ): ("内存足够保存激活值，不必重新计算，训练快约 30%。", "記憶體足夠保存激活值，不必重新計算，訓練快約 30%。"),
    ("WizardReasons", "Trains on your NVIDIA graphics card."): (
        "在你的 NVIDIA 显卡上训练。",
        "在你的 NVIDIA 顯示卡上訓練。",
    ),
    (
        "WizardReasons",
        "No usable NVIDIA graphics card, so training runs on the processor: slow, fine for small models.",
    ): (
        "没有可用的 NVIDIA 显卡，所以在处理器上训练：很慢，适合小模型。",
        "沒有可用的 NVIDIA 顯示卡，所以在處理器上訓練：很慢，適合小模型。",
    ),
    (
        "WizardReasons",
        "Training stops with a clear out-of-memory message above this, instead of spilling into system "
        "memory and running ten times slower.",
    ): (
        "超过这个值时训练会停止并明确提示显存不足，而不是溢出到系统内存、慢上十倍。",
        "超過這個值時訓練會停止並明確提示記憶體不足，而不是溢出到系統記憶體、慢上十倍。",
    ),
    ("WizardReasons", "Too few examples to hold any back, so validation is off."): (
        "示例太少，留不出验证数据，所以关闭验证。",
        "範例太少，留不出驗證資料，所以關閉驗證。",
    ),
    ("WizardReasons", "Memory is tight: the settings were reduced to fit (see the reasons)."): (
        "内存吃紧：设置已调低以便放得下（见各项理由）。",
        "記憶體吃緊：設定已調低以便放得下（見各項理由）。",
    ),
    (
        "WizardReasons",
        "This mixture-of-experts model keeps its experts unquantised in this version of transformers, "
        "so 4-bit training needs far more memory than its size suggests.",
    ): (
        "在这个版本的 transformers 中，这个混合专家模型的专家层不会被量化，所以 4 位训练需要的内存远超它的大小所示。",
        "在這個版本的 transformers 中，這個混合專家模型的專家層不會被量化，所以 4 位元訓練需要的記憶體遠超它的大小所示。",
    ),
    (
        "WizardReasons",
        "The logits over the vocabulary are the largest part of the activations; a shorter cutoff or a "
        "smaller micro batch shrinks them.",
    ): (
        "词表上的 logits 是激活值中最大的部分；缩短截断长度或减小微批次可以让它变小。",
        "詞表上的 logits 是激活值中最大的部分；縮短截斷長度或減小微批次可以讓它變小。",
    ),
    (
        "WizardReasons",
        "This model's attention softcapping needs eager attention, which stores a full attention matrix "
        "per head: long cutoffs cost much more memory than on other models.",
    ): (
        "这个模型的注意力软上限需要 eager 注意力，它为每个注意力头保存完整的注意力矩阵：截断长度长时，内存比其他模型多得多。",
        "這個模型的注意力軟上限需要 eager 注意力，它為每個注意力頭保存完整的注意力矩陣：截斷長度長時，記憶體比其他模型多得多。",
    ),
    ("WizardReasons", "Eager attention stores a full attention matrix per head; sdpa needs far less for long texts."): (
        "eager 注意力为每个头保存完整的注意力矩阵；处理长文本时 sdpa 需要的少得多。",
        "eager 注意力為每個頭保存完整的注意力矩陣；處理長文字時 sdpa 需要的少得多。",
    ),
    ("WizardReasons", "{0} tokens suits typical examples; look at your dataset's lengths to cut fewer of them."): (
        "{0} 个 token 适合一般的示例；查看你的数据集长度，可以少截断一些。",
        "{0} 個 token 適合一般的範例；查看你的資料集長度，可以少截斷一些。",
    ),
    (
        "WizardReasons",
        "{0} tokens covers {1} of your examples in full (the longest has {2}); longer ones are cut at the end.",
    ): (
        "{0} 个 token 能完整容纳 {1} 的示例（最长的有 {2}）；更长的会在结尾被截断。",
        "{0} 個 token 能完整容納 {1} 的範例（最長的有 {2}）；更長的會在結尾被截斷。",
    ),
    ("WizardReasons", "{0} tokens fits every one of your examples in full (the longest has {1})."): (
        "{0} 个 token 能完整容纳你的每个示例（最长的有 {1}）。",
        "{0} 個 token 能完整容納你的每個範例（最長的有 {1}）。",
    ),
    ("WizardReasons", "{0} tokens is the longest text this model was trained for."): (
        "{0} 个 token 是这个模型训练时处理过的最长文本。",
        "{0} 個 token 是這個模型訓練時處理過的最長文字。",
    ),
    ("WizardReasons", "{0} tokens, shorter than your examples need ({1}), so that training fits in memory."): (
        "{0} 个 token，比你的示例所需（{1}）短，以便训练放得下。",
        "{0} 個 token，比你的範例所需（{1}）短，以便訓練放得下。",
    ),
    ("WizardReasons", "Rank {0} gives the adapter room to take in new facts."): (
        "秩 {0} 让适配器有足够空间吸收新的事实。",
        "秩 {0} 讓適配器有足夠空間吸收新的事實。",
    ),
    (
        "WizardReasons",
        "Rank {0} is plenty to learn a style or format; higher ranks mostly learn your examples by heart.",
    ): (
        "秩 {0} 足以学会一种风格或格式；更高的秩多半只是把你的示例背下来。",
        "秩 {0} 足以學會一種風格或格式；更高的秩多半只是把你的範例背下來。",
    ),
    ("WizardReasons", "Rank {0}, lower than ideal ({1}), so that training fits in memory."): (
        "秩 {0}，低于理想值（{1}），以便训练放得下。",
        "秩 {0}，低於理想值（{1}），以便訓練放得下。",
    ),
    ("WizardReasons", "1 example at a time is the most that fits in {0} at this cutoff."): (
        "在这个截断长度下，{0}一次最多放得下 1 个示例。",
        "在這個截斷長度下，{0}一次最多放得下 1 個範例。",
    ),
    ("WizardReasons", "{0} examples at a time is the most that fits in {1} at this cutoff."): (
        "在这个截断长度下，{1}一次最多放得下 {0} 个示例。",
        "在這個截斷長度下，{1}一次最多放得下 {0} 個範例。",
    ),
    (
        "WizardReasons",
        "The model learns from {0} examples per step ({1} at a time, 1 time), which keeps learning smooth.",
    ): (
        "模型每步从 {0} 个示例中学习（一次 {1} 个，共 1 次），学习过程更平稳。",
        "模型每步從 {0} 個範例中學習（一次 {1} 個，共 1 次），學習過程更平穩。",
    ),
    (
        "WizardReasons",
        "The model learns from {0} examples per step ({1} at a time, {2} times), which keeps learning smooth.",
    ): (
        "模型每步从 {0} 个示例中学习（一次 {1} 个，共 {2} 次），学习过程更平稳。",
        "模型每步從 {0} 個範例中學習（一次 {1} 個，共 {2} 次），學習過程更平穩。",
    ),
    (
        "WizardReasons",
        "{0} passes over your {1} examples: small datasets need more passes, and facts need repetition.",
    ): (
        "把你的 {1} 个示例过 {0} 遍：小数据集需要多过几遍，而且事实需要重复。",
        "把你的 {1} 個範例過 {0} 遍：小資料集需要多過幾遍，而且事實需要重複。",
    ),
    (
        "WizardReasons",
        "{0} passes over your {1} examples: small datasets need more passes, and a style is learnt quickly.",
    ): (
        "把你的 {1} 个示例过 {0} 遍：小数据集需要多过几遍，而风格学得很快。",
        "把你的 {1} 個範例過 {0} 遍：小資料集需要多過幾遍，而風格學得很快。",
    ),
    ("WizardReasons", "{0} passes over your {1} examples: large datasets need fewer, and facts need repetition."): (
        "把你的 {1} 个示例过 {0} 遍：大数据集需要的遍数少，而事实需要重复。",
        "把你的 {1} 個範例過 {0} 遍：大資料集需要的遍數少，而事實需要重複。",
    ),
    ("WizardReasons", "{0} passes over your {1} examples: large datasets need fewer, and a style is learnt quickly."): (
        "把你的 {1} 个示例过 {0} 遍：大数据集需要的遍数少，而且风格学得很快。",
        "把你的 {1} 個範例過 {0} 遍：大資料集需要的遍數少，而且風格學得很快。",
    ),
    (
        "WizardReasons",
        "{0} passes over a typical dataset: small datasets need more passes, and facts need repetition. "
        "Give a dataset for a schedule fitted to it.",
    ): (
        "按一般的数据集过 {0} 遍：小数据集需要多过几遍，而且事实需要重复。选择数据集后可得到针对它的安排。",
        "依一般的資料集過 {0} 遍：小資料集需要多過幾遍，而且事實需要重複。選擇資料集後可得到針對它的安排。",
    ),
    (
        "WizardReasons",
        "{0} passes over a typical dataset: small datasets need more passes, and a style is learnt "
        "quickly. Give a dataset for a schedule fitted to it.",
    ): (
        "按一般的数据集过 {0} 遍：小数据集需要多过几遍，而风格学得很快。选择数据集后可得到针对它的安排。",
        "依一般的資料集過 {0} 遍：小資料集需要多過幾遍，而風格學得很快。選擇資料集後可得到針對它的安排。",
    ),
    (
        "WizardReasons",
        "{0} passes over a typical dataset: large datasets need fewer, and facts need repetition. Give "
        "a dataset for a schedule fitted to it.",
    ): (
        "按一般的数据集过 {0} 遍：大数据集需要的遍数少，而事实需要重复。选择数据集后可得到针对它的安排。",
        "依一般的資料集過 {0} 遍：大資料集需要的遍數少，而事實需要重複。選擇資料集後可得到針對它的安排。",
    ),
    (
        "WizardReasons",
        "{0} passes over a typical dataset: large datasets need fewer, and a style is learnt quickly. "
        "Give a dataset for a schedule fitted to it.",
    ): (
        "按一般的数据集过 {0} 遍：大数据集需要的遍数少，而且风格学得很快。选择数据集后可得到针对它的安排。",
        "依一般的資料集過 {0} 遍：大資料集需要的遍數少，而且風格學得很快。選擇資料集後可得到針對它的安排。",
    ),
    ("WizardReasons", "{0} is the tested QLoRA rate."): (
        "{0} 是经过验证的 QLoRA 学习率。",
        "{0} 是經過驗證的 QLoRA 學習率。",
    ),
    ("WizardReasons", "{0} is the tested QLoRA rate, a little lower for the smaller batch."): (
        "{0} 是经过验证的 QLoRA 学习率，因批次较小而略低。",
        "{0} 是經過驗證的 QLoRA 學習率，因批次較小而略低。",
    ),
    ("WizardReasons", "{0} is the tested QLoRA rate for large models."): (
        "{0} 是经过验证的大模型 QLoRA 学习率。",
        "{0} 是經過驗證的大模型 QLoRA 學習率。",
    ),
    ("WizardReasons", "{0} is the tested QLoRA rate for large models, a little lower for the smaller batch."): (
        "{0} 是经过验证的大模型 QLoRA 学习率，因批次较小而略低。",
        "{0} 是經過驗證的大模型 QLoRA 學習率，因批次較小而略低。",
    ),
    ("WizardReasons", "The first {0} of the run raises the learning rate gently, so it starts stable."): (
        "训练的前 {0} 会缓慢提高学习率，让开头更稳定。",
        "訓練的前 {0} 會緩慢提高學習率，讓開頭更穩定。",
    ),
    ("WizardReasons", "{0} of the examples are held back to check that the model is not just memorising."): (
        "留出 {0} 的示例，用来检查模型是不是只在死记硬背。",
        "保留 {0} 的範例，用來檢查模型是不是只在死記硬背。",
    ),
    ("WizardReasons", "Validation loss is measured every 1 step, about ten times in the run."): (
        "每一步测量一次验证损失，整个训练大约测量十次。",
        "每一步測量一次驗證損失，整個訓練大約測量十次。",
    ),
    ("WizardReasons", "Validation loss is measured every {0} steps, about ten times in the run."): (
        "每 {0} 步测量一次验证损失，整个训练大约测量十次。",
        "每 {0} 步測量一次驗證損失，整個訓練大約測量十次。",
    ),
    ("WizardReasons", "A checkpoint every {0} steps, so a crash or a stop loses little."): (
        "每 {0} 步保存一个检查点，出错或停止时损失很少。",
        "每 {0} 步儲存一個檢查點，出錯或停止時損失很少。",
    ),
    (
        "WizardReasons",
        "Even the smallest settings need {0} GiB, more than {1}. Choose a smaller model (fewer billions "
        "of parameters) or a shorter cutoff length, or close other programs that use the graphics "
        "card.",
    ): (
        "即使用最小的设置也需要 {0} GiB，超过了{1}。请选择更小的模型（参数更少）或更短的截断长度，或关闭其他占用显卡的程序。",
        "即使用最小的設定也需要 {0} GiB，超過了{1}。請選擇更小的模型（參數更少）或更短的截斷長度，或關閉其他佔用顯示卡的程式。",
    ),
    ("WizardReasons", "LoRA targets not found in this architecture and left out of the estimate: {0}"): (
        "这个架构中找不到以下 LoRA 目标，估算时未计入：{0}",
        "這個架構中找不到以下 LoRA 目標，估算時未計入：{0}",
    ),
    ("WizardReasons", "The embeddings and output layer ({0} words) are kept in fp32 for stable training: {1} GiB."): (
        "为了训练稳定，嵌入层和输出层（{0} 个词）以 fp32 保存：{1} GiB。",
        "為了訓練穩定，嵌入層和輸出層（{0} 個詞）以 fp32 保存：{1} GiB。",
    ),
    ("WizardReasons", "your {0} GiB budget"): ("你的 {0} GiB 预算", "你的 {0} GiB 預算"),
    ("WizardReasons", "{0} GiB of free memory"): ("{0} GiB 可用内存", "{0} GiB 可用記憶體"),
    # MainWindow: the wizards' menu entries
    ("MainWindow", "Settings &wizard…"): ("设置向导(&W)…", "設定精靈(&W)…"),
    ("MainWindow", "&Getting started wizard…"): ("入门向导(&G)…", "入門精靈(&G)…"),
    ("MainWindow", "The settings wizard's proposal is in the form; check it and press Start training."): (
        "设置向导的建议已填入表单；请检查后按“开始训练”。",
        "設定精靈的建議已填入表單；請檢查後按「開始訓練」。",
    ),
}
