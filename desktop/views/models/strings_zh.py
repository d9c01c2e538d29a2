"""Chinese translations of the Models screen's strings: (Qt context, English source) ->
(Simplified, Traditional), exactly as lupdate records them.

`python resources/translations/update.py` fills them into the .ts files. Traditional uses
Taiwan terms (資料夾, 檔案, 設定, 下載, 權杖). "Hub", "token" and "VRAM" stay as they are.
"""

from __future__ import annotations

T: dict[tuple[str, str], tuple[str, str]] = {
    # DownloadRow
    ("DownloadRow", "Cancel"): ("取消", "取消"),
    ("DownloadRow", "Stop the download. What was saved is kept; Resume continues from there."): (
        "停止下载。已保存的部分会保留；点“继续”从那里接着下载。",
        "停止下載。已儲存的部分會保留；按「繼續」從那裡接著下載。",
    ),
    ("DownloadRow", "Resume"): ("继续", "繼續"),
    ("DownloadRow", "Continue the download where it stopped."): ("从停下的地方继续下载。", "從停下的地方繼續下載。"),
    ("DownloadRow", "Use for training"): ("用于训练", "用於訓練"),
    ("DownloadRow", "Open model page"): ("打开模型页面", "開啟模型頁面"),
    ("DownloadRow", "Remove from list"): ("从列表中移除", "從清單中移除"),
    ("DownloadRow", "Take this row off the list. Files already saved stay in the models folder."): (
        "把这一项从列表中移除。已保存的文件仍留在模型文件夹中。",
        "把這一項從清單中移除。已儲存的檔案仍留在模型資料夾中。",
    ),
    ("DownloadRow", "Try again"): ("重试", "重試"),
    ("DownloadRow", "Starting…"): ("正在开始…", "正在開始…"),
    ("DownloadRow", "Stopping…"): ("正在停止…", "正在停止…"),
    ("DownloadRow", "Checking the part saved earlier of {0}…"): (
        "正在检查 {0} 之前已保存的部分…",
        "正在檢查 {0} 先前已儲存的部分…",
    ),
    ("DownloadRow", "{0} of {1} · {2} · {3}"): ("{0} / {1} · {2} · {3}", "{0} / {1} · {2} · {3}"),
    ("DownloadRow", "File {0} of {1}: {2} ({3})"): (
        "第 {0} 个文件，共 {1} 个：{2}（{3}）",
        "第 {0} 個檔案，共 {1} 個：{2}（{3}）",
    ),
    # DownloadsPanel
    (
        "DownloadsPanel",
        "No downloads yet. Choose a model in the Find models tab and press Download. A stopped "
        "download continues where it left off, even after closing Lorasmith.",
    ): (
        "还没有下载。在“查找模型”标签页中选择一个模型，然后点“下载”。停下的下载会从中断处继续，即使关闭过 Lorasmith 也一样。",
        "還沒有下載。在「尋找模型」分頁中選擇一個模型，然後按「下載」。停下的下載會從中斷處繼續，即使關閉過 Lorasmith 也一樣。",
    ),
    ("DownloadsPanel", "Ready: {0} of files, checked, in {1}"): (
        "已就绪：{0} 的文件已校验，位于 {1}",
        "已就緒：{0} 的檔案已驗證，位於 {1}",
    ),
    ("DownloadsPanel", "{0} is downloaded and ready to train."): (
        "{0} 已下载完成，可以用来训练。",
        "{0} 已下載完成，可以用來訓練。",
    ),
    ("DownloadsPanel", "Stopped. Press Resume to continue where it left off."): (
        "已停止。点“继续”可从中断处接着下载。",
        "已停止。按「繼續」可從中斷處接著下載。",
    ),
    ("DownloadsPanel", "The download of {0} did not finish."): ("{0} 的下载没有完成。", "{0} 的下載沒有完成。"),
    # LocalModelsPanel
    ("LocalModelsPanel", "Model"): ("模型", "模型"),
    ("LocalModelsPanel", "Status"): ("状态", "狀態"),
    ("LocalModelsPanel", "Size"): ("大小", "大小"),
    ("LocalModelsPanel", "Source"): ("来源", "來源"),
    (
        "LocalModelsPanel",
        "No models yet. Download one from the Find models tab, or import a model folder you already have.",
    ): (
        "还没有模型。可以在“查找模型”标签页下载一个，或导入你已有的模型文件夹。",
        "還沒有模型。可以在「尋找模型」分頁下載一個，或匯入你已有的模型資料夾。",
    ),
    ("LocalModelsPanel", "Use for training"): ("用于训练", "用於訓練"),
    ("LocalModelsPanel", "Choose this model as the base model in the Train screen."): (
        "在“训练”页面中把这个模型设为基础模型。",
        "在「訓練」畫面中把這個模型設為基礎模型。",
    ),
    ("LocalModelsPanel", "Resume download"): ("继续下载", "繼續下載"),
    ("LocalModelsPanel", "Open folder"): ("打开文件夹", "開啟資料夾"),
    ("LocalModelsPanel", "Delete…"): ("删除…", "刪除…"),
    (
        "LocalModelsPanel",
        "Delete the model's files (Delete key). An imported model is only forgotten; its folder is left alone.",
    ): (
        "删除模型的文件（Delete 键）。导入的模型只会从列表中移除，它的文件夹保持不动。",
        "刪除模型的檔案（Delete 鍵）。匯入的模型只會從清單中移除，它的資料夾保持不動。",
    ),
    ("LocalModelsPanel", "Import folder…"): ("导入文件夹…", "匯入資料夾…"),
    ("LocalModelsPanel", "Add a model folder you already have. It stays where it is and is never changed."): (
        "添加你已有的模型文件夹。它留在原处，不会被修改。",
        "加入你已有的模型資料夾。它留在原處，不會被修改。",
    ),
    ("LocalModelsPanel", "Models folder: {0}"): ("模型文件夹：{0}", "模型資料夾：{0}"),
    ("LocalModelsPanel", "Downloading…"): ("正在下载…", "正在下載…"),
    ("LocalModelsPanel", "Ready"): ("可用", "可用"),
    ("LocalModelsPanel", "Unfinished download ({0}%)"): ("下载未完成（{0}%）", "下載未完成（{0}%）"),
    ("LocalModelsPanel", "Unfinished download"): ("下载未完成", "下載未完成"),
    ("LocalModelsPanel", "Not usable"): ("不可用", "無法使用"),
    ("LocalModelsPanel", "Imported"): ("已导入", "已匯入"),
    ("LocalModelsPanel", "Hub"): ("Hub", "Hub"),
    ("LocalModelsPanel", "Copied in"): ("手动复制", "手動複製"),
    (
        "LocalModelsPanel",
        "This download has not finished, so the model cannot be used yet. Resume it to continue where it stopped.",
    ): (
        "这个下载还没有完成，所以模型暂时不能使用。继续下载即可从中断处接着下。",
        "這個下載還沒有完成，所以模型暫時無法使用。繼續下載即可從中斷處接著下。",
    ),
    ("LocalModelsPanel", "Not usable: {0}"): ("不可用：{0}", "無法使用：{0}"),
    ("LocalModelsPanel", "Choose a model folder"): ("选择模型文件夹", "選擇模型資料夾"),
    ("LocalModelsPanel", "Could not import {0}: {1}"): ("无法导入 {0}：{1}", "無法匯入 {0}：{1}"),
    ("LocalModelsPanel", "Imported {0}; it stays in {1}."): ("已导入 {0}；它仍在 {1}。", "已匯入 {0}；它仍在 {1}。"),
    ("LocalModelsPanel", "Forget {0}? Its folder {1} is left as it is."): (
        "从列表中移除 {0}？它的文件夹 {1} 会保持原样。",
        "從清單中移除 {0}？它的資料夾 {1} 會保持原樣。",
    ),
    ("LocalModelsPanel", "Delete {0} and its {1} of files? This cannot be undone."): (
        "删除 {0} 及其 {1} 的文件？此操作无法撤销。",
        "刪除 {0} 及其 {1} 的檔案？此操作無法復原。",
    ),
    ("LocalModelsPanel", "Delete model"): ("删除模型", "刪除模型"),
    ("LocalModelsPanel", "Delete"): ("删除", "刪除"),
    ("LocalModelsPanel", "Deleted {0}."): ("已删除 {0}。", "已刪除 {0}。"),
    # ModelDetailsPane
    ("ModelDetailsPane", "Choose a model"): ("选择一个模型", "選擇一個模型"),
    (
        "ModelDetailsPane",
        "Select a recommended model or search the Hub; its size, licence and whether it fits your "
        "graphics card appear here.",
    ): (
        "选择一个推荐模型或在 Hub 上搜索；它的大小、许可证以及是否适合你的显卡会显示在这里。",
        "選擇一個推薦模型或在 Hub 上搜尋；它的大小、授權條款以及是否適合你的顯示卡會顯示在這裡。",
    ),
    ("ModelDetailsPane", "Architecture"): ("架构", "架構"),
    ("ModelDetailsPane", "Parameters"): ("参数量", "參數量"),
    ("ModelDetailsPane", "Download size"): ("下载大小", "下載大小"),
    ("ModelDetailsPane", "Free disk space"): ("可用磁盘空间", "可用磁碟空間"),
    ("ModelDetailsPane", "Licence"): ("许可证", "授權條款"),
    ("ModelDetailsPane", "Access"): ("访问", "存取"),
    ("ModelDetailsPane", "Training"): ("训练", "訓練"),
    ("ModelDetailsPane", "Your graphics card"): ("你的显卡", "你的顯示卡"),
    ("ModelDetailsPane", "Allow this model's custom code (I trust the publisher)"): (
        "允许这个模型的自定义代码（我信任发布者）",
        "允許這個模型的自訂程式碼（我信任發布者）",
    ),
    ("ModelDetailsPane", "Download"): ("下载", "下載"),
    (
        "ModelDetailsPane",
        "Download what training needs into the models folder. A stopped download continues where it left off.",
    ): (
        "把训练所需的文件下载到模型文件夹。停下的下载会从中断处继续。",
        "把訓練所需的檔案下載到模型資料夾。停下的下載會從中斷處繼續。",
    ),
    ("ModelDetailsPane", "Open model page"): ("打开模型页面", "開啟模型頁面"),
    (
        "ModelDetailsPane",
        "Open the model's page on the Hub in your browser (to read its card or accept its licence).",
    ): (
        "在浏览器中打开模型在 Hub 上的页面（阅读模型卡或接受许可证）。",
        "在瀏覽器中開啟模型在 Hub 上的頁面（閱讀模型卡或接受授權條款）。",
    ),
    ("ModelDetailsPane", "Yes: Lorasmith can train this architecture."): (
        "可以：Lorasmith 能训练这种架构。",
        "可以：Lorasmith 能訓練這種架構。",
    ),
    ("ModelDetailsPane", "Needs a card with about {0} GB of VRAM at the default settings."): (
        "按默认设置需要约 {0} GB VRAM 的显卡。",
        "依預設設定需要約 {0} GB VRAM 的顯示卡。",
    ),
    ("ModelDetailsPane", "Offline mode: these details come from the list shipped with Lorasmith."): (
        "离线模式：这些信息来自 Lorasmith 自带的列表。",
        "離線模式：這些資訊來自 Lorasmith 內建的清單。",
    ),
    ("ModelDetailsPane", "Offline mode is on: turn it off in the Settings tab to look this model up on the Hub."): (
        "离线模式已开启：在“设置”标签页中关闭它，才能在 Hub 上查询这个模型。",
        "離線模式已開啟：在「設定」分頁中關閉它，才能在 Hub 上查詢這個模型。",
    ),
    ("ModelDetailsPane", "Looking up {0} on the Hub…"): ("正在 Hub 上查询 {0}…", "正在 Hub 上查詢 {0}…"),
    ("ModelDetailsPane", "unknown"): ("未知", "未知"),
    ("ModelDetailsPane", "{0} (estimated from the file size)"): ("{0}（根据文件大小估算）", "{0}（依檔案大小估算）"),
    ("ModelDetailsPane", "{0} in %n file(s)"): ("{0}，共 %n 个文件", "{0}，共 %n 個檔案"),
    (
        "ModelDetailsPane",
        "{0}: not enough for this model. Free up space or choose another models folder in the Settings tab.",
    ): (
        "{0}：不够存放这个模型。请释放空间，或在“设置”标签页中选择其他模型文件夹。",
        "{0}：不夠存放這個模型。請釋放空間，或在「設定」分頁中選擇其他模型資料夾。",
    ),
    ("ModelDetailsPane", "not stated; read the model card"): ("未注明；请阅读模型卡", "未註明；請閱讀模型卡"),
    ("ModelDetailsPane", "Only with the model's custom code (see below)."): (
        "只能借助模型的自定义代码（见下方）。",
        "只能藉助模型的自訂程式碼（見下方）。",
    ),
    (
        "ModelDetailsPane",
        "No: Lorasmith cannot train this architecture ('{0}'). It trains decoder-only text models "
        "such as Llama, Qwen, Mistral, Gemma and Phi.",
    ): (
        "不能：Lorasmith 无法训练这种架构（“{0}”）。它训练的是 Llama、Qwen、Mistral、Gemma 和 Phi 这类仅解码器的文本模型。",
        "不能：Lorasmith 無法訓練這種架構（「{0}」）。它訓練的是 Llama、Qwen、Mistral、Gemma 和 Phi 這類僅解碼器的文字模型。",
    ),
    (
        "ModelDetailsPane",
        "This model needs custom code: its architecture ('{0}') is defined by Python files in its "
        "repository, which would run on your computer with your permissions when the model loads. "
        "Lorasmith refuses it unless you allow it here.",
    ): (
        "这个模型需要自定义代码：它的架构（“{0}”）由仓库中的 Python 文件定义，加载模型时这些代码会以你的权限在你的电脑上运行。"
        "除非你在这里允许，否则 Lorasmith 会拒绝它。",
        "這個模型需要自訂程式碼：它的架構（「{0}」）由儲存庫中的 Python 檔案定義，載入模型時這些程式碼會以你的權限在你的電腦上執行。"
        "除非你在這裡允許，否則 Lorasmith 會拒絕它。",
    ),
    (
        "ModelDetailsPane",
        "This repository has no model weights Lorasmith can use (safetensors). It may hold only "
        "GGUF, ONNX or adapter files; pick the original model.",
    ): (
        "这个仓库没有 Lorasmith 能用的模型权重（safetensors）。它可能只有 GGUF、ONNX 或适配器文件；请选择原始模型。",
        "這個儲存庫沒有 Lorasmith 能用的模型權重（safetensors）。它可能只有 GGUF、ONNX 或適配器檔案；請選擇原始模型。",
    ),
    (
        "ModelDetailsPane",
        "Gated: open the model page and accept the licence first; downloading then needs your access token.",
    ): (
        "受限：请先打开模型页面并接受许可证；之后下载需要你的访问令牌。",
        "受限：請先開啟模型頁面並接受授權條款；之後下載需要你的存取權杖。",
    ),
    ("ModelDetailsPane", "No token is saved yet (Settings tab)."): (
        "还没有保存令牌（“设置”标签页）。",
        "還沒有儲存權杖（「設定」分頁）。",
    ),
    ("ModelDetailsPane", "Private: needs an access token that can read it."): (
        "私有：需要能读取它的访问令牌。",
        "私人：需要能讀取它的存取權杖。",
    ),
    ("ModelDetailsPane", "Open: no account needed."): ("公开：不需要账号。", "公開：不需要帳號。"),
    ("ModelDetailsPane", "Unknown until you have access: the model's settings are gated."): (
        "获得访问权限之前无法得知：模型的设置文件受限。",
        "取得存取權限之前無法得知：模型的設定檔受限。",
    ),
    ("ModelDetailsPane", "Unknown: the model's config.json does not describe its size."): (
        "未知：模型的 config.json 没有描述它的规模。",
        "未知：模型的 config.json 沒有描述它的規模。",
    ),
    (
        "ModelDetailsPane",
        "No NVIDIA graphics card found, so training would run on the processor (slow above 1B "
        "parameters). On a card it needs about {0:.1f} GiB at the default settings.",
    ): (
        "没有找到 NVIDIA 显卡，训练将在处理器上运行（超过 1B 参数会很慢）。在显卡上按默认设置约需 {0:.1f} GiB。",
        "沒有找到 NVIDIA 顯示卡，訓練將在處理器上執行（超過 1B 參數會很慢）。在顯示卡上依預設設定約需 {0:.1f} GiB。",
    ),
    ("ModelDetailsPane", "Fits: about {0:.1f} GiB at the default settings; {1:.1f} GiB is free on {2}."): (
        "放得下：按默认设置约需 {0:.1f} GiB；{2} 上有 {1:.1f} GiB 可用。",
        "放得下：依預設設定約需 {0:.1f} GiB；{2} 上有 {1:.1f} GiB 可用。",
    ),
    (
        "ModelDetailsPane",
        "Fits with smaller settings: the defaults need about {0:.1f} GiB and {1:.1f} GiB is free on "
        "{2}; the wizard lowers the batch or the cutoff length to about {3:.1f} GiB.",
    ): (
        "调小设置后放得下：默认设置约需 {0:.1f} GiB，而 {2} 上有 {1:.1f} GiB 可用；向导会降低批大小或截断长度，使其约需 {3:.1f} GiB。",
        "調小設定後放得下：預設設定約需 {0:.1f} GiB，而 {2} 上有 {1:.1f} GiB 可用；精靈會降低批次大小或截斷長度，使其約需 {3:.1f} GiB。",
    ),
    (
        "ModelDetailsPane",
        "Too big for {2}: even the smallest settings need about {0:.1f} GiB and {1:.1f} GiB is free. "
        "Choose a smaller model.",
    ): (
        "对 {2} 来说太大：即使最小的设置也约需 {0:.1f} GiB，而可用的只有 {1:.1f} GiB。请选择更小的模型。",
        "對 {2} 來說太大：即使最小的設定也約需 {0:.1f} GiB，而可用的只有 {1:.1f} GiB。請選擇更小的模型。",
    ),
    # ModelSearchPanel
    ("ModelSearchPanel", "Search the Hub by name, or paste owner/name"): (
        "按名称搜索 Hub，或粘贴 owner/name",
        "依名稱搜尋 Hub，或貼上 owner/name",
    ),
    (
        "ModelSearchPanel",
        "A name searches the Hub. owner/name or a model page address opens that model's details too.",
    ): (
        "输入名称会搜索 Hub。输入 owner/name 或模型页面地址还会直接打开该模型的详情。",
        "輸入名稱會搜尋 Hub。輸入 owner/name 或模型頁面網址還會直接開啟該模型的詳細資訊。",
    ),
    ("ModelSearchPanel", "Search"): ("搜索", "搜尋"),
    ("ModelSearchPanel", "Search the Hub (Enter)."): ("搜索 Hub（Enter）。", "搜尋 Hub（Enter）。"),
    ("ModelSearchPanel", "Recommended"): ("推荐", "推薦"),
    ("ModelSearchPanel", "The base models Lorasmith suggests, from 0.5B to 14B parameters."): (
        "Lorasmith 推荐的基础模型，参数量从 0.5B 到 14B。",
        "Lorasmith 推薦的基礎模型，參數量從 0.5B 到 14B。",
    ),
    ("ModelSearchPanel", "Model"): ("模型", "模型"),
    ("ModelSearchPanel", "Parameters"): ("参数量", "參數量"),
    ("ModelSearchPanel", "Download"): ("下载大小", "下載大小"),
    ("ModelSearchPanel", "Card"): ("显卡", "顯示卡"),
    ("ModelSearchPanel", "Downloads"): ("下载次数", "下載次數"),
    ("ModelSearchPanel", "Licence"): ("许可证", "授權條款"),
    ("ModelSearchPanel", "Access"): ("访问", "存取"),
    ("ModelSearchPanel", "Size of the files Lorasmith downloads (≈: from the parameter count)."): (
        "Lorasmith 要下载的文件大小（≈：根据参数量推算）。",
        "Lorasmith 要下載的檔案大小（≈：依參數量推算）。",
    ),
    ("ModelSearchPanel", "The smallest graphics card (VRAM) that trains it at the default settings."): (
        "按默认设置能训练它的最小显卡（VRAM）。",
        "依預設設定能訓練它的最小顯示卡（VRAM）。",
    ),
    ("ModelSearchPanel", "Downloads on the Hub in the last month."): (
        "最近一个月在 Hub 上的下载次数。",
        "最近一個月在 Hub 上的下載次數。",
    ),
    (
        "ModelSearchPanel",
        "Recommended base models: small instruct models from the common families. Select one to "
        "see whether it fits your card.",
    ): (
        "推荐的基础模型：来自常见系列的小型指令模型。选择一个，看看它是否适合你的显卡。",
        "推薦的基礎模型：來自常見系列的小型指令模型。選擇一個，看看它是否適合你的顯示卡。",
    ),
    ("ModelSearchPanel", "{0} GB"): ("{0} GB", "{0} GB"),
    ("ModelSearchPanel", "Gated"): ("受限", "受限"),
    ("ModelSearchPanel", "Open"): ("公开", "公開"),
    (
        "ModelSearchPanel",
        "Hub models matching “{0}”: text generation, safetensors weights, for transformers; most downloaded first.",
    ): (
        "Hub 上匹配“{0}”的模型：文本生成、safetensors 权重、适用于 transformers；下载最多的排在前面。",
        "Hub 上符合「{0}」的模型：文字生成、safetensors 權重、適用於 transformers；下載最多的排在前面。",
    ),
    ("ModelSearchPanel", "Searching…"): ("正在搜索…", "正在搜尋…"),
    ("ModelSearchPanel", "%n model(s) found. Select one for its details."): (
        "找到 %n 个模型。选择一个查看详情。",
        "找到 %n 個模型。選擇一個查看詳細資訊。",
    ),
    (
        "ModelSearchPanel",
        "No text-generation models with safetensors weights match “{0}”. Try a shorter name, such as the model family.",
    ): (
        "没有带 safetensors 权重的文本生成模型匹配“{0}”。试试更短的名称，比如模型系列名。",
        "沒有帶 safetensors 權重的文字生成模型符合「{0}」。試試更短的名稱，例如模型系列名。",
    ),
    # ModelsErrors
    ("ModelsErrors", "this model"): ("这个模型", "這個模型"),
    (
        "ModelsErrors",
        "Offline mode is on, so Lorasmith does not contact the Hub. Turn it off in the Settings tab (and "
        "unset HF_HUB_OFFLINE) to search or download.",
    ): (
        "离线模式已开启，Lorasmith 不会连接 Hub。要搜索或下载，请在“设置”标签页中关闭它（并取消设置 HF_HUB_OFFLINE）。",
        "離線模式已開啟，Lorasmith 不會連線到 Hub。要搜尋或下載，請在「設定」分頁中關閉它（並取消設定 HF_HUB_OFFLINE）。",
    ),
    (
        "ModelsErrors",
        "Cannot reach the Hub. Check your internet connection and try again. If the Hub is blocked where "
        "you are, set a mirror such as {0} as the Hub endpoint in the Settings tab.",
    ): (
        "无法连接 Hub。请检查网络连接后重试。如果你所在的地方无法访问 Hub，请在“设置”标签页中把 {0} 之类的镜像设为 Hub 地址。",
        "無法連線到 Hub。請檢查網路連線後重試。如果你所在的地方無法存取 Hub，請在「設定」分頁中把 {0} 之類的鏡像站設為 Hub 位址。",
    ),
    (
        "ModelsErrors",
        "{0} is gated and your account has not been given access yet. Open the model page, sign in with "
        "the account your token belongs to and accept the licence. Some publishers approve requests by "
        "hand, which can take a while.",
    ): (
        "{0} 是受限模型，你的账号还没有获得访问权限。请打开模型页面，用令牌所属的账号登录并接受许可证。有些发布者会人工审批申请，可能需要一段时间。",
        "{0} 是受限模型，你的帳號還沒有取得存取權限。請開啟模型頁面，用權杖所屬的帳號登入並接受授權條款。有些發布者會人工審核申請，可能需要一段時間。",
    ),
    (
        "ModelsErrors",
        "{0} is gated: open the model page, sign in and accept the licence, then save your Hugging Face "
        "access token in the Settings tab and try again.",
    ): (
        "{0} 是受限模型：请打开模型页面，登录并接受许可证，然后在“设置”标签页中保存你的 Hugging Face 访问令牌，再重试。",
        "{0} 是受限模型：請開啟模型頁面，登入並接受授權條款，然後在「設定」分頁中儲存你的 Hugging Face 存取權杖，再重試。",
    ),
    (
        "ModelsErrors",
        "The Hub asks you to sign in to read {0}. Save a Hugging Face access token in the Settings tab and try again.",
    ): (
        "Hub 要求登录后才能读取 {0}。请在“设置”标签页中保存 Hugging Face 访问令牌，然后重试。",
        "Hub 要求登入後才能讀取 {0}。請在「設定」分頁中儲存 Hugging Face 存取權杖，然後重試。",
    ),
    (
        "ModelsErrors",
        "The Hub refused your access token: it is wrong or has expired. Make a new read token on the Hub "
        "(your account's Settings > Access Tokens) and save it in the Settings tab.",
    ): (
        "Hub 拒绝了你的访问令牌：它有误或已过期。请在 Hub 上新建一个只读令牌（账号的 Settings > Access Tokens），并在“设置”标签页中保存。",
        "Hub 拒絕了你的存取權杖：它有誤或已過期。請在 Hub 上建立一個唯讀權杖（帳號的 Settings > Access Tokens），並在「設定」分頁中儲存。",
    ),
    (
        "ModelsErrors",
        "Your access token may not read {0}. Use a token with read access (a fine-grained token needs "
        "read access to this repository or to public gated repositories).",
    ): (
        "你的访问令牌无权读取 {0}。请使用有读取权限的令牌（细粒度令牌需要对这个仓库或公开的受限仓库有读取权限）。",
        "你的存取權杖無權讀取 {0}。請使用有讀取權限的權杖（細部權杖需要對這個儲存庫或公開的受限儲存庫有讀取權限）。",
    ),
    ("ModelsErrors", "There is no model called {0} on {1}. Check the spelling (owner/name, as on the model page)."): (
        "{1} 上没有名为 {0} 的模型。请检查拼写（owner/name，与模型页面上一致）。",
        "{1} 上沒有名為 {0} 的模型。請檢查拼寫（owner/name，與模型頁面上一致）。",
    ),
    ("ModelsErrors", "If it is private, save an access token that can read it."): (
        "如果它是私有模型，请保存能读取它的访问令牌。",
        "如果它是私人模型，請儲存能讀取它的存取權杖。",
    ),
    ("ModelsErrors", "{0} has no such branch, tag or commit; check the revision on the model page."): (
        "{0} 没有这个分支、标签或提交；请在模型页面上核对版本。",
        "{0} 沒有這個分支、標籤或提交；請在模型頁面上核對版本。",
    ),
    (
        "ModelsErrors",
        "The Hub is limiting requests from your connection. Wait about {0} seconds and try again; "
        "signing in with an access token raises the limit.",
    ): (
        "Hub 正在限制来自你网络的请求。请等待约 {0} 秒后重试；使用访问令牌登录可以提高限额。",
        "Hub 正在限制來自你網路的請求。請等待約 {0} 秒後重試；使用存取權杖登入可以提高限額。",
    ),
    (
        "ModelsErrors",
        "The Hub is limiting requests from your connection. Wait a few minutes and try again; signing in "
        "with an access token raises the limit.",
    ): (
        "Hub 正在限制来自你网络的请求。请等几分钟后重试；使用访问令牌登录可以提高限额。",
        "Hub 正在限制來自你網路的請求。請等幾分鐘後重試；使用存取權杖登入可以提高限額。",
    ),
    ("ModelsErrors", "The Hub had a server error. Try again in a few minutes."): (
        "Hub 服务器出错。请几分钟后重试。",
        "Hub 伺服器發生錯誤。請幾分鐘後重試。",
    ),
    (
        "ModelsErrors",
        "There is not enough free disk space in {0} for {1} (only {2} free; Lorasmith also keeps 1 GB "
        "spare). Free up space or choose another models folder in the Settings tab.",
    ): (
        "{0} 中没有足够的可用磁盘空间存放 {1}（只有 {2} 可用；Lorasmith 还会保留 1 GB 余量）。请释放空间，或在“设置”标签页中选择其他模型文件夹。",
        "{0} 中沒有足夠的可用磁碟空間存放 {1}（只有 {2} 可用；Lorasmith 還會保留 1 GB 餘裕）。請釋放空間，或在「設定」分頁中選擇其他模型資料夾。",
    ),
    (
        "ModelsErrors",
        "The disk ran out of space while saving {0}. Free up space or choose another models folder in "
        "the Settings tab, then resume the download.",
    ): (
        "保存 {0} 时磁盘空间用完了。请释放空间，或在“设置”标签页中选择其他模型文件夹，然后继续下载。",
        "儲存 {0} 時磁碟空間用完了。請釋放空間，或在「設定」分頁中選擇其他模型資料夾，然後繼續下載。",
    ),
    (
        "ModelsErrors",
        "Lorasmith may not write to the models folder. Choose a folder you own in the Settings tab, then try again.",
    ): (
        "Lorasmith 没有权限写入模型文件夹。请在“设置”标签页中选择一个你有权限的文件夹，然后重试。",
        "Lorasmith 沒有權限寫入模型資料夾。請在「設定」分頁中選擇一個你有權限的資料夾，然後重試。",
    ),
    (
        "ModelsErrors",
        "The connection to the Hub was lost and did not come back. What was downloaded is kept: press "
        "Resume to continue.",
    ): (
        "与 Hub 的连接中断且没有恢复。已下载的部分会保留：点“继续”接着下载。",
        "與 Hub 的連線中斷且沒有恢復。已下載的部分會保留：按「繼續」接著下載。",
    ),
    ("ModelsErrors", "Stopped. Press Resume to continue where it left off."): (
        "已停止。点“继续”可从中断处接着下载。",
        "已停止。按「繼續」可從中斷處接著下載。",
    ),
    (
        "ModelsErrors",
        "{0} needs custom code to load: its architecture is defined by Python files in its repository, "
        "which would run on your computer with your permissions. Allow custom code in the details pane "
        "only if you trust the publisher.",
    ): (
        "{0} 需要自定义代码才能加载：它的架构由仓库中的 Python 文件定义，这些代码会以你的权限在你的电脑上运行。只有信任发布者时，才在详情面板中允许自定义代码。",
        "{0} 需要自訂程式碼才能載入：它的架構由儲存庫中的 Python 檔案定義，這些程式碼會以你的權限在你的電腦上執行。只有信任發布者時，才在詳細資訊面板中允許自訂程式碼。",
    ),
    (
        "ModelsErrors",
        "{0} has no weights Lorasmith can use (safetensors). It may hold only GGUF, ONNX or adapter "
        "files; pick the original model.",
    ): (
        "{0} 没有 Lorasmith 能用的权重（safetensors）。它可能只有 GGUF、ONNX 或适配器文件；请选择原始模型。",
        "{0} 沒有 Lorasmith 能用的權重（safetensors）。它可能只有 GGUF、ONNX 或適配器檔案；請選擇原始模型。",
    ),
    (
        "ModelsErrors",
        "A file of {0} arrived damaged and was deleted. Try again; if it keeps happening, your connection "
        "or mirror is altering files.",
    ): (
        "{0} 的一个文件下载后损坏，已被删除。请重试；如果反复出现，说明你的网络或镜像在篡改文件。",
        "{0} 的一個檔案下載後損毀，已被刪除。請重試；如果反覆出現，表示你的網路或鏡像站在竄改檔案。",
    ),
    (
        "ModelsErrors",
        "{0} is being downloaded (here, in another window or by a command). Wait for it to finish or stop it there.",
    ): (
        "{0} 正在下载中（在这里、另一个窗口或某个命令中）。请等它完成，或在那里停止它。",
        "{0} 正在下載中（在這裡、另一個視窗或某個指令中）。請等它完成，或在那裡停止它。",
    ),
    (
        "ModelsErrors",
        "The Hub endpoint is not a web address. It looks like https://huggingface.co or a mirror such as {0}.",
    ): (
        "Hub 地址不是网址。它应类似 https://huggingface.co 或 {0} 这样的镜像。",
        "Hub 位址不是網址。它應類似 https://huggingface.co 或 {0} 這樣的鏡像站。",
    ),
    (
        "ModelsErrors",
        "'{0}' is not a model name; use the form owner/name as shown on the model page, for example "
        "Qwen/Qwen2.5-0.5B-Instruct.",
    ): (
        "“{0}”不是模型名称；请使用模型页面上显示的 owner/name 形式，例如 Qwen/Qwen2.5-0.5B-Instruct。",
        "「{0}」不是模型名稱；請使用模型頁面上顯示的 owner/name 形式，例如 Qwen/Qwen2.5-0.5B-Instruct。",
    ),
    (
        "ModelsErrors",
        "This computer has no secure password store to keep the token in. Set the HF_TOKEN environment "
        "variable instead.",
    ): (
        "这台电脑没有可以保存令牌的安全密码库。请改用 HF_TOKEN 环境变量。",
        "這台電腦沒有可以儲存權杖的安全密碼庫。請改用 HF_TOKEN 環境變數。",
    ),
    (
        "ModelsErrors",
        "The access token is empty: paste the token from your Hugging Face account page (Settings > Access Tokens).",
    ): (
        "访问令牌为空：请从你的 Hugging Face 账号页面（Settings > Access Tokens）粘贴令牌。",
        "存取權杖是空的：請從你的 Hugging Face 帳號頁面（Settings > Access Tokens）貼上權杖。",
    ),
    (
        "ModelsErrors",
        "{0} only has pickle weights (.bin files), which can run code on your computer when loaded. Allow "
        "pickle weights in the Settings tab only if you trust the publisher.",
    ): (
        "{0} 只有 pickle 权重（.bin 文件），加载时可能在你的电脑上运行代码。只有信任发布者时，才在“设置”标签页中允许 pickle 权重。",
        "{0} 只有 pickle 權重（.bin 檔案），載入時可能在你的電腦上執行程式碼。只有信任發布者時，才在「設定」分頁中允許 pickle 權重。",
    ),
    # ModelsSettingsPanel
    ("ModelsSettingsPanel", "Choose…"): ("选择…", "選擇…"),
    ("ModelsSettingsPanel", "Open"): ("打开", "開啟"),
    (
        "ModelsSettingsPanel",
        "Downloaded models go here, each in its own folder. Leave it empty for the default folder.",
    ): (
        "下载的模型放在这里，每个模型一个文件夹。留空则使用默认文件夹。",
        "下載的模型放在這裡，每個模型一個資料夾。留空則使用預設資料夾。",
    ),
    (
        "ModelsSettingsPanel",
        "Leave it empty for {0}. Where the Hub is slow or blocked, a mirror such as {1} works the "
        "same way. The HF_ENDPOINT environment variable is honoured too.",
    ): (
        "留空则使用 {0}。如果 Hub 很慢或无法访问，可以用 {1} 这样的镜像，用法相同。也支持 HF_ENDPOINT 环境变量。",
        "留空則使用 {0}。如果 Hub 很慢或無法存取，可以用 {1} 這樣的鏡像站，用法相同。也支援 HF_ENDPOINT 環境變數。",
    ),
    ("ModelsSettingsPanel", "Offline mode: never contact the Hub (only models on this computer)"): (
        "离线模式：从不连接 Hub（只用本机上的模型）",
        "離線模式：從不連線到 Hub（只用本機上的模型）",
    ),
    ("ModelsSettingsPanel", "Allow pickle weights (.bin files) for models that have no safetensors"): (
        "对没有 safetensors 的模型允许 pickle 权重（.bin 文件）",
        "對沒有 safetensors 的模型允許 pickle 權重（.bin 檔案）",
    ),
    (
        "ModelsSettingsPanel",
        "Pickle files can run code on your computer when they are loaded. Allow them only for publishers you trust.",
    ): (
        "pickle 文件在加载时可能在你的电脑上运行代码。只对你信任的发布者允许。",
        "pickle 檔案在載入時可能在你的電腦上執行程式碼。只對你信任的發布者允許。",
    ),
    ("ModelsSettingsPanel", "Where models come from and go"): ("模型的来源和存放位置", "模型的來源和存放位置"),
    ("ModelsSettingsPanel", "Models folder"): ("模型文件夹", "模型資料夾"),
    ("ModelsSettingsPanel", "Hub endpoint"): ("Hub 地址", "Hub 位址"),
    ("ModelsSettingsPanel", "hf_… (paste a read token)"): ("hf_…（粘贴只读令牌）", "hf_…（貼上唯讀權杖）"),
    ("ModelsSettingsPanel", "Save token"): ("保存令牌", "儲存權杖"),
    ("ModelsSettingsPanel", "Forget token"): ("删除令牌", "刪除權杖"),
    ("ModelsSettingsPanel", "Make a token…"): ("创建令牌…", "建立權杖…"),
    ("ModelsSettingsPanel", "Open the Hub's access token page in your browser."): (
        "在浏览器中打开 Hub 的访问令牌页面。",
        "在瀏覽器中開啟 Hub 的存取權杖頁面。",
    ),
    (
        "ModelsSettingsPanel",
        "Needed for gated models (accept the licence on the model page first) and private ones. "
        "The token is kept in your system's password store (keyring), never in Lorasmith's files.",
    ): (
        "受限模型（请先在模型页面接受许可证）和私有模型需要它。令牌保存在系统的密码库（keyring）中，绝不会写入 Lorasmith 的文件。",
        "受限模型（請先在模型頁面接受授權條款）和私人模型需要它。權杖儲存在系統的密碼庫（keyring）中，絕不會寫入 Lorasmith 的檔案。",
    ),
    ("ModelsSettingsPanel", "Access token"): ("访问令牌", "存取權杖"),
    ("ModelsSettingsPanel", "Saved."): ("已保存。", "已儲存。"),
    ("ModelsSettingsPanel", "Choose the models folder"): ("选择模型文件夹", "選擇模型資料夾"),
    ("ModelsSettingsPanel", "Using the token in the HF_TOKEN environment variable (it wins over a saved one)."): (
        "正在使用 HF_TOKEN 环境变量中的令牌（它优先于已保存的令牌）。",
        "正在使用 HF_TOKEN 環境變數中的權杖（它優先於已儲存的權杖）。",
    ),
    ("ModelsSettingsPanel", "A token is saved in your system's password store."): (
        "系统的密码库中已保存了一个令牌。",
        "系統的密碼庫中已儲存了一個權杖。",
    ),
    ("ModelsSettingsPanel", "No token saved. Public models need none."): (
        "没有保存令牌。公开模型不需要令牌。",
        "沒有儲存權杖。公開模型不需要權杖。",
    ),
    ("ModelsSettingsPanel", "Token saved in your system's password store."): (
        "令牌已保存到系统的密码库。",
        "權杖已儲存到系統的密碼庫。",
    ),
    ("ModelsSettingsPanel", "Token removed from your system's password store."): (
        "令牌已从系统的密码库中删除。",
        "權杖已從系統的密碼庫中刪除。",
    ),
    # ModelsText
    ("ModelsText", "estimating…"): ("正在估算…", "正在估算…"),
    ("ModelsText", "{0} s left"): ("还剩 {0} 秒", "還剩 {0} 秒"),
    ("ModelsText", "{0} min left"): ("还剩 {0} 分钟", "還剩 {0} 分鐘"),
    ("ModelsText", "{0} h {1} min left"): ("还剩 {0} 小时 {1} 分钟", "還剩 {0} 小時 {1} 分鐘"),
    ("ModelsText", "{0}/s"): ("{0}/秒", "{0}/秒"),
    # ModelsView
    ("ModelsView", "Base models"): ("基础模型", "基礎模型"),
    (
        "ModelsView",
        "Find a model, check that it fits your graphics card, and download it. Downloads continue where they stopped.",
    ): (
        "查找模型，确认它适合你的显卡，然后下载。下载会从中断处继续。",
        "尋找模型，確認它適合你的顯示卡，然後下載。下載會從中斷處繼續。",
    ),
    ("ModelsView", "Find models"): ("查找模型", "尋找模型"),
    ("ModelsView", "On this computer"): ("本机模型", "本機模型"),
    ("ModelsView", "Downloads"): ("下载", "下載"),
    ("ModelsView", "Settings"): ("设置", "設定"),
    ("ModelsView", "Offline mode"): ("离线模式", "離線模式"),
    ("ModelsView", "Lorasmith does not contact the Hub; turn it off in the Settings tab."): (
        "Lorasmith 不会连接 Hub；可在“设置”标签页中关闭。",
        "Lorasmith 不會連線到 Hub；可在「設定」分頁中關閉。",
    ),
    ("ModelsView", "On this computer ({0})"): ("本机模型（{0}）", "本機模型（{0}）"),
    ("ModelsView", "Downloads ({0})"): ("下载（{0}）", "下載（{0}）"),
    ("ModelsView", "Base model for training: {0}"): ("训练用的基础模型：{0}", "訓練用的基礎模型：{0}"),
    # RecommendedModels (the notes of resources/recommended_models.json)
    ("RecommendedModels", "Smallest and fastest; good for a first try. Strong in Chinese and English."): (
        "最小最快，适合第一次尝试。中英文都很强。",
        "最小最快，適合第一次嘗試。中英文都很強。",
    ),
    ("RecommendedModels", "Small and capable; good for Chinese and English."): (
        "小而能干，中英文都不错。",
        "小而能幹，中英文都不錯。",
    ),
    ("RecommendedModels", "Qwen Research License: not for commercial use without permission."): (
        "Qwen Research 许可证：未经许可不得商用。",
        "Qwen Research 授權條款：未經許可不得商用。",
    ),
    ("RecommendedModels", "A strong all-rounder if your card has 12 GB or more."): (
        "显卡有 12 GB 或以上时的全能之选。",
        "顯示卡有 12 GB 或以上時的全能之選。",
    ),
    ("RecommendedModels", "Tight on 16 GB cards; comfortable on 24 GB."): (
        "16 GB 显卡上比较紧张；24 GB 上很宽裕。",
        "16 GB 顯示卡上比較吃緊；24 GB 上很寬裕。",
    ),
    ("RecommendedModels", "Newer Qwen generation, non-thinking instruct model."): (
        "更新一代的 Qwen，非思考型指令模型。",
        "更新一代的 Qwen，非思考型指令模型。",
    ),
    ("RecommendedModels", "Small Llama; accept Meta's licence on the model page first."): (
        "小型 Llama；请先在模型页面接受 Meta 的许可证。",
        "小型 Llama；請先在模型頁面接受 Meta 的授權條款。",
    ),
    ("RecommendedModels", "Accept Meta's licence on the model page first."): (
        "请先在模型页面接受 Meta 的许可证。",
        "請先在模型頁面接受 Meta 的授權條款。",
    ),
    (
        "RecommendedModels",
        "Apache licence, but the page asks you to agree to share your contact details first. The "
        "repository also holds a consolidated.safetensors copy, which Lorasmith does not download.",
    ): (
        "Apache 许可证，但页面要求你先同意分享联系方式。仓库中还有一份 consolidated.safetensors 副本，Lorasmith 不会下载它。",
        "Apache 授權條款，但頁面要求你先同意分享聯絡資料。儲存庫中還有一份 consolidated.safetensors 副本，Lorasmith 不會下載它。",
    ),
    (
        "RecommendedModels",
        "Accept Google's Gemma terms on the model page first. Its large vocabulary needs more VRAM "
        "than the size suggests.",
    ): (
        "请先在模型页面接受 Google 的 Gemma 条款。它的词表很大，需要的 VRAM 比模型大小看上去更多。",
        "請先在模型頁面接受 Google 的 Gemma 條款。它的詞表很大，需要的 VRAM 比模型大小看起來更多。",
    ),
    (
        "RecommendedModels",
        "Mostly English. transformers runs it with its own code; the repository's custom code is not needed.",
    ): (
        "以英文为主。transformers 用自带的代码运行它，不需要仓库中的自定义代码。",
        "以英文為主。transformers 用內建的程式碼執行它，不需要儲存庫中的自訂程式碼。",
    ),
    ("RecommendedModels", "Small English model with a permissive licence."): (
        "许可证宽松的小型英文模型。",
        "授權條款寬鬆的小型英文模型。",
    ),
}
